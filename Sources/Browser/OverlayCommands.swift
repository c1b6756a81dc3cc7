/// Commands while the help overlay has the keyboard.
func helpCommand(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    guard case let .help(scroll) = state.overlay else { return [] }
    let total = HelpContent.lineCount
    let height = max(1, state.bodyHeight - 2)
    var next = scroll
    switch command {
    case .quit:
        state.isRunning = false
        return [.quit]
    case .help, .close:
        state.overlay = nil
        return []
    case .lineDown: next += 1
    case .lineUp: next -= 1
    case .pageDown: next += height
    case .pageUp: next -= height
    case .top: next = 0
    case .bottom: next = total
    default: return []
    }
    state.overlay = .help(scroll: min(max(0, next), max(0, total - height)))
    return []
}

/// Commands while the outline panel has the keyboard.
func outlineCommand(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    guard case let .outline(cursor) = state.overlay, let page = state.page else { return [] }
    let outline = page.note.outline
    var next = cursor
    switch command {
    case .quit:
        state.isRunning = false
        return [.quit]
    case .help:
        state.overlay = .help(scroll: 0)
        return []
    case .close, .outline:
        state.overlay = nil
        return []
    case .lineDown: next += 1
    case .lineUp: next -= 1
    case .pageDown: next += max(1, state.bodyHeight - 3)
    case .pageUp: next -= max(1, state.bodyHeight - 3)
    case .top: next = 0
    case .bottom: next = outline.count - 1
    case .open:
        if outline.indices.contains(cursor) {
            state.page?.scroll = page.rendered.blockLines[outline[cursor].blockIndex]
            state.page?.selection = nil
        }
        state.overlay = nil
        clampScroll(&state)
        return []
    default: return []
    }
    state.overlay = .outline(cursor: min(max(0, next), max(0, outline.count - 1)))
    return []
}
