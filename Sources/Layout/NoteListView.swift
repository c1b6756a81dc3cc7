import Browser
import NoteKit
import TextLayout

/// The list of notes: a video marker, the title with fuzzy matches highlighted, folder and link count.
enum NoteListView {
    static func draw(_ state: BrowserState, into screen: inout Screen) {
        var row = 1
        let list = state.list
        if list.isEditingFilter || !list.filter.isEmpty {
            let style = TextStyle(.filter)
            var column = screen.put(" / ", row: row, column: 0, style: style)
            column = screen.put(list.filter, row: row, column: column, style: TextStyle(.text, bold: true))
            if list.isEditingFilter { column = screen.put("▏", row: row, column: column, style: style) }
            screen.put("  \(list.visible.count) of \(list.all.count)", row: row, column: column, style: TextStyle(.dim))
            row += 1
        }
        if state.vault.notes.isEmpty {
            screen.put(" No notes in \(state.vault.root) (looked for .md, .markdown and .txt files)", row: row,
                       column: 0, style: TextStyle(.meta))
            return
        }
        let height = state.rows - 1 - row
        for offset in 0..<max(0, height) {
            let position = list.scroll + offset
            guard position < list.visible.count else { break }
            let index = list.visible[position]
            drawRow(state.vault.notes[index], highlights: list.highlights(of: index, in: state.vault),
                    selected: position == list.cursor, row: row + offset, into: &screen)
        }
    }

    private static func drawRow(_ note: VaultNote, highlights: [Int], selected: Bool, row: Int, into screen: inout Screen) {
        let base = TextStyle(selected ? .selection : .text)
        screen.fill(row: row, style: base)
        let count = note.links.count == 1 ? "1 link " : "\(note.links.count) links "
        let folderRoom = max(0, screen.columns / 3 - DisplayWidth.of(count) - 2)
        let right = (note.folder.isEmpty || folderRoom < 4 ? "" : Truncate.tail(note.folder, width: folderRoom) + "  ") + count
        let rightWidth = DisplayWidth.of(right)
        var column = screen.put(" ", row: row, column: 0, style: base)
        column = screen.put(note.videoID != nil ? "▶ " : "  ", row: row, column: column,
                            style: selected ? base : TextStyle(.listVideo))
        let room = screen.columns - rightWidth - column - 1
        let title = Truncate.tail(note.title, width: room)
        column = screen.put(title, row: row, column: column, style: base, marked: highlights,
                            markStyle: TextStyle(selected ? .selection : .filter, bold: true))
        if note.problem != nil { screen.put(" !", row: row, column: column, style: selected ? base : TextStyle(.error)) }
        screen.put(right, row: row, column: screen.columns - rightWidth,
                   style: selected ? base : TextStyle(.listCount))
    }
}
