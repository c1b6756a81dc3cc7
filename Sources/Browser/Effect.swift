/// What the reducer asks the app to do; the app performs it and may answer with an `Action`.
public enum Effect: Sendable, Equatable {
    /// Read and parse a note, then answer `.loaded` or `.loadFailed`.
    case load(LoadRequest)
    /// Open a URL with the opener (a browser or a player).
    case open(OpenRequest)
    /// Put text on the clipboard; `what` says what it is, for the status line.
    case copy(text: String, what: String)
    /// Find the links to a note, with their sentences; answer `.backlinksFound`.
    case findBacklinks(note: Int, path: String)
    /// Find every citation of a video in the vault; answer `.citationsFound`.
    case findCitations(videoID: String)
    /// Search the text of every note (or only of `among`, when the notes outside cannot match) in the
    /// background; answer with `.searchFound` batches, then `.searchFinished`.
    case searchVault(query: String, generation: Int, among: [Int]?)
    /// Stop the vault search that is running, if any.
    case cancelSearch
    /// Read a channel index note; answer `.channelLoaded`.
    case loadChannel(path: String)
    /// Scan the vault again and re-read the changed notes; answer `.vaultRefreshed`.
    case refreshVault(changed: Set<String>)
    /// Repaint every cell, whatever the terminal shows now.
    case redraw
    case quit
}

/// A page to load and what to do with the history once it is loaded.
public struct LoadRequest: Sendable, Equatable {
    public enum Transition: Sendable, Equatable { case visit, back, forward, replace }
    public var location: Location
    public var transition: Transition
    /// Where to put the view: a saved position, or nil for the top (or `heading`, or `focus`).
    public var anchor: ScrollAnchor?
    public var selection: Int?
    /// A section to land on, from `[[Note#Heading]]`.
    public var heading: String?
    /// Something to land on and select: a link, a cited moment, a search hit.
    public var focus: Focus?
    /// A channel index is shown as its tree of videos over the current page (when it lists any).
    public var asChannelTree = false

    public init(location: Location, transition: Transition, anchor: ScrollAnchor? = nil, selection: Int? = nil,
                heading: String? = nil, focus: Focus? = nil, asChannelTree: Bool = false) {
        self.location = location
        self.transition = transition
        self.anchor = anchor
        self.selection = selection
        self.heading = heading
        self.focus = focus
        self.asChannelTree = asChannelTree
    }

    /// A note file by path.
    public init(path: String, transition: Transition, heading: String? = nil, focus: Focus? = nil) {
        self.init(location: .note(path: path), transition: transition, heading: heading, focus: focus)
    }
}

/// Where in a newly opened note to land.
public enum Focus: Sendable, Equatable {
    /// The `ordinal`-th link (0-based) that leads to the note at `path`.
    case link(to: String, ordinal: Int)
    /// The first timestamp citing this second.
    case moment(seconds: Int)
    /// The first place this text occurs; it stays highlighted as an in-note search.
    case text(String)
}

/// A URL to open, with the moment and video it shows, for opener templates.
public struct OpenRequest: Sendable, Equatable {
    public var url: String
    public var seconds: Int
    public var videoID: String
    public init(url: String, seconds: Int = 0, videoID: String = "") {
        self.url = url
        self.seconds = seconds
        self.videoID = videoID
    }
}
