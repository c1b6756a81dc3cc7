/// Finding text the way a reader expects: smart case (case matters only when the query has
/// an upper-case letter) and Unicode case folding (`STRASSE` finds `Straße`).
public struct TextSearch: Sendable {
    public let query: String
    private let needle: [String]
    private let caseSensitive: Bool

    /// The needle as bytes when every unit is one ASCII byte: the fast path for ASCII text.
    private let asciiNeedle: [UInt8]?

    public init(_ query: String) {
        self.query = query
        caseSensitive = query.contains { $0.isUppercase }
        needle = Self.units(query, caseSensitive: caseSensitive)
        let bytes = needle.compactMap { $0.utf8.count == 1 ? $0.utf8.first : nil }
        asciiNeedle = bytes.count == needle.count && bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
    }

    /// A quick look at a whole text: false only when the query cannot occur in it. Bytes are
    /// compared with ASCII case folded; text with characters that fold into ASCII letters
    /// (ß, ſ, K-sign, ligatures) or a non-ASCII query always passes to the exact search.
    public func mayOccur(in text: String) -> Bool {
        guard let needle = asciiNeedle, let first = needle.first else { return true }
        var found = false
        text.utf8.withContiguousStorageIfAvailable { bytes in
            found = Self.find(needle, first: first, in: bytes, fold: !caseSensitive) != nil
                || (!caseSensitive && Self.hasASCIIFoldingCharacters(bytes))
        } ?? { found = true }()
        return found
    }

    /// ß ẞ ſ K (Kelvin) Å (Angstrom) and the ﬀ…ﬆ ligatures: non-ASCII characters whose folding contains ASCII.
    private static func hasASCIIFoldingCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            let a = bytes[i], b = bytes[i + 1]
            if (a == 0xC3 && b == 0x9F) || (a == 0xC5 && b == 0xBF) { return true }
            if i + 2 < bytes.count, a == 0xE1 && b == 0xBA && bytes[i + 2] == 0x9E { return true }
            if i + 2 < bytes.count, a == 0xE2 && b == 0x84 && (bytes[i + 2] == 0xAA || bytes[i + 2] == 0xAB) { return true }
            if i + 2 < bytes.count, a == 0xEF && b == 0xAC && bytes[i + 2] <= 0x86 { return true }
            i += 1
        }
        return false
    }

    private static func find(_ needle: [UInt8], first: UInt8, in bytes: UnsafeBufferPointer<UInt8>, fold: Bool,
                             from start: Int = 0) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var i = start
        let last = bytes.count - needle.count
        while i <= last {
            let b = fold && bytes[i] >= 0x41 && bytes[i] <= 0x5A ? bytes[i] | 0x20 : bytes[i]
            if b == first {
                var j = 1
                while j < needle.count {
                    let c = fold && bytes[i + j] >= 0x41 && bytes[i + j] <= 0x5A ? bytes[i + j] | 0x20 : bytes[i + j]
                    if c != needle[j] { break }
                    j += 1
                }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    public var isEmpty: Bool { needle.isEmpty }

    /// Every match in `text`, as character offsets and lengths in `text`.
    public func matches(in text: some StringProtocol) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        if let ascii = asciiNeedle, let first = ascii.first, text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII text: byte offsets are character offsets.
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                var result: [Range<Int>] = []
                var from = 0
                while let at = Self.find(ascii, first: first, in: buffer, fold: !caseSensitive, from: from) {
                    result.append(at..<(at + ascii.count))
                    from = at + ascii.count
                }
                return result
            }
        }
        var units: [String] = []
        var owners: [Int] = []
        for (offset, character) in text.enumerated() {
            for unit in Self.units(String(character), caseSensitive: caseSensitive) {
                units.append(unit)
                owners.append(offset)
            }
        }
        guard units.count >= needle.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= units.count {
            if units[i] == needle[0], Array(units[i..<(i + needle.count)]) == needle {
                let start = owners[i], end = owners[i + needle.count - 1] + 1
                if result.last.map({ $0.upperBound <= start }) ?? true { result.append(start..<end) }
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// True when `text` contains the query.
    public func occurs(in text: some StringProtocol) -> Bool { !matches(in: text).isEmpty }

    /// The text as comparison units: characters, folded unless the search is case-sensitive.
    static func units(_ text: String, caseSensitive: Bool) -> [String] {
        guard !caseSensitive else { return text.map(String.init) }
        var result: [String] = []
        for character in text {
            switch character {
            case "ß", "ẞ": result += ["s", "s"]
            case "ς": result.append("σ")
            default:
                if character.isASCII {
                    result.append(String(character).lowercased())
                } else {
                    result += String(character).lowercased().map(String.init)
                }
            }
        }
        return result
    }
}
