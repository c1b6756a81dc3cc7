/// A name's identity in the index's tables: 128 bits of a hash of the text, seeded at random per
/// process, taken as the text itself. Equal texts (in Swift's sense: canonically equivalent) have
/// equal keys; two different texts share a key with a chance of about one in 2^128 per pair. Tables
/// keyed by it compare 16 bytes in place instead of following each stored name to its bytes.
///
/// ASCII text (nearly every name) is hashed straight from its bytes, so a key can be made from bytes
/// in a buffer without a String; other text goes through Swift's own hashing, which normalises it.
struct NameKey: Hashable, Sendable {
    let first: UInt64
    let second: UInt64

    init(_ text: String) {
        var text = text
        let ascii = text.withUTF8 { bytes in Self.isASCII(bytes) ? NameKey(ascii: bytes) : nil }
        self = ascii ?? NameKey(unicode: text)
    }

    /// The key of the text whose UTF-8 is `bytes`.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self = Self.isASCII(bytes) ? NameKey(ascii: bytes) : NameKey(unicode: String(decoding: bytes, as: UTF8.self))
    }

    /// The key of ASCII bytes: equal to the key of the String they spell.
    init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        var a = Self.seed.a ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15), b = Self.seed.b
        let count = bytes.count
        var tail: UInt64 = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 < count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                a = Self.mix(a ^ word, 0xA076_1D64_78BD_642F)
                b = Self.mix(b ^ word, 0xE703_7ED1_A0B4_28DB)
                i += 8
            }
            // The last one to eight bytes in one word: the eight that end the text (overlapping the word
            // before), or for a shorter text two loads of four, or its first, middle and last byte.
            if count >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 {
                tail = UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
            } else if count > 0 {
                tail = UInt64(bytes[0]) | UInt64(bytes[count / 2]) << 8 | UInt64(bytes[count - 1]) << 16
            }
        }
        a = Self.mix(a ^ tail, 0x8EBC_6AF0_9C88_C6E3)
        b = Self.mix(b ^ tail, 0x5899_65CC_7537_4CC3)
        first = Self.mix(a ^ (b >> 29 | b << 35), 0x1D8E_4E27_C47D_124F)
        second = Self.mix(b ^ (a >> 31 | a << 33), 0xA076_1D64_78BD_642F)
    }

    /// Text with characters beyond ASCII. The three characters whose canonical form is ASCII (the
    /// Kelvin sign, the Greek question mark and the Greek varia) are read as that ASCII character, so
    /// the text keys as the ASCII text it equals; anything else keys through `Hasher`, which hashes
    /// the normalised form. Text of code points below U+0300 (Latin letters with their accents, one
    /// name in twenty) is already in that form — none of them combines or decomposes — so its bytes go
    /// to `Hasher` as they are, as `String` would give them after normalising (5,000 instructions a
    /// name less; the tests hold the two to each other).
    private init(unicode text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var isASCII = true
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x80..<0x300:
                UTF8.encode(scalar) { bytes.append($0) }
                isASCII = false
            case 0x212A: bytes.append(UInt8(ascii: "K"))
            case 0x037E: bytes.append(UInt8(ascii: ";"))
            case 0x1FEF: bytes.append(UInt8(ascii: "`"))
            default:
                self.init(hashing: { $0.combine(text) })
                return
            }
        }
        if isASCII {
            self = bytes.withUnsafeBufferPointer { NameKey(ascii: $0) }
        } else {
            // What `String.hash(into:)` feeds a hasher: the normalised UTF-8, then 0xFF.
            self.init(hashing: { hasher in
                bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
                hasher.combine(0xFF as UInt8)
            })
        }
    }

    /// Two hashes of what `feed` gives a hasher, the second after a byte of its own.
    private init(hashing feed: (inout Hasher) -> Void) {
        var a = Hasher(), b = Hasher()
        feed(&a)
        b.combine(0x5A as UInt8)
        feed(&b)
        first = UInt64(truncatingIfNeeded: a.finalize())
        second = UInt64(truncatingIfNeeded: b.finalize())
    }

    /// The first half is already a random hash; hashing it again for a table is enough.
    func hash(into hasher: inout Hasher) { hasher.combine(first) }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0, high: UInt64 = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= count {
                high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                i += 8
            }
        }
        while i < count {
            high |= UInt64(bytes[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    @inline(__always)
    private static func mix(_ x: UInt64, _ k: UInt64) -> UInt64 {
        let product = x.multipliedFullWidth(by: k)
        return product.high ^ product.low
    }

    private static let seed: (a: UInt64, b: UInt64) = {
        var random = SystemRandomNumberGenerator()
        return (random.next(), random.next())
    }()
}
