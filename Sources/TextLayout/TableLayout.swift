import NoteKit

/// Draws a GitHub table with box lines; columns shrink (and their cells wrap) to fit the width.
enum TableLayout {
    static func emit(_ table: Table, width: Int, into layout: inout BlockLayout) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        func padded(_ row: [[Inline]]) -> [[Inline]] { row + Array(repeating: [], count: max(0, columns - row.count)) }
        let header = padded(table.header).map { layout.runs($0, style: TextStyle(.text, bold: true)) }
        let rows = table.rows.map { padded($0).map { layout.runs($0, style: .text) } }
        var widths = Array(repeating: 1, count: columns)
        for row in [header] + rows {
            for (c, cell) in row.enumerated() { widths[c] = max(widths[c], StyledLine(cell).width) }
        }
        let overhead = 3 * columns + 1
        while widths.reduce(0, +) + overhead > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 3 {
            widths[widest] -= 1
        }
        let border = TextStyle(.tableBorder)
        func rule(_ left: String, _ mid: String, _ right: String) -> [Run] {
            [Run(left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: mid) + right, border)]
        }
        func emitRow(_ cells: [[Run]]) {
            let wrapped = cells.enumerated().map { c, cell in Wrapper.wrap(cell, width: widths[c]) }
            let height = wrapped.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var line: [Run] = [Run("│", border)]
                for c in 0..<columns {
                    let content = lineIndex < wrapped[c].count ? wrapped[c][lineIndex] : []
                    let slack = max(0, widths[c] - StyledLine(content).width)
                    let alignment = c < table.alignments.count ? table.alignments[c] : .left
                    let before = alignment == .right ? slack : (alignment == .center ? slack / 2 : 0)
                    line.append(Run(" " + String(repeating: " ", count: before)))
                    line += content
                    line.append(Run(String(repeating: " ", count: slack - before) + " "))
                    line.append(Run("│", border))
                }
                layout.sink.emit(line)
            }
        }
        layout.sink.emit(rule("┌", "┬", "┐"))
        emitRow(header)
        layout.sink.emit(rule("├", "┼", "┤"))
        for row in rows { emitRow(row) }
        layout.sink.emit(rule("└", "┴", "┘"))
    }
}
