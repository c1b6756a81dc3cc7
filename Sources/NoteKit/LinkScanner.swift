/// A fast pass over a note body for the index: its wikilinks and how many moments it cites,
/// without building the Markdown tree. Counts citations the way `MarkdownParser` finds them:
/// timestamp anchors with a readable `data-t`, and in notes with a video, bracketed times.
/// Fenced code blocks are skipped. Works on the UTF-8 bytes of the text.
public enum LinkScanner {
    public struct Summary: Sendable, Equatable {
        public var links: [Wikilink]
        public var timestampCount: Int
    }

    public static func scan(_ text: some StringProtocol, bareCitations: Bool = false) -> Summary {
        ByteSearch.withBytes(of: text) { scan($0, from: 0, bareCitations: bareCitations) }
    }

    /// Scans the bytes from `start` (a line's start) to the end. A line's bytes are read once: the
    /// search for `[` and `<` also stops at its end, which is looked for apart only on lines that
    /// hold a construct (whose reading needs the line's end) and inside fenced blocks.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, bareCitations: Bool) -> Summary {
        var summary = Summary(links: [], timestampCount: 0)
        var inFence = false
        var lineStart = start
        let end = bytes.count
        while lineStart < end {
            var first = lineStart
            while first < end, bytes[first] == 0x20 { first += 1 }
            let fence = ByteSearch.has("```", in: bytes, at: first, end: end) || ByteSearch.has("~~~", in: bytes, at: first, end: end)
            if fence { inFence.toggle() }
            if fence || inFence {
                lineStart = ByteSearch.first(0x0A, in: bytes, from: first, to: end) + 1
                continue
            }
            let hit = ByteSearch.first(of: UInt8(ascii: "["), UInt8(ascii: "<"), 0x0A, in: bytes, from: first, to: end)
            guard hit < end else { break }
            if bytes[hit] == 0x0A {
                lineStart = hit + 1
                continue
            }
            let lineEnd = ByteSearch.first(0x0A, in: bytes, from: hit, to: end)
            scanLine(bytes, hit..<lineEnd, bareCitations: bareCitations, into: &summary)
            lineStart = lineEnd + 1
        }
        return summary
    }

    private static func scanLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, bareCitations: Bool,
                                 into summary: inout Summary) {
        let end = line.upperBound
        var index = line.lowerBound
        while index < end {
            let hit = ByteSearch.first(of: UInt8(ascii: "["), UInt8(ascii: "<"), in: bytes, from: index, to: end)
            guard hit < end else { return }
            if bytes[hit] == UInt8(ascii: "<") {
                index = anchor(bytes, at: hit, end: end, into: &summary) ?? hit + 1
            } else if let (link, after) = wikilink(bytes, at: hit, end: end) {
                if let link {
                    if summary.links.isEmpty { summary.links.reserveCapacity(8) }
                    summary.links.append(link)
                }
                index = after
            } else if bareCitations, let (count, after) = BareCitation.count(in: bytes, at: hit, end: end) {
                summary.timestampCount += count
                index = after
            } else {
                index = hit + 1
            }
        }
    }

    /// A timestamp anchor at `open`: counts it and returns the index after its `</a>`.
    private static func anchor(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int,
                               into summary: inout Summary) -> Int? {
        if let after = canonicalAnchor(bytes, at: open, end: end) {
            summary.timestampCount += 1
            return after
        }
        guard ByteSearch.has("<a ", in: bytes, at: open, end: end) else { return nil }
        let close = ByteSearch.first(UInt8(ascii: ">"), in: bytes, from: open, to: end)
        guard close < end else { return nil }
        guard isTimestampAnchor(bytes, open..<(close + 1)) else { return close + 1 }
        summary.timestampCount += 1
        return afterClosingTag(bytes, from: close, end: end)
    }

    /// The index after the first `</a>` from `close`, or the line's end.
    private static func afterClosingTag(_ bytes: UnsafeBufferPointer<UInt8>, from close: Int, end: Int) -> Int {
        ByteSearch.range(of: "</a>", in: bytes, from: close, to: end)?.upperBound ?? end
    }

    /// An anchor written exactly as the vaults write them, `<a class="yt-timestamp" data-t="HH:MM:SS">`
    /// with a two-digit field each, read without searching: the index after its `</a>`. Nil for any
    /// other anchor, which takes the general path (and gets the same answer there).
    private static func canonicalAnchor(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int) -> Int? {
        let prefix: StaticString = #"<a class="yt-timestamp" data-t=""#
        let time = open + prefix.utf8CodeUnitCount
        // The time, its closing quote and `>`; then most often the bracketed time and `</a>`.
        guard time + 10 <= end, ByteSearch.has(prefix, in: bytes, at: open, end: end),
              bytes[time + 2] == UInt8(ascii: ":"), bytes[time + 5] == UInt8(ascii: ":"),
              bytes[time + 8] == UInt8(ascii: "\""), bytes[time + 9] == UInt8(ascii: ">") else { return nil }
        for i in [time, time + 1, time + 3, time + 4, time + 6, time + 7] where bytes[i] &- 0x30 > 9 { return nil }
        let close = time + 9
        // `</a>` after ten bytes (`[HH:MM:SS]`) is the first one when none of those ten starts a tag.
        if ByteSearch.has("</a>", in: bytes, at: close + 11, end: end),
           ByteSearch.first(UInt8(ascii: "<"), in: bytes, from: close + 1, to: close + 11) == close + 11 {
            return close + 15
        }
        return afterClosingTag(bytes, from: close, end: end)
    }

    /// What `HTMLTag.timestamp` decides, from the tag's bytes: a readable `data-t`, and the
    /// `yt-timestamp` class (or no `href`).
    static func isTimestampAnchor(_ bytes: UnsafeBufferPointer<UInt8>, _ tag: Range<Int>) -> Bool {
        guard let key = ByteSearch.range(of: "data-t=", in: bytes, from: tag.lowerBound, to: tag.upperBound) else { return false }
        var valueStart = key.upperBound
        guard valueStart < tag.upperBound else { return false }
        let quote = bytes[valueStart]
        let delimited = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
        if delimited { valueStart += 1 }
        var valueEnd = valueStart
        while valueEnd < tag.upperBound {
            let b = bytes[valueEnd]
            if delimited ? b == quote : (b == UInt8(ascii: " ") || b == UInt8(ascii: ">")) { break }
            valueEnd += 1
        }
        guard Timestamp(utf8: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])) != nil else { return false }
        return ByteSearch.range(of: "yt-timestamp", in: bytes, from: tag.lowerBound, to: tag.upperBound) != nil
            || ByteSearch.range(of: "href", in: bytes, from: tag.lowerBound, to: tag.upperBound) == nil
    }

    /// `[[…]]` at `open`: the link (nil for an external or empty one) and the index after `]]`;
    /// nil when the brackets do not make a wikilink.
    private static func wikilink(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int) -> (Wikilink?, Int)? {
        guard let span = Wikilink.span(in: bytes, at: open, end: end) else { return nil }
        let link = Wikilink.parse(innerBytes: UnsafeBufferPointer(rebasing: bytes[span.inner]))
        return (!link.isExternal && !link.target.isEmpty ? link : nil, span.after)
    }
}
