import Browser
import TextLayout

/// The keys, from the command table, in a box over the screen.
enum HelpOverlay {
    static func draw(scroll: Int, into screen: inout Screen) {
        let lines = HelpContent.lines
        let keyWidth = min(28, lines.map { DisplayWidth.of($0.keys) }.max() ?? 10)
        let width = min(screen.columns - 2, max(40, keyWidth + 60))
        let height = min(screen.rows - 2, lines.count + 2)
        let left = (screen.columns - width) / 2
        let top = 1
        let border = TextStyle(.tableBorder)
        let panel = TextStyle(.panel)
        for row in 1..<(screen.rows - 1) { screen.fill(row: row, style: panel) }
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: border)
        screen.put(" Keys · Esc closes ", row: top, column: left + 2, style: TextStyle(.panelTitle, bold: true))
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: border)
        let inner = height - 2
        for offset in 0..<inner {
            let row = top + 1 + offset
            screen.put("│", row: row, column: left, style: border)
            screen.put("│", row: row, column: left + width - 1, style: border)
            let index = scroll + offset
            guard index < lines.count else { continue }
            let line = lines[index]
            if line.keys.isEmpty {
                screen.put(line.description, row: row, column: left + 2, style: TextStyle(.heading2, bold: true), limit: width - 4)
            } else {
                screen.put(Truncate.tail(line.keys, width: keyWidth), row: row, column: left + 2, style: TextStyle(.helpKey))
                screen.put(Truncate.tail(line.description, width: max(0, width - keyWidth - 6)), row: row,
                           column: left + 4 + keyWidth, style: panel)
            }
        }
        if lines.count > inner {
            screen.put(" \(min(lines.count, scroll + inner))/\(lines.count) ", row: top + height - 1,
                       column: left + width - 10, style: border)
        }
    }
}
