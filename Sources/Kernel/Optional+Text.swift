import Foundation

extension Optional where Wrapped == String {
    /// The text, or `nil` when it is missing or blank.
    package var nonEmpty: String? {
        guard let self, !self.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return self
    }
}

extension String {
    /// This text as a link target when it is an absolute http(s) address, so
    /// that stored text can never become a `javascript:` link.
    package var safeWebAddress: String? {
        guard let url = URL(string: self), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host?.isEmpty == false
        else { return nil }
        return self
    }
}
