/// The front matter most notes have — one `key: value` per line, plain or simply quoted values —
/// read straight from bytes. Anything YAML could read differently (indentation, comments, lists,
/// escapes, indicators, duplicate keys) is declined, and the caller asks Yams.
enum PlainYAML {
    /// The pairs in order, or nil when the block is not that simple.
    static func pairs(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [(key: String, value: String)]? {
        var pairs: [(key: String, value: String)] = []
        pairs.reserveCapacity(4)
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            let lineEnd = ByteSearch.first(0x0A, in: bytes, from: lineStart, to: range.upperBound)
            if lineEnd > lineStart {
                guard let pair = pair(bytes, lineStart..<lineEnd),
                      !pairs.contains(where: { $0.key == pair.key }) else { return nil }
                pairs.append(pair)
            }
            lineStart = lineEnd + 1
        }
        return pairs
    }

    private static func pair(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (key: String, value: String)? {
        var i = line.lowerBound
        guard isLetter(bytes[i]) else { return nil }
        while i < line.upperBound, isLetter(bytes[i]) || isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_") || bytes[i] == UInt8(ascii: "-") {
            i += 1
        }
        guard i < line.upperBound, bytes[i] == UInt8(ascii: ":") else { return nil }
        let key = text(bytes, line.lowerBound..<i)
        i += 1
        guard i == line.upperBound || bytes[i] == 0x20 else { return nil }
        while i < line.upperBound, bytes[i] == 0x20 { i += 1 }
        var end = line.upperBound
        while end > i, bytes[end - 1] == 0x20 { end -= 1 }
        guard let value = value(bytes, i..<end) else { return nil }
        return (key, value)
    }

    /// A value YAML reads as exactly these characters, or nil.
    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        guard let first = range.first else { return "" }
        let last = bytes[range.upperBound - 1]
        if first != range.upperBound - 1, bytes[first] == last, last == UInt8(ascii: "\"") || last == UInt8(ascii: "'") {
            let inner = (first + 1)..<(range.upperBound - 1)
            for i in inner where bytes[i] == last || bytes[i] == UInt8(ascii: "\\") || bytes[i] == 0x09 { return nil }
            return safe(bytes, inner) ? text(bytes, inner) : nil
        }
        // `-` starts a plain value when a character other than a space follows it (`-qKDIxM6Wdd`, a
        // video id as one in 64 are); any other indicator first is left to YAML.
        let dashFirst = bytes[first] == UInt8(ascii: "-") && first + 1 < range.upperBound && bytes[first + 1] != 0x20
        guard dashFirst || !indicators.contains(bytes[first]), last != UInt8(ascii: ":") else { return nil }
        for i in range {
            let b = bytes[i]
            if b == 0x09 { return nil }
            if b == 0x20, i + 1 < range.upperBound, bytes[i + 1] == UInt8(ascii: "#") { return nil }
            if b == UInt8(ascii: ":"), i + 1 < range.upperBound, bytes[i + 1] == 0x20 { return nil }
        }
        return safe(bytes, range) ? text(bytes, range) : nil
    }

    /// Bytes YAML would not take as plain printable text: U+FEFF, U+FFFE, U+FFFF, and the line
    /// separators U+2028 and U+2029 (line breaks to YAML 1.1).
    private static func safe(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range where bytes[i] == 0xEF || bytes[i] == 0xE2 {
            guard i + 2 < range.upperBound else { return false }
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if bytes[i] == 0xEF, (b1 == 0xBB && b2 == 0xBF) || (b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) { return false }
            if bytes[i] == 0xE2, b1 == 0x80, b2 == 0xA8 || b2 == 0xA9 { return false }
        }
        return true
    }

    private static let indicators = Array("-?:,[]{}#&*!|>'\"%@`".utf8)

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
