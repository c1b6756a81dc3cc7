/// Commands while the note list has the keyboard.
func listCommand(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    if let effects = sharedCommand(&state, command) { return effects }
    if let next = moved(state.list.cursor, by: command, page: state.bodyHeight - 1, count: state.list.visible.count) {
        state.list.cursor = next
        clampList(&state)
        return []
    }
    switch command {
    case .filter:
        state.list.isEditingFilter = true
    case .close:
        if !state.list.filter.isEmpty || state.list.isEditingFilter {
            state.list.filter = ""
            state.list.isEditingFilter = false
            state.list.refilter(vault: state.vault)
        }
    case .open:
        state.list.isEditingFilter = false
        guard let note = state.list.selectedNote else {
            state.status = StatusMessage("No note matches “\(state.list.filter)”")
            return []
        }
        clampList(&state)
        return [.load(LoadRequest(path: state.vault.path(of: note), transition: .visit))]
    default: break
    }
    clampList(&state)
    return []
}

/// Keys typed into the filter; nil for keys that keep their command meaning (arrows, Enter, Esc).
func editFilter(_ state: inout BrowserState, _ key: Key) -> [Effect]? {
    switch key {
    case let .char(c):
        state.list.filter.append(c)
    case .backspace:
        guard !state.list.filter.isEmpty else {
            state.list.isEditingFilter = false
            return []
        }
        state.list.filter.removeLast()
    case .ctrl("u"):
        state.list.filter = ""
    default:
        return nil
    }
    state.status = nil
    state.list.refilter(vault: state.vault)
    clampList(&state)
    return []
}

func clampList(_ state: inout BrowserState) {
    let count = state.list.visible.count
    state.list.cursor = min(max(0, state.list.cursor), max(0, count - 1))
    let height = max(1, state.bodyHeight - (state.list.isEditingFilter || !state.list.filter.isEmpty ? 1 : 0))
    if state.list.cursor < state.list.scroll { state.list.scroll = state.list.cursor }
    if state.list.cursor >= state.list.scroll + height { state.list.scroll = state.list.cursor - height + 1 }
    state.list.scroll = min(max(0, state.list.scroll), max(0, count - height))
}
