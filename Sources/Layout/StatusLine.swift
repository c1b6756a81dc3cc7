import Browser
import NoteKit
import TextLayout

/// The bottom row: a message, else what the selected item leads to, else hints.
enum StatusLine {
    static func draw(_ state: BrowserState, into screen: inout Screen) {
        let row = screen.rows - 1
        let style = TextStyle(.statusBar)
        screen.fill(row: row, style: style)
        let (text, textStyle) = content(state)
        screen.put(" " + text, row: row, column: 0, style: textStyle, limit: screen.columns)
    }

    static func content(_ state: BrowserState) -> (String, TextStyle) {
        if let status = state.status {
            return (status.text, TextStyle(status.isError ? .error : .message))
        }
        let hint = TextStyle(.statusBar)
        switch state.keyContext {
        case .help: return ("j/k scroll · Esc close", hint)
        case .outline: return ("Enter jump to section · Esc close", hint)
        case .hints:
            guard case let .hints(hints) = state.overlay else { return ("", hint) }
            return ((hints.copies ? "Copy: " : "Follow: ") + "type a label\(hints.typed.isEmpty ? "" : " (\(hints.typed)…)") · Esc cancel", hint)
        case .picker:
            guard case let .picker(picker) = state.overlay else { return ("", hint) }
            let position = picker.rows.isEmpty ? "" : "\(picker.cursor + 1)/\(picker.rows.count) · "
            switch picker.kind {
            case .video: return (position + "Enter open the note there · o open the video · y copy · Esc close", hint)
            case .switcher: return (position + "type to narrow · Enter open · Esc close", hint)
            case .search:
                return (position + (picker.isRunning ? "Esc stops the search · " : "") + "Enter open at the hit · Esc close", hint)
            case .backlinks, .history, .bookmarks: return (position + "Enter open · Esc close", hint)
            case .channel: return (position + "Enter fold or open · o open the video · y copy · Esc close", hint)
            }
        case .noteList:
            if state.list.isEditingFilter { return ("Type to filter · Enter open · Esc clear", hint) }
            if let index = state.list.selectedNote {
                let note = state.vault.notes[index]
                if let problem = note.problem { return (problem, TextStyle(.error)) }
                return (note.relativePath + "  ·  Enter open · / filter · ? help", hint)
            }
            return ("/ filter · ? help · q quit", hint)
        case .note:
            guard let page = state.page else { return ("", hint) }
            if let search = page.search {
                let count = search.hits.isEmpty ? "no hits" : "\(search.current.map { $0 + 1 } ?? 0) of \(search.hits.count)"
                if search.isEditing { return ("/\(search.query)▏  \(count) · Enter keep · Esc cancel", hint) }
                if page.selection == nil { return ("“\(search.query)”: \(count) · n next · N previous · Esc clear", hint) }
            }
            if let selection = page.selection, page.rendered.items.indices.contains(selection) {
                return (describe(page.rendered.items[selection], page: page, vault: state.vault), hint)
            }
            return ("Tab select link · Enter follow · H back · t outline · o video · ? help", hint)
        }
    }

    private static func describe(_ item: LinkItem, page: NotePage, vault: VaultIndex) -> String {
        switch item.kind {
        case let .wikilink(link, _):
            if link.target.isEmpty { return "→ section “\(link.heading ?? "")”" }
            let resolution = vault.resolve(link.target, from: page.noteIndex)
            guard let note = resolution.note else { return "→ \(link.target)  (no such note: unresolved)" }
            var text = "→ \(vault.notes[note].relativePath)"
            if let heading = link.heading { text += " › \(heading)" }
            if resolution.isAmbiguous { text += "  (\(resolution.candidates.count) notes match)" }
            return text
        case let .external(url):
            return "↗ \(url)"
        case let .timestamp(moment):
            guard let id = page.note.videoID else { return "⏱ \(moment.formatted) (this note has no video)" }
            return "▶ \(moment.formatted)  \(VideoURL.watch(id, at: moment))  · o open · y copy"
        }
    }
}
