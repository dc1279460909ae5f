import ArgumentParser
import ZavezaCLI

/// The `zaveza` command: its subcommands live in the `ZavezaCLI` library.
/// `@main` has to be here, on the root, for ArgumentParser to run the
/// subcommands' asynchronous `run()`.
@main
struct Zaveza: AsyncParsableCommand {
    static let configuration = ZavezaCommand.configuration
}
