/// The front matter most notes have — one `key: value` per line, plain or simply quoted values —
/// read straight from bytes. Anything YAML could read differently (indentation, comments, lists,
/// escapes, indicators, duplicate keys) is declined, and the caller asks Yams.
enum PlainYAML {
    /// Gives `body` each pair in order — the key's bytes and the value's (inside its quotes) — and
    /// returns true; returns false when the block is not that simple, possibly after giving some pairs.
    /// Blocks of more than sixteen keys are left to YAML too.
    static func pairs(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                      _ body: (_ key: Range<Int>, _ value: Range<Int>) -> Void) -> Bool {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 16) { keys in
            var keyCount = 0
            var lineStart = range.lowerBound
            while lineStart < range.upperBound {
                let lineEnd = ByteSearch.first(0x0A, in: bytes, from: lineStart, to: range.upperBound)
                if lineEnd > lineStart {
                    guard keyCount < keys.count, let (key, value) = pair(bytes, lineStart..<lineEnd) else { return false }
                    for earlier in keys[..<keyCount] where bytes[earlier].elementsEqual(bytes[key]) { return false }
                    keys[keyCount] = key
                    keyCount += 1
                    body(key, value)
                }
                lineStart = lineEnd + 1
            }
            return true
        }
    }

    /// The key of a `key: value` line and its value's bytes, or nil.
    private static func pair(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (key: Range<Int>, value: Range<Int>)? {
        var i = line.lowerBound
        guard isLetter(bytes[i]) else { return nil }
        while i < line.upperBound, isLetter(bytes[i]) || isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_") || bytes[i] == UInt8(ascii: "-") {
            i += 1
        }
        guard i < line.upperBound, bytes[i] == UInt8(ascii: ":") else { return nil }
        let key = line.lowerBound..<i
        i += 1
        guard i == line.upperBound || bytes[i] == 0x20 else { return nil }
        while i < line.upperBound, bytes[i] == 0x20 { i += 1 }
        var end = line.upperBound
        while end > i, bytes[end - 1] == 0x20 { end -= 1 }
        guard let value = value(bytes, i..<end) else { return nil }
        return (key, value)
    }

    /// Where the characters YAML reads the value as are (inside its quotes, if quoted), or nil.
    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        guard let first = range.first else { return range }
        let last = bytes[range.upperBound - 1]
        if first != range.upperBound - 1, bytes[first] == last, last == UInt8(ascii: "\"") || last == UInt8(ascii: "'") {
            let inner = (first + 1)..<(range.upperBound - 1)
            for i in inner where bytes[i] == last || bytes[i] == UInt8(ascii: "\\") || bytes[i] == 0x09 { return nil }
            return safe(bytes, inner) ? inner : nil
        }
        // `-` starts a plain value when a character other than a space follows it (`-qKDIxM6Wdd`, a
        // video id as one in 64 are); any other indicator first is left to YAML.
        let dashFirst = bytes[first] == UInt8(ascii: "-") && first + 1 < range.upperBound && bytes[first + 1] != 0x20
        guard dashFirst || !isIndicator(bytes[first]), last != UInt8(ascii: ":") else { return nil }
        for i in range {
            let b = bytes[i]
            if b == 0x09 { return nil }
            if b == 0x20, i + 1 < range.upperBound, bytes[i + 1] == UInt8(ascii: "#") { return nil }
            if b == UInt8(ascii: ":"), i + 1 < range.upperBound, bytes[i + 1] == 0x20 { return nil }
        }
        return safe(bytes, range) ? range : nil
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

    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"): true
        default: false
        }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

}
