import NoteKit
import TextLayout

/// Selects and scrolls to what a load asked to land on.
func land(_ state: inout BrowserState, on focus: Focus) {
    guard var page = state.page else { return }
    let items = page.rendered.items
    var target: Int?
    switch focus {
    case let .link(path, ordinal):
        let matching = items.indices.filter { i in
            guard case let .wikilink(link, _) = items[i].kind,
                  let note = state.vault.resolve(link.target, from: page.noteIndex).note else { return false }
            return state.vault.path(of: note) == path
        }
        target = matching.indices.contains(ordinal) ? matching[ordinal] : matching.first
    case let .moment(seconds):
        target = items.firstIndex { $0.kind == .timestamp(Timestamp(seconds: seconds)) }
    case let .text(query):
        state.page = page
        startSearch(&state, query: query)
        return
    }
    guard let target else { return }
    page.selection = target
    page.scroll = max(0, items[target].firstLine - state.bodyHeight / 3)
    state.page = page
    clampScroll(&state)
}
