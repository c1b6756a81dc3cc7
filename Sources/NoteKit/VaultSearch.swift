/// Full-text search of one note's text as a reader sees it: no front matter, no HTML tags, wikilinks
/// as their visible text. Smart case and Unicode folding come from `TextSearch`; the query is a phrase.
public enum VaultSearch {
    /// The hits in one note: how many, and the first line that has one.
    public struct Result: Sendable, Equatable {
        public var note: Int
        public var count: Int
        /// 1-based line in the file.
        public var line: Int
        public var text: String
        /// Character ranges of the hits in `text`.
        public var ranges: [Range<Int>]

        public init(note: Int, count: Int, line: Int, text: String, ranges: [Range<Int>]) {
            self.note = note
            self.count = count
            self.line = line
            self.text = text
            self.ranges = ranges
        }
    }

    /// A query as typed: surrounding quotes are dropped (the whole query is one phrase).
    public static func phrase(_ query: String) -> String {
        var text = query.trimmingCharacters(in: " \t")
        if text.count >= 2, text.first == "\"", text.last == "\"" { text = String(text.dropFirst().dropLast()) }
        return text
    }

    /// Searches the text of a note file.
    public static func search(_ search: TextSearch, in file: NoteFile, note: Int) -> Result? {
        guard search.mayOccur(in: file.text) else { return nil }
        let split = FrontMatter.split(file.text)
        var count = 0
        var first: (line: Int, text: String, ranges: [Range<Int>])?
        for (offset, raw) in split.body.utf8Lines().enumerated() {
            guard search.mayOccur(in: String(raw)) else { continue }
            let visible = readable(raw)
            let ranges = search.matches(in: visible)
            guard !ranges.isEmpty else { continue }
            count += ranges.count
            if first == nil { first = (split.bodyLineOffset + offset + 1, visible, ranges) }
        }
        guard let first else { return nil }
        return Result(note: note, count: count, line: first.line, text: first.text, ranges: first.ranges)
    }

    /// A line as a reader sees it: tags dropped, `[[target | alias]]` as its alias, `[text](url)` as its
    /// text, heading and list markers and `*` emphasis gone, trimmed.
    public static func readable(_ line: Substring) -> String {
        var line = line.drop(while: { $0 == " " || $0 == "\t" })
        if line.hasPrefix("#") { line = line.drop(while: { $0 == "#" }) }
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { line = line.dropFirst(2) }
        if line.contains("*") { line = Substring(line.filter { $0 != "*" }) }
        guard line.contains("<") || line.contains("[") else { return line.trimmingCharacters(in: " \t") }
        var out = ""
        var rest = line
        while let i = rest.firstIndex(where: { $0 == "<" || $0 == "[" }) {
            out += rest[..<i]
            if rest[i] == "<", let close = rest[i...].firstIndex(of: ">"), HTMLTag(rest[i...close]) != nil {
                rest = rest[rest.index(after: close)...]
            } else if rest[i...].hasPrefix("[["), let close = rest[i...].utf8Range(of: "]]") {
                let inner = rest[rest.index(i, offsetBy: 2)..<close.lowerBound]
                let (link, alias) = Wikilink.parse(inner: inner)
                out += alias ?? link.displayText
                rest = rest[close.upperBound...]
            } else if rest[i] == "[", let middle = rest[i...].utf8Range(of: "]("),
                      let close = rest[middle.upperBound...].firstIndex(of: ")"), !rest[i..<middle.lowerBound].contains("]") {
                out += rest[rest.index(after: i)..<middle.lowerBound]
                rest = rest[rest.index(after: close)...]
            } else {
                out.append(rest[i])
                rest = rest[rest.index(after: i)...]
            }
        }
        out += rest
        return out.trimmingCharacters(in: " \t")
    }
}

extension VaultSearch {
    /// Searches every note of `index` in vault order, reporting results in batches as they are
    /// found; stops early when `isCancelled` says so. Returns how many notes were searched.
    @discardableResult
    public static func run(_ query: String, in index: VaultIndex, batch: Int = 64,
                           isCancelled: () -> Bool, report: ([Result]) -> Void) -> Int {
        let search = TextSearch(query)
        var pending: [Result] = []
        var searched = 0
        for i in index.notes.indices {
            if i % 16 == 0, isCancelled() { break }
            searched += 1
            guard let file = try? NoteFile.read(index.path(of: i)) else { continue }
            if let result = VaultSearch.search(search, in: file, note: i) { pending.append(result) }
            if pending.count >= batch || (i % 256 == 255 && !pending.isEmpty) {
                report(pending)
                pending = []
            }
        }
        if !pending.isEmpty { report(pending) }
        return searched
    }
}
