import ByteClasses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searching raw note bytes sixteen at a time: the index and vault search read every byte of a vault,
/// so these loops decide how fast both are.
enum ByteSearch {
    /// True when any lane is set. (The standard library's `any` takes a lane at a time here.)
    @inline(__always)
    static func any(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// The first index in `from..<end` holding `byte`, or `end`.
    @inline(__always)
    static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
        guard from < end, let base = bytes.baseAddress else { return end }
        guard let hit = memchr(base + from, Int32(byte), end - from) else { return end }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The first index in `from..<end` holding any of three bytes, or `end`.
    static func first(of a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>,
                      from: Int, to end: Int) -> Int {
        var i = from
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let pa = SIMD16<UInt8>(repeating: a), pb = SIMD16<UInt8>(repeating: b), pc = SIMD16<UInt8>(repeating: c)
            while i + 16 <= end {
                let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                if let lane = firstLane((v .== pa) .| (v .== pb) .| (v .== pc)) { return i + lane }
                i += 16
            }
        }
        while i < end {
            let x = bytes[i]
            if x == a || x == b || x == c { return i }
            i += 1
        }
        return end
    }

    /// The first lane set in `mask`, or nil. (Little-endian hosts only, x86-64 and arm64 Linux: lane 0
    /// is the low byte of the first half.)
    @inline(__always)
    static func firstLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Int? {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        if halves[0] != 0 { return halves[0].trailingZeroBitCount / 8 }
        if halves[1] != 0 { return 8 + halves[1].trailingZeroBitCount / 8 }
        return nil
    }

    /// The first index in `from..<end` holding either of two bytes, or `end`.
    @inline(__always)
    static func first(of a: UInt8, _ b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
        first(of: a, b, b, in: bytes, from: from, to: end)
    }

    /// Where `needle` starts in `from..<end`, or nil.
    static func range(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Range<Int>? {
        let n = needle.utf8CodeUnitCount
        let pattern = needle.utf8Start
        guard n > 0 else { return nil }
        var i = from
        while i + n <= end {
            let at = first(pattern[0], in: bytes, from: i, to: end - n + 1)
            guard at + n <= end else { return nil }
            var j = 1
            while j < n, bytes[at + j] == pattern[j] { j += 1 }
            if j == n { return at..<(at + n) }
            i = at + 1
        }
        return nil
    }

    /// True when the bytes at `at` start with `prefix`.
    @inline(__always)
    static func has(_ prefix: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at: Int, end: Int) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard at >= 0, at + n <= end, let base = bytes.baseAddress else { return false }
        let pattern = prefix.utf8Start
        if n > 4 { return memcmp(base + at, pattern, n) == 0 }
        for j in 0..<n where base[at + j] != pattern[j] { return false }
        return true
    }

    /// True when the bytes are valid UTF-8 with nothing `TextSanitizer` would remove: no C0 control but
    /// tab and newline, no DEL, no C1 control. Such bytes are the note's text exactly as `NoteFile` gives it.
    static func isCleanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        BlockBits.of(bytes) { isCleanUTF8(bytes, bits: $0) }
    }

    /// `isCleanUTF8` given the text's `BlockBits`: only the bytes they mark unusual are looked at.
    static func isCleanUTF8(_ bytes: UnsafeBufferPointer<UInt8>, bits: UnsafeBufferPointer<nw_block_bits>) -> Bool {
        // Bytes before this are part of a sequence already read.
        var checked = 0
        for block in bits.indices {
            var unusual = bits[block].unusual
            while unusual != 0 {
                let i = block * 64 + unusual.trailingZeroBitCount
                unusual &= unusual - 1
                guard i >= checked else { continue }
                let b = bytes[i]
                if b < 0x80 {
                    // A C0 control or DEL; of them only tabs are kept.
                    if b != 0x09 { return false }
                    continue
                }
                guard let length = sequenceLength(bytes, at: i) else { return false }
                if b == 0xC2, bytes[i + 1] <= 0x9F { return false }   // U+0080…U+009F
                checked = i + length
            }
        }
        return true
    }

    /// The length of the well-formed UTF-8 sequence at `i` (lead byte ≥ 0x80), or nil.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = bytes[i], count = bytes.count
        @inline(__always) func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < count && bytes[i + k] >= low && bytes[i + k] <= high
        }
        switch b {
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE, 0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : nil
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, copying only when the string is not stored as UTF-8.
    static func withBytes<R>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
