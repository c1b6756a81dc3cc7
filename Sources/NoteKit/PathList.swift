#if canImport(Glibc)
import Glibc
#endif

/// Paths gathered as bytes in one buffer, as a folder walk finds them, and sorted as `String`'s `<`
/// orders them without making a String per path first: each path's first sixteen bytes are compared
/// as two integers, and where those tie the rest of its bytes; only paths whose bytes may not decide
/// are compared as Strings.
///
/// String's order is that of the normalised (NFC) code points, which UTF-8 bytes keep. A path without
/// code points from U+0300 up (no combining mark; every code point below it is its own normal form)
/// is normalised already, so two such paths are in byte order (`composed`). Otherwise the prefix keys
/// decide alone when both paths' first seventeen bytes are ASCII (or they end sooner; `keyed`): a
/// combining mark after them can only join the seventeenth byte.
struct PathList: RandomAccessCollection, Sendable {
    private struct Entry: Sendable {
        var high: UInt64
        var low: UInt64
        /// Where the path's bytes start in the buffer.
        var start: Int
        /// The path's length in bytes (a walk's paths are shorter than `PATH_MAX`; longer ones are
        /// cut short here), with `keyedFlag` and `composedFlag` above it.
        var lengthAndFlags: UInt32
        /// Where the path is in `uncomposed`, when it is not `composed`.
        var uncomposedIndex: UInt32
        var length: Int { Int(lengthAndFlags & ~(Entry.keyedFlag | Entry.composedFlag)) }
        var keyed: Bool { lengthAndFlags & Entry.keyedFlag != 0 }
        var composed: Bool { lengthAndFlags & Entry.composedFlag != 0 }
        static let keyedFlag: UInt32 = 1 << 31
        static let composedFlag: UInt32 = 1 << 30
    }

    /// Each path's bytes followed by sixteen zeros (so a key loads sixteen bytes from any path).
    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// The paths that are not `composed`, as Strings, for comparing them.
    private var uncomposed: [String] = []

    var startIndex: Int { 0 }
    var endIndex: Int { entries.count }

    /// The path added `i`th.
    subscript(i: Int) -> String { path(of: entries[i]) }

    /// Adds a path given whole.
    mutating func append(_ path: String) {
        var path = path
        path.withUTF8 { append(folder: UnsafeBufferPointer(start: nil, count: 0), name: $0) }
    }

    /// Adds `folder/name`, or `name` when `folder` is empty. Bytes that are not UTF-8 are replaced as
    /// `String(decoding:as:)` replaces them.
    mutating func append(folder: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        if !folder.isEmpty {
            bytes.append(contentsOf: folder)
            bytes.append(UInt8(ascii: "/"))
        }
        if name.contains(where: { $0 >= 0x80 }) {
            // Stored as the String it becomes, so that the bytes compared are the String's.
            bytes.append(contentsOf: String(decoding: name, as: UTF8.self).utf8)
        } else {
            bytes.append(contentsOf: name)
        }
        let composed = !bytes[start...].contains { $0 >= 0xCC }
        let length = bytes.count - start
        bytes.append(contentsOf: repeatElement(0, count: 16))
        var entry = bytes.withUnsafeBytes { raw -> Entry in
            var leading: UInt8 = 0
            for i in 0..<Swift.min(17, length) { leading |= raw[start + i] }
            let flags = (leading < 0x80 ? Entry.keyedFlag : 0) | (composed ? Entry.composedFlag : 0)
            return Entry(high: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self).bigEndian,
                         low: raw.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self).bigEndian,
                         start: start, lengthAndFlags: UInt32(Swift.min(length, 1 << 30 - 1)) | flags, uncomposedIndex: 0)
        }
        if !composed {
            entry.uncomposedIndex = UInt32(uncomposed.count)
            uncomposed.append(path(of: entry))
        }
        entries.append(entry)
    }

    /// The paths added from the `start`th on, as a list of their own (their bytes copied), so that
    /// another thread can make their Strings while the walk goes on.
    func batch(from start: Int) -> PathList {
        var batch = PathList()
        guard start < entries.count else { return batch }
        let base = entries[start].start
        batch.bytes = Array(bytes[base...])
        batch.entries = entries[start...].map { entry in
            var moved = entry
            moved.start -= base
            if !entry.composed {
                moved.uncomposedIndex = UInt32(batch.uncomposed.count)
                batch.uncomposed.append(uncomposed[Int(entry.uncomposedIndex)])
            }
            return moved
        }
        return batch
    }

    private func path(of entry: Entry) -> String {
        bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[entry.start..<(entry.start + entry.length)]), as: UTF8.self)
        }
    }

    /// Every path, in `String`'s order.
    func inStringOrder() -> [String] {
        var entries = entries
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            entries.sort { a, b in
                if a.high != b.high || a.low != b.low, a.keyed && b.keyed || a.composed && b.composed {
                    return a.high != b.high ? a.high < b.high : a.low < b.low
                }
                guard a.composed, b.composed else { return string(a) < string(b) }
                // Equal keys: both paths are at least sixteen bytes long, or they are the same path.
                let common = Swift.min(a.length, b.length)
                if common > 16 {
                    let order = memcmp(base + a.start + 16, base + b.start + 16, common - 16)
                    if order != 0 { return order < 0 }
                }
                return a.length < b.length
            }
        }
        return entries.map(string)
    }

    private func string(_ entry: Entry) -> String {
        entry.composed ? path(of: entry) : uncomposed[Int(entry.uncomposedIndex)]
    }
}
