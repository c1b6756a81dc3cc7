/// Nested inline spans under construction for one block; HTML anchors may open and close among them.
struct InlineStack {
    enum Kind {
        case root, emphasis, strong, strikethrough, code, plain
        case link(String)
        case wikilink(Wikilink)
        /// `<a class="yt-timestamp" data-t="…">` until its `</a>`.
        case timestamp(Timestamp)
        /// Any other `<a>`: a link when it has an href, else only its text.
        case anchor(String?)

        var isHTMLAnchor: Bool {
            switch self {
            case .timestamp, .anchor: return true
            default: return false
            }
        }
    }

    private var frames: [(kind: Kind, children: [Inline])] = [(.root, [])]

    var isEmpty: Bool { frames.count == 1 && frames[0].children.isEmpty }

    mutating func push(_ kind: Kind) { frames.append((kind, [])) }

    mutating func append(_ inline: Inline) { frames[frames.count - 1].children.append(inline) }

    mutating func append(text: String) {
        guard !text.isEmpty else { return }
        append(.text(text))
    }

    /// Closes the innermost md4c span, and any HTML anchor left open inside it.
    mutating func popSpan() {
        while frames.count > 1 {
            let wasAnchor = frames[frames.count - 1].kind.isHTMLAnchor
            closeTop()
            if !wasAnchor { return }
        }
    }

    /// Handles one inline HTML tag: timestamp anchors, links, line breaks; other tags are dropped.
    mutating func html(_ raw: String) {
        guard let tag = HTMLTag(raw) else { return }
        switch (tag.name, tag.isClosing) {
        case ("br", _):
            append(.lineBreak)
        case ("a", false):
            if let moment = tag.timestamp {
                push(.timestamp(moment))
            } else {
                push(.anchor(tag[attribute: "href"].flatMap { $0.isEmpty ? nil : $0 }))
            }
        case ("a", true):
            guard let open = frames.lastIndex(where: { $0.kind.isHTMLAnchor }) else { return }
            while frames.count > open { closeTop() }
        default:
            break
        }
    }

    /// Closes every open span and hands over the content, leaving the stack empty.
    mutating func finish() -> [Inline] {
        while frames.count > 1 { closeTop() }
        defer { frames = [(.root, [])] }
        return frames[0].children
    }

    private mutating func closeTop() {
        let (kind, children) = frames.removeLast()
        switch kind {
        case .root: frames.append((kind, children))
        case .emphasis: append(.emphasis(children))
        case .strong: append(.strong(children))
        case .strikethrough: append(.strikethrough(children))
        case .code: append(.code(children.plainText))
        case .plain: frames[frames.count - 1].children += children
        case let .link(url): append(.link(url: url, content: children))
        case let .anchor(href):
            if let href { append(.link(url: href, content: children)) } else { frames[frames.count - 1].children += children }
        case let .timestamp(moment):
            let label = children.plainText.trimmingCharacters(in: " \t\n")
            append(.timestamp(moment, label: label.isEmpty ? "[\(moment.formatted)]" : label))
        case let .wikilink(link):
            append(Self.wikilink(link, children: children))
        }
    }

    /// md4c gives the destination itself as content when there is no alias: show it readably instead.
    static func wikilink(_ link: Wikilink, children: [Inline]) -> Inline {
        let shown = children.plainText.trimmingCharacters(in: " \t\n")
        let destination = link.heading.map { "\(link.target)#\($0)" } ?? link.target
        let hasAlias = !shown.isEmpty && shown != destination && shown != link.target
        if link.isExternal {
            return .link(url: link.target, content: hasAlias ? trimmed(children) : [.text(link.target)])
        }
        return .wikilink(link, content: hasAlias ? trimmed(children) : [.text(link.displayText)])
    }

    /// Drops white space at the start and end of a run of inlines.
    static func trimmed(_ children: [Inline]) -> [Inline] {
        var result = children
        if case let .text(first)? = result.first {
            result[0] = .text(String(first.drop(while: { $0 == " " || $0 == "\t" })))
        }
        if case let .text(last)? = result.last {
            var text = last
            while text.last == " " || text.last == "\t" { text.removeLast() }
            result[result.count - 1] = .text(text)
        }
        return result.filter { $0 != .text("") }
    }
}
