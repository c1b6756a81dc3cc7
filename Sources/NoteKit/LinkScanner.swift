import ByteClasses

/// A fast pass over a note body for the index: its wikilinks and how many moments it cites,
/// without building the Markdown tree. Counts citations the way `MarkdownParser` finds them:
/// timestamp anchors with a readable `data-t`, and in notes with a video, bracketed times.
/// Fenced code blocks are skipped. Works on the UTF-8 bytes of the text.
public enum LinkScanner {
    public struct Summary: Sendable, Equatable {
        public var links: LinkList
        public var timestampCount: Int
    }

    /// A summary as the scan gathers it.
    struct Tally {
        var links: LinkList.Builder
        var timestampCount = 0
    }

    public static func scan(_ text: some StringProtocol, bareCitations: Bool = false) -> Summary {
        var links = LinkList.Builder()
        return ByteSearch.withBytes(of: text) { bytes in
            BlockBits.of(bytes) { scan(bytes, from: 0, bareCitations: bareCitations, bits: $0, gathering: &links) }
        }
    }

    /// Scans the bytes from `start` (a line's start) to the end. Every construct starts with `<` or `[`,
    /// and fences with a backtick or tilde: the scan goes from one such byte to the next as the text's
    /// `bits` mark them, and looks for a line's end only where a construct needs it.
    /// `links` is where the links are gathered (emptied first, and left as the note's links): a reader
    /// thread keeps one for all its notes.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, bareCitations: Bool,
                     bits: UnsafeBufferPointer<nw_block_bits>, gathering links: inout LinkList.Builder) -> Summary {
        links.removeAll()
        var summary = Tally(links: links)
        links = LinkList.Builder()
        defer { links = summary.links }
        var marks = BlockBits.Marks(bits, from: start)
        var position = start
        var lineEnd = -1
        while let hit = marks.next(from: position) {
            let byte = bytes[hit]
            if byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") {
                if let after = fenceEnd(bytes, at: hit, lineStart: start) { position = after }
                continue
            }
            // Most constructs are anchors written the usual way, which need no search for the line's end.
            if byte == UInt8(ascii: "<"), let after = canonicalAnchor(bytes, at: hit) {
                summary.timestampCount += 1
                position = after
                continue
            }
            if lineEnd < hit { lineEnd = ByteSearch.first(0x0A, in: bytes, from: hit, to: bytes.count) }
            position = construct(bytes, at: hit, lineEnd: lineEnd, bareCitations: bareCitations, into: &summary)
        }
        return Summary(links: summary.links.build(), timestampCount: summary.timestampCount)
    }

    /// When a fence opens at `at` (its line holds only spaces before it): the index after the line that
    /// closes it, or the end. Nil when `at` does not open a fence.
    private static func fenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, lineStart start: Int) -> Int? {
        guard opensLine(bytes, at: at, after: start), isFence(bytes, at: at) else { return nil }
        var line = ByteSearch.first(0x0A, in: bytes, from: at, to: bytes.count) + 1
        while line < bytes.count {
            var first = line
            while first < bytes.count, bytes[first] == 0x20 { first += 1 }
            let after = ByteSearch.first(0x0A, in: bytes, from: first, to: bytes.count) + 1
            if isFence(bytes, at: first) { return after }
            line = after
        }
        return bytes.count
    }

    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        ByteSearch.has("```", in: bytes, at: at, end: bytes.count) || ByteSearch.has("~~~", in: bytes, at: at, end: bytes.count)
    }

    /// True when only spaces come between the line's start (or `start`) and `at`.
    private static func opensLine(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, after start: Int) -> Bool {
        var i = at
        while i > start, bytes[i - 1] == 0x20 { i -= 1 }
        return i == start || bytes[i - 1] == 0x0A
    }

    /// The construct that may start at `hit` (a `<` or `[`, in a line ending at `lineEnd`): counted or
    /// kept, and the index to go on from, which is never past the line's end.
    static func construct(_ bytes: UnsafeBufferPointer<UInt8>, at hit: Int, lineEnd end: Int, bareCitations: Bool,
                          into summary: inout Tally) -> Int {
        if bytes[hit] == UInt8(ascii: "<") { return anchor(bytes, at: hit, end: end, into: &summary) ?? hit + 1 }
        if let span = Wikilink.span(in: bytes, at: hit, end: end) {
            let inner = UnsafeBufferPointer(rebasing: bytes[span.inner])
            let parts = Wikilink.parts(innerBytes: inner)
            if !parts.isExternal, !parts.target.isEmpty { summary.links.append(inner, parts) }
            return span.after
        }
        if bareCitations, let (count, after) = BareCitation.count(in: bytes, at: hit, end: end) {
            summary.timestampCount += count
            return after
        }
        return hit + 1
    }

    /// A timestamp anchor at `open`: counts it and returns the index after its `</a>`.
    private static func anchor(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int,
                               into summary: inout Tally) -> Int? {
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
        guard let close = canonicalOpening(bytes, at: open, end: end) else { return nil }
        if let after = closedAfterTime(bytes, close: close, end: end) { return after }
        return afterClosingTag(bytes, from: close, end: end)
    }

    /// `canonicalAnchor` when the anchor's time in brackets and `</a>` follow at once, told without
    /// knowing where the line ends: nil otherwise.
    private static func canonicalAnchor(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int) -> Int? {
        // The opening tag has no line break in it when it is read as canonical, nor what follows
        // when `closedAfterTime` takes it.
        guard let close = canonicalOpening(bytes, at: open, end: bytes.count) else { return nil }
        return closedAfterTime(bytes, close: close, end: bytes.count)
    }

    /// Where the `>` of a canonical opening tag at `open` is, or nil.
    private static func canonicalOpening(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int) -> Int? {
        let prefix: StaticString = #"<a class="yt-timestamp" data-t=""#
        let time = open + prefix.utf8CodeUnitCount
        // The time, its closing quote and `>`.
        guard time + 10 <= end, ByteSearch.has(prefix, in: bytes, at: open, end: end), let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base + time)
        // `HH:MM:SS` as eight bytes at once: the colons exactly, and each other byte a digit (a byte
        // that is 0…9 once `0` is taken away has no high bit, nor does it get one by adding 0x76).
        let field = raw.loadUnaligned(as: UInt64.self) ^ Self.zeroTime
        let digits = field & 0xFFFF_00FF_FF00_FFFF
        guard field & 0x0000_FF00_00FF_0000 == 0, (digits | (digits &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080 == 0,
              raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self) == Self.quoteAndClose else { return nil }
        return time + 9
    }

    /// The bytes `00:00:00` and `">` read as little-endian integers.
    private static let zeroTime: UInt64 = 0x3030_3A30_303A_3030
    private static let quoteAndClose: UInt16 = 0x3E22

    /// The index after `</a>` when it comes ten bytes (`[HH:MM:SS]`) after `close` and none of those
    /// ten starts a tag (so that it is the first one) or ends the line; nil otherwise.
    private static func closedAfterTime(_ bytes: UnsafeBufferPointer<UInt8>, close: Int, end: Int) -> Int? {
        guard close + 15 <= end, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base + close + 1)
        // `</a>` as an integer; then neither `<` nor a line break in the ten bytes: eight at once (a
        // byte equal to the one looked for is a zero byte after `^`), then two.
        guard raw.loadUnaligned(fromByteOffset: 10, as: UInt32.self) == Self.closingTag else { return nil }
        let eight = raw.loadUnaligned(as: UInt64.self)
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0 }
        if hasZeroByte(eight ^ 0x3C3C_3C3C_3C3C_3C3C) || hasZeroByte(eight ^ 0x0A0A_0A0A_0A0A_0A0A) { return nil }
        for i in (close + 9)..<(close + 11) where bytes[i] == UInt8(ascii: "<") || bytes[i] == 0x0A { return nil }
        return close + 15
    }

    /// The bytes `</a>` read as a little-endian integer.
    private static let closingTag: UInt32 = 0x3E61_2F3C

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
}
