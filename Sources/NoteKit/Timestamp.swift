/// A moment in a video, cited by a note.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds from the start of the video.
    public var seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    /// Parses `HH:MM:SS`, `H:MM:SS`, `MM:SS` (minutes and seconds) or plain seconds.
    /// Single digits are accepted in every field; surrounding spaces are ignored.
    public init?(parsing text: some StringProtocol) {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: " \t") }
        guard (1...3).contains(fields.count) else { return nil }
        var numbers: [Int] = []
        for field in fields {
            guard !field.isEmpty, field.count <= 6, field.allSatisfy(\.isASCIIDigit), let value = Int(field) else { return nil }
            numbers.append(value)
        }
        switch numbers.count {
        case 1: seconds = numbers[0]
        case 2:
            guard numbers[1] < 60 else { return nil }
            seconds = numbers[0] * 60 + numbers[1]
        default:
            guard numbers[1] < 60, numbers[2] < 60 else { return nil }
            seconds = numbers[0] * 3600 + numbers[1] * 60 + numbers[2]
        }
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
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
