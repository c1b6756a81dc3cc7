/// Every note's names — its title and others, such as aliases and the file stem — laid out for fuzzy
/// matching as you type: ASCII names as bytes (original and lower-cased), matched and scored without
/// making Characters; other names go through `FuzzyMatcher`, which gives the same scores.
public struct NameCorpus: Sendable {
    private struct Name: Sendable {
        var start: Int
        var end: Int
        var isTitle: Bool
        /// Nil for ASCII names, which are matched as bytes.
        var text: String?
    }

    private let bytes: [UInt8]
    private let lower: [UInt8]
    private let names: [Name]
    /// Where each note's names start in `names`; one extra entry at the end.
    private let firstName: [Int]
    /// The quick switcher's names: title, aliases, file stem.
    public init(_ notes: [VaultNote]) {
        self.init(notes) { $0.aliases + [$0.stem] }
    }

    /// The title and the `others` of each note.
    public init(_ notes: [VaultNote], others: (VaultNote) -> [String]) {
        var bytes: [UInt8] = [], names: [Name] = [], firstName: [Int] = []
        firstName.reserveCapacity(notes.count + 1)
        for note in notes {
            firstName.append(names.count)
            var seen = [note.title]
            let others = others(note).filter { name in
                guard !seen.contains(name) else { return false }
                seen.append(name)
                return true
            }
            for (k, name) in ([note.title] + others).enumerated() {
                let start = bytes.count
                bytes += name.utf8
                let ascii = name.utf8.allSatisfy { $0 < 0x80 }
                names.append(Name(start: start, end: bytes.count, isTitle: k == 0, text: ascii ? nil : name))
            }
        }
        firstName.append(names.count)
        self.bytes = bytes
        self.lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        self.names = names
        self.firstName = firstName
    }

    /// Each note's place in title order (case ignored, then path): how lists break ties.
    public static func titleRanks(_ notes: [VaultNote]) -> [Int] {
        let keys = notes.map { $0.title.lowercased() }
        let order = notes.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : notes[a].relativePath < notes[b].relativePath
        }
        var rank = [Int](repeating: 0, count: notes.count)
        for (place, note) in order.enumerated() { rank[note] = place }
        return rank
    }

    /// A query made ready for matching.
    public struct Query: Sendable {
        let text: String
        let caseSensitive: Bool
        /// The needle as bytes when the query is ASCII.
        let needle: [UInt8]?

        public init(_ text: String) {
            self.text = text
            caseSensitive = text.contains { $0.isUppercase }
            let bytes = Array((caseSensitive ? text : text.lowercased()).utf8).filter { $0 != 0x20 }
            needle = bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
        }
    }

    /// The best score of a note's names (its title scores 8 more than an alias or the file stem),
    /// and the title's matched characters when the title is the best.
    public func match(_ query: Query, note: Int, highlights: Bool = false) -> (score: Int, highlights: [Int])? {
        var best: (score: Int, highlights: [Int])?
        var positions: [Int] = []
        for k in firstName[note]..<firstName[note + 1] {
            guard let score = score(query, name: names[k], into: &positions) else { continue }
            if names[k].isTitle {
                best = (score + 8, highlights ? positions : [])
            } else if score > (best?.score ?? Int.min) {
                best = (score, [])
            }
        }
        return best
    }

    /// The matched characters of a note's title as shown, `title`; none when the corpus was built while
    /// the note still had another title (a corpus kept while the first index runs).
    public func highlights(_ query: Query, note: Int, shownAs title: String) -> [Int] {
        let name = names[firstName[note]]
        guard name.isTitle, bytes[name.start..<name.end].elementsEqual(title.utf8) else { return [] }
        return match(query, note: note, highlights: true)?.highlights ?? []
    }

    /// The notes among `notes` (every note when nil) whose names match, with their scores, in order;
    /// large sets are split over the cores.
    public func matches(_ query: Query, among notes: [Int]?) -> [(note: Int, score: Int)] {
        let count = notes?.count ?? firstName.count - 1
        let chunk = 8192
        let parts = Parallel.map((count + chunk - 1) / chunk, chunk: 1) { c -> [(note: Int, score: Int)] in
            var found: [(note: Int, score: Int)] = []
            for k in (c * chunk)..<min(count, (c + 1) * chunk) {
                let note = notes?[k] ?? k
                if let match = match(query, note: note) { found.append((note, match.score)) }
            }
            return found
        }
        return parts.flatMap { $0 }
    }

    private func score(_ query: Query, name: Name, into positions: inout [Int]) -> Int? {
        guard let needle = query.needle, name.text == nil else {
            let text = name.text ?? String(decoding: bytes[name.start..<name.end], as: UTF8.self)
            guard let match = FuzzyMatcher.match(query.text, in: text) else { return nil }
            positions = match.positions
            return match.score
        }
        guard !needle.isEmpty else {
            positions = []
            return 0
        }
        return bytes.withUnsafeBufferPointer { original in
            (query.caseSensitive ? bytes : lower).withUnsafeBufferPointer { hay in
                FuzzyMatcher.score(needle: needle, in: hay, original: original, name.start..<name.end, positions: &positions)
            }
        }
    }
}

extension FuzzyMatcher {
    /// `match` for an ASCII needle and name given as bytes (`hay` folded when case is ignored,
    /// `original` as written): the same positions (offsets from the name's start) and score.
    static func score(needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, original: UnsafeBufferPointer<UInt8>,
                      _ range: Range<Int>, positions: inout [Int]) -> Int? {
        var n = 0, last = -1
        var i = range.lowerBound
        while i < range.upperBound {
            if hay[i] == needle[n] {
                n += 1
                if n == needle.count {
                    last = i
                    break
                }
            }
            i += 1
        }
        guard last >= 0 else { return nil }
        positions.removeAll(keepingCapacity: true)
        positions.append(contentsOf: repeatElement(0, count: needle.count))
        var j = last
        for k in stride(from: needle.count - 1, through: 0, by: -1) {
            while hay[j] != needle[k] { j -= 1 }
            positions[k] = j - range.lowerBound
            j -= 1
        }
        func isWord(_ b: UInt8) -> Bool { ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        var score = 0
        for k in 0..<positions.count {
            let p = positions[k], at = range.lowerBound + p
            score += 16
            if p == 0 || !isWord(original[at - 1]) {
                score += 24
            } else if original[at] >= 0x41 && original[at] <= 0x5A && original[at - 1] >= 0x61 && original[at - 1] <= 0x7A {
                score += 16
            }
            if k > 0 {
                let gap = p - positions[k - 1] - 1
                score += gap == 0 ? 20 : -min(gap, 12)
            }
        }
        score -= min(positions[0], 20)
        if range.count == needle.count { score += 30 }
        return score
    }
}
