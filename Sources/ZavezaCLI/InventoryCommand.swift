import ArgumentParser
import ClimateModel
import Foundation
import Kernel
import ZavezaApp

/// `zaveza inventory compute FILE.csv`: the inventory calculation of MODEL.md
/// §1–2 on a CSV file, printing the `baseline` object of §6 as JSON.
struct InventoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory", abstract: "Compute GPC inventories.", subcommands: [ComputeInventory.self])
}

struct ComputeInventory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compute",
        abstract: "Compute an inventory from CSV and print its totals (the baseline object of MODEL.md §6) as JSON.",
        discussion: """
            Columns: \(InventoryCSV.columns.joined(separator: ",")). Only gpc is required in each row; \
            unknown columns are an error. Grid carriers (electricity, district_heat) need factor_tco2e_per_unit. \
            Every problem is printed on standard error with its line; the exit status is then 2.
            """
    )

    @ArgumentParser.Argument(help: "The CSV file, or - for standard input.") var file: String
    @ArgumentParser.Option(help: "The inventory year (reported; factors are those of the file).") var year: Int?
    @ArgumentParser.Option(help: "The GWP set: AR4, AR5 or AR6.") var gwp: String = "AR5"
    @ArgumentParser.Option(help: "BASIC or BASIC+.") var coverage: String = "BASIC"

    func run() throws {
        let t = try CommandSupport.localizer()
        var problems: [String] = []
        let gwpSet = GWPSet(rawValue: gwp.uppercased())
        if gwpSet == nil { problems.append(t(CoreText.cliNotOneOf, ["option": "--gwp", "value": gwp, "allowed": "AR4, AR5, AR6"])) }
        let coverageSet = Coverage(rawValue: coverage.uppercased())
        if coverageSet == nil {
            problems.append(t(CoreText.cliNotOneOf, ["option": "--coverage", "value": coverage, "allowed": "BASIC, BASIC+"]))
        }
        let text: String
        do {
            text =
                file == "-"
                ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                : try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            problems.append(t(CoreText.cliCannotRead, ["file": file, "detail": error.localizedDescription]))
            text = ""
        }
        guard problems.isEmpty, let gwpSet, let coverageSet else {
            CommandSupport.printError(problems.joined(separator: "\n"))
            throw ExitCode(2)
        }
        switch InventoryCSV.compute(text, gwp: gwpSet, coverage: coverageSet) {
        case .failure(let errors):
            CommandSupport.printProblems(errors, file: file, t)
            throw ExitCode(2)
        case .success(let totals):
            CommandSupport.say(try JSONText.encode(totals))
        }
    }
}
