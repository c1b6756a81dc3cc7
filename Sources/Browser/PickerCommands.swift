import NoteKit

/// Commands while a picker has the keyboard.
func pickerCommand(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    guard case var .picker(picker) = state.overlay else { return [] }
    if let next = moved(picker.cursor, by: command, page: state.bodyHeight - 2, count: picker.rows.count) {
        picker.cursor = min(max(0, next), max(0, picker.rows.count - 1))
        state.overlay = .picker(picker)
        return []
    }
    switch command {
    case .close:
        state.overlay = nil
        return picker.isRunning ? [.cancelSearch] : []
    case .open:
        guard let row = picker.selectedRow else { return [] }
        if case let .video(video, _) = row.action {
            toggleVideo(&state, &picker, video)
            state.overlay = .picker(picker)
            return []
        }
        state.overlay = nil
        if picker.isRunning { return [.cancelSearch] + pick(&state, row) }
        return pick(&state, row)
    case .openVideo, .copyItemURL:
        switch picker.selectedRow?.action {
        case let .moment(open, _)?:
            if command == .openVideo { return [.open(open)] }
            return [.copy(text: open.url, what: "URL of \(Timestamp(seconds: open.seconds).formatted)")]
        case let .video(_, open)?:
            if command == .openVideo { return [.open(open)] }
            return [.copy(text: open.url, what: "video URL")]
        default:
            state.status = StatusMessage("Select a cited moment or a video first")
            return []
        }
    default:
        return sharedCommand(&state, command) ?? []
    }
}

/// What Enter on a row does.
private func pick(_ state: inout BrowserState, _ row: PickerRow) -> [Effect] {
    switch row.action {
    case let .open(request), let .moment(_, request):
        return [.load(request)]
    case let .revisit(entry):
        // Picking the place on screen only closes the list: it is not a new step of the history.
        if entry.location == state.currentEntry?.location { return [] }
        return travel(&state, to: entry, transition: .visit)
    case .video:
        return []
    }
}

/// Keys typed into a picker that filters as you type; nil for keys that keep their command meaning.
func editPicker(_ state: inout BrowserState, _ key: Key) -> [Effect]? {
    guard case var .picker(picker) = state.overlay, picker.isTyping else { return nil }
    switch key {
    case let .char(c): picker.query.append(c)
    case .backspace:
        guard !picker.query.isEmpty else { return [] }
        picker.query.removeLast()
    case .ctrl("u"): picker.query = ""
    default: return nil
    }
    if picker.kind == .search {
        let effects = restartSearch(&state, &picker)
        state.overlay = .picker(picker)
        return effects
    }
    // While the index fills in, titles change under the switcher: narrow only on a complete index.
    rank(&picker, in: state, narrowing: state.indexing == nil)
    picker.cursor = 0
    state.overlay = .picker(picker)
    return []
}

/// Ranks an open quick switcher again when the finished index replaces the one it ranked in (the
/// rows it shows were matched and titled while notes were still being read).
func rerankSwitcher(_ state: inout BrowserState) {
    guard case var .picker(picker) = state.overlay, picker.kind == .switcher else { return }
    rank(&picker, in: state, narrowing: false)
    picker.cursor = min(picker.cursor, max(0, picker.rows.count - 1))
    state.overlay = .picker(picker)
}

private func rank(_ picker: inout Picker, in state: BrowserState, narrowing: Bool) {
    (picker.rows, picker.narrowing) = Switcher.rows(for: picker.query, in: state.vault, indexVersion: state.indexVersion,
                                                    after: narrowing ? picker.narrowing : nil)
}

/// The pickers a command opens.
func openPicker(_ state: inout BrowserState, _ command: Command) -> [Effect] {
    switch command {
    case .switcher:
        var picker = Picker(kind: .switcher, title: "Go to note", rows: [], emptyText: "No note matches")
        picker.rows = Switcher.rows(for: "", in: state.vault).rows
        state.overlay = .picker(picker)
        return []
    case .history:
        state.overlay = .picker(HistoryList.picker(state))
        return []
    case .backlinks:
        guard let page = state.page, let path = page.path, let index = page.noteIndex else {
            state.status = StatusMessage("Backlinks are for notes in the vault")
            return []
        }
        return [.findBacklinks(note: index, path: path)]
    case .videoView:
        guard let id = state.page?.note.videoID else {
            state.status = StatusMessage("This note has no video (no videoId in its front matter)")
            return []
        }
        return [.findCitations(videoID: id)]
    default:
        return []
    }
}

/// Builds the backlinks picker from what the app found.
func showBacklinks(_ state: inout BrowserState, to path: String, _ backlinks: [Backlink]) {
    let title = state.page?.title ?? ""
    let rows = backlinks.map { link in
        PickerRow(text: state.vault.notes[link.from].title, detail: link.sentence,
                  action: .open(LoadRequest(path: state.vault.path(of: link.from), transition: .visit,
                                            focus: .link(to: path, ordinal: link.ordinal))))
    }
    let notes = Set(backlinks.map(\.from)).count
    state.overlay = .picker(Picker(kind: .backlinks,
                                   title: "Links to \(title) · \(backlinks.count) from \(notes == 1 ? "1 note" : "\(notes) notes")",
                                   rows: rows, emptyText: "No note links to \(title)"))
}

/// Builds the video view from every citation of the video in the vault.
func showCitations(_ state: inout BrowserState, of videoID: String, _ citations: [VideoCitation]) {
    let rows = citations.map { cite in
        PickerRow(text: "\(cite.timestamp.formatted)  \(state.vault.notes[cite.note].title)", detail: cite.sentence,
                  action: .moment(OpenRequest(url: VideoURL.watch(videoID, at: cite.timestamp), seconds: cite.timestamp.seconds,
                                              videoID: videoID),
                                  note: LoadRequest(path: state.vault.path(of: cite.note), transition: .visit,
                                                    focus: .moment(seconds: cite.timestamp.seconds))))
    }
    let notes = Set(citations.map(\.note)).count
    state.overlay = .picker(Picker(kind: .video, title: "Video \(videoID) · \(citations.count) citations in \(notes == 1 ? "1 note" : "\(notes) notes") · o open · y copy",
                                   rows: rows, emptyText: "No note cites this video"))
}
