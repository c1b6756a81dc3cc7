import NoteKit
import TextLayout

/// One terminal cell: a grapheme and its style, plain values only, so screens are copied and
/// compared without reference counting. A grapheme of one code point (nearly every cell) is that
/// code point; one of several (flags, emoji with modifiers, combining marks) is kept by the screen.
/// A two-column grapheme is followed by a continuation cell (`width == 0`) that the terminal skips.
public struct Cell: Sendable, Equatable {
    /// The code point, or `Cell.clusterBase + n` for the screen's n-th grapheme of several.
    public var code: UInt32
    public var width: UInt8
    public var style: TextStyle

    static let clusterBase: UInt32 = 0x110000
    public static let blank = Cell(code: 0x20, width: 1, style: .text)

    /// The code point, where the grapheme is a single one.
    public var scalar: Unicode.Scalar? { code < Cell.clusterBase ? Unicode.Scalar(code) : nil }

    @inlinable
    public static func == (a: Cell, b: Cell) -> Bool {
        a.code == b.code && a.width == b.width && a.style == b.style
    }
}

/// A full screen of styled cells: what the terminal layer draws, and what golden tests compare.
public struct Screen: Sendable, Equatable {
    public let columns: Int
    public let rows: Int
    public private(set) var cells: [Cell]
    /// The graphemes of several code points that cells point at.
    private var clusters: [String] = []

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        cells = Array(repeating: .blank, count: self.columns * self.rows)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// The cells of one row.
    public func row(_ row: Int) -> ArraySlice<Cell> {
        cells[(row * columns)..<((row + 1) * columns)]
    }

    /// What `cell`, one of this screen's, shows.
    public func character(of cell: Cell) -> Character {
        if let scalar = cell.scalar { return Character(scalar) }
        return Character(clusters[Int(cell.code - Cell.clusterBase)])
    }

    /// Whether `cell` of this screen shows the same as `other` of `screen`.
    public func same(_ cell: Cell, as other: Cell, of screen: Screen) -> Bool {
        cell == other && (cell.code < Cell.clusterBase || character(of: cell) == screen.character(of: other))
    }

    /// Whether row `row` shows the same here as in `screen`.
    public func sameRow(_ row: Int, as screen: Screen) -> Bool {
        let mine = self.row(row), theirs = screen.row(row)
        guard mine == theirs else { return false }
        return clusters.isEmpty || zip(mine, theirs).allSatisfy { same($0, as: $1, of: screen) }
    }

    private mutating func cell(_ character: Character, width: UInt8, style: TextStyle) -> Cell {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return Cell(code: scalar.value, width: width, style: style) }
        clusters.append(String(character))
        return Cell(code: Cell.clusterBase + UInt32(clusters.count - 1), width: width, style: style)
    }

    /// Fills a row segment with spaces in a style.
    public mutating func fill(row: Int, from column: Int = 0, width: Int? = nil, style: TextStyle) {
        guard row >= 0, row < rows else { return }
        let start = max(0, column), end = max(start, min(columns, column + (width ?? columns)))
        keepWhole(row: row, before: start)
        for c in start..<end { cells[row * columns + c] = Cell(code: 0x20, width: 1, style: style) }
        dropOrphan(row: row, at: end)
    }

    /// Before cells from `column` on are written over: a wide character whose second half is there
    /// becomes a space, so no row holds half of one.
    private mutating func keepWhole(row: Int, before column: Int) {
        guard column > 0, column < columns, cells[row * columns + column].width == 0 else { return }
        let head = row * columns + column - 1
        if cells[head].width == 2 { cells[head] = Cell(code: 0x20, width: 1, style: cells[head].style) }
    }

    /// After cells up to `column` were written: the second half of a wide character whose first half
    /// was written over becomes a space.
    private mutating func dropOrphan(row: Int, at column: Int) {
        guard column > 0, column < columns else { return }
        let i = row * columns + column
        if cells[i].width == 0, cells[i - 1].width != 2 { cells[i] = Cell(code: 0x20, width: 1, style: cells[i].style) }
    }

    /// Writes text from a column, clipped at `limit` columns; returns the column after the last cell written.
    /// Control characters never reach a cell: they show as `�`.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, row: Int, column: Int, style: TextStyle, limit: Int? = nil) -> Int {
        guard row >= 0, row < rows else { return column }
        let end = min(columns, limit.map { column + $0 } ?? columns)
        keepWhole(row: row, before: column)
        let next = putCells(text, row: row, column: column, end: end, style: style)
        dropOrphan(row: row, at: next)
        return next
    }

    private mutating func putCells(_ text: some StringProtocol, row: Int, column: Int, end: Int, style: TextStyle) -> Int {
        var c = column
        // Most text: a cell per code point, each one column and a grapheme by itself.
        if text.unicodeScalars.allSatisfy({ DisplayWidth.isAlone($0.value) }) {
            for scalar in text.unicodeScalars {
                guard c < end else { break }
                if c >= 0 { cells[row * columns + c] = Cell(code: scalar.value, width: 1, style: style) }
                c += 1
            }
            return c
        }
        for character in text {
            var ch = character
            var w = DisplayWidth.of(ch)
            if ch.unicodeScalars.contains(where: TextSanitizer.isControl) {
                ch = ch == "\t" ? " " : "\u{FFFD}"
                w = 1
            }
            if w == 0 { continue }
            if c + w > end {
                if w == 2, c < end { cells[row * columns + c] = Cell(code: 0x20, width: 1, style: style); c += 1 }
                break
            }
            guard c >= 0 else { c += w; continue }
            cells[row * columns + c] = cell(ch, width: UInt8(w), style: style)
            if w == 2 { cells[row * columns + c + 1] = Cell(code: 0x20, width: 0, style: style) }
            c += w
        }
        return c
    }

    /// Writes text whose characters at the offsets in `marked` (fuzzy or search hits) take `markStyle`.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: TextStyle, marked: [Int], markStyle: TextStyle) -> Int {
        guard !marked.isEmpty else { return put(text, row: row, column: column, style: style) }
        let marks = Set(marked)
        var c = column
        for (offset, character) in text.enumerated() {
            c = put(String(character), row: row, column: c, style: marks.contains(offset) ? markStyle : style)
        }
        return c
    }

    /// Gives a run of cells another role, keeping their characters and emphasis.
    public mutating func restyle(row: Int, column: Int, width: Int, role: StyleRole) {
        guard row >= 0, row < rows else { return }
        for c in max(0, column)..<min(columns, column + width) { cells[row * columns + c].style.role = role }
    }

    /// The text of one row, continuation cells left out, trailing spaces trimmed.
    public func text(ofRow row: Int) -> String {
        var line = ""
        for cell in self.row(row) where cell.width > 0 { line.append(character(of: cell)) }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The whole screen as plain text, a line per row: for golden files and tests.
    public var text: String { (0..<rows).map { text(ofRow: $0) }.joined(separator: "\n") }
}
