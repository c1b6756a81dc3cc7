import Browser
import TextLayout

/// The rendered note between the bars, with the selected item highlighted.
enum NoteBodyView {
    static func draw(_ state: BrowserState, into screen: inout Screen) {
        guard let page = state.page else { return }
        let lines = page.rendered.lines
        for row in 0..<state.bodyHeight {
            let index = page.scroll + row
            guard index < lines.count else { break }
            var column = 0
            for run in lines[index].runs {
                var style = run.style
                if let item = run.item, item == page.selection { style.role = .selection }
                column = screen.put(run.text, row: row + 1, column: column, style: style)
            }
        }
        guard let search = page.search else { return }
        for (i, hit) in search.hits.enumerated() where hit.line >= page.scroll && hit.line < page.scroll + state.bodyHeight {
            screen.restyle(row: hit.line - page.scroll + 1, column: hit.column, width: hit.width,
                           role: i == search.current ? .currentMatch : .match)
        }
    }
}
