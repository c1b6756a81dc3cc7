import NoteKit

/// A selectable thing in a laid-out note: a wikilink, an external link or a cited moment.
public struct LinkItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case wikilink(Wikilink, resolved: Bool)
        case external(url: String)
        case timestamp(Timestamp)
    }

    /// Where on the laid-out lines the item is drawn; a wrapped item has several segments.
    public struct Segment: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var width: Int

        public init(line: Int, column: Int, width: Int) {
            self.line = line
            self.column = column
            self.width = width
        }
    }

    public var kind: Kind
    /// The visible text.
    public var label: String
    public var segments: [Segment]

    public var firstLine: Int { segments.first?.line ?? 0 }
    public var lastLine: Int { segments.last?.line ?? 0 }
}
