/// What the reducer asks the app to do; the app performs it and may answer with an `Action`.
public enum Effect: Sendable, Equatable {
    /// Read and parse a note, then answer `.loaded` or `.loadFailed`.
    case load(LoadRequest)
    /// Open a URL with the opener (a browser or a player).
    case open(OpenRequest)
    /// Put text on the clipboard; `what` says what it is, for the status line.
    case copy(text: String, what: String)
    /// Repaint every cell, whatever the terminal shows now.
    case redraw
    case quit
}

/// A note to load and what to do with the history once it is loaded.
public struct LoadRequest: Sendable, Equatable {
    public enum Transition: Sendable, Equatable { case visit, back, forward, replace }
    public var path: String
    public var transition: Transition
    /// Where to put the view: a saved position, or nil for the top (or `heading`).
    public var anchor: ScrollAnchor?
    public var selection: Int?
    /// A section to land on, from `[[Note#Heading]]`.
    public var heading: String?

    public init(path: String, transition: Transition, anchor: ScrollAnchor? = nil, selection: Int? = nil,
                heading: String? = nil) {
        self.path = path
        self.transition = transition
        self.anchor = anchor
        self.selection = selection
        self.heading = heading
    }
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
