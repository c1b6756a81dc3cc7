import ArgumentParser
import Browser
import Layout
import NoteKit
import TerminalUI

/// `notewalk [PATH]`: the interactive browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open a vault folder (its note list) or a note file in the browser (the default command)."
    )

    @Argument(help: "A vault folder or a note file. Without it, the demo vault.")
    var path: String?

    @Option(help: "The vault a note belongs to (default: nearest folder with .obsidian, else the note's folder).")
    var vault: String?

    @Option(help: "Colour theme: a name in Themes/ or a file path (default: $NOTEWALK_THEME, else default).")
    var theme: String?

    @Flag(help: "Reopen the note you were reading last time in this vault, with its history.")
    var resume = false

    @Option(help: "Command that opens URLs, with {url}, {seconds}, {videoId} (default: $NOTEWALK_OPENER, $BROWSER, xdg-open).")
    var opener: String?

    func run() throws {
        Self.start(path: path, vault: vault, theme: theme, resume: resume, opener: opener)
    }

    /// The names `notewalk` takes before a path; any other first word is a path to browse.
    static func isPlainPath(_ arguments: [String]) -> Bool {
        guard arguments.count <= 1 else { return false }
        guard let first = arguments.first else { return true }
        let commands = Notewalk.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        return !first.isEmpty && !first.hasPrefix("-") && !commands.contains(first)
    }

    /// Opens the browser; `run` and the start-up fast path for `notewalk [PATH]` both come here.
    static func start(path: String?, vault: String?, theme: String?, resume: Bool, opener: String?) {
        let target: Target
        let index: VaultIndex
        do {
            target = try VaultLocator.locate(path: path, vault: vault)
        } catch {
            fail(error.description)
        }
        if target.note != nil {
            // The note first: the vault is scanned and read in the background after the first frame.
            index = VaultIndex(root: target.vaultRoot, notes: [])
        } else {
            do {
                // Only the file names now; the notes are read in the background while the list is on screen.
                index = VaultIndex(root: target.vaultRoot, scan: try VaultScanner.scan(root: target.vaultRoot))
            } catch {
                fail(error.description)
            }
        }
        let loaded = ThemeLoader.load(theme)
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: loaded.theme, useColor: loaded.useColor)
        } catch {
            fail(error.description, code: 2)
        }
        var state = BrowserState(vault: index, columns: terminal.columns, rows: terminal.rows)
        state.indexing = (0, index.notes.count)
        let store = SessionStore(vaultRoot: target.vaultRoot)
        let resuming = resume && target.note == nil
        let restore = { () -> [Action] in
            let (session, problem) = store.load()
            return (session.map { [.restore($0.keeping(FileSystem.exists), resume: resuming)] } ?? [])
                + (problem.map { [.status($0, isError: true)] } ?? [])
        }
        var initial: [Action] = []
        // Unless it decides what opens, the saved history is read after the first frame (decoding it
        // takes longer than laying out a note); it then goes beneath the note visited.
        if resuming { initial += restore() }
        if let note = target.note { initial.append(.visit(path: note)) }
        if let warning = loaded.warning { initial.append(.status(warning, isError: true)) }
        let app = App(state: state, terminal: terminal, opener: Opener(option: opener), store: store)
        app.run(initial: initial, afterFirstFrame: resuming ? { [] } : restore)
        terminal.stop()
    }
}
