import ArgumentParser
import Fluent
import Foundation
import Kernel
import Partnership
import ZavezaApp

/// `zaveza practices synth`: invented good practices in numbers, for benchmarks.
struct PracticesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practices", abstract: "Good practices from the command line.", subcommands: [SynthesizePractices.self])
}

struct SynthesizePractices: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Add invented published good practices to the database (for measuring the list and its search).",
        discussion:
            "Texts are put together from Slovenian words, written by the first account; the same seed gives the same practices. Never on a real installation's database."
    )

    @ArgumentParser.Option(help: "How many practices.") var count: Int = 10_000
    @ArgumentParser.Option(help: "The seed.") var seed: UInt64 = 1

    func run() async throws {
        let configuration = try CommandSupport.configuration()
        CommandSupport.bootstrapLogging(configuration)
        let t = Localizer(configuration.cliLanguage)
        guard count >= 1 else {
            CommandSupport.printError(t(CoreText.cliAtLeast, ["option": "--count", "minimum": "1"]))
            throw ExitCode(2)
        }
        try await CommandSupport.withApp(configuration) { app in
            try await app.autoMigrate()
            guard let author = try await User.query(on: app.db).sort(\.$email).first()?.id else {
                CommandSupport.printError(t(CLIText.noAccount))
                throw ExitCode(1)
            }
            let added = try await PracticesSynthetic.load(count: count, seed: seed, author: author, on: app.db)
            CommandSupport.say(t(CLIText.practicesAdded, count: added))
        }
    }
}
