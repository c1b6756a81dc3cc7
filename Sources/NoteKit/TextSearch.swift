/// Finding text the way a reader expects: smart case (case matters only when the query has
/// an upper-case letter) and Unicode case folding (`STRASSE` finds `Straße`).
public struct TextSearch: Sendable {
    public let query: String
    private let needle: [String]
    private let caseSensitive: Bool

    public init(_ query: String) {
        self.query = query
        caseSensitive = query.contains { $0.isUppercase }
        needle = Self.units(query, caseSensitive: caseSensitive)
    }

    public var isEmpty: Bool { needle.isEmpty }

    /// Every match in `text`, as character offsets and lengths in `text`.
    public func matches(in text: some StringProtocol) -> [Range<Int>] {
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
