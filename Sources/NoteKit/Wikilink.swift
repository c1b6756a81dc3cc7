/// An Obsidian-style link: `[[Target]]`, `[[Target#Heading|alias]]`, or `[[https://… | text]]`.
public struct Wikilink: Sendable, Hashable {
    /// The note name, trimmed, without `#Heading`; for an external link, the URL.
    public var target: String
    /// The section named after `#`, if any.
    public var heading: String?
    /// True for `[[https://…]]` and other URLs with a scheme.
    public var isExternal: Bool

    public init(target: String, heading: String? = nil, isExternal: Bool = false) {
        self.target = target
        self.heading = heading
        self.isExternal = isExternal
    }

    /// Parses the part of a wikilink before `|`.
    public init(destination raw: some StringProtocol) {
        self = ByteSearch.withBytes(of: raw) { Self.destination($0, 0..<$0.count) }
    }

    /// Splits the whole text between `[[` and `]]` into destination and alias.
    public static func parse(inner: some StringProtocol) -> (link: Wikilink, alias: String?) {
        ByteSearch.withBytes(of: inner) { bytes in
            let bar = ByteSearch.first(UInt8(ascii: "|"), in: bytes, from: 0, to: bytes.count)
            let link = destination(bytes, 0..<bar)
            guard bar < bytes.count else { return (link, nil) }
            let alias = text(bytes, trimmed(bytes, (bar + 1)..<bytes.count, heading: false))
            return (link, alias.isEmpty ? nil : alias)
        }
    }

    /// The `[[…]]` opening at `open`: its inner text (not empty, no `[`, no line break) and the index
    /// after `]]`; nil when the brackets there do not make a wikilink. The one rule for the index,
    /// the renderer and the search.
    static func span(in bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int) -> (inner: Range<Int>, after: Int)? {
        guard ByteSearch.has("[[", in: bytes, at: open, end: end),
              let close = ByteSearch.range(of: "]]", in: bytes, from: open + 2, to: end) else { return nil }
        let inner = (open + 2)..<close.lowerBound
        guard !inner.isEmpty,
              ByteSearch.first(of: UInt8(ascii: "["), 0x0A, in: bytes, from: inner.lowerBound, to: inner.upperBound) == inner.upperBound
        else { return nil }
        return (inner, close.upperBound)
    }

    /// Where the parts of a link's destination are, in the bytes between `[[` and `]]` (the index's
    /// path: the alias is not needed, and nothing is copied).
    struct Parts {
        var target: Range<Int>
        /// Nil when there is no heading, or it is empty.
        var heading: Range<Int>?
        var isExternal: Bool
    }

    /// The destination of the link whose inner bytes (between `[[` and `]]`) are `bytes`.
    static func parts(innerBytes bytes: UnsafeBufferPointer<UInt8>) -> Parts {
        parts(bytes, 0..<ByteSearch.first(UInt8(ascii: "|"), in: bytes, from: 0, to: bytes.count))
    }

    private static func destination(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Wikilink {
        let found = parts(bytes, range)
        return Wikilink(target: text(bytes, found.target), heading: found.heading.map { text(bytes, $0) }, isExternal: found.isExternal)
    }

    private static func parts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Parts {
        let whole = trimmed(bytes, range, heading: false)
        if hasURLScheme(bytes, whole) { return Parts(target: whole, heading: nil, isExternal: true) }
        let hash = ByteSearch.first(UInt8(ascii: "#"), in: bytes, from: whole.lowerBound, to: whole.upperBound)
        guard hash < whole.upperBound else { return Parts(target: whole, heading: nil, isExternal: false) }
        let heading = trimmed(bytes, (hash + 1)..<whole.upperBound, heading: true)
        return Parts(target: trimmed(bytes, whole.lowerBound..<hash, heading: false), heading: heading.isEmpty ? nil : heading,
                     isExternal: false)
    }

    /// The range without spaces and tabs at either end (and `#` too, for a heading).
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, heading: Bool) -> Range<Int> {
        func trims(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || (heading && b == UInt8(ascii: "#")) }
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, trims(bytes[lo]) { lo += 1 }
        while hi > lo, trims(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// What a reader sees when there is no alias: the target, and the heading after `›`.
    public var displayText: String {
        guard let heading else { return target }
        return target.isEmpty ? heading : "\(target) › \(heading)"
    }

    /// A scheme of up to ten ASCII letters, `+` or `-`, followed by `://` (or `mailto:`).
    private static func hasURLScheme(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // The colon can only be among the first eleven bytes.
        let limit = min(range.upperBound, range.lowerBound + 11)
        let colon = ByteSearch.first(UInt8(ascii: ":"), in: bytes, from: range.lowerBound, to: limit)
        let scheme = range.lowerBound..<colon
        guard colon < limit, !scheme.isEmpty else { return false }
        for i in scheme {
            let b = bytes[i] | 0x20
            guard (b >= 0x61 && b <= 0x7A) || bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") else { return false }
        }
        if ByteSearch.has("://", in: bytes, at: colon, end: range.upperBound) { return true }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[scheme]), as: UTF8.self).lowercased() == "mailto"
    }
}
