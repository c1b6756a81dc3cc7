import NoteKit
import TextLayout

/// The browser's state machine: applies one action and returns the effects the app must perform.
/// Pure: no I/O, no clock, no terminal.
public func reduce(_ state: inout BrowserState, _ action: Action) -> [Effect] {
    switch action {
    case let .key(key):
        if state.keyContext == .noteList, state.list.isEditingFilter, let effects = editFilter(&state, key) {
            return effects
        }
        if state.keyContext == .note, let effects = editSearch(&state, key) {
            return effects
        }
        if state.keyContext == .picker, let effects = editPicker(&state, key) {
            return effects
        }
        if state.keyContext == .hints { return hintKey(&state, key) }
        guard let command = CommandTable.command(for: key, in: state.keyContext) else {
            if case .char = key { state.status = StatusMessage("\(key.name) is not a key here; ? shows the keys") }
            return []
        }
        return run(&state, command)
    case let .command(command):
        return run(&state, command)
    case let .visit(path):
        return [.load(LoadRequest(path: path, transition: .visit))]
    case let .open(request):
        return [.load(request)]
    case let .resize(columns, rows):
        state.columns = max(1, columns)
        state.rows = max(1, rows)
        if case .hints = state.overlay { state.overlay = nil }
        relayout(&state)
        return []
    case let .loaded(request, note):
        if request.asChannelTree, state.page != nil, let path = request.location.path, !ChannelIndex(note.document).videos.isEmpty {
            showChannel(&state, path: path, note: note)
        } else {
            show(&state, note, for: request)
        }
        return []
    case let .loadFailed(_, message):
        state.status = StatusMessage(message, isError: true)
        return []
    case let .backlinksFound(path, backlinks):
        showBacklinks(&state, to: path, backlinks)
        return []
    case let .citationsFound(videoID, citations):
        showCitations(&state, of: videoID, citations)
        return []
    case let .searchFound(generation, results):
        addSearchResults(&state, generation: generation, results)
        return []
    case let .searchFinished(generation, searched):
        finishSearch(&state, generation: generation, searched: searched)
        return []
    case let .scanned(index):
        state.vault = index
        state.list = NoteListState(vault: index)
        state.indexing = (0, index.notes.count)
        if let path = state.page?.path { state.page?.noteIndex = index.noteIndex(forAbsolutePath: path) }
        return []
    case let .indexed(changes):
        // Names and title order stay as scanned until `.indexFinished` brings the prepared index.
        state.vault.update(changes, whileIndexing: true)
        if let progress = state.indexing { state.indexing = (progress.done + changes.count, progress.total) }
        return []
    case let .indexFinished(index):
        state.vault = index
        state.indexing = nil
        state.indexVersion += 1
        state.list.resort(vault: state.vault)
        clampList(&state)
        relayout(&state)
        rerankSwitcher(&state)
        var effects: [Effect] = []
        if !state.changedWhileIndexing.isEmpty {
            effects.append(.refreshVault(changed: state.changedWhileIndexing))
            state.changedWhileIndexing = []
        }
        guard let waiting = state.deferred else { return effects }
        state.deferred = nil
        return effects + run(&state, waiting)
    case let .filesChanged(paths):
        guard state.indexing == nil else {
            state.changedWhileIndexing.formUnion(paths)
            return []
        }
        return [.refreshVault(changed: paths)]
    case let .vaultRefreshed(index, changed):
        return takeRefreshedVault(&state, index, changed: changed)
    case let .channelLoaded(path, note):
        showChannel(&state, path: path, note: note)
        return []
    case let .restore(session, resume):
        return restore(&state, session, resume: resume)
    case let .status(text, isError):
        state.status = StatusMessage(text, isError: isError)
        return []
    }
}

private func run(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    state.status = nil
    if let progress = state.indexing, needsWholeVault(state, command) {
        state.deferred = command
        state.status = StatusMessage(progress.done < progress.total
            ? "Reading notes (\(progress.done * 100 / max(1, progress.total))%)… this shows when every note is read"
            : "Linking the notes… this shows in a moment")
        return []
    }
    switch state.keyContext {
    case .help: return helpCommand(&state, command)
    case .outline: return outlineCommand(&state, command)
    case .picker: return pickerCommand(&state, command)
    case .hints: return []
    case .noteList: return listCommand(&state, command)
    case .note: return noteCommand(&state, command)
    }
}

/// Commands that mean the same everywhere; nil when `command` is not one of them.
func sharedCommand(_ state: inout BrowserState, _ command: Command) -> [Effect]? {
    switch command {
    case .quit:
        state.isRunning = false
        return [.quit]
    case .help:
        state.overlay = .help(scroll: 0)
        return []
    case .redraw:
        return [.redraw]
    case .switcher, .history, .backlinks, .videoView:
        return openPicker(&state, command)
    case .vaultSearch:
        return openVaultSearch(&state)
    case .bookmarks:
        state.overlay = .picker(bookmarkPicker(state))
        return []
    case .back:
        return goBack(&state)
    case .forward:
        return goForward(&state)
    default:
        return nil
    }
}

// MARK: history

private func goBack(_ state: inout BrowserState) -> [Effect] {
    guard let target = state.history.back.last else {
        state.status = StatusMessage("Nothing to go back to")
        return []
    }
    return travel(&state, to: target, transition: .back)
}

private func goForward(_ state: inout BrowserState) -> [Effect] {
    guard let target = state.history.forward.last else {
        state.status = StatusMessage("Nothing to go forward to")
        return []
    }
    return travel(&state, to: target, transition: .forward)
}

/// Goes to a place of the history: the note list at once, a page by loading it where it was left.
func travel(_ state: inout BrowserState, to target: HistoryEntry, transition: LoadRequest.Transition) -> [Effect] {
    switch target.location {
    case .noteList:
        moveHistory(&state, transition)
        state.screen = .noteList
        return []
    case .note, .missing:
        return [.load(LoadRequest(location: target.location, transition: transition, anchor: target.anchor,
                                  selection: target.selection))]
    }
}

/// Applies a transition to the history, leaving what is on screen now.
func moveHistory(_ state: inout BrowserState, _ transition: LoadRequest.Transition) {
    let current = state.currentEntry
    switch transition {
    case .visit: state.history.visit(leaving: current)
    case .back: if let current { _ = state.history.goBack(leaving: current) }
    case .forward: if let current { _ = state.history.goForward(leaving: current) }
    case .replace: break
    }
}

/// Puts a loaded note on screen at the requested place.
private func show(_ state: inout BrowserState, _ note: Note, for request: LoadRequest) {
    if state.currentEntry != nil { moveHistory(&state, request.transition) }
    let index = request.location.path.flatMap(state.vault.noteIndex(forAbsolutePath:))
    var page = NotePage(location: request.location, noteIndex: index, note: note,
                        rendered: layoutNote(note, index: index, state: &state), scroll: 0, selection: nil)
    if let anchor = request.anchor { page.scroll = page.line(for: anchor) }
    if let selection = request.selection, page.rendered.items.indices.contains(selection) { page.selection = selection }
    state.screen = .note
    state.overlay = nil
    state.page = page
    if let heading = request.heading {
        if let entry = Outline.find(heading, in: note.outline) {
            state.page?.scroll = page.rendered.blockLines[entry.blockIndex]
        } else {
            state.status = StatusMessage("No section “\(heading)” in \(note.title); showing the top")
        }
    }
    if let focus = request.focus { land(&state, on: focus) }
    clampScroll(&state)
    if state.status == nil, let problem = note.problems.first { state.status = StatusMessage(problem, isError: true) }
}

func layoutNote(_ note: Note, index: Int?, state: inout BrowserState) -> RenderedNote {
    let key = LayoutCache.Key(path: note.path, revision: note.revision, width: state.columns, indexVersion: state.indexVersion)
    if let cached = state.layouts.lookup(key) { return cached }
    let vault = state.vault
    // Until every note is read, links are drawn as links: which ones lead nowhere is known at the end.
    let complete = state.indexing == nil
    let rendered = NoteLayout.layout(note, width: state.columns) { link in
        !complete || link.target.isEmpty || vault.resolve(link.target, from: index).isResolved
    }
    state.layouts.store(key, rendered)
    return rendered
}

func relayout(_ state: inout BrowserState) {
    guard var page = state.page else { return }
    let anchor = page.anchor(at: page.scroll)
    page.rendered = layoutNote(page.note, index: page.noteIndex, state: &state)
    page.scroll = page.line(for: anchor)
    if var search = page.search {
        search.find(in: page.rendered)
        search.current = nil
        page.search = search
    }
    state.page = page
    clampScroll(&state)
    clampList(&state)
}

func clampScroll(_ state: inout BrowserState) {
    guard var page = state.page else { return }
    let maxScroll = max(0, page.rendered.lines.count - state.bodyHeight)
    page.scroll = min(max(0, page.scroll), maxScroll)
    state.page = page
}
