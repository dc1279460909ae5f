import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("A city asks to join; the coordinator approves its admin")
struct JoinTests {
    @Test("Maribor asks to join, the coordinator approves: Maribor is a member and the requester its admin")
    func approve() async throws {
        try await withTestApp { app in
            // setup: a person from Maribor registers and asks
            let person = TestClient(app)
            try await person.register(name: "Maja Horvat", email: "maja@maribor.example", password: "dravski-most-42")
            #expect(try await person.get(SiteRoute.city(slug: "maribor").path).text.contains(SiteRoute.cityJoin(slug: "maribor").path))
            let refused = try await person.post(
                SiteRoute.cityJoin(slug: "maribor").path, form: ["position": "", "message": "Radi bi se pridružili."])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"field-position-error\""))
            let asked = try await person.post(
                SiteRoute.cityJoin(slug: "maribor").path, form: ["position": "vodja urada za okolje", "message": "Maribor želi do 2030 …"])
            #expect(asked.status == .seeOther)
            #expect(try await CitiesQuery.require(slug: "maribor", on: app.db).membershipStatus == .applicant)
            #expect(try await person.get(SiteRoute.city(slug: "maribor").path).text.contains("čaka na odločitev koordinatorja"))
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$toEmail == Demo.coordinator).count() == 1)
            // A second request for the same city is refused.
            #expect(
                try await person.post(SiteRoute.cityJoin(slug: "maribor").path, form: ["position": "x", "message": "y"]).status
                    == .badRequest)
            // act
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let list = try await coordinator.get(SiteRoute.joinRequests.path)
            #expect(list.text.contains("vodja urada za okolje"))
            let request = try #require(try await JoinRequest.query(on: app.db).first())
            #expect(try await coordinator.post(SiteRoute.joinRequestApprove(id: request.id!).path).status == .seeOther)
            // assert
            let maribor = try await CitiesQuery.require(slug: "maribor", on: app.db)
            #expect(maribor.membershipStatus == .member)
            #expect(maribor.memberSince != nil)
            #expect(try await person.get(SiteRoute.cityEdit(slug: "maribor").path).status == .ok)
            #expect(try await person.get(SiteRoute.cityPeople(slug: "maribor").path).status == .ok)
            #expect(try await TestClient(app).get("/").text.contains("V partnerstvu so 4 mesta."))
            let trail = try await AuditEntry.query(on: app.db).filter(\.$cityID == maribor.id!).all().map(\.recordType)
            #expect(Set(trail) == ["join_request", "city", "role_assignment"])
        }
    }

    @Test("a declined request needs a reason, tells the requester, and leaves the city a non-member")
    func decline() async throws {
        try await withTestApp { app in
            let resident = try await TestClient.signedIn(app, as: Demo.resident)
            try await resident.post(
                SiteRoute.cityJoin(slug: "ptuj").path, form: ["position": "svetnica", "message": "Ptuj bi rad sodeloval."])
            let request = try #require(try await JoinRequest.query(on: app.db).first())
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            #expect(try await coordinator.post(SiteRoute.joinRequestDecline(id: request.id!).path).status == .badRequest)
            let field = "reason-\(request.id!.uuidString)"
            #expect(
                try await coordinator.post(SiteRoute.joinRequestDecline(id: request.id!).path, form: [field: "Prošnjo mora poslati župan."])
                    .status
                    == .seeOther)
            #expect(try await CitiesQuery.require(slug: "ptuj", on: app.db).membershipStatus == .notMember)
            let message = try #require(try await OutboxMessage.query(on: app.db).filter(\.$toEmail == Demo.resident).first())
            #expect(message.body.contains("Prošnjo mora poslati župan."))
            // Only the coordinator decides.
            #expect(try await resident.get(SiteRoute.joinRequests.path).status == .forbidden)
        }
    }
}
