import Fluent
import Foundation
import Kernel

/// Whether a practice is being written (the working group sees it) or published (everyone does).
package enum PracticeStatus: String, Codable, Sendable, CaseIterable {
    case draft, published
}

/// One measured result of a practice: what, how much, in which unit and year.
package struct PracticeResult: Codable, Sendable, Equatable {
    package var label: String
    package var value: Double
    package var unit: String
    package var year: Int

    /// A value as search reads it: 120, 1.5.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Results as they are kept: JSON with sorted keys.
    static func encode(_ results: [PracticeResult]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(results)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func decode(_ json: String) -> [PracticeResult] {
        (try? JSONDecoder().decode([PracticeResult].self, from: Data(json.utf8))) ?? []
    }
}

/// A good practice a city shares with the partnership (PRODUCT.md C): what
/// the challenge was, what was done, what it achieved in numbers, what it
/// cost, how long it took and what another city needs to copy it.
package final class GoodPractice: Model, @unchecked Sendable {
    package static let schema = "good_practices"

    @ID(key: .id) package var id: UUID?
    @Field(key: "version") package var version: Int
    @Parent(key: "city_id") package var city: City
    @Parent(key: "author_id") package var author: User
    @Field(key: "title") package var title: String
    @Field(key: "summary") package var summary: String
    /// The partner cities' ids, joined by commas.
    @Field(key: "partners") package var partnersText: String
    @Field(key: "field") package var field: FieldOfAction
    @Field(key: "purpose") package var purpose: ActionPurpose
    @Field(key: "challenge") package var challenge: String
    @Field(key: "solution") package var solution: String
    /// `[PracticeResult]` as JSON.
    @Field(key: "results") package var resultsJSON: String
    /// The results as plain text, what search reads: "Prihranek energije 120 MWh 2024".
    @Field(key: "results_text") package var resultsText: String
    @OptionalField(key: "cost_cents") package var costCents: Int64?
    @OptionalField(key: "months") package var months: Int?
    @Field(key: "requirements") package var requirements: String
    @Field(key: "contacts") package var contacts: String
    /// Links, one a line.
    @Field(key: "links") package var linksText: String
    @Field(key: "status") package var status: PracticeStatus
    @OptionalField(key: "published_at") package var publishedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
        partnersText = ""
        resultsJSON = "[]"
        resultsText = ""
        requirements = ""
        contacts = ""
        linksText = ""
        status = .draft
    }

    package var partners: [UUID] {
        get { partnersText.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
        set { partnersText = newValue.map(\.uuidString).joined(separator: ",") }
    }

    package var results: [PracticeResult] {
        get { PracticeResult.decode(resultsJSON) }
        set {
            resultsJSON = PracticeResult.encode(newValue)
            resultsText = newValue.map { "\($0.label) \(PracticeResult.plain($0.value)) \($0.unit) \($0.year)" }.joined(separator: "\n")
        }
    }

    package var links: [String] { linksText.split(whereSeparator: \.isNewline).map(String.init) }

    /// Its full-text index: the title first, then what it tells.
    package static let searchIndex = FullTextIndex(
        table: schema, title: "title", body: ["summary", "challenge", "solution", "results_text"])

    /// The texts a search hit's snippet is taken from, in order.
    package var searchedTexts: [String] { [summary, challenge, solution, resultsText] }

    /// Every city it belongs to: the owner and the partners.
    package var cityIDs: [UUID] { [$city.id] + partners }
}

extension GoodPractice: Versioned {
    package static var auditType: String { "good_practice" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "title": title, "summary": summary, "partners": partnersText, "field": field.rawValue, "purpose": purpose.rawValue,
            "challenge": challenge, "solution": solution, "results": resultsJSON, "cost_cents": costCents.map { String($0) },
            "months": months.map { String($0) }, "requirements": requirements, "contacts": contacts, "links": linksText,
            "status": status.rawValue,
        ]
    }
}

/// A file attached to a practice, kept in the `FileStore` by its digest.
package final class PracticeAttachment: Model, @unchecked Sendable {
    package static let schema = "practice_attachments"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "practice_id") package var practice: GoodPractice
    @Field(key: "city_id") package var cityID: UUID
    @Field(key: "name") package var name: String
    @Field(key: "kind") package var kind: FileKind
    @Field(key: "size") package var size: Int
    @Field(key: "sha256") package var sha256: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {}
}

extension PracticeAttachment: Audited {
    package static var auditType: String { "practice_attachment" }
    package var auditCityID: UUID? { cityID }
    package var auditFields: [String: String?] {
        ["practice_id": $practice.id.uuidString, "name": name, "kind": kind.rawValue, "size": String(size), "sha256": sha256]
    }
}
