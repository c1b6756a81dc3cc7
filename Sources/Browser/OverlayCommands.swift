/// Commands while the help overlay has the keyboard.
func helpCommand(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    guard case let .help(scroll) = state.overlay else { return [] }
    let total = HelpContent.lineCount
    let height = max(1, state.bodyHeight - 2)
    switch command {
    case .help, .close:
        state.overlay = nil
        return []
    default:
        if let effects = sharedCommand(&state, command) { return effects }
    }
    guard let next = moved(scroll, by: command, page: height, count: total) else { return [] }
    state.overlay = .help(scroll: min(max(0, next), max(0, total - height)))
    return []
}

/// Commands while the outline panel has the keyboard.
func outlineCommand(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    guard case let .outline(cursor) = state.overlay, let page = state.page else { return [] }
    let outline = page.note.outline
    switch command {
    case .close, .outline:
        state.overlay = nil
        return []
    case .open:
        if outline.indices.contains(cursor) {
            state.page?.scroll = page.rendered.blockLines[outline[cursor].blockIndex]
            state.page?.selection = nil
        }
        state.overlay = nil
        clampScroll(&state)
        return []
    default:
        if let effects = sharedCommand(&state, command) { return effects }
    }
    guard let next = moved(cursor, by: command, page: state.bodyHeight - 3, count: outline.count) else { return [] }
    state.overlay = .outline(cursor: min(max(0, next), max(0, outline.count - 1)))
    return []
}
