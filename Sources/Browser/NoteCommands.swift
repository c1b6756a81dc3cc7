import NoteKit
import TextLayout

/// Commands while a note has the keyboard.
func noteCommand(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    if let effects = sharedCommand(&state, command) { return effects }
    guard let page = state.page else { return [] }
    if let next = moved(page.scroll, by: command, page: state.bodyHeight - 2, count: page.rendered.lines.count) {
        state.page?.scroll = next
        clampScroll(&state)
        return []
    }
    switch command {
    case .search: startSearch(&state)
    case .hints, .copyHints: showHints(&state, copies: command == .copyHints)
    case .toggleBookmark: toggleBookmark(&state)
    case .channel: return openChannel(&state)
    case .nextMatch, .previousMatch:
        guard page.search != nil else {
            state.status = StatusMessage("No search yet: / searches this note")
            return []
        }
        jumpToHit(&state, forward: command == .nextMatch)
    case .nextItem: selectItem(&state, forward: true)
    case .previousItem: selectItem(&state, forward: false)
    case .open: return follow(&state)
    case .openVideo: return openVideo(&state)
    case .copyItemURL: return copyItem(&state)
    case .copyVideoURL:
        guard let id = page.note.videoID else {
            state.status = StatusMessage("This note has no video (no videoId in its front matter)")
            return []
        }
        return [.copy(text: VideoURL.watch(id), what: "video URL")]
    case .outline:
        guard !page.note.outline.isEmpty else {
            state.status = StatusMessage("This note has no sections")
            return []
        }
        state.overlay = .outline(cursor: state.currentSection ?? 0)
    case .noteList:
        return travel(&state, to: HistoryEntry(location: .noteList, title: "Notes"), transition: .visit)
    case .close:
        if page.search != nil { state.page?.search = nil } else { state.page?.selection = nil }
    default: break
    }
    clampScroll(&state)
    return []
}

/// Commands whose answer depends on every note: run while the index is incomplete, they would be wrong.
func needsWholeVault(_ state: BrowserState, _ command: Command) -> Bool {
    switch command {
    case .backlinks, .videoView, .channel:
        return state.keyContext == .note
    case .open:
        // A link that does not resolve yet may resolve once every title and alias is read.
        guard state.keyContext == .note, let page = state.page, let selection = page.selection,
              page.rendered.items.indices.contains(selection),
              case let .wikilink(link, _) = page.rendered.items[selection].kind, !link.target.isEmpty else { return false }
        return !state.vault.resolve(link.target, from: page.noteIndex).isResolved
    default:
        return false
    }
}

/// Tab and Shift-Tab: the next item after the selection when it is on screen, else the first one on screen.
private func selectItem(_ state: inout BrowserState, forward: Bool) {
    guard var page = state.page else { return }
    let items = page.rendered.items
    guard !items.isEmpty else {
        state.status = StatusMessage("No links or timestamps in this note")
        return
    }
    let top = page.scroll, bottom = page.scroll + state.bodyHeight - 1
    func visible(_ i: Int) -> Bool { items[i].lastLine >= top && items[i].firstLine <= bottom }
    var next: Int
    if let current = page.selection, visible(current) {
        next = forward ? current + 1 : current - 1
    } else if forward {
        next = items.indices.first(where: { items[$0].firstLine >= top }) ?? 0
    } else {
        next = items.indices.last(where: { items[$0].lastLine <= bottom }) ?? items.count - 1
    }
    if next >= items.count { next = 0; state.status = StatusMessage("Back to the first link") }
    if next < 0 { next = items.count - 1; state.status = StatusMessage("On to the last link") }
    page.selection = next
    let item = items[next]
    if item.firstLine < top || item.lastLine > bottom {
        page.scroll = max(0, item.firstLine - state.bodyHeight / 3)
    }
    state.page = page
}

private func selectedItem(_ state: BrowserState) -> LinkItem? {
    guard let page = state.page, let selection = page.selection, page.rendered.items.indices.contains(selection) else {
        return nil
    }
    return page.rendered.items[selection]
}

/// Enter on the selected item: follow a wikilink, open a URL or a moment.
private func follow(_ state: inout BrowserState) -> [Effect] {
    guard let page = state.page, let item = selectedItem(state) else {
        state.status = StatusMessage("Select a link or timestamp first (Tab)")
        return []
    }
    switch item.kind {
    case let .wikilink(link, _):
        if link.target.isEmpty, let heading = link.heading {
            return [.load(LoadRequest(location: page.location, transition: .visit, heading: heading))]
        }
        let resolution = state.vault.resolve(link.target, from: page.noteIndex)
        guard let target = resolution.note else {
            return [.load(LoadRequest(location: .missing(name: link.target), transition: .visit))]
        }
        // The note's own `From: [[channel]]` opens the channel as a tree of its videos.
        let isChannel = link.heading == nil && ChannelIndex.channelLink(of: page.note.document)?.target == link.target
        return [.load(LoadRequest(location: .note(path: state.vault.path(of: target)), transition: .visit,
                                  heading: link.heading, asChannelTree: isChannel))]
    case let .external(url):
        return [.open(OpenRequest(url: url))]
    case let .timestamp(moment):
        return openMoment(&state, moment)
    }
}

private func openMoment(_ state: inout BrowserState, _ moment: Timestamp) -> [Effect] {
    guard let id = state.page?.note.videoID else {
        state.status = StatusMessage("This note has no video to open at \(moment.formatted)", isError: true)
        return []
    }
    return [.open(OpenRequest(url: VideoURL.watch(id, at: moment), seconds: moment.seconds, videoID: id))]
}

private func openVideo(_ state: inout BrowserState) -> [Effect] {
    if let item = selectedItem(state), case let .timestamp(moment) = item.kind { return openMoment(&state, moment) }
    guard let id = state.page?.note.videoID else {
        state.status = StatusMessage("This note has no video (no videoId in its front matter)")
        return []
    }
    return [.open(OpenRequest(url: VideoURL.watch(id), seconds: 0, videoID: id))]
}

private func copyItem(_ state: inout BrowserState) -> [Effect] {
    guard let item = selectedItem(state) else {
        state.status = StatusMessage("Select a timestamp or link first (Tab); Y copies the video URL")
        return []
    }
    switch item.kind {
    case let .timestamp(moment):
        guard let id = state.page?.note.videoID else {
            state.status = StatusMessage("This note has no video", isError: true)
            return []
        }
        return [.copy(text: VideoURL.watch(id, at: moment), what: "URL of \(moment.formatted)")]
    case let .external(url):
        return [.copy(text: url, what: "link URL")]
    case let .wikilink(link, _):
        state.status = StatusMessage("“\(link.target)” is a note, not a URL; select a timestamp or web link to copy")
        return []
    }
}
