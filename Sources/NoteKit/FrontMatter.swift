import Yams

/// The YAML block at the top of a note, between `---` lines.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var videoID: String?
    public var aliases: [String]
    /// A readable reason when the block exists but could not be used (broken YAML, a bad video id).
    public var problem: String?

    public init(title: String? = nil, videoID: String? = nil, aliases: [String] = [], problem: String? = nil) {
        self.title = title
        self.videoID = videoID
        self.aliases = aliases
        self.problem = problem
    }

    /// A note's text split into its front matter and body.
    public struct Split: Sendable {
        /// The YAML between the fences, or nil when the note has none.
        public var yaml: Substring?
        public var body: Substring
        /// Lines before the body starts, so body line numbers map back into the file.
        public var bodyLineOffset: Int
    }

    /// Finds a front matter block: `---` on the first line, closed by `---` or `...`.
    /// Expects text as `NoteFile` gives it, with carriage returns already gone.
    public static func split(_ text: String) -> Split {
        let found = ByteSearch.withBytes(of: text) { split($0) }
        func at(_ offset: Int) -> String.Index { text.utf8.index(text.startIndex, offsetBy: offset) }
        return Split(yaml: found.yaml.map { text[at($0.lowerBound)..<at($0.upperBound)] },
                     body: text[at(found.bodyStart)...], bodyLineOffset: found.bodyLineOffset)
    }

    /// `split` on UTF-8 bytes: where the YAML and the body are.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (yaml: Range<Int>?, bodyStart: Int, bodyLineOffset: Int) {
        let count = bytes.count
        let start = ByteSearch.has("\u{FEFF}", in: bytes, at: 0, end: count) ? 3 : 0
        let none: (Range<Int>?, Int, Int) = (nil, start, 0)
        func isLine(_ range: Range<Int>, _ marker: StaticString) -> Bool {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
            return hi - lo == 3 && ByteSearch.has(marker, in: bytes, at: lo, end: hi)
        }
        let firstEnd = ByteSearch.first(0x0A, in: bytes, from: start, to: count)
        guard ByteSearch.has("---", in: bytes, at: start, end: count), firstEnd < count, isLine(start..<firstEnd, "---") else {
            return none
        }
        let afterOpen = firstEnd + 1
        var lineStart = afterOpen
        var lineCount = 1
        while lineStart <= count {
            let lineEnd = ByteSearch.first(0x0A, in: bytes, from: lineStart, to: count)
            lineCount += 1
            if isLine(lineStart..<lineEnd, "---") || isLine(lineStart..<lineEnd, "...") {
                return (afterOpen..<lineStart, lineEnd < count ? lineEnd + 1 : lineEnd, lineCount)
            }
            lineStart = lineEnd + 1
        }
        // An opening fence that is never closed is not front matter.
        return none
    }

    /// Parses the YAML of a front matter block. Never throws: problems are kept in `problem`.
    /// Plain `key: value` lines are read directly; anything else goes to Yams.
    public static func parse(_ yaml: Substring) -> FrontMatter {
        ByteSearch.withBytes(of: yaml) { parse($0, 0..<$0.count) }
    }

    /// Parses front matter given as bytes.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ yaml: Range<Int>) -> FrontMatter {
        var result = FrontMatter()
        // Only the values of the keys a note uses are made into text.
        let plain = PlainYAML.pairs(bytes, yaml) { key, value in
            guard let field = Field(bytes[key]) else { return }
            result.set(field, scalar: String(decoding: UnsafeBufferPointer(rebasing: bytes[value]), as: UTF8.self), list: nil)
        }
        if plain { return result }
        return parseWithYams(Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[yaml]), as: UTF8.self)))
    }

    /// What YAML itself makes of the block (the plain reader must agree with this).
    static func parseWithYams(_ yaml: Substring) -> FrontMatter {
        let node: Node?
        do {
            // An explicit encoding: Yams' default reads the process environment on every parse.
            node = try Yams.compose(yaml: String(yaml), .default, .default, .utf8)
        } catch {
            return FrontMatter(problem: "front matter is not valid YAML: \(Self.firstLine(of: error))")
        }
        guard let node else { return FrontMatter() }
        guard let mapping = node.mapping else {
            return FrontMatter(problem: "front matter is not a list of `key: value` lines")
        }
        var result = FrontMatter()
        for (key, value) in mapping {
            guard let key = key.string, let field = Field(key.utf8) else { continue }
            result.set(field, scalar: value.scalar?.string, list: aliases(from: value))
        }
        return result
    }

    /// The keys a note's front matter is read for.
    private enum Field {
        case title, videoID, aliases

        /// The field a key names, in any case (`Title`, `videoId`, `video_id`); nil for other keys.
        init?(_ key: some Collection<UInt8>) {
            func named(_ name: StaticString) -> Bool {
                key.count == name.utf8CodeUnitCount && zip(key, UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
                    .allSatisfy { ($0 &- 0x41 < 26 ? $0 | 0x20 : $0) == $1 }
            }
            if named("title") {
                self = .title
            } else if named("videoid") || named("video_id") || named("video") {
                self = .videoID
            } else if named("aliases") || named("alias") {
                self = .aliases
            } else {
                return nil
            }
        }
    }

    /// Takes one entry of the mapping: a scalar value, or for aliases a list of them.
    private mutating func set(_ field: Field, scalar: String?, list: [String]?) {
        switch field {
        case .title:
            title = scalar.map { $0.trimmingCharacters(in: " \t") }.flatMap { $0.isEmpty ? nil : $0 }
        case .videoID:
            if let id = scalar?.trimmingCharacters(in: " \t"), !id.isEmpty {
                if VideoURL.isValidID(id) { videoID = id } else {
                    problem = "videoId '\(id)' is not an 11-character YouTube id"
                }
            }
        case .aliases:
            aliases += list ?? scalar.map(Self.aliases(fromScalar:)) ?? []
        }
    }

    private static func aliases(fromScalar text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
    }

    /// The aliases of a YAML list; nil when the value is not a list.
    private static func aliases(from node: Node) -> [String]? {
        node.sequence?.compactMap { $0.scalar?.string.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
    }

    private static func firstLine(of error: Error) -> String {
        let text = "\(error)"
        return text.split(separator: "\n").first.map(String.init) ?? text
    }
}
