import ArgumentParser
import ClimateModel
import Foundation
import Kernel
import ZavezaApp

/// `zaveza scenario run FILE`: the scenario engine of MODEL.md §3–6.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario", abstract: "Run pathway scenarios (MODEL.md).", subcommands: [RunScenario.self, SynthesizeScenarios.self])
}

struct RunScenario: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario file and print the result (MODEL.md §6).",
        discussion:
            "A file holds one scenario or an array of them. Bad input: every problem on standard error with its JSON path, exit status 2."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    @ArgumentParser.Argument(help: "The scenario file (JSON), or - for standard input.") var file: String
    @ArgumentParser.Option(help: "Monte Carlo draws; 0 is the deterministic run.") var draws: Int = 0
    @ArgumentParser.Option(help: "The seed of the draws.") var seed: UInt64 = 0
    @ArgumentParser.Option(help: "Threads for the draws.") var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    @ArgumentParser.Option(help: "json (default) or csv (one row per scenario and year).") var format: OutputFormat = .json

    func run() throws {
        let t = try CommandSupport.localizer()
        guard draws >= 0, threads >= 1 else {
            CommandSupport.printError(
                draws < 0
                    ? t(CoreText.cliAtLeast, ["option": "--draws", "minimum": "0"])
                    : t(CoreText.cliAtLeast, ["option": "--threads", "minimum": "1"]))
            throw ExitCode(2)
        }
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            CommandSupport.printError(t(CoreText.cliCannotRead, ["file": file, "detail": error.localizedDescription]))
            throw ExitCode(2)
        }
        // An array in gives an array out (the first character that is not white space).
        let isArray = data.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "[")
        switch ScenarioFile.read(data, threads: threads) {
        case .failure(let errors):
            CommandSupport.printProblems(errors, file: file, t)
            throw ExitCode(2)
        case .success(let scenarios):
            let results = ScenarioEngine.run(scenarios, draws: draws, seed: seed, threads: threads)
            switch format {
            case .json:
                CommandSupport.say(
                    bytes: isArray ? try JSONText.bytes(concurrently: results, threads: threads) : try JSONText.bytes(results[0]))
            case .csv:
                CommandSupport.say(Self.csv(results))
            }
        }
    }

    static func csv(_ results: [ScenarioResult]) -> String {
        let sectors = ["I", "II", "III", "IV", "V"]
        var lines = [
            (["city", "year", "bau_tco2e", "gross_tco2e", "removals_tco2e", "net_tco2e", "target_tco2e", "gap_tco2e"]
                + sectors.map { "sector_\($0)_tco2e" } + ["gross_p5", "gross_p50", "gross_p95", "net_p5", "net_p50", "net_p95"])
        ].map { CSVTable.record($0) }
        func text(_ value: Double?) -> String { value.map { String($0) } ?? "" }
        for result in results {
            for year in result.years {
                let fields =
                    [result.city, String(year.year)]
                    + [year.bauTCO2e, year.grossTCO2e, year.removalsTCO2e, year.netTCO2e, year.targetTCO2e, year.gapTCO2e].map {
                        String($0)
                    }
                    + sectors.map { text(year.bySector[$0]) }
                    + [year.grossP5, year.grossP50, year.grossP95, year.netP5, year.netP50, year.netP95].map(text)
                lines.append(CSVTable.record(fields))
            }
        }
        return lines.joined(separator: "\n")
    }
}

struct SynthesizeScenarios: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic national scenario file (invented numbers) for benchmarks.",
        discussion: "N municipalities of realistic sizes, 20–60 actions each, some uncertain; the same seed gives the same file."
    )

    @ArgumentParser.Option(help: "How many municipalities (Slovenia has 212).") var cities: Int = 212
    @ArgumentParser.Option(help: "The seed.") var seed: UInt64 = 1

    func run() throws {
        guard cities >= 1 else {
            CommandSupport.printError(try CommandSupport.localizer()(CoreText.cliAtLeast, ["option": "--cities", "minimum": "1"]))
            throw ExitCode(2)
        }
        let data = try JSONSerialization.data(withJSONObject: SyntheticScenarios.make(cities: cities, seed: seed), options: [.sortedKeys])
        CommandSupport.say(String(decoding: data, as: UTF8.self))
    }
}
