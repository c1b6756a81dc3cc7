import NoteKit
import TextLayout

/// The note on screen: parsed, laid out for the current width, and where the view is.
public struct NotePage: Sendable {
    public var location: Location
    /// The note file, nil for a page Notewalk made.
    public var path: String? { location.path }
    /// The note's index in the vault, nil for a file outside it.
    public var noteIndex: Int?
    public var note: Note
    public var rendered: RenderedNote
    /// The first laid-out line on screen.
    public var scroll: Int
    /// The selected link or timestamp, an index into `rendered.items`.
    public var selection: Int?
    /// The in-note search, when one is running or its hits are still shown.
    public var search: NoteSearch?

    public var title: String { note.title }

    /// The block and line in it at `line`, for restoring after a width change.
    public func anchor(at line: Int) -> ScrollAnchor {
        guard let block = rendered.blockLines.lastIndex(where: { $0 <= line }) else {
            return ScrollAnchor(block: -1, lineInBlock: line)
        }
        return ScrollAnchor(block: block, lineInBlock: line - rendered.blockLines[block])
    }

    /// The laid-out line an anchor points at.
    public func line(for anchor: ScrollAnchor) -> Int {
        guard anchor.block >= 0, anchor.block < rendered.blockLines.count else { return max(0, anchor.lineInBlock) }
        let start = rendered.blockLines[anchor.block]
        let end = anchor.block + 1 < rendered.blockLines.count ? rendered.blockLines[anchor.block + 1] : rendered.lines.count
        return min(start + anchor.lineInBlock, max(start, end - 1))
    }
}
