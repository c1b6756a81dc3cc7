/// A moment in a video, cited by a note.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds from the start of the video.
    public var seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    /// Parses `HH:MM:SS`, `H:MM:SS`, `MM:SS` (minutes and seconds) or plain seconds.
    /// Lenient as real notes need: single digits in any field, and minute or second fields up to 99
    /// carry over (`30:44:60` is 30:45:00); surrounding spaces are ignored.
    public init?(parsing text: some StringProtocol) {
        if let fast = Self.parseASCII(text.utf8) {
            seconds = fast
            return
        }
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: " \t") }
        guard (1...3).contains(fields.count) else { return nil }
        var numbers: [Int] = []
        for (i, field) in fields.enumerated() {
            let limit = i == 0 ? 6 : 2
            guard !field.isEmpty, field.count <= limit, field.allSatisfy(\.isASCIIDigit), let value = Int(field) else {
                return nil
            }
            numbers.append(value)
        }
        seconds = numbers.reduce(0) { $0 * 60 + $1 }
    }

    /// Parses UTF-8 bytes the same way.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if let fast = Self.parseASCII(bytes) {
            self.init(seconds: fast)
        } else {
            self.init(parsing: String(decoding: bytes, as: UTF8.self))
        }
    }

    /// `HH:MM:SS` exactly, as the vaults' anchors write it; nil for anything else.
    private static func parseHHMMSS(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count == 8, b[2] == 0x3A, b[5] == 0x3A else { return nil }
        var digits = 0
        for i in [0, 1, 3, 4, 6, 7] {
            let d = b[i] &- 0x30
            guard d <= 9 else { return nil }
            digits = digits &* 10 &+ Int(d)
        }
        // Six digits read as one number: HHMMSS.
        return digits / 10_000 * 3600 + digits / 100 % 100 * 60 + digits % 100
    }

    /// The common case straight from bytes: digits and colons, no spaces. Nil means "use the slow path",
    /// which gives the same answers.
    private static func parseASCII(_ bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        if bytes.count == 8, let fixed = bytes.withContiguousStorageIfAvailable(parseHHMMSS), let fixed { return fixed }
        var total = 0, field = 0, digits = 0, fields = 1
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                field = field * 10 + Int(byte - 0x30)
                digits += 1
            } else if byte == 0x3A {
                guard digits > 0, fields < 3, fields == 1 ? digits <= 6 : digits <= 2 else { return nil }
                total = total * 60 + field
                field = 0
                digits = 0
                fields += 1
            } else {
                return nil
            }
        }
        guard digits > 0, fields == 1 ? digits <= 6 : digits <= 2 else { return nil }
        return total * 60 + field
    }

    /// `H:MM:SS` when an hour or more, else `M:SS`.
    public var formatted: String {
        let h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The text without the characters of `set` at either end. Text that starts and ends with an
    /// ASCII byte outside `set` (nearly all) is given back at once.
    func trimmingCharacters(in set: String) -> String {
        let plain = ByteSearch.withBytes(of: self) { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            return first < 0x80 && last < 0x80 && !set.utf8.contains(first) && !set.utf8.contains(last)
        }
        if plain { return String(self) }
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
