/// Commands while the note list has the keyboard.
func listCommand(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    if let effects = sharedCommand(&state, command) { return effects }
    let height = state.bodyHeight
    switch command {
    case .lineDown: state.list.cursor += 1
    case .lineUp: state.list.cursor -= 1
    case .pageDown: state.list.cursor += max(1, height - 1)
    case .pageUp: state.list.cursor -= max(1, height - 1)
    case .top: state.list.cursor = 0
    case .bottom: state.list.cursor = state.list.visible.count - 1
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
