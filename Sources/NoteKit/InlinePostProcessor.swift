/// Finishes a block's inlines: merges text runs, then finds what md4c leaves as text —
/// wikilinks too long for its extension, and bracketed citations like `[00:12:40]`.
enum InlinePostProcessor {
    static func process(_ inlines: [Inline], bareCitations: Bool) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        var pending = ""
        func flush() {
            guard !pending.isEmpty else { return }
            result += scan(pending, bareCitations: bareCitations)
            pending = ""
        }
        for inline in inlines {
            switch inline {
            case let .text(text): pending += text
            case let .emphasis(children): flush(); result.append(.emphasis(process(children, bareCitations: bareCitations)))
            case let .strong(children): flush(); result.append(.strong(process(children, bareCitations: bareCitations)))
            case let .strikethrough(children):
                flush(); result.append(.strikethrough(process(children, bareCitations: bareCitations)))
            default: flush(); result.append(inline)
            }
        }
        flush()
        return result
    }

    /// Splits plain text around `[[…]]` wikilinks and, when asked, bracketed citations.
    static func scan(_ text: String, bareCitations: Bool) -> [Inline] {
        let hasBracket = ByteSearch.withBytes(of: text) { ByteSearch.first(UInt8(ascii: "["), in: $0, from: 0, to: $0.count) < $0.count }
        guard hasBracket else { return [.text(text)] }
        var result: [Inline] = []
        var plainStart = text.startIndex
        var index = text.startIndex
        func emitPlain(upTo end: String.Index) {
            if plainStart < end { result.append(.text(String(text[plainStart..<end]))) }
        }
        while let open = text[index...].firstIndex(of: "[") {
            if let (inline, end) = wikilink(in: text, at: open) {
                emitPlain(upTo: open)
                result.append(inline)
                index = end
                plainStart = end
            } else if bareCitations, let (inlines, end) = citation(in: text, at: open) {
                emitPlain(upTo: open)
                result += inlines
                index = end
                plainStart = end
            } else {
                index = text.index(after: open)
            }
        }
        emitPlain(upTo: text.endIndex)
        return result
    }

    private static func wikilink(in text: String, at open: String.Index) -> (Inline, String.Index)? {
        let offset = text.utf8.distance(from: text.startIndex, to: open)
        guard let span = ByteSearch.withBytes(of: text, { Wikilink.span(in: $0, at: offset, end: $0.count) }) else { return nil }
        func at(_ offset: Int) -> String.Index { text.utf8.index(text.startIndex, offsetBy: offset) }
        let (link, alias) = Wikilink.parse(inner: text[at(span.inner.lowerBound)..<at(span.inner.upperBound)])
        guard !link.target.isEmpty || link.heading != nil else { return nil }
        let content: [Inline] = [.text(alias ?? (link.isExternal ? link.target : link.displayText))]
        let inline: Inline = link.isExternal ? .link(url: link.target, content: content) : .wikilink(link, content: content)
        return (inline, at(span.after))
    }

    /// `[00:12:40]` or `[00:01:02, 00:01:05]`: each time becomes a timestamp, brackets and commas stay text.
    private static func citation(in text: String, at open: String.Index) -> ([Inline], String.Index)? {
        guard let (moments, end) = BareCitation.match(in: text[...], at: open) else { return nil }
        var parts: [Inline] = [.text("[")]
        for (i, cited) in moments.enumerated() {
            if i > 0 { parts.append(.text(", ")) }
            parts.append(.timestamp(cited.moment, label: cited.label))
        }
        parts.append(.text("]"))
        return (parts, end)
    }
}
