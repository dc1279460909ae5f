import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp

@Suite("Form reader: typed fields in the reader's habits, each problem on its field, the body read once")
struct FormReaderTests {
    enum Colour: String { case green, red }

    @Test("numbers in the reader's habits: 250.000,5 in Slovenian and 250,000.5 in English are the same amount")
    func habits() {
        // setup
        let cases: [(Language, [String: String])] = [
            (.sl, ["money": "250.000,5", "count": "57.000", "share": "12,5", "plain": "0,25"]),
            (.en, ["money": "250,000.5", "count": "57,000", "share": "12.5", "plain": "0.25"]),
        ]
        for (language, text) in cases {
            var form = FormReader(FormFields(text), Localizer(language))

            // act
            let money = form.money("money", max: 1e9)
            let count = form.integer("count", in: 0...100_000)
            let share = form.decimal("share", in: 0...100)
            let plain = form.decimal("plain", in: 0...1)

            // assert
            #expect(form.isValid, "\(language): \(form.state.errors)")
            #expect(money == 250_000.5)
            #expect(count == 57_000)
            #expect(share == 12.5)
            #expect(plain == 0.25)
        }
    }

    @Test("every kind of field puts its own problem on itself, in the reader's language")
    func problemsOnTheirFields() {
        // setup
        let text = [
            "name": String(repeating: "a", count: 11), "count": "5,5", "year": "1890", "amount": "abc", "euros": "-3",
            "date": "2024-13-01", "colour": "blue", "empty": " ",
        ]
        for (language, words) in [
            (Language.sl, ["Največ 10 znakov", "celo število", "leto", "število", "datum", "Izberite"]),
            (.en, ["At most 10 characters", "whole number", "year", "number", "date", "Choose"]),
        ] {
            var form = FormReader(FormFields(text), Localizer(language))

            // act
            _ = form.text("name", max: 10)
            _ = form.integer("count", in: 0...10)
            _ = form.year("year")
            _ = form.decimal("amount", in: 0...10)
            _ = form.money("euros", max: 100)
            _ = form.date("date")
            _ = form.choice("colour", Colour.self)
            let empty = form.text("empty", max: 10, required: true)

            // assert
            let errors = form.state.errors
            #expect(Set(errors.keys) == ["name", "count", "year", "amount", "euros", "date", "colour", "empty"])
            #expect(errors["name"]?.contains(words[0]) == true, "\(errors)")
            #expect(errors["count"]?.contains(words[1]) == true, "\(errors)")
            #expect(errors["year"]?.lowercased().contains(words[2]) == true, "\(errors)")
            #expect(errors["amount"]?.lowercased().contains(words[3]) == true, "\(errors)")
            #expect(errors["date"]?.lowercased().contains(words[4]) == true, "\(errors)")
            #expect(errors["colour"]?.contains(words[5]) == true, "\(errors)")
            #expect(empty == nil)
            #expect(form.state.errorOrder == ["name", "count", "year", "amount", "euros", "date", "colour", "empty"])
            // What was typed is kept, to be shown again.
            #expect(form.state["amount"] == "abc")
        }
    }

    @Test("a whole number with the reader's decimal separator is refused, never read a thousand times too small")
    func wholeNumbersAreNotDecimals() {
        for (language, text) in [(Language.sl, "57,000"), (.en, "57.000")] {
            // setup
            var form = FormReader(FormFields(["population": text, "date": ""]), Localizer(language))

            // act
            let population = form.integer("population", in: 0...100_000_000)
            let date = form.date("date", required: true)

            // assert
            #expect(population == nil, "\(language)")
            #expect(form.failed("population"))
            #expect(date == nil)
            // An empty required date says how to write one.
            #expect(form.state.errors["date"] == Localizer(language)(CoreText.isoDate))
        }
    }

    @Test("dates as Slovenes write them (1. 3. 2025) and as ISO; an impossible day is refused")
    func slovenianDates() {
        var form = FormReader(
            FormFields(["a": "1. 3. 2025", "b": "1.3.2025", "c": "2025-03-01", "d": "2025-03", "e": "31. 2. 2025", "f": "1. 3."]),
            Localizer(.sl))
        #expect(form.date("a") == CalendarDate(year: 2025, month: 3, day: 1))
        #expect(form.date("b") == CalendarDate(year: 2025, month: 3, day: 1))
        #expect(form.date("c") == CalendarDate(year: 2025, month: 3, day: 1))
        #expect(form.date("d") == CalendarDate(year: 2025, month: 3))
        #expect(form.date("d", day: true) == nil)
        #expect(form.date("e") == nil)
        #expect(form.date("f") == nil)
        #expect(form.state.errors["e"] == Localizer(.sl)(CoreText.isoDate))
    }

    @Test("numbers that came as numbers are taken as they are, in either language; checkboxes count only those offered")
    func numbersAndCheckboxes() {
        // setup
        let fields = FormFields(["on": "on", "stray": "on"], numbers: ["value": 12.345, "year": 2030, "count": 3])
        var form = FormReader(fields, Localizer(.sl))

        // act
        let value = form.decimal("value", in: 0...100)
        let year = form.year("year")
        let count = form.integer("count", in: 0...10)
        let checked = form.checked([(name: "on", key: 1), (name: "off", key: 2)])

        // assert
        #expect(value == 12.345)
        #expect(year == 2030)
        #expect(count == 3)
        #expect(checked == [1])
        #expect(form.isValid)
    }

    @Test("a form's body is read once: later reads within the request get the same fields")
    func bodyReadOnce() async throws {
        try await withTestApp { app in
            // setup
            let request = Request(
                application: app, method: .POST, url: "/", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                collectedBody: ByteBuffer(string: "name=Kranj&population=57.000"), on: app.eventLoopGroup.next())

            // act
            let first = try request.form()
            try request.content.encode(["name": "Other"], as: .urlEncodedForm)
            let second = try request.formReader()

            // assert
            #expect(first.text["name"] == "Kranj")
            #expect(second.fields.text == first.text)
        }
    }

    @Test("an officer types numbers as they write them: the city's profile and an action, in Slovenian and in English")
    func pagesInBothHabits() async throws {
        try await withTestApp { app in
            for (language, area, population, capex) in [
                ("sl", "1.234,5", "57.000", "250.000,5"), ("en", "1,234.5", "57,000", "250,000.5"),
            ] {
                // setup
                let officer = TestClient(app, headers: ["Accept-Language": language])
                _ = try await officer.post(SiteRoute.login().path, form: ["email": Demo.kranjOfficer, "password": AccountsDemo.password])
                let city = try await CitiesQuery.require(slug: "kranj", on: app.db)
                var profile = CityProfileInput(city, Localizer(language == "sl" ? .sl : .en)).values
                profile["version"] = String(city.version)
                profile["area_km2"] = area
                profile["population"] = population

                // act
                let saved = try await officer.post(SiteRoute.cityEdit(slug: "kranj").path, form: profile)
                let code = "F" + language
                let added = try await officer.post(
                    SiteRoute.cityActions(slug: "kranj").path, form: ActionsTests.form(code: code, ["capex_eur": capex]))

                // assert
                #expect(saved.status == .seeOther, "\(language): \(saved.text.prefix(2000))")
                #expect(added.status == .seeOther, "\(language)")
                let stored = try await CitiesQuery.require(slug: "kranj", on: app.db)
                #expect(stored.areaKm2 == 1234.5)
                #expect(stored.population == 57_000)
                let action = try #require(try await CityAction.query(on: app.db).filter(\.$code == code).first())
                #expect(action.capexEUR == 250_000.5)
            }
        }
    }

    @Test("a refused form marks each wrong field and keeps what was typed, in the reader's language")
    func refusedFormOnItsFields() async throws {
        try await withTestApp { app in
            for (language, message) in [
                ("sl", "Vpišite celo število od 0 do 100.000.000."), ("en", "Enter a whole number from 0 to 100,000,000."),
            ] {
                // setup
                let officer = TestClient(app, headers: ["Accept-Language": language])
                _ = try await officer.post(SiteRoute.login().path, form: ["email": Demo.kranjOfficer, "password": AccountsDemo.password])
                let city = try await CitiesQuery.require(slug: "kranj", on: app.db)
                var profile = CityProfileInput(city, Localizer(language == "sl" ? .sl : .en)).values
                profile["version"] = String(city.version)
                profile["population"] = "57,5 tisoč"
                profile["website"] = "ftp://kranj.si"

                // act
                let response = try await officer.post(SiteRoute.cityEdit(slug: "kranj").path, form: profile)

                // assert
                #expect(response.status == .unprocessableEntity)
                let page = response.text
                #expect(page.contains(#"id="field-population-error" class="error-message">\#(message)"#), "\(language)")
                #expect(page.contains(#"value="57,5 tisoč""#))
                #expect(page.contains(#"id="field-website-error""#))
                #expect(try await CitiesQuery.require(slug: "kranj", on: app.db).population == city.population)
            }
        }
    }
}
