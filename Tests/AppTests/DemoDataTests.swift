import Fluent
import Foundation
import Testing
import Vapor

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("Demo data: only in development or when asked, and never into a real installation")
struct DemoDataTests {
    @Test("a production start on an empty database loads no demo accounts")
    func productionLoadsNothing() async throws {
        try await withTestApp(demo: false) { app in
            // act
            let loaded = try await DemoData.loadIfWanted(into: app, environment: "production", explicitly: false)
            // assert
            #expect(loaded == nil)
            #expect(try await User.query(on: app.db).count() == 0)
            #expect(try await City.query(on: app.db).count() == 0)
        }
    }

    @Test("migrate + user create, then serve in development: the demo accounts stay out")
    func firstAdministratorKeepsDemoOut() async throws {
        try await withTestApp(demo: false) { app in
            // setup: the README's way to a real installation
            try await User(email: "first.admin@kranj.example", name: "Prva", passwordHash: "x", mustChangePassword: true).create(on: app.db)
            // act
            let loaded = try await DemoData.loadIfWanted(into: app, environment: "development", explicitly: true)
            // assert
            #expect(loaded == nil)
            #expect(try await User.query(on: app.db).filter(\.$email == Demo.coordinator).count() == 0)
            #expect(try await City.query(on: app.db).count() == 0)
        }
    }

    @Test("development or --demo on an empty database loads the demo partnership")
    func developmentLoadsDemo() async throws {
        for (environment, explicitly) in [("development", false), ("production", true)] {
            try await withTestApp(demo: false) { app in
                let loaded = try await DemoData.loadIfWanted(into: app, environment: environment, explicitly: explicitly)
                #expect(loaded?.cities == 12)
                #expect(try await User.query(on: app.db).filter(\.$email == Demo.coordinator).count() == 1)
            }
        }
    }
}
