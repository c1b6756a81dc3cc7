import Browser
import TextLayout

/// A picker over the note: its title (and query), then its rows, two lines each when they have details.
enum PickerView {
    static func draw(_ picker: Picker, into screen: inout Screen) {
        let top = 1, bottom = screen.rows - 2
        guard bottom >= top else { return }
        let panel = TextStyle(.panel)
        for row in top...bottom { screen.fill(row: row, style: panel) }
        screen.put(" " + picker.title, row: top, column: 0, style: TextStyle(.panelTitle, bold: true))
        var listTop = top + 1
        if picker.isTyping {
            var column = screen.put(" > ", row: top + 1, column: 0, style: TextStyle(.filter))
            column = screen.put(picker.query, row: top + 1, column: column, style: TextStyle(.text, bold: true))
            screen.put("▏  \(picker.rows.count == Switcher.limit ? "\(Switcher.limit)+" : "\(picker.rows.count)")", row: top + 1,
                       column: column, style: TextStyle(.dim))
            listTop += 1
        }
        guard !picker.rows.isEmpty else {
            screen.put("   " + picker.emptyText, row: listTop, column: 0, style: TextStyle(.meta))
            return
        }
        let rowHeight = picker.rows.contains { !$0.detail.isEmpty } ? 2 : 1
        let visible = max(1, (bottom - listTop + 1) / rowHeight)
        let first = min(max(0, picker.cursor - visible / 2), max(0, picker.rows.count - visible))
        for offset in 0..<visible {
            let index = first + offset
            guard index < picker.rows.count else { break }
            let row = picker.rows[index]
            let y = listTop + offset * rowHeight
            let selected = index == picker.cursor
            let base = TextStyle(selected ? .panelSelection : .panel)
            for line in 0..<rowHeight { screen.fill(row: y + line, style: base) }
            let x = screen.put(selected ? " › " : "   ", row: y, column: 0, style: base)
            screen.put(Truncate.tail(row.text, width: screen.columns - 4), row: y, column: x, style: TextStyle(base.role, bold: true),
                       marked: row.highlights, markStyle: TextStyle(selected ? .panelSelection : .filter, bold: true))
            if rowHeight == 2 {
                let detailStyle = selected ? base : TextStyle(.meta)
                let dx = screen.put("     ", row: y + 1, column: 0, style: detailStyle)
                screen.put(Truncate.tail(row.detail, width: screen.columns - 6), row: y + 1, column: dx, style: detailStyle,
                           marked: row.detailHighlights, markStyle: TextStyle(.match))
            }
        }
    }
}
