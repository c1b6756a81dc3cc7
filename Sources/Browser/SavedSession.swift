/// What survives a restart, per vault: the history, where the person was, and bookmarks.
public struct SavedSession: Sendable, Equatable, Codable {
    public var version = 1
    public var back: [HistoryEntry]
    public var forward: [HistoryEntry]
    public var current: HistoryEntry?
    /// Bookmarked notes by absolute path, oldest first.
    public var bookmarks: [String]

    public init(back: [HistoryEntry] = [], forward: [HistoryEntry] = [], current: HistoryEntry? = nil, bookmarks: [String] = []) {
        self.back = back
        self.forward = forward
        self.current = current
        self.bookmarks = bookmarks
    }

    /// The same session without places whose note no longer exists (`exists` answers for a path).
    public func keeping(_ exists: (String) -> Bool) -> SavedSession {
        func alive(_ entry: HistoryEntry) -> Bool { entry.location.path.map(exists) ?? true }
        return SavedSession(back: back.filter(alive), forward: forward.filter(alive), current: current.flatMap { alive($0) ? $0 : nil },
                            bookmarks: bookmarks.filter(exists))
    }
}

extension BrowserState {
    /// The session to save now.
    public var savedSession: SavedSession {
        SavedSession(back: history.back, forward: history.forward, current: currentEntry, bookmarks: bookmarks)
    }
}

/// `.restore`: takes back a saved session; with `resume`, reopens the place the person left.
func restore(_ state: inout BrowserState, _ session: SavedSession, resume: Bool) -> [Effect] {
    // A session read after the first frame may find a note already visited: the saved places go
    // beneath it, as if the visit had come after them (a place met twice in a row is kept once).
    let visited = state.history.back
    if visited.isEmpty && state.history.forward.isEmpty {
        state.history = History(back: session.back, forward: session.forward)
    } else {
        var back = session.back
        for entry in visited {
            if back.last?.location == entry.location { back.removeLast() }
            back.append(entry)
        }
        state.history = History(back: back, forward: state.history.forward)
    }
    state.bookmarks = session.bookmarks + state.bookmarks.filter { !session.bookmarks.contains($0) }
    guard resume, let current = session.current, current.location != .noteList else { return [] }
    return [.load(LoadRequest(location: current.location, transition: .replace, anchor: current.anchor, selection: current.selection))]
}

/// `m`: bookmarks the note on screen, or takes the bookmark away.
func toggleBookmark(_ state: inout BrowserState) {
    guard let page = state.page, let path = page.path else {
        state.status = StatusMessage("Only notes can be bookmarked")
        return
    }
    if let i = state.bookmarks.firstIndex(of: path) {
        state.bookmarks.remove(at: i)
        state.status = StatusMessage("Bookmark removed: \(page.title)")
    } else {
        state.bookmarks.append(path)
        state.status = StatusMessage("Bookmarked \(page.title) (' lists bookmarks)")
    }
}

/// `'`: the bookmarks as a list, newest first.
func bookmarkPicker(_ state: BrowserState) -> Picker {
    let rows = state.bookmarks.reversed().map { path -> PickerRow in
        let index = state.vault.noteIndex(forAbsolutePath: path)
        let title = index.map { state.vault.notes[$0].title } ?? path
        let relative = index.map { state.vault.notes[$0].relativePath } ?? path
        return PickerRow(text: title, detail: relative, action: .open(LoadRequest(path: path, transition: .visit)))
    }
    return Picker(kind: .bookmarks, title: "Bookmarks · \(rows.count)", rows: rows, emptyText: "No bookmarks yet: m bookmarks a note")
}
