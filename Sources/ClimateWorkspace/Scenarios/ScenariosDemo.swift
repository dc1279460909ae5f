import Fluent
import Foundation
import Kernel

/// Two illustrative scenarios for each demo city: a public one where the
/// four costliest actions start three years later ("funding delayed"), and
/// the team's own without the two costliest and with faster transport growth.
enum ScenariosDemo {
    static func load(cities: [String: UUID], on database: any Database) async throws {
        for slug in ["kranj", "ljubljana", "velenje"] {
            guard let cityID = cities[slug] else { continue }
            let actions = try await CityAction.query(on: database).filter(\.$city.$id == cityID).sort(\.$code).all()
                .filter { $0.effect != nil }
            guard actions.count >= 4 else { continue }
            var delayed = ScenarioChanges()
            for action in actions.sorted(by: { ($0.capexEUR ?? 0) > ($1.capexEUR ?? 0) }).prefix(4) {
                var change = ScenarioChanges.ActionChange(code: action.code)
                let effect = action.effect!
                change.start = (effect.start ?? 2020) + 3
                change.full = (effect.full ?? effect.start ?? 2020) + 3
                delayed.actions[action.id!.uuidString] = change
            }
            try await scenario(
                cityID, name: "Zamik financiranja", public: true,
                description: "Štirje najdražji ukrepi začnejo tri leta pozneje, ker se financiranje zamakne (ponazoritev).",
                delayed, on: database)
            var without = ScenarioChanges()
            for action in actions.sorted(by: { ($0.capexEUR ?? 0) > ($1.capexEUR ?? 0) }).prefix(2) {
                var change = ScenarioChanges.ActionChange(code: action.code)
                change.off = true
                without.actions[action.id!.uuidString] = change
            }
            without.growth["II"] = .init(mode: 0.01)
            try await scenario(
                cityID, name: "Brez dveh največjih naložb", public: false,
                description: "Dva najdražja ukrepa izpadeta, promet raste hitreje (1 % na leto); ponazoritev za delovno skupino.",
                without, on: database)
        }
    }

    static func scenario(
        _ cityID: UUID, name: String, public: Bool, description: String, _ changes: ScenarioChanges, on database: any Database
    ) async throws {
        let scenario = PlanScenario()
        scenario.$city.id = cityID
        scenario.name = name
        scenario.description = description
        scenario.isPublic = `public`
        scenario.changes = changes
        try await scenario.create(on: database)
    }
}
