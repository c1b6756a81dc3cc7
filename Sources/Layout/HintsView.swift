import Browser
import TextLayout

/// Draws each hint label over the start of its item, hiding those that no longer match what is typed.
enum HintsView {
    static func draw(_ hints: LinkHints, state: BrowserState, into screen: inout Screen) {
        guard let page = state.page else { return }
        for (label, item) in hints.labels where label.hasPrefix(hints.typed) {
            guard let segment = page.rendered.items[item].segments.first(where: {
                $0.line >= page.scroll && $0.line < page.scroll + state.bodyHeight
            }) else { continue }
            let row = segment.line - page.scroll + 1
            let rest = String(label.dropFirst(hints.typed.count))
            var column = segment.column
            if !hints.typed.isEmpty { column = screen.put(hints.typed, row: row, column: column, style: TextStyle(.dim)) }
            screen.put(rest, row: row, column: column, style: TextStyle(.hint, bold: true))
        }
    }
}
