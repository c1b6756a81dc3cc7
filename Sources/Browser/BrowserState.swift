import NoteKit

/// What has the screen.
public enum ScreenKind: Sendable, Equatable { case noteList, note }

/// A panel drawn over the screen that takes the keyboard.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case outline(cursor: Int)
    case picker(Picker)
    case hints(LinkHints)
}

/// A line for the status bar.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// The whole state of the browser: a value, changed only by `reduce`.
public struct BrowserState: Sendable {
    public var vault: VaultIndex
    public var screen: ScreenKind
    public var list: NoteListState
    public var page: NotePage?
    public var history = History()
    /// Bookmarked notes by absolute path, oldest first.
    public var bookmarks: [String] = []
    public var overlay: Overlay?
    public var status: StatusMessage?
    /// While notes are still being read in the background: how many of how many.
    public var indexing: (done: Int, total: Int)?
    /// Files changed on disk while the index was still being read: refreshed once it is done.
    public var changedWhileIndexing: Set<String> = []
    /// A command that needs every note read, waiting for the background index.
    public var deferred: Command?
    public var columns: Int
    public var rows: Int
    public var isRunning = true
    /// Notes laid out recently, so going back to a long note does not lay it out again.
    public var layouts = LayoutCache()
    /// Changes whenever what links resolve to may have changed (the index finished or was refreshed).
    public var indexVersion = 0

    public init(vault: VaultIndex, columns: Int, rows: Int) {
        self.vault = vault
        self.screen = .noteList
        self.list = NoteListState(vault: vault)
        self.columns = columns
        self.rows = rows
    }

    /// Lines of the body between the title bar and the status line.
    public var bodyHeight: Int { max(1, rows - 2) }

    /// Who gets the next key.
    public var keyContext: KeyContext {
        switch overlay {
        case .help: return .help
        case .outline: return .outline
        case .picker: return .picker
        case .hints: return .hints
        case nil: return screen == .note ? .note : .noteList
        }
    }

    /// The history entry for what is on screen now.
    public var currentEntry: HistoryEntry? {
        switch screen {
        case .noteList:
            return HistoryEntry(location: .noteList, title: "Notes")
        case .note:
            guard let page else { return nil }
            return HistoryEntry(location: page.location, title: page.title,
                                anchor: page.anchor(at: page.scroll), selection: page.selection)
        }
    }

    /// Titles from a few steps back up to the current place.
    /// A place met twice in a row (the list left and found again) shows once.
    public var breadcrumb: [String] {
        var entries = Array(history.back.suffix(4))
        if let current = currentEntry { entries.append(current) }
        var titles: [String] = []
        for (i, entry) in entries.enumerated() where i == 0 || entries[i - 1].location != entry.location {
            titles.append(entry.title)
        }
        return Array(titles.suffix(4))
    }
}

extension BrowserState {
    /// The outline entry of the section being read: the one the top line is in, or at the end
    /// of the note, the last one on screen.
    public var currentSection: Int? {
        guard let page else { return nil }
        let lines = page.note.outline.map { page.rendered.blockLines[$0.blockIndex] }
        guard !lines.isEmpty else { return nil }
        let atBottom = page.scroll + bodyHeight >= page.rendered.lines.count
        let limit = atBottom ? page.scroll + bodyHeight - 1 : page.scroll
        return lines.lastIndex(where: { $0 <= limit })
    }
}
