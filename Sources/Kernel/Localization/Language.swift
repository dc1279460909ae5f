import Foundation

/// The languages of the interface. Slovenian is the default everywhere.
package enum Language: String, CaseIterable, Sendable, Codable {
    case sl
    case en

    package static let `default`: Language = .sl

    /// The language's own name, as shown in the language switch.
    package var endonym: String {
        switch self {
        case .sl: "Slovenščina"
        case .en: "English"
        }
    }

    /// Picks the best supported language from an `Accept-Language` header
    /// (RFC 9110 §12.5.4): highest q first, then header order; `sl-SI` matches `sl`.
    package static func negotiate(acceptLanguage header: String?) -> Language? {
        guard let header, !header.isEmpty else { return nil }
        var best: (language: Language, q: Double, index: Int)? = nil
        for (index, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { continue }
            var q = 1.0
            for parameter in pieces.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                q = Double(parameter.dropFirst(2)) ?? 0
            }
            guard q > 0 else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            if best == nil || q > best!.q {
                best = (language, q, index)
            }
        }
        return best?.language
    }
}

/// CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules).
package enum PluralCategory: String, CaseIterable, Sendable {
    case one, two, few, other

    /// The category of a whole number in a language, by the CLDR rules:
    /// - `sl`: one → n % 100 = 1; two → n % 100 = 2; few → n % 100 = 3..4; other.
    /// - `en`: one → n = 1; other.
    package static func of(_ count: Int, in language: Language) -> PluralCategory {
        let n = abs(count)
        switch language {
        case .sl:
            switch n % 100 {
            case 1: return .one
            case 2: return .two
            case 3, 4: return .few
            default: return .other
            }
        case .en:
            return n == 1 ? .one : .other
        }
    }

    /// The categories a language distinguishes, so that a translation can be
    /// checked for completeness.
    package static func used(by language: Language) -> Set<PluralCategory> {
        switch language {
        case .sl: [.one, .two, .few, .other]
        case .en: [.one, .other]
        }
    }
}
