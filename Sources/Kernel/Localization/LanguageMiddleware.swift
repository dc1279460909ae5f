import Vapor

/// Decides the language of each request: the `lang` cookie set by the
/// language switch, else the best match of `Accept-Language`, else Slovenian.
package struct LanguageMiddleware: AsyncMiddleware {
    package init() {}

    package static let cookieName = "zaveza_lang"

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let language =
            request.sentCookies[Self.cookieName].flatMap { Language(rawValue: $0.string) }
            ?? Language.negotiate(acceptLanguage: request.headers.first(name: .acceptLanguage))
            ?? .default
        request.storage[LanguageKey.self] = language
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
        response.headers.replaceOrAdd(name: .vary, value: "Accept-Language, Cookie")
        return response
    }
}

private enum LanguageKey: StorageKey {
    typealias Value = Language
}

extension Request {
    /// The language this request is answered in.
    package var language: Language {
        storage[LanguageKey.self]
            ?? Language.negotiate(acceptLanguage: headers.first(name: .acceptLanguage))
            ?? .default
    }

    /// Texts, numbers and dates in this request's language.
    package var t: Localizer { Localizer(language) }
}
