/// A fast pass over a note body for the index: its wikilinks and how many moments it cites,
/// without building the full Markdown tree. Fenced code blocks are skipped.
public enum LinkScanner {
    public struct Summary: Sendable, Equatable {
        public var links: [Wikilink]
        public var timestampCount: Int
    }

    public static func scan(_ text: some StringProtocol) -> Summary {
        let body = Substring(text)
        var links: [Wikilink] = []
        var timestamps = 0
        var inFence = false
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            timestamps += count(of: "yt-timestamp", in: line)
            var rest = line[...]
            while let open = rest.utf8Range(of: "[[") {
                guard let close = rest[open.upperBound...].utf8Range(of: "]]") else { break }
                let inner = rest[open.upperBound..<close.lowerBound]
                if !inner.isEmpty, !inner.contains("[") {
                    let link = Wikilink.parse(inner: inner).link
                    if !link.isExternal, !link.target.isEmpty { links.append(link) }
                    rest = rest[close.upperBound...]
                } else {
                    rest = rest[rest.index(after: open.lowerBound)...]
                }
            }
        }
        return Summary(links: links, timestampCount: timestamps)
    }

    private static func count(of needle: String, in line: Substring) -> Int {
        guard line.utf8.count >= needle.utf8.count else { return 0 }
        var n = 0
        var rest = line[...]
        while let hit = rest.utf8Range(of: needle) {
            n += 1
            rest = rest[hit.upperBound...]
        }
        return n
    }
}

extension Substring {
    func utf8Range(of needle: String) -> Range<Index>? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return nil }
        var i = utf8.startIndex
        while let start = utf8[i...].firstIndex(of: first) {
            var a = start, j = 0
            while j < n.count, a < utf8.endIndex, utf8[a] == n[j] { a = utf8.index(after: a); j += 1 }
            if j == n.count { return start..<a }
            i = utf8.index(after: start)
        }
        return nil
    }
}
