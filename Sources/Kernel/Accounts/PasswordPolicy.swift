import Foundation

/// What a password must be: at least 10 characters, not one of the common
/// passwords people pick first (a shipped list, `Resources/common-passwords.txt`),
/// not one character or a keyboard run repeated, not the e-mail address.
package enum PasswordPolicy {
    package static let minimumLength = 10

    package enum Problem: Equatable, Sendable {
        case tooShort
        case tooCommon
    }

    private static let common: Set<String> = {
        let text = (try? AppResources.text("common-passwords.txt")) ?? ""
        return Set(
            text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter {
                !$0.isEmpty && !$0.hasPrefix("#")
            })
    }()

    package static func check(_ password: String, email: String) -> Problem? {
        guard password.count >= minimumLength else { return .tooShort }
        let lower = password.lowercased()
        if common.contains(lower) { return .tooCommon }
        if Set(lower).count <= 2 { return .tooCommon }
        let local = email.lowercased().split(separator: "@").first.map(String.init) ?? ""
        if local.count >= 4, lower.contains(local) { return .tooCommon }
        if isRun(lower) { return .tooCommon }
        return nil
    }

    /// "1234567890", "abcdefghij", "9876543210": each character one after the other.
    private static func isRun(_ text: String) -> Bool {
        let values = text.unicodeScalars.map { Int($0.value) }
        let steps = Set(zip(values, values.dropFirst()).map { $1 - $0 })
        return steps.count == 1 && (steps.first == 1 || steps.first == -1)
    }
}
