import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("API: /api/v1/cities")
struct CitiesAPITests {
    struct CityPage: Decodable {
        struct Item: Decodable {
            struct Membership: Decodable {
                let status: String
                let since: String?
            }
            let slug: String
            let name: String
            let membership: Membership
        }
        struct Metadata: Decodable {
            let page, per_page, total, total_pages: Int
        }
        let items: [Item]
        let metadata: Metadata
    }

    struct ErrorBody: Decodable {
        struct Payload: Decodable {
            struct Detail: Decodable {
                let field: String?
                let message: String
            }
            let code: String
            let message: String
            let details: [Detail]
        }
        let error: Payload
    }

    @Test("lists the twelve cities, paged, with totals")
    func list() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/cities") { response async throws in
                #expect(response.status == .ok)
                let page = try response.content.decode(CityPage.self)
                #expect(page.items.count == 12)
                #expect(page.metadata.total == 12)
                #expect(page.metadata.total_pages == 1)
                #expect(page.items.first?.slug == "celje")
            }
            try await app.testing().test(.GET, "/api/v1/cities?page=3&per_page=5") { response async throws in
                let page = try response.content.decode(CityPage.self)
                #expect(page.items.map(\.slug) == ["slovenj-gradec", "velenje"])
                #expect(page.metadata.page == 3)
                #expect(page.metadata.per_page == 5)
                #expect(page.metadata.total == 12)
                #expect(page.metadata.total_pages == 3)
            }
            try await app.testing().test(.GET, "/api/v1/cities?page=4&per_page=5") { response async throws in
                let page = try response.content.decode(CityPage.self)
                #expect(page.items.isEmpty)
                #expect(page.metadata.total == 12)
            }
        }
    }

    @Test("filters by membership and by Mission status")
    func filters() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/cities?membership=member") { response async throws in
                let page = try response.content.decode(CityPage.self)
                #expect(page.items.map(\.slug) == ["kranj", "ljubljana", "velenje"])
                #expect(page.items.allSatisfy { $0.membership.since == "2022-11-09" })
            }
            try await app.testing().test(.GET, "/api/v1/cities?mission_status=none&per_page=100") { response async throws in
                let page = try response.content.decode(CityPage.self)
                #expect(page.metadata.total == 9)
            }
        }
    }

    @Test(
        "bad paging is a 400 that names the parameter, in the request's language",
        arguments: [("page=0", "page"), ("per_page=0", "per_page"), ("per_page=101", "per_page"), ("page=1000001", "page")])
    func badPaging(query: String, field: String) async throws {
        try await withTestApp(demo: false) { app in
            try await app.testing().test(.GET, "/api/v1/cities?\(query)", headers: english) { response async throws in
                #expect(response.status == .badRequest)
                let body = try response.content.decode(ErrorBody.self)
                #expect(body.error.code == "bad_request")
                #expect(body.error.message == "The request could not be processed because something in it is not valid.")
                #expect(body.error.details.first?.field == field)
                #expect(body.error.details.first?.message.contains("“\(field)” must be between") == true)
            }
            try await app.testing().test(.GET, "/api/v1/cities?\(query)") { response async throws in
                let body = try response.content.decode(ErrorBody.self)
                #expect(body.error.details.first?.message.contains("»\(field)« mora biti med") == true)
            }
        }
    }

    @Test("a value the spec does not allow is a 400 with a JSON error", arguments: ["membership=everyone", "page=first"])
    func invalidValue(query: String) async throws {
        try await withTestApp(demo: false) { app in
            try await app.testing().test(.GET, "/api/v1/cities?\(query)") { response async throws in
                #expect(response.status == .badRequest)
                let body = try response.content.decode(ErrorBody.self)
                #expect(body.error.code == "bad_request")
                #expect(!body.error.details.isEmpty)
            }
        }
    }

    @Test("one city's whole profile")
    func city() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/cities/velenje") { response async throws in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as! [String: Any]
                #expect(json["official_name"] as? String == "Mestna občina Velenje")
                #expect(json["population"] as? Int == 33000)
                #expect(json["area_km2"] as? Double == 83.5)
                #expect((json["mission"] as? [String: Any])?["label_date"] as? String == "2025-05")
                #expect((json["mission"] as? [String: Any])?["status"] as? String == "mission_city")
                #expect((json["target"] as? [String: Any])?["reduction"] as? Double == 0.8)
                #expect((json["contacts"] as? [[String: Any]])?.count == 1)
                #expect((json["links"] as? [String: Any])?["html"] as? String == "/cities/velenje")
            }
        }
    }

    @Test("an unknown city is a JSON 404")
    func unknownCity() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/cities/atlantis") { response async throws in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType == .json)
                let body = try response.content.decode(ErrorBody.self)
                #expect(body.error.code == "not_found")
                #expect(body.error.message == "Vira ni mogoče najti.")
            }
            try await app.testing().test(.GET, "/api/v1/nothing-here", headers: english) { response async throws in
                #expect(response.status == .notFound)
                let body = try response.content.decode(ErrorBody.self)
                #expect(body.error.message == "Nothing was found at this address.")
            }
        }
    }

    @Test("a method the address does not have is a 405 with Allow")
    func methodNotAllowed() async throws {
        try await withTestApp(demo: false) { app in
            for method in [HTTPMethod.POST, .PUT, .DELETE, .PATCH, .TRACE] {
                try await app.testing().test(method, "/api/v1/cities") { response async throws in
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers.first(name: "Allow") == "GET, HEAD")
                    let body = try response.content.decode(ErrorBody.self)
                    #expect(body.error.code == "method_not_allowed")
                }
            }
        }
    }

    @Test("the OpenAPI document is served as YAML and as JSON")
    func openAPIDocument() async throws {
        try await withTestApp(demo: false) { app in
            try await app.testing().test(.GET, SiteRoute.openAPIJSON.path) { response async throws in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as! [String: Any]
                #expect(json["openapi"] as? String == "3.1.0")
                let paths = json["paths"] as! [String: Any]
                #expect(Set(paths.keys).isSuperset(of: ["/cities", "/cities/{slug}"]))
                let responses = ((paths["/cities"] as! [String: Any])["get"] as! [String: Any])["responses"] as! [String: Any]
                #expect(responses["200"] != nil)
            }
            try await app.testing().test(.GET, SiteRoute.openAPIYAML.path) { response async throws in
                #expect(response.status == .ok)
                #expect(response.text.hasPrefix("openapi: 3.1.0"))
            }
        }
    }
}
