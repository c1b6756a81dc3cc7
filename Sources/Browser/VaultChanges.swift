import NoteKit

/// Takes an index refreshed after files changed on disk: the list keeps its filter and the note under
/// the cursor, links are resolved again, and the note on screen is read again if it changed.
func takeRefreshedVault(_ state: inout BrowserState, _ index: VaultIndex, changed: Set<String>) -> [Effect] {
    let old = state.vault
    let selected = state.list.selectedNote.map { old.notes[$0].relativePath }
    state.vault = index
    state.indexVersion += 1
    var list = NoteListState(vault: index)
    list.filter = state.list.filter
    list.isEditingFilter = state.list.isEditingFilter
    list.scroll = state.list.scroll
    list.refilter(vault: index)
    if let selected, let note = index.note(atRelativePath: selected), let position = list.visible.firstIndex(of: note) {
        list.cursor = position
    }
    state.list = list
    clampList(&state)
    guard let page = state.page, let path = page.path else { return [] }
    state.page?.noteIndex = index.noteIndex(forAbsolutePath: path)
    relayout(&state)
    let relative = old.relativePath(ofAbsolute: path)
    guard let relative, changed.contains(relative) else { return [] }
    guard state.page?.noteIndex != nil else {
        state.status = StatusMessage("\(relative) was removed from the vault; this is the last version read", isError: true)
        return []
    }
    state.status = StatusMessage("\(relative) changed on disk and was read again")
    return [.load(LoadRequest(location: page.location, transition: .replace, anchor: page.anchor(at: page.scroll),
                              selection: page.selection))]
}
