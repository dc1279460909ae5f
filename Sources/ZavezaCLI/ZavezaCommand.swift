import ArgumentParser
import ClimateModel
import Fluent
import Foundation
import Kernel
import Logging
import Vapor
import ZavezaApp

/// `zaveza`: the command line of the platform. Each subcommand builds the
/// application from the environment's configuration, does its work and shuts
/// the application down. The root command, with `@main`, is the executable's.
package enum ZavezaCommand {
    package static let configuration = CommandConfiguration(
        commandName: "zaveza",
        abstract: "Zaveza: cities on their way to climate neutrality by 2030.",
        discussion: """
            Configuration comes from environment variables:
            \(AppConfiguration.variables.map { "  \($0.name): \($0.meaning)" }.joined(separator: "\n"))
            """,
        subcommands: [
            Serve.self, Migrate.self, Demo.self, Backup.self, UserCommand.self, InventoryCommand.self, ScenarioCommand.self,
            PracticesCommand.self,
        ],
        defaultSubcommand: Serve.self
    )
}

/// What every subcommand does first: read the configuration, set up logging.
enum CommandSupport {
    static func configuration() throws -> AppConfiguration {
        do {
            return try AppConfiguration.fromEnvironment()
        } catch let error as ConfigurationError {
            let t = Localizer(AppConfiguration.cliLanguage().0)
            printError(([t(CoreText.cliConfigurationInvalid)] + error.problems.map { "  - " + $0 }).joined(separator: "\n"))
            throw ExitCode(2)
        }
    }

    static func bootstrapLogging(_ configuration: AppConfiguration) {
        let level = configuration.logLevel
        switch configuration.logFormat {
        case .text:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return RedactingLogHandler(handler)
            }
        case .json:
            LoggingSystem.bootstrap { label in RedactingLogHandler(JSONLogHandler(label: label, level: level)) }
        }
    }

    /// Builds the application, runs `body`, and always shuts the application down.
    static func withApp<T>(
        _ configuration: AppConfiguration, arguments: [String] = ["zaveza"], _ body: (Application) async throws -> T
    ) async throws -> T {
        let app = try await ZavezaApp.make(configuration, arguments: arguments)
        do {
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// The language of command-line messages by the configuration's rule
    /// (ZAVEZA_LANG, Slovenian by default); a bad value stops the command as
    /// every invalid variable does.
    static func localizer() throws -> Localizer {
        let (language, problem) = AppConfiguration.cliLanguage()
        let t = Localizer(language)
        if let problem {
            printError([t(CoreText.cliConfigurationInvalid), "  - " + problem].joined(separator: "\n"))
            throw ExitCode(2)
        }
        return t
    }

    /// Every problem of a model input, one a line, in the user's language.
    static func printProblems(_ problems: InputProblems, file: String, _ t: Localizer) {
        printError(problems.problems.map { "\(file): " + t.problem($0) }.joined(separator: "\n"))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a line on standard output at once (`print` buffers when the
    /// output is a file, and `serve` runs for a long time after it prints).
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes a document (UTF-8) and a line end on standard output.
    static func say(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes + [UInt8(ascii: "\n")]))
    }

    /// The demo accounts, one line each, and their password.
    static func sayLogins(_ summary: DemoSummary, _ t: Localizer) {
        say(t(CoreText.cliDemoLogins, ["password": summary.password]))
        for login in summary.logins {
            let role = t(login.role.text)
            say("  \(login.email)  — " + (login.city.map { t(AccountsText.roleIn, ["role": role, "city": $0]) } ?? role))
        }
    }

    /// "12 mest" / "12 cities".
    static func cities(_ count: Int, _ t: Localizer) -> String {
        t(CLIText.cityCount, count: count)
    }
}

/// Texts of the command line that name counted things.
enum CLIText: String, TextCatalogue {
    case cityCount, accountCount, practicesAdded, noAccount

    func message(in language: Language) -> Message {
        switch (self, language) {
        case (.cityCount, .sl): .sl(one: "{n} mesto", two: "{n} mesti", few: "{n} mesta", other: "{n} mest")
        case (.cityCount, .en): .en(one: "{n} city", other: "{n} cities")
        case (.accountCount, .sl): .sl(one: "{n} račun", two: "{n} računa", few: "{n} račune", other: "{n} računov")
        case (.accountCount, .en): .en(one: "{n} account", other: "{n} accounts")
        case (.practicesAdded, .sl):
            .sl(
                one: "Dodana je {n} izmišljena dobra praksa.", two: "Dodani sta {n} izmišljeni dobri praksi.",
                few: "Dodane so {n} izmišljene dobre prakse.", other: "Dodanih je {n} izmišljenih dobrih praks.")
        case (.practicesAdded, .en): .en(one: "Added {n} invented good practice.", other: "Added {n} invented good practices.")
        case (.noAccount, .sl):
            .text("V zbirki ni nobenega računa, ki bi bil avtor praks: najprej naložite demo (zaveza demo) ali ustvarite račun.")
        case (.noAccount, .en):
            .text("The database has no account to be the practices' author: load the demo (zaveza demo) or create an account first.")
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the web application and the API.",
        discussion: """
            Migrates the database first. In development (or with --demo), on an \
            empty database (no partnership, city or account), it loads the demo \
            partnership and prints what it loaded; in production it never does, and \
            on a database without accounts it says how to create the first \
            administrator. Stops gracefully on SIGINT or SIGTERM.
            """
    )

    @ArgumentParser.Option(help: "The address to listen on.") var hostname = "127.0.0.1"
    @ArgumentParser.Option(help: "The port to listen on.") var port = 8080
    @ArgumentParser.Flag(help: "Load the demo partnership into an empty database, also outside development.") var demo = false

    func run() async throws {
        let configuration = try CommandSupport.configuration()
        CommandSupport.bootstrapLogging(configuration)
        let t = Localizer(configuration.cliLanguage)
        let arguments = ["zaveza", "serve", "--hostname", hostname, "--port", String(port)]
        try await CommandSupport.withApp(configuration, arguments: arguments) { app in
            try await app.autoMigrate()
            try await DatabaseSetup.tune(app, configuration)
            let loaded = try await DemoData.loadIfWanted(into: app, environment: configuration.environmentName, explicitly: demo)
            let accounts = try await DatabaseSetup.accountCount(app.db)
            try await app.startup()
            CommandSupport.say(t(CoreText.cliServing, ["url": "http://\(hostname):\(port)"]))
            if let loaded {
                CommandSupport.say(
                    t(CoreText.cliDemoLoaded, ["partnership": loaded.partnership, "cities": CommandSupport.cities(loaded.cities, t)]))
                CommandSupport.sayLogins(loaded, t)
            } else if accounts == 0 {
                CommandSupport.say(t(CoreText.cliFirstAdministrator))
            }
            CommandSupport.say(t(CoreText.cliStopWith))
            try await app.running?.onStop.get()
            try await app.stopGracefully()
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bring the database schema up to date, or revert every migration.")

    @ArgumentParser.Flag(help: "Revert every migration (drops all Zaveza tables and their data).") var revert = false

    func run() async throws {
        let configuration = try CommandSupport.configuration()
        CommandSupport.bootstrapLogging(configuration)
        let t = Localizer(configuration.cliLanguage)
        try await CommandSupport.withApp(configuration) { app in
            if revert {
                try await app.autoRevert()
                CommandSupport.say(t(CoreText.cliReverted, ["database": configuration.database.displayName]))
            } else {
                try await app.autoMigrate()
                try await DatabaseSetup.tune(app, configuration)
                CommandSupport.say(t(CoreText.cliMigrated, ["database": configuration.database.displayName]))
            }
        }
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the demo partnership into an empty database.",
        discussion: "Refuses a database that already holds cities, so nothing is ever overwritten."
    )

    func run() async throws {
        let configuration = try CommandSupport.configuration()
        CommandSupport.bootstrapLogging(configuration)
        let t = Localizer(configuration.cliLanguage)
        try await CommandSupport.withApp(configuration) { app in
            try await app.autoMigrate()
            guard try await DatabaseSetup.isEmpty(app.db) else {
                let cities = try await DatabaseSetup.cityCount(app.db)
                let accounts = try await DatabaseSetup.accountCount(app.db)
                CommandSupport.printError(
                    t(
                        CoreText.cliDemoRefused,
                        ["cities": CommandSupport.cities(cities, t), "accounts": t(CLIText.accountCount, count: accounts)]))
                throw ExitCode(1)
            }
            let summary = try await DemoData.load(into: app)
            CommandSupport.say(
                t(CoreText.cliDemoLoaded, ["partnership": summary.partnership, "cities": CommandSupport.cities(summary.cities, t)]))
            CommandSupport.sayLogins(summary, t)
        }
    }
}

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a consistent copy of the SQLite database, also while the server runs.",
        discussion: "For PostgreSQL it explains how to use pg_dump instead."
    )

    @ArgumentParser.Argument(help: "The file to write; it must not exist yet.") var file: String

    func run() async throws {
        let configuration = try CommandSupport.configuration()
        CommandSupport.bootstrapLogging(configuration)
        let t = Localizer(configuration.cliLanguage)
        if case .postgres = configuration.database {
            CommandSupport.printError(t(CoreText.cliBackupPostgres, ["file": file]))
            throw ExitCode(1)
        }
        guard !FileManager.default.fileExists(atPath: file) else {
            CommandSupport.printError(t(CoreText.cliBackupExists, ["file": file]))
            throw ExitCode(1)
        }
        // The attached files go beside the database's copy, in the same layout as in the files folder.
        let folder = file + ".files"
        guard !FileManager.default.fileExists(atPath: folder) else {
            CommandSupport.printError(t(CoreText.cliBackupExists, ["file": folder]))
            throw ExitCode(1)
        }
        let copied = try await CommandSupport.withApp(configuration) { app in
            try await DatabaseBackup.write(to: file, from: app.db)
            return try app.files.copy(to: folder)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        CommandSupport.say(t(CoreText.cliBackupWritten, ["file": file, "size": t.integer(max(1, size / 1024)) + " KiB"]))
        CommandSupport.say(t(CoreText.cliBackupFiles, ["folder": folder, "count": t.integer(copied)]))
    }
}

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage accounts from the command line.", subcommands: [CreateUser.self])
}

struct CreateUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create an account (or add a role to an existing one) and print a one-time password.",
        discussion:
            "The person must choose their own password at the first sign-in. Roles: \(Role.allCases.map(\.rawValue).joined(separator: ", "))."
    )

    @ArgumentParser.Option(help: "The person's e-mail address.") var email: String
    @ArgumentParser.Option(help: "The role to give.") var role: String
    @ArgumentParser.Option(help: "The city's slug, for city_admin and city_officer.") var city: String?
    @ArgumentParser.Option(help: "The person's name (default: the e-mail address).") var name: String?

    func run() async throws {
        let configuration = try CommandSupport.configuration()
        CommandSupport.bootstrapLogging(configuration)
        let t = Localizer(configuration.cliLanguage)
        let email = Accounts.normalized(email)
        guard Accounts.isValidEmail(email) else {
            CommandSupport.printError(t(CoreText.emailAddress))
            throw ExitCode(2)
        }
        guard let role = Role(rawValue: role) else {
            CommandSupport.printError(
                t(CoreText.cliUnknownRole, ["role": role, "allowed": Role.allCases.map(\.rawValue).joined(separator: ", ")]))
            throw ExitCode(2)
        }
        guard role.isCityScoped == (city != nil) else {
            CommandSupport.printError(
                t(role.isCityScoped ? CoreText.cliRoleNeedsCity : CoreText.cliRoleWithoutCity, ["role": role.rawValue]))
            throw ExitCode(2)
        }
        try await CommandSupport.withApp(configuration) { app in
            try await app.autoMigrate()
            var cityID: UUID? = nil
            if let city {
                guard let found = try await City.query(on: app.db).filter(\.$slug == city).first() else {
                    CommandSupport.printError(t(CoreText.cliUnknownCity, ["city": city]))
                    throw ExitCode(2)
                }
                cityID = try found.requireID()
            }
            let cityScope = cityID
            let password = Secrets.make().prefix(16)
            let hash = try await app.password.async.hash(String(password))
            try await app.db.transaction { database in
                let user: User
                if let existing = try await User.query(on: database).filter(\.$email == email).first() {
                    user = existing
                    try await Audit.update(user, by: .system, on: database) {
                        $0.passwordHash = hash
                        $0.mustChangePassword = true
                    }
                } else {
                    user = User(email: email, name: name ?? email, passwordHash: hash, mustChangePassword: true)
                    try await Audit.create(user, by: .system, on: database)
                }
                let holds = try await RoleAssignment.query(on: database).filter(\.$user.$id == user.requireID()).filter(\.$role == role)
                    .filter(\.$city.$id == cityScope).count()
                if holds == 0 {
                    try await Audit.create(
                        RoleAssignment(userID: user.requireID(), role: role, cityID: cityScope), by: .system, on: database)
                }
            }
            CommandSupport.say(t(CoreText.cliUserCreated, ["email": email, "role": role.rawValue, "password": String(password)]))
        }
    }
}
