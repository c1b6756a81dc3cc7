/// A note's Markdown, as a tree of blocks and inline runs. Built by `MarkdownParser`.
public struct Document: Sendable, Equatable {
    public var blocks: [Block]
    public init(blocks: [Block]) { self.blocks = blocks }
}

/// A block-level element.
public indirect enum Block: Sendable, Equatable {
    case heading(level: Int, content: [Inline])
    case paragraph([Inline])
    case list(ListBlock)
    case quote([Block])
    case code(language: String, text: String)
    case table(Table)
    case rule
}

/// A bulleted or numbered list.
public struct ListBlock: Sendable, Equatable {
    public var ordered: Bool
    public var start: Int
    public var items: [ListItem]
    public init(ordered: Bool, start: Int, items: [ListItem]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

/// One list item; `task` is set for `- [ ]` and `- [x]` items.
public struct ListItem: Sendable, Equatable {
    public var task: Bool?
    public var blocks: [Block]
    public init(task: Bool? = nil, blocks: [Block]) {
        self.task = task
        self.blocks = blocks
    }
}

/// A GitHub table: one header row, then body rows; cells hold inline content.
public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// An inline run inside a paragraph, heading, list item or table cell.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case code(String)
    /// A Markdown link or autolink to a URL.
    case link(url: String, content: [Inline])
    /// A wikilink; `content` is the alias, or the link's own display text.
    case wikilink(Wikilink, content: [Inline])
    /// A cited moment of the note's video; `label` is what the note shows for it.
    case timestamp(Timestamp, label: String)
    case lineBreak
    case softBreak
}

extension Inline {
    /// The text a reader sees, without styling.
    public var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    fileprivate func appendPlainText(to text: inout String) {
        switch self {
        case let .text(plain), let .code(plain): text += plain
        case let .emphasis(children), let .strong(children), let .strikethrough(children),
             let .link(_, children), let .wikilink(_, children):
            for child in children { child.appendPlainText(to: &text) }
        case let .timestamp(_, label): text += label
        case .lineBreak: text += "\n"
        case .softBreak: text += " "
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader sees, without styling. (Appended piece by piece: `joined()` on the pieces
    /// runs unspecialised, looking its associated types up by name at run time.)
    public var plainText: String {
        var text = ""
        for inline in self { inline.appendPlainText(to: &text) }
        return text
    }
}
