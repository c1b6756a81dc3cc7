/// A fast pass over a note body for the index: its wikilinks and how many moments it cites,
/// without building the Markdown tree. Counts citations the way `MarkdownParser` finds them:
/// timestamp anchors with a readable `data-t`, and in notes with a video, bracketed times.
/// Fenced code blocks are skipped.
public enum LinkScanner {
    public struct Summary: Sendable, Equatable {
        public var links: [Wikilink]
        public var timestampCount: Int
    }

    public static func scan(_ text: some StringProtocol, bareCitations: Bool = false) -> Summary {
        let body = Substring(text)
        var summary = Summary(links: [], timestampCount: 0)
        var inFence = false
        for line in body.utf8Lines() {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if !inFence { scanLine(line, bareCitations: bareCitations, into: &summary) }
        }
        return summary
    }

    private static func scanLine(_ line: Substring, bareCitations: Bool, into summary: inout Summary) {
        var index = line.startIndex
        while let hit = line.utf8[index...].firstIndex(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "<") }) {
            index = hit
            if line.utf8[hit] == UInt8(ascii: "<") {
                index = anchor(in: line, at: hit, into: &summary) ?? line.index(after: hit)
            } else if line[hit...].hasPrefix("[["), let (link, end) = wikilink(in: line, at: hit) {
                if let link { summary.links.append(link) }
                index = end
            } else if bareCitations, let (moments, end) = BareCitation.match(in: line, at: hit) {
                summary.timestampCount += moments.count
                index = end
            } else {
                index = line.index(after: hit)
            }
        }
    }

    /// A timestamp anchor at `open`: counts it and returns the index after its `</a>`.
    /// Reads the bytes of the tag directly (this runs for every citation of every note).
    private static func anchor(in line: Substring, at open: Substring.Index, into summary: inout Summary) -> Substring.Index? {
        let bytes = line.utf8
        guard line[open...].hasPrefix("<a "), let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let after = bytes.index(after: close)
        guard isTimestampAnchor(line[open..<after]) else { return after }
        summary.timestampCount += 1
        guard let end = line[close...].utf8Range(of: "</a>") else { return line.endIndex }
        return end.upperBound
    }

    /// What `HTMLTag.timestamp` decides, from the tag's bytes: a readable `data-t`, and the
    /// `yt-timestamp` class (or no `href`).
    static func isTimestampAnchor(_ tag: Substring) -> Bool {
        guard let key = tag.utf8Range(of: "data-t=") else { return false }
        var valueStart = key.upperBound
        let bytes = tag.utf8
        guard valueStart < bytes.endIndex else { return false }
        let quote = bytes[valueStart]
        let delimited = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
        if delimited { valueStart = bytes.index(after: valueStart) }
        let valueEnd = bytes[valueStart...].firstIndex { delimited ? $0 == quote : ($0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">")) }
            ?? bytes.endIndex
        guard Timestamp(parsing: tag[valueStart..<valueEnd]) != nil else { return false }
        return tag.utf8Range(of: "yt-timestamp") != nil || tag.utf8Range(of: "href") == nil
    }

    private static func wikilink(in line: Substring, at open: Substring.Index) -> (Wikilink?, Substring.Index)? {
        let innerStart = line.index(open, offsetBy: 2)
        guard let close = line[innerStart...].utf8Range(of: "]]") else { return nil }
        let inner = line[innerStart..<close.lowerBound]
        guard !inner.isEmpty, !inner.contains("[") else { return nil }
        let link = Wikilink.parse(inner: inner).link
        return (!link.isExternal && !link.target.isEmpty ? link : nil, close.upperBound)
    }
}

extension Substring {
    /// The lines of the text, split on newline bytes (much faster than splitting on Characters).
    public func utf8Lines() -> [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: 0x0A) {
            lines.append(self[start..<newline])
            start = utf8.index(after: newline)
            index = start
        }
        lines.append(self[start...])
        return lines
    }

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
