import Browser
import NoteKit
import TextLayout

/// Turns browser state into a screen of cells. Pure: the same state and size give the same screen.
public enum Renderer {
    /// The smallest terminal Notewalk draws into.
    public static let minimumColumns = 20
    public static let minimumRows = 5

    public static func render(_ state: BrowserState) -> Screen {
        var screen = Screen(columns: state.columns, rows: state.rows)
        guard state.columns >= minimumColumns, state.rows >= minimumRows else {
            tooSmall(&screen)
            return screen
        }
        TitleBar.draw(state, into: &screen)
        switch state.screen {
        case .noteList: NoteListView.draw(state, into: &screen)
        case .note: NoteBodyView.draw(state, into: &screen)
        }
        switch state.overlay {
        case let .outline(cursor): OutlinePanel.draw(state, cursor: cursor, into: &screen)
        case let .help(scroll): HelpOverlay.draw(scroll: scroll, into: &screen)
        case let .picker(picker): PickerView.draw(picker, into: &screen)
        case let .hints(hints): HintsView.draw(hints, state: state, into: &screen)
        case nil: break
        }
        StatusLine.draw(state, into: &screen)
        return screen
    }

    private static func tooSmall(_ screen: inout Screen) {
        let message = "Terminal too small (\(screen.columns)x\(screen.rows)); Notewalk needs \(minimumColumns)x\(minimumRows)"
        let lines = Wrapper.wrap([Run(message, TextStyle(.error))], width: max(1, screen.columns))
        for (i, line) in lines.enumerated() where i < screen.rows {
            screen.put(StyledLine(line).plainText, row: i, column: 0, style: TextStyle(.error))
        }
    }
}

/// The top row: the breadcrumb of where the person has been, ending in the current title.
enum TitleBar {
    static func draw(_ state: BrowserState, into screen: inout Screen) {
        let style = TextStyle(.titleBar)
        screen.fill(row: 0, style: style)
        var right = ""
        switch state.screen {
        case .noteList:
            right = "\(state.vault.notes.count) notes "
            if let progress = state.indexing {
                // Once every note is read, the links between them are worked out before the index is done.
                right = progress.done < progress.total
                    ? "reading \(progress.done * 100 / max(1, progress.total))% of " + right
                    : "linking " + right
            }
        case .note:
            if let page = state.page, case .missing = page.location {
                right = "missing note "
            } else if let page = state.page {
                let total = page.rendered.lines.count
                let bottom = min(total, page.scroll + state.bodyHeight)
                right = (page.note.videoID != nil ? "▶ " : "") + (total <= state.bodyHeight ? "All" : "\(bottom * 100 / max(1, total))%") + " "
            }
        }
        let rightWidth = DisplayWidth.of(right)
        let room = max(0, screen.columns - rightWidth - 2)
        let crumbs = state.breadcrumb
        // Not `joined(separator:)`: that runs unspecialised here and looks its types up by name at
        // run time, a scan of every conformance in the binary before the first frame.
        var text = ""
        for (i, crumb) in crumbs.enumerated() { text += i == 0 ? crumb : " › " + crumb }
        if DisplayWidth.of(text) > room, let last = crumbs.last {
            text = "… › " + last
            if DisplayWidth.of(text) > room { text = Truncate.tail(last, width: room) }
        }
        var column = screen.put(" ", row: 0, column: 0, style: style)
        if crumbs.count > 1, let last = crumbs.last, text.hasSuffix(last) {
            let head = String(text.dropLast(last.count))
            column = screen.put(head, row: 0, column: column, style: TextStyle(.breadcrumb), limit: room)
            screen.put(last, row: 0, column: column, style: TextStyle(.titleBar, bold: true), limit: max(0, room + 1 - column))
        } else {
            screen.put(text, row: 0, column: column, style: TextStyle(.titleBar, bold: true), limit: room)
        }
        screen.put(right, row: 0, column: screen.columns - rightWidth, style: style)
    }
}

/// Shortening text to a width with an ellipsis.
enum Truncate {
    static func tail(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }
}
