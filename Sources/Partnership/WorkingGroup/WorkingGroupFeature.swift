import Fluent
import Foundation
import Kernel

extension Kernel.Page.Section {
    /// The working group's directory and its help requests.
    static let workingGroup = Page.Section("working-group")
}

extension Feature {
    /// The inter-city working group (commitment 1): members appointed by their cities.
    static let workingGroup = Feature(
        name: "working-group", migrations: [M0035_CreateWorkingGroupMembers()],
        routes: { app in WorkingGroupController.register(app) },
        demo: { cities, database, _ in try await WorkingGroupDemo.load(cities: cities, on: database) },
        workspaceTabs: [
            WorkspaceTab(
                order: 85, title: { $0(WorkingGroupText.tab) }, route: { .cityWorkingGroup(slug: $0) },
                visible: { principal, city in principal?.can(.manageCityPeople(city)) ?? false })
        ],
        navigation: [NavigationLink(section: .workingGroup, title: { $0(WorkingGroupText.nav) }, route: .workingGroup())],
        auditShapes: [WorkingGroupHistory.member])
}

/// How the city's history shows the working group's members.
enum WorkingGroupHistory {
    static let member = AuditShape(
        WorkingGroupMember.auditType, name: { $0(WorkingGroupText.recordMember) },
        fields: [
            ("user_id", .record({ $0(WorkingGroupText.columnName) }, User.auditType)),
            ("position", .text { $0(WorkingGroupText.fieldPosition) }),
            (
                "fields",
                AuditField({ $0(WorkingGroupText.fieldFields) }) { text, _, t in
                    text.split(separator: ",").compactMap { FieldOfAction(rawValue: String($0)).map { t($0.text) } }.joined(separator: ", ")
                }
            ),
            ("tags", .text { $0(WorkingGroupText.fieldTags) }), ("phone", .text { $0(WorkingGroupText.fieldPhone) }),
            ("from_date", .date { $0(WorkingGroupText.fieldFrom) }), ("to_date", .date { $0(WorkingGroupText.fieldTo) }),
            ("is_open", .flag { $0(WorkingGroupText.termOpen) }),
        ],
        names: { ids, database, _ in
            let members = try await WorkingGroupMember.query(on: database).filter(\.$id ~~ ids).with(\.$user).all()
            return Dictionary(members.map { ($0.id!, $0.user.name) }, uniquingKeysWith: { a, _ in a })
        })
}
