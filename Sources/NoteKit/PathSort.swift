/// Sorts a scan's paths as `String`'s `<` orders them, faster: each path's first sixteen bytes are
/// compared as two integers when they decide the order, and the Strings only when they do not.
///
/// Sixteen ASCII bytes decide: String's order is that of the normalised code points, and a code point
/// that could change one of those bytes on normalising (a combining mark joining the byte before it)
/// is not ASCII. So a path gets a prefix key only when its first seventeen bytes are ASCII (or it ends
/// sooner); two paths with keys that differ are ordered by the keys, all others by `<`.
enum PathSort {
    private struct Entry {
        var high: UInt64
        var low: UInt64
        /// False when the first bytes do not decide (not ASCII).
        var keyed: Bool
        var index: Int32
    }

    static func sorted(_ paths: [String]) -> [String] {
        guard paths.count > 1, paths.count < Int(Int32.max) else { return paths.sorted() }
        var entries = paths.enumerated().map { i, path in
            var path = path
            return path.withUTF8 { entry(for: $0, index: Int32(i)) }
        }
        entries.sort { a, b in
            if a.keyed, b.keyed, a.high != b.high || a.low != b.low {
                return a.high != b.high ? a.high < b.high : a.low < b.low
            }
            return paths[Int(a.index)] < paths[Int(b.index)]
        }
        return entries.map { paths[Int($0.index)] }
    }

    /// The first sixteen bytes as two big-endian integers (zeros past the end), keyed when they and
    /// the byte after them are ASCII.
    private static func entry(for bytes: UnsafeBufferPointer<UInt8>, index: Int32) -> Entry {
        var high: UInt64 = 0, low: UInt64 = 0
        var keyed = true
        for i in 0..<min(17, bytes.count) {
            let byte = bytes[i]
            if byte >= 0x80 { keyed = false }
            if i < 8 {
                high |= UInt64(byte) << (56 - 8 * UInt64(i))
            } else if i < 16 {
                low |= UInt64(byte) << (56 - 8 * UInt64(i - 8))
            }
        }
        return Entry(high: high, low: low, keyed: keyed, index: index)
    }
}
