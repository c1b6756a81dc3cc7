/// Finding text the way a reader expects: smart case (case matters only when the query has
/// an upper-case letter) and Unicode case folding (`STRASSE` finds `Straße`).
public struct TextSearch: Sendable {
    public let query: String
    private let needle: [String]
    private let caseSensitive: Bool

    /// The needle as bytes when every unit is one ASCII byte: the fast path for ASCII text.
    private let asciiNeedle: [UInt8]?
    /// Where the ASCII needle's two rarest bytes are: what `find` looks for first.
    private let rarest: (near: Int, far: Int)

    public init(_ query: String) {
        self.query = query
        caseSensitive = query.contains { $0.isUppercase }
        needle = Self.units(query, caseSensitive: caseSensitive)
        let bytes = needle.compactMap { $0.utf8.count == 1 ? $0.utf8.first : nil }
        asciiNeedle = bytes.count == needle.count && bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
        rarest = asciiNeedle.map(Self.rarestPair) ?? (0, 0)
    }

    /// A quick look at a whole text: false only when the query cannot occur in it. Bytes are
    /// compared with ASCII case folded; text with characters that fold into ASCII letters
    /// (ß, ſ, K-sign, ligatures) or a non-ASCII query always passes to the exact search.
    public func mayOccur(in text: some StringProtocol) -> Bool {
        ByteSearch.withBytes(of: text) { mayOccur(inUTF8: $0) }
    }

    /// `mayOccur` on UTF-8 bytes, such as a note file as read from disk.
    public func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let needle = asciiNeedle, !needle.isEmpty else { return true }
        if Self.find(needle, rarest, in: bytes, fold: !caseSensitive) != nil { return true }
        return !caseSensitive && needle.contains(where: Self.foldTargets.contains) && Self.hasASCIIFoldingCharacters(bytes)
    }

    /// The ASCII letters that non-ASCII characters fold into: ß ẞ ſ → s, İ → i, K → k, ﬀ…ﬆ → f i l s t.
    private static let foldTargets = Set("sklfit".utf8)

    /// ß ẞ ſ İ K (Kelvin) Å (Angstrom) and the ﬀ…ﬆ ligatures: non-ASCII characters whose folding contains ASCII.
    private static func hasASCIIFoldingCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        // Their first bytes are all 0xC3 or above: skip 64 bytes at a time below that, then go
        // sixteen at a time to the next such byte.
        let lead = SIMD16<UInt8>(repeating: 0xC3)
        func high(_ offset: Int) -> SIMDMask<SIMD16<Int8>> { raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self) .>= lead }
        var i = 0
        while i + 1 < bytes.count {
            if i + 64 <= bytes.count, !ByteSearch.any(high(i) .| high(i + 16) .| high(i + 32) .| high(i + 48)) {
                i += 64
                continue
            }
            if i + 16 <= bytes.count {
                guard let lane = ByteSearch.firstLane(high(i)) else {
                    i += 16
                    continue
                }
                i += lane
                if i + 1 >= bytes.count { break }
            }
            let a = bytes[i], b = bytes[i + 1]
            if (a == 0xC3 && b == 0x9F) || (a == 0xC5 && b == 0xBF) || (a == 0xC4 && b == 0xB0) { return true }
            if i + 2 < bytes.count, a == 0xE1 && b == 0xBA && bytes[i + 2] == 0x9E { return true }
            if i + 2 < bytes.count, a == 0xE2 && b == 0x84 && (bytes[i + 2] == 0xAA || bytes[i + 2] == 0xAB) { return true }
            if i + 2 < bytes.count, a == 0xEF && b == 0xAC && bytes[i + 2] <= 0x86 { return true }
            i += 1
        }
        return false
    }

    /// Where `needle` (lower-case when folding) first occurs from `start`. Candidates — places where
    /// the needle's two rarest bytes sit at their distance — are found sixteen positions at a time,
    /// then checked.
    private static func find(_ needle: [UInt8], _ rarest: (near: Int, far: Int), in bytes: UnsafeBufferPointer<UInt8>, fold: Bool,
                             from start: Int = 0) -> Int? {
        let n = needle.count, count = bytes.count
        guard n > 0, count - start >= n, let base = bytes.baseAddress else { return nil }
        func folds(_ b: UInt8) -> Bool { fold && b >= 0x61 && b <= 0x7A }
        func matches(at i: Int) -> Bool {
            var j = 0
            while j < n {
                let c = base[i + j]
                if (fold && c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != needle[j] { return false }
                j += 1
            }
            return true
        }
        let (near, far) = rarest
        let pattern0 = SIMD16<UInt8>(repeating: needle[near]), pattern1 = SIMD16<UInt8>(repeating: needle[far])
        let fold0 = SIMD16<UInt8>(repeating: folds(needle[near]) ? 0x20 : 0)
        let fold1 = SIMD16<UInt8>(repeating: folds(needle[far]) ? 0x20 : 0)
        let last = count - n
        var i = start
        let raw = UnsafeRawPointer(base)
        // Candidates at the sixteen positions from `at`. Loads stay inside the buffer when at + 15 <= last:
        // at + 15 + n <= count, and both offsets are below n.
        func candidates(_ at: Int) -> SIMDMask<SIMD16<Int8>> {
            let a = raw.loadUnaligned(fromByteOffset: at + near, as: SIMD16<UInt8>.self) | fold0
            let b = raw.loadUnaligned(fromByteOffset: at + far, as: SIMD16<UInt8>.self) | fold1
            return (a .== pattern0) .& (b .== pattern1)
        }
        // The first candidate from `at` that is a match, visiting only the lanes set (lanes in the
        // halves' bytes from the low end, as `ByteSearch.firstLane` reads them).
        func firstMatch(_ mask: SIMDMask<SIMD16<Int8>>, _ at: Int) -> Int? {
            let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
            for half in 0..<2 {
                var lanes = halves[half] & 0x0101_0101_0101_0101
                while lanes != 0 {
                    let k = at + 8 * half + lanes.trailingZeroBitCount / 8
                    if matches(at: k) { return k }
                    lanes &= lanes &- 1
                }
            }
            return nil
        }
        while i + 31 <= last {
            let first = candidates(i), second = candidates(i + 16)
            if ByteSearch.any(first .| second) {
                if let k = firstMatch(first, i) ?? firstMatch(second, i + 16) { return k }
            }
            i += 32
        }
        while i + 15 <= last {
            let found = candidates(i)
            if ByteSearch.any(found), let k = firstMatch(found, i) { return k }
            i += 16
        }
        while i <= last {
            if matches(at: i) { return i }
            i += 1
        }
        return nil
    }

    /// The offsets of the needle's two rarest bytes in English text (the same one twice for one byte).
    private static func rarestPair(_ needle: [UInt8]) -> (near: Int, far: Int) {
        let ranked = needle.indices.sorted { (commonness(needle[$0]), $0) < (commonness(needle[$1]), $1) }
        guard let first = ranked.first else { return (0, 0) }
        guard let second = ranked.dropFirst().first(where: { needle[$0] != needle[first] }) ?? ranked.dropFirst().first else {
            return (first, first)
        }
        return (min(first, second), max(first, second))
    }

    /// Lower-case letters from the rarest in English prose to the most common.
    private static let letterOrder = Array("zqxjkvbpygfwmucldrhsnioate".utf8)

    /// How often a (lower-case) byte turns up in prose: higher is more common.
    private static func commonness(_ byte: UInt8) -> Int {
        if byte == 0x20 { return 100 }
        if let rank = letterOrder.firstIndex(of: byte) { return 50 + rank }
        return byte < 0x80 ? 20 : 10
    }

    public var isEmpty: Bool { needle.isEmpty }

    /// Every match in `text`, as character offsets and lengths in `text`.
    public func matches(in text: some StringProtocol) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        if let ascii = asciiNeedle {
            let text = String(text)
            if let ranges = ByteSearch.withBytes(of: text, { byteMatches(ascii, in: $0, of: text) }) { return ranges }
        }
        return characterMatches(in: text)
    }

    /// The exact search, one character at a time, each folded into comparison units.
    func characterMatches(in text: some StringProtocol) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
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

    /// Matches of an ASCII needle found in the text's bytes, as character ranges; nil when only the
    /// character-by-character search can decide (characters that fold into ASCII, or a match that
    /// starts or ends inside a character such as `e` + combining accent).
    private func byteMatches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, of text: String) -> [Range<Int>]? {
        let ascii = !bytes.contains { $0 >= 0x80 }
        if !ascii, !caseSensitive, Self.hasASCIIFoldingCharacters(bytes) { return nil }
        var result: [Range<Int>] = []
        var from = 0
        var index = text.startIndex, offset = 0
        while let at = Self.find(needle, rarest, in: bytes, fold: !caseSensitive, from: from) {
            from = at + needle.count
            if ascii {
                result.append(at..<from)
                continue
            }
            let start = text.utf8.index(text.startIndex, offsetBy: at), end = text.utf8.index(start, offsetBy: needle.count)
            guard start.samePosition(in: text) != nil, end.samePosition(in: text) != nil else { return nil }
            offset += text.distance(from: index, to: start)
            index = start
            result.append(offset..<(offset + needle.count))
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
