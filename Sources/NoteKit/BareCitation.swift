/// A bracketed citation written without an anchor: `[00:12:40]` or `[00:01:02, 00:01:05]`.
enum BareCitation {
    /// The times cited by the brackets opening at `open`, with their labels, and the index after `]`.
    static func match(in text: Substring, at open: Substring.Index) -> (moments: [(label: String, moment: Timestamp)], end: Substring.Index)? {
        let offset = text.utf8.distance(from: text.startIndex, to: open)
        return ByteSearch.withBytes(of: text) { bytes in
            guard let (pieces, after) = match(bytes, at: offset, end: bytes.count) else { return nil }
            let moments = pieces.map { (String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.label]), as: UTF8.self), $0.moment) }
            return (moments, text.utf8.index(text.startIndex, offsetBy: after))
        }
    }

    /// How many times the brackets at `open` cite, and the index after `]`.
    static func count(in bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int) -> (count: Int, end: Int)? {
        match(bytes, at: open, end: end).map { ($0.pieces.count, $0.end) }
    }

    /// Brackets of times separated by commas, each with a colon, closed within 200 bytes.
    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int)
        -> (pieces: [(label: Range<Int>, moment: Timestamp)], end: Int)? {
        guard open < end, bytes[open] == UInt8(ascii: "[") else { return nil }
        let close = ByteSearch.first(UInt8(ascii: "]"), in: bytes, from: open + 1, to: min(end, open + 200))
        guard close < min(end, open + 200), close > open + 1 else { return nil }
        var pieces: [(Range<Int>, Timestamp)] = []
        var start = open + 1
        while start <= close {
            let comma = ByteSearch.first(UInt8(ascii: ","), in: bytes, from: start, to: close)
            var lo = start, hi = comma
            while lo < hi, bytes[lo] == 0x20 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
            var colon = false
            for i in lo..<hi {
                let b = bytes[i]
                if b == UInt8(ascii: ":") { colon = true } else if b < 0x30 || b > 0x39 { return nil }
            }
            guard colon, let moment = Timestamp(utf8: UnsafeBufferPointer(rebasing: bytes[lo..<hi])) else { return nil }
            pieces.append((lo..<hi, moment))
            start = comma + 1
        }
        return (pieces, close + 1)
    }
}
