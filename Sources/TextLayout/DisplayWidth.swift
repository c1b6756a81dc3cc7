/// Terminal column widths from Unicode properties, independent of the machine's locale:
/// East Asian wide and fullwidth characters and emoji take two columns, combining marks none.
public enum DisplayWidth {
    /// Columns one grapheme takes: 0, 1 or 2.
    @inline(__always)
    public static func of(_ character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1 { return utf8.first.map(byteWidth) ?? 0 }
        return width(of: character.unicodeScalars)
    }

    /// Columns a whole string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        // ASCII (most text) a byte at a time: each byte is a grapheme but CR LF, and both take none.
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiWidth), let ascii { return ascii }
        // Then text whose code points are each a one-column grapheme, as the wrap and the screen read it.
        if text.unicodeScalars.allSatisfy({ isAlone($0.value) }) { return text.unicodeScalars.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// True for printable ASCII and for code points that never join a neighbour into one grapheme
    /// (grapheme break property Other; Control for the soft hyphen) and take one column: Latin-1 and
    /// Latin Extended letters, IPA, spacing modifiers (U+00A0–U+02FF), general punctuation (dashes,
    /// quotes, ellipsis; not the zero-width and format characters) and currency signs. Text made only
    /// of these has a grapheme per code point and no break opportunity but spaces (nothing wide), so
    /// it wraps the same as by characters and is drawn a cell per code point; the tests hold it to
    /// that for every such code point.
    @inline(__always)
    public static func isAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0x20..<0x7F, 0xA0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: return true
        default: return false
        }
    }

    /// Columns of one ASCII byte: none for a control character.
    @inline(__always)
    private static func byteWidth(_ byte: UInt8) -> Int { byte >= 0x20 && byte != 0x7F ? 1 : 0 }

    /// Columns of ASCII bytes, or nil when there is a byte beyond ASCII.
    private static func asciiWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var total = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            total += byteWidth(byte)
        }
        return total
    }

    static func width(of scalars: Character.UnicodeScalarView) -> Int {
        guard let first = scalars.first else { return 0 }
        if scalars.contains("\u{FE0F}") { return 2 }
        let base = scalarWidth(first)
        if base == 0, scalars.count > 1 {
            return scalars.dropFirst().map(scalarWidth).max() ?? 0
        }
        return base
    }

    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if v >= 0x1160 && v <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants join the syllable
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// First and last scalar of each wide range (pairs, not `ClosedRange`: no generic type to set up at start).
    private static let wideRanges: [(first: UInt32, last: UInt32)] = [
        (0x1100, 0x115F), (0x2329, 0x232A), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF),
        (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4),
        (0x17000, 0x18CFF), (0x1B000, 0x1B2FF), (0x1F200, 0x1F251), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if v < wideRanges[mid].first { high = mid - 1 } else if v > wideRanges[mid].last { low = mid + 1 } else { return true }
        }
        return false
    }

    /// True where a line may break before or after the character (CJK text has no spaces).
    static func isBreakableWide(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first, first.value >= 0x2E80 else { return false }
        return isWide(first.value)
    }
}
