import ClimateWorkspace
import Fluent
import Foundation
import Kernel

extension Kernel.Page.Section {
    /// The good practices.
    static let practices = Kernel.Page.Section("practices")
}

extension Feature {
    /// Good practices the cities share (commitment 1), with their attachments.
    static let practices = Feature(
        name: "practices",
        migrations: [
            M0037_CreateGoodPractices(), M0039_IndexPracticesForSearch(), M0040_CreatePracticeReplications(), M0041_IndexLivePractices(),
        ],
        routes: { app in PracticesController.register(app) },
        demo: { cities, database, files in try await PracticesDemo.load(cities: cities, on: database, files: files) },
        navigation: [NavigationLink(section: .practices, title: { $0(PracticeText.nav) }, route: .practices())],
        coordinatorLinks: [
            NavigationLink(section: .practices, title: { $0(ReplicationText.csvLink) }, route: .practiceReplicationsCSV)
        ],
        restorables: [PracticesController.restorable, PracticesController.restorableFile],
        auditShapes: [PracticesHistory.practice, PracticesHistory.attachment, PracticesHistory.replication],
        // Published practices only, the same for every reader: kept (with an ETag) until any city's data change.
        keptAnswers: [
            KeptAnswer(path: ["practices"], parameters: ["q", "field", "purpose", "city", "replicated", "page", "per_page"]),
            KeptAnswer(path: ["practices", nil], parameters: []),
        ],
        recordPanels: [ReplicationsController.actionPanel])
}

/// How a city's history shows its good practices and their attachments.
enum PracticesHistory {
    static let practice = AuditShape(
        GoodPractice.auditType, name: { $0(PracticeText.recordPractice) }, gender: .feminine,
        fields: [
            ("title", .text { $0(PracticeText.fieldTitle) }), ("summary", .text { $0(PracticeText.fieldSummary) }),
            ("partners", .records({ $0(PracticeText.fieldPartners) }, City.auditType)),
            ("field", .choice({ $0(PracticeText.fieldField) }, FieldOfAction.self) { $1($0.text) }),
            ("purpose", .choice({ $0(PracticeText.fieldPurpose) }, ActionPurpose.self) { $1($0.text) }),
            ("challenge", .text { $0(PracticeText.fieldChallenge) }), ("solution", .text { $0(PracticeText.fieldSolution) }),
            ("results", .text { $0(PracticeText.fieldResults) }),
            (
                "cost_cents",
                AuditField({ $0(PracticeText.fieldCost) }) { text, _, t in Int64(text).map { t.money(Double($0) / 100) } ?? text }
            ),
            ("months", .number { $0(PracticeText.fieldMonths) }), ("requirements", .text { $0(PracticeText.fieldRequirements) }),
            ("contacts", .text { $0(PracticeText.fieldContacts) }), ("links", .text { $0(PracticeText.fieldLinks) }),
            ("status", .choice({ $0(PracticeText.recordPractice) }, PracticeStatus.self) { $1($0.text) }),
        ],
        names: { ids, database, _ in
            let practices = try await GoodPractice.query(on: database).withDeleted().filter(\.$id ~~ ids).all()
            return Dictionary(practices.map { ($0.id!, $0.title) }, uniquingKeysWith: { a, _ in a })
        })

    static let replication = AuditShape(
        PracticeReplication.auditType, name: { $0(ReplicationText.record) }, gender: .feminine,
        fields: [
            ("practice_id", .record({ $0(PracticeText.recordPractice) }, GoodPractice.auditType)),
            ("action_id", .record({ $0(ReplicationText.columnAction) }, CityAction.auditType)),
            ("results", .text { $0(ReplicationText.columnResults) }),
        ])

    static let attachment = AuditShape(
        PracticeAttachment.auditType, name: { $0(PracticeText.recordAttachment) }, gender: .feminine,
        fields: [
            ("practice_id", .record({ $0(PracticeText.recordPractice) }, GoodPractice.auditType)),
            ("name", .text { $0(PracticeText.attachFile) }),
        ], hidden: ["sha256", "kind", "size"])
}
