import NoteKit

/// A list over the screen to pick from: backlinks, a video's citations, the history, the switcher.
public struct Picker: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case backlinks, video, history, switcher, search, bookmarks, channel
    }

    public var kind: Kind
    public var title: String
    public var rows: [PickerRow]
    public var cursor = 0
    /// What is typed, for pickers that filter as you type.
    public var query = ""
    /// Shown when there are no rows.
    public var emptyText: String
    /// For the vault search: which search the rows belong to, whether it still runs, hits so far.
    public var generation = 0
    public var isRunning = false
    public var hitCount = 0
    /// For the switcher and the vault search: the notes the last query matched (a finished search's
    /// notes with hits), so a query that extends it looks only at them.
    public var narrowing: QueryMatches?
    /// For the vault search: the notes with hits so far.
    public var found: [Int] = []
    /// For the channel view: the tree and which videos are folded.
    public var channel: ChannelTree?

    public init(kind: Kind, title: String, rows: [PickerRow], emptyText: String) {
        self.kind = kind
        self.title = title
        self.rows = rows
        self.emptyText = emptyText
    }

    public var isTyping: Bool { kind == .switcher || kind == .search }
    public var selectedRow: PickerRow? { rows.indices.contains(cursor) ? rows[cursor] : nil }
}

/// The notes a query matched against one version of the index. A longer query can only match
/// fewer: the switcher's when it starts with this one, the search's when it contains it.
public struct QueryMatches: Sendable, Equatable {
    public var query: String
    public var notes: [Int]
    public var indexVersion: Int

    public init(query: String, notes: [Int], indexVersion: Int) {
        self.query = query
        self.notes = notes
        self.indexVersion = indexVersion
    }
}

/// One row: a main text (with matched characters to highlight), a detail line, and what Enter does.
public struct PickerRow: Sendable, Equatable {
    public var text: String
    public var detail: String
    public var highlights: [Int]
    /// Characters of `detail` to highlight (search hits).
    public var detailHighlights: [Int]
    public var action: PickerAction

    public init(text: String, detail: String = "", highlights: [Int] = [], detailHighlights: [Int] = [], action: PickerAction) {
        self.text = text
        self.detail = detail
        self.highlights = highlights
        self.detailHighlights = detailHighlights
        self.action = action
    }
}

/// What picking a row does.
public enum PickerAction: Sendable, Equatable {
    /// Open a page (as a visit).
    case open(LoadRequest)
    /// A cited moment: Enter opens the note there, `o` the video, `y` copies its URL.
    case moment(OpenRequest, note: LoadRequest)
    /// Go to a place in the history, as a visit.
    case revisit(HistoryEntry)
    /// A video of a channel: Enter folds or unfolds its notes, `o` opens it, `y` copies its URL.
    case video(Int, OpenRequest)
}
