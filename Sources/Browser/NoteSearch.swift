import NoteKit
import TextLayout

/// The in-note search: its query, every hit on the laid-out lines, and the current one.
public struct NoteSearch: Sendable, Equatable {
    public struct Hit: Sendable, Equatable {
        public var line: Int
        /// Display columns on the line.
        public var column: Int
        public var width: Int
    }

    public var query: String
    public var isEditing: Bool
    public var hits: [Hit] = []
    public var current: Int?
    /// The top line when the search started: typing finds the first hit from there.
    public var origin = 0

    /// Finds every hit of the query in the laid-out lines.
    mutating func find(in rendered: RenderedNote) {
        hits = []
        let search = TextSearch(query)
        guard !search.isEmpty else { return }
        for (lineIndex, line) in rendered.lines.enumerated() {
            let text = line.plainText
            let ranges = search.matches(in: text)
            guard !ranges.isEmpty else { continue }
            let widths = text.map(DisplayWidth.of)
            var starts = [0]
            for w in widths { starts.append(starts[starts.count - 1] + w) }
            for range in ranges {
                hits.append(Hit(line: lineIndex, column: starts[range.lowerBound],
                                width: starts[range.upperBound] - starts[range.lowerBound]))
            }
        }
    }
}

/// `/` in a note: starts a search, or with `query`, runs one at once (landing on a search hit).
func startSearch(_ state: inout BrowserState, query: String = "") {
    guard var page = state.page else { return }
    var search = NoteSearch(query: query, isEditing: query.isEmpty)
    search.origin = page.scroll
    search.find(in: page.rendered)
    page.search = search
    state.page = page
    if !query.isEmpty { jumpToHit(&state, from: page.scroll, forward: true, wrapMessage: false) }
}

/// Keys typed into the in-note search; nil for keys that keep their command meaning.
func editSearch(_ state: inout BrowserState, _ key: Key) -> [Effect]? {
    guard var page = state.page, var search = page.search, search.isEditing else { return nil }
    switch key {
    case let .char(c): search.query.append(c)
    case .backspace:
        if search.query.isEmpty { page.search = nil; state.page = page; return [] }
        search.query.removeLast()
    case .ctrl("u"): search.query = ""
    case .enter:
        search.isEditing = false
        page.search = search.query.isEmpty ? nil : search
        state.page = page
        if search.query.isEmpty { return [] }
        if search.hits.isEmpty { state.status = StatusMessage("“\(search.query)” is not in this note") }
        return []
    case .escape:
        page.search = nil
        state.page = page
        return []
    default:
        return nil
    }
    search.find(in: page.rendered)
    search.current = nil
    page.search = search
    state.page = page
    jumpToHit(&state, from: search.origin, forward: true, wrapMessage: false)
    return []
}

/// Moves to the next (or previous) hit after the current one, wrapping around with a message.
func jumpToHit(_ state: inout BrowserState, from line: Int? = nil, forward: Bool, wrapMessage: Bool = true) {
    guard var page = state.page, var search = page.search else { return }
    guard !search.hits.isEmpty else {
        if !search.query.isEmpty { state.status = StatusMessage("“\(search.query)” is not in this note") }
        return
    }
    var next: Int
    if let current = search.current, line == nil {
        next = forward ? current + 1 : current - 1
    } else {
        let origin = line ?? page.scroll
        next = forward ? (search.hits.firstIndex { $0.line >= origin } ?? search.hits.count)
            : (search.hits.lastIndex { $0.line <= origin } ?? -1)
    }
    if next >= search.hits.count {
        next = 0
        if wrapMessage { state.status = StatusMessage("Search wrapped to the top") }
    } else if next < 0 {
        next = search.hits.count - 1
        if wrapMessage { state.status = StatusMessage("Search wrapped to the bottom") }
    }
    search.current = next
    let hit = search.hits[next]
    if hit.line < page.scroll || hit.line >= page.scroll + state.bodyHeight {
        page.scroll = max(0, hit.line - state.bodyHeight / 3)
    }
    page.search = search
    state.page = page
    clampScroll(&state)
}
