/// A note laid out for one width: its lines, its selectable items, and where each block starts.
public struct RenderedNote: Sendable, Equatable {
    public var lines: [StyledLine]
    public var items: [LinkItem]
    /// The line each top-level block of the document starts on.
    public var blockLines: [Int]
    public var width: Int

    public init(lines: [StyledLine], items: [LinkItem], blockLines: [Int], width: Int) {
        self.lines = lines
        self.items = items
        self.blockLines = blockLines
        self.width = width
    }

    /// The whole note as plain text, a line per laid-out line.
    public var plainText: String { lines.map(\.plainText).joined(separator: "\n") }
}
