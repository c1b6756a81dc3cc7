/// A place in the vault a person can return to.
public enum Location: Sendable, Equatable, Codable {
    case noteList
    /// A note by its absolute path.
    case note(path: String)
    /// The page Notewalk makes for a link to a note that does not exist.
    case missing(name: String)

    /// The file behind the place, if it is a note.
    public var path: String? {
        if case let .note(path) = self { return path }
        return nil
    }
}

/// Where in a laid-out note the view is, kept as a block and a line within it so that it
/// survives a change of width.
public struct ScrollAnchor: Sendable, Equatable, Codable {
    /// Index of the top-level block; -1 for the title header above the first block.
    public var block: Int
    public var lineInBlock: Int

    public init(block: Int, lineInBlock: Int) {
        self.block = block
        self.lineInBlock = lineInBlock
    }

    public static let top = ScrollAnchor(block: -1, lineInBlock: 0)
}

/// One step of the history: the place, its title for the breadcrumb, and what the person saw.
public struct HistoryEntry: Sendable, Equatable, Codable {
    public var location: Location
    public var title: String
    public var anchor: ScrollAnchor
    public var selection: Int?

    public init(location: Location, title: String, anchor: ScrollAnchor = .top, selection: Int? = nil) {
        self.location = location
        self.title = title
        self.anchor = anchor
        self.selection = selection
    }
}

/// Back and forward stacks, as in a web browser: a visit after going back cuts the forward list.
public struct History: Sendable, Equatable {
    public private(set) var back: [HistoryEntry] = []
    public private(set) var forward: [HistoryEntry] = []
    /// The longest the back list gets; the oldest entries drop off.
    public static let limit = 500

    public init() {}

    /// A history taken back from a saved session.
    public init(back: [HistoryEntry], forward: [HistoryEntry]) {
        self.back = Array(back.suffix(Self.limit))
        self.forward = forward
    }

    /// Leaves `current` for a new place.
    public mutating func visit(leaving current: HistoryEntry?) {
        if let current {
            if back.last?.location == current.location { back.removeLast() }
            back.append(current)
            if back.count > Self.limit { back.removeFirst(back.count - Self.limit) }
        }
        forward.removeAll()
    }

    /// Steps back, keeping `current` for forward; nil when there is nothing behind.
    public mutating func goBack(leaving current: HistoryEntry) -> HistoryEntry? {
        guard let target = back.popLast() else { return nil }
        forward.append(current)
        return target
    }

    /// Steps forward, keeping `current` for back; nil when there is nothing ahead.
    public mutating func goForward(leaving current: HistoryEntry) -> HistoryEntry? {
        guard let target = forward.popLast() else { return nil }
        back.append(current)
        return target
    }

    public var canGoBack: Bool { !back.isEmpty }
    public var canGoForward: Bool { !forward.isEmpty }
}
