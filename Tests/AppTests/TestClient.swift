import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

/// A browser in tests: keeps cookies (session, CSRF, language, notices) and
/// sends forms with the CSRF token of the last page it was given, as a real
/// browser sends what the page's form holds: a page that rendered a wrong
/// token would fail the tests.
final class TestClient: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    var headers: HTTPHeaders
    /// The `_csrf` field of the last page that had a form.
    var formToken: String?

    init(_ app: Application, headers: HTTPHeaders = [:]) {
        self.app = app
        self.headers = headers
    }

    /// Signs in through the login form (demo accounts share one password).
    static func signedIn(_ app: Application, as email: String, password: String = AccountsDemo.password) async throws -> TestClient {
        let client = TestClient(app)
        let response = try await client.post(SiteRoute.login().path, form: ["email": email, "password": password])
        #expect(response.status == .seeOther, "sign-in of \(email) failed: \(response.status)")
        return client
    }

    /// Registers as a new person the way one does: the form, then the link
    /// in the message sent to the address, then its button. Returns the
    /// answer to the button (a redirect to the account, signed in).
    @discardableResult
    func register(name: String, email: String, password: String = "zelena-kolesa-9") async throws -> TestingHTTPResponse {
        let sent = try await post(SiteRoute.register.path, form: ["name": name, "email": email, "password": password])
        #expect(sent.status == .seeOther, "registration of \(email) was refused: \(sent.status)")
        let link = try #require(
            try await Self.lastLink(to: email, starting: "/register/confirm/", app: app), "no confirmation link was sent to \(email)")
        #expect(try await get(link).status == .ok)
        return try await post(link)
    }

    /// The last link starting with `prefix` mailed to `email` (from the outbox).
    static func lastLink(to email: String, starting prefix: String, app: Application) async throws -> String? {
        let message = try await OutboxMessage.query(on: app.db).filter(\.$toEmail == Accounts.normalized(email))
            .sort(\.$createdAt, .descending).first()
        return message?.body.split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init)
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil)
    }

    /// POSTs a form; `csrf: false` leaves the token out.
    @discardableResult
    func post(_ path: String, form: [String: String] = [:], csrf: Bool = true) async throws -> TestingHTTPResponse {
        if formToken == nil { try await get(SiteRoute.login().path) }
        var form = form
        if csrf { form[CSRFMiddleware.fieldName] = formToken }
        let body = form.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: body, contentType: "application/x-www-form-urlencoded")
    }

    /// POSTs a multipart form with a file, as a browser's file upload does.
    @discardableResult
    func upload(_ path: String, fields: [String: String] = [:], file: (name: String, filename: String, text: String)) async throws
        -> TestingHTTPResponse
    {
        try await upload(path, fields: fields, file: (file.name, file.filename, Array(file.text.utf8)))
    }

    /// The same with the file's bytes as they are (a file in another encoding).
    func upload(_ path: String, fields: [String: String] = [:], file: (name: String, filename: String, bytes: [UInt8])) async throws
        -> TestingHTTPResponse
    {
        if formToken == nil { try await get(SiteRoute.login().path) }
        let boundary = "zaveza-test-boundary"
        var fields = fields
        fields[CSRFMiddleware.fieldName] = formToken
        var body = ""
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n"
        let bytes = Array(body.utf8) + file.bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        return try await send(.POST, path, bytes: bytes, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Sends a request to the API, with a city's token when given.
    static func api(
        _ app: Application, _ method: HTTPMethod, _ path: String, token: String? = nil, body: String? = nil,
        contentType: String = "application/json", language: String? = nil, ifMatch: String? = nil
    ) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": contentType]
        if let ifMatch { headers.replaceOrAdd(name: .ifMatch, value: ifMatch) }
        if let token { headers.bearerAuthorization = .init(token: token) }
        if let language { headers.replaceOrAdd(name: .acceptLanguage, value: language) }
        var captured: TestingHTTPResponse?
        try await app.testing().test(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) }) { captured = $0 }
        return captured!
    }

    /// A new API token of a city, made by its admin on the tokens page.
    static func token(_ app: Application, admin: TestClient, city: String, scope: String = "write") async throws -> String {
        let response = try await admin.post(SiteRoute.cityTokens(slug: city).path, form: ["name": "Test \(scope)", "scope": scope])
        #expect(response.status == .created)
        let start = try #require(response.text.range(of: "zv_[A-Za-z0-9_-]{43}", options: .regularExpression)).lowerBound
        return String(response.text[start...].prefix(46))
    }

    /// Ljubljana's admin makes a draft inventory of `year` and a write token; the token.
    static func draftWithToken(_ app: Application, year: Int = 2024) async throws -> String {
        let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
        let created = try await admin.post(
            SiteRoute.cityInventories(slug: "ljubljana").path, form: ["year": String(year), "gwp": "AR5", "coverage": "BASIC"])
        #expect(created.status == .seeOther)
        return try await token(app, admin: admin, city: "ljubljana")
    }

    func send(_ method: HTTPMethod, _ path: String, body: String?, contentType: String? = nil) async throws -> TestingHTTPResponse {
        try await send(method, path, bytes: body.map { Array($0.utf8) }, contentType: contentType)
    }

    func send(_ method: HTTPMethod, _ path: String, bytes body: [UInt8]?, contentType: String? = nil) async throws -> TestingHTTPResponse {
        var headers = self.headers
        if !cookies.isEmpty { headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        if let contentType { headers.replaceOrAdd(name: .contentType, value: contentType) }
        var captured: TestingHTTPResponse?
        try await app.testing().test(method, path, headers: headers, body: body.map { ByteBuffer(bytes: $0) }) { response async in
            captured = response
        }
        let response = captured!
        if let range = response.body.string.range(of: #"name="\#(CSRFMiddleware.fieldName)" value="[^"]*""#, options: .regularExpression) {
            formToken = String(response.body.string[range].dropFirst(#"name="_csrf" value=""#.count).dropLast())
        }
        for value in response.headers[.setCookie] {
            let pair = value.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { continue }
            if value.contains("Max-Age=0") || parts[1].isEmpty { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
        return response
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}

/// The demo accounts by role.
enum Demo {
    static let coordinator = "koordinator@zaveza.example"
    static let ljubljanaAdmin = "admin.ljubljana@zaveza.example"
    static let kranjOfficer = "uradnik.kranj@zaveza.example"
    static let velenjeOfficer = "uradnica.velenje@zaveza.example"
    /// Kranj's member of the working group.
    static let workingGroup = "delovna.skupina@zaveza.example"
    /// Velenje's member of the working group.
    static let velenjeMember = "clanica.velenje@zaveza.example"
    static let resident = "prebivalka@zaveza.example"
}
