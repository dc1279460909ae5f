import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("Pages: home, cities, a city")
struct CityPagesTests {
    @Test("the home page is Slovenian by default and names the three member cities")
    func homeInSlovenian() async throws {
        try await withTestApp { app in
            // act
            try await app.testing().test(.GET, "/") { response async in
                // assert
                #expect(response.status == .ok)
                #expect(response.headers.contentType == .html)
                #expect(response.text.contains("<html lang=\"sl\">"))
                #expect(response.count(of: "main") == 1)
                for city in ["Ljubljana", "Kranj", "Velenje"] { #expect(response.text.contains(">\(city)</a>")) }
                #expect(!response.text.contains(">Maribor</a>"))
                #expect(response.text.contains("V partnerstvu so 3 mesta."))
                #expect(response.text.contains("9 mestnih občin še ni v partnerstvu."))
                #expect(response.text.contains("9. 11. 2022"))
                #expect(response.text.contains("znak misije: 22. 10. 2024"))
                #expect(response.text.contains("znak misije: maj 2025"))
                #expect(response.headers.first(name: .contentLanguage) == "sl")
            }
        }
    }

    @Test("Accept-Language: en gives the English page")
    func homeInEnglishByHeader() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/", headers: english) { response async in
                #expect(response.text.contains("<html lang=\"en\">"))
                #expect(response.text.contains("The partnership has 3 cities."))
                #expect(response.text.contains("9 urban municipalities are not yet in the partnership."))
                #expect(response.text.contains("9 November 2022"))
                #expect(!response.text.contains("Domov"))
            }
        }
    }

    @Test("the language link sets a cookie and returns to the same page, which is then in English")
    func languageSwitch() async throws {
        try await withTestApp { app in
            var cookie = ""
            try await app.testing().test(.GET, SiteRoute.language(.en, back: "/cities?membership=members").path) { response async in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/cities?membership=members")
                cookie = response.headers.setCookie?[LanguageMiddleware.cookieName]?.string ?? ""
                #expect(response.headers.first(name: .setCookie)?.contains("HttpOnly") == true)
            }
            #expect(cookie == "en")
            // The cookie wins over a Slovenian browser.
            let headers: HTTPHeaders = ["Cookie": "\(LanguageMiddleware.cookieName)=en", "Accept-Language": "sl"]
            try await app.testing().test(.GET, "/cities?membership=members", headers: headers) { response async in
                #expect(response.text.contains("<html lang=\"en\">"))
                #expect(response.text.contains("3 cities shown."))
                // The switch offers Slovenian and points back to this page.
                #expect(
                    response.text.contains(
                        SiteRoute.language(.sl, back: "/cities?membership=members").path.replacingOccurrences(of: "&", with: "&amp;")))
            }
        }
    }

    @Test(
        "the language link never sends anyone to another site",
        arguments: ["https://evil.example/", "//evil.example", "/\\evil", "javascript:alert(1)"])
    func languageSwitchStaysLocal(back: String) async throws {
        try await withTestApp(demo: false) { app in
            try await app.testing().test(.GET, SiteRoute.language(.en, back: back).path) { response async in
                #expect(response.headers.first(name: .location) == "/")
            }
        }
    }

    @Test("an unknown language is a 404")
    func unknownLanguage() async throws {
        try await withTestApp(demo: false) { app in
            try await app.testing().test(.GET, "/language/de?back=/") { response async in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("the list of cities shows all twelve, or only members, or only the others")
    func cityList() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteRoute.cities().path) { response async in
                #expect(response.status == .ok)
                #expect(response.text.contains("Prikazanih je 12 mest."))
                #expect(response.text.contains("<a href=\"/cities/murska-sobota\">Murska Sobota</a>"))
                #expect(response.text.contains("295.000"))
                #expect(response.count(of: "main") == 1)
                #expect(response.text.contains("aria-current=\"true\">Vsa mesta"))
            }
            try await app.testing().test(.GET, SiteRoute.cities(membership: .members).path) { response async in
                #expect(response.text.contains("Prikazana so 3 mesta."))
                #expect(!response.text.contains("Maribor"))
            }
            try await app.testing().test(.GET, SiteRoute.cities(membership: .others).path) { response async in
                #expect(response.text.contains("Prikazanih je 9 mest."))
                #expect(!response.text.contains(">Kranj<"))
            }
            try await app.testing().test(.GET, "/cities?membership=everyone") { response async in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("Parameter »membership« ne sprejme vrednosti »everyone«"))
            }
        }
    }

    @Test("a city's page shows its whole profile")
    func cityPage() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteRoute.city(slug: "kranj").path) { response async in
                let page = response.text
                #expect(response.status == .ok)
                #expect(page.contains("<h1>Kranj</h1>"))
                #expect(page.contains("Mestna občina Kranj"))
                #expect(page.contains("57.000"))
                #expect(page.contains("150,9 km²"))
                #expect(page.contains("378 prebivalcev na km²"))
                #expect(page.contains("2018"))
                #expect(page.contains("80\u{00A0}% manj izpustov do leta 2030"))
                #expect(page.contains("članica od 9. 11. 2022"))
                #expect(page.contains("Misijsko mesto"))
                #expect(page.contains("podnebje@kranj.zaveza.example"))
                #expect(page.contains("<a href=\"https://www.kranj.si\">"))
                #expect(page.contains("<a href=\"/api/v1/cities/kranj\""))
                #expect(page.contains("aria-label=\"Drobtinice\""))
                #expect(response.count(of: "main") == 1)
            }
            try await app.testing().test(.GET, SiteRoute.city(slug: "maribor").path, headers: english) { response async in
                #expect(response.text.contains("Not a member"))
                #expect(response.text.contains("Not in the Mission"))
                #expect(response.text.contains("The city has not published contacts yet."))
                #expect(response.text.contains("Emissions baseline year"))
                #expect(response.text.contains("not given"))
            }
        }
    }

    @Test("an unknown city is a 404 page in the visitor's language")
    func unknownCity() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/cities/atlantis") { response async in
                #expect(response.status == .notFound)
                #expect(response.text.contains("<html lang=\"sl\">"))
                #expect(response.text.contains("Strani ni mogoče najti"))
                #expect(response.count(of: "main") == 1)
            }
            try await app.testing().test(.GET, "/no/such/page", headers: english) { response async in
                #expect(response.status == .notFound)
                #expect(response.text.contains("<html lang=\"en\">"))
                #expect(response.text.contains("Page not found"))
            }
        }
    }

    @Test("the stylesheet is served")
    func stylesheet() async throws {
        try await withTestApp(demo: false) { app in
            try await app.testing().test(.GET, SiteRoute.stylesheet.path) { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "css")
                #expect(response.text.contains(":focus-visible"))
            }
        }
    }
}
