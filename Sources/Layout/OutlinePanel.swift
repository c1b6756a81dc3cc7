import Browser
import TextLayout

/// The section outline, a panel at the right (the whole width on narrow terminals).
enum OutlinePanel {
    static func draw(_ state: BrowserState, cursor: Int, into screen: inout Screen) {
        guard let page = state.page else { return }
        let outline = page.note.outline
        let width = screen.columns < 60 ? screen.columns : min(44, screen.columns / 2)
        let left = screen.columns - width
        let height = state.bodyHeight
        let panel = TextStyle(.panel)
        for row in 1...height { screen.fill(row: row, from: left, width: width, style: panel) }
        if left > 0 { for row in 1...height { screen.put("│", row: row, column: left, style: TextStyle(.tableBorder)) } }
        let inner = left > 0 ? left + 2 : left + 1
        let room = screen.columns - inner - 1
        screen.put("Outline · \(outline.count) sections", row: 1, column: inner, style: TextStyle(.panelTitle, bold: true), limit: room)
        let listHeight = max(1, height - 1)
        let first = min(max(0, cursor - listHeight / 2), max(0, outline.count - listHeight))
        let current = state.currentSection
        for offset in 0..<listHeight {
            let index = first + offset
            guard index < outline.count else { break }
            let entry = outline[index]
            let row = 2 + offset
            let style = index == cursor ? TextStyle(.panelSelection) : panel
            if index == cursor { screen.fill(row: row, from: left + (left > 0 ? 1 : 0), width: width - (left > 0 ? 1 : 0), style: style) }
            let indent = String(repeating: "  ", count: max(0, entry.level - 2))
            let marker = index == current ? "▸ " : "  "
            screen.put(marker + indent + entry.title, row: row, column: inner, style: style, limit: room)
        }
    }
}
