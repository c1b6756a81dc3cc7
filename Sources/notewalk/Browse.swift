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

    @Option(help: "Command that opens URLs, with {url}, {seconds}, {videoId} (default: $NOTEWALK_OPENER, $BROWSER, xdg-open).")
    var opener: String?

    func run() throws {
        let target: Target
        let index: VaultIndex
        do {
            target = try VaultLocator.locate(path: path, vault: vault)
            index = try VaultLocator.index(target.vaultRoot)
        } catch {
            fail(error.description)
        }
        let loaded = ThemeLoader.load(theme)
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: loaded.theme, useColor: loaded.useColor)
        } catch {
            fail(error.description, code: 2)
        }
        var state = BrowserState(vault: index, columns: terminal.columns, rows: terminal.rows)
        if let warning = loaded.warning { state.status = StatusMessage(warning, isError: true) }
        let app = App(state: state, terminal: terminal, opener: Opener(option: opener))
        app.run(initial: target.note.map { [.visit(path: $0)] } ?? [])
        terminal.stop()
    }
}
