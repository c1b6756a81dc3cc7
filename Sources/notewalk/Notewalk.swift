import ArgumentParser

@main
struct Notewalk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notewalk",
        abstract: "Browse a vault of Markdown notes that cite YouTube videos.",
        discussion: "With no PATH, opens a small demo vault. Press ? inside for the keys.",
        subcommands: [Browse.self, List.self, Show.self, Links.self, Timestamps.self, Check.self, Search.self, Backlinks.self,
                      Video.self, Bench.self],
        defaultSubcommand: Browse.self
    )

    /// `notewalk` and `notewalk PATH` go straight to the browser: argument parsing costs about a
    /// millisecond of start-up, a sixth of the time to the first frame. Everything else is parsed.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard Browse.isPlainPath(arguments) else { return main(nil) }
        Browse.start(path: arguments.first, vault: nil, theme: nil, resume: false, opener: nil)
    }
}

/// Prints a message to standard error and exits with `code`.
func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandleOutput.standardError("notewalk: \(message)\n")
    Foundation.exit(code)
}

import Foundation

enum FileHandleOutput {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
