import NoteKit

/// Lays out a parsed note for the terminal: a title header, then every block, wrapped to width.
public enum NoteLayout {
    /// The widest a paragraph gets, so lines stay readable on wide terminals.
    public static let maxTextWidth = 100

    /// `isResolved` tells whether a wikilink leads to a note, so unresolved ones look different.
    public static func layout(_ note: Note, width: Int, isResolved: (Wikilink) -> Bool) -> RenderedNote {
        withoutActuallyEscaping(isResolved) { isResolved in
            layout(note, width: width, escapingResolver: isResolved)
        }
    }

    private static func layout(_ note: Note, width: Int, escapingResolver isResolved: @escaping (Wikilink) -> Bool)
        -> RenderedNote {
        let textWidth = max(8, min(width - 2, maxTextWidth))
        var builder = BlockLayout(width: textWidth, isResolved: isResolved)
        builder.sink.push(first: [Run(" ")], rest: [Run(" ")])
        builder.header(title: note.title, videoID: note.videoID)
        var blockLines: [Int] = []
        for (index, block) in note.document.blocks.enumerated() {
            if index > 0 || builder.sink.lineCount > 0 { builder.sink.blank() }
            blockLines.append(builder.sink.lineCount)
            builder.block(block, depth: 0)
        }
        return RenderedNote(lines: builder.sink.lines, items: builder.sink.items, blockLines: blockLines, width: width)
    }
}

/// The recursive part of `NoteLayout`: blocks to lines through a `LineSink`.
struct BlockLayout {
    var sink = LineSink()
    let width: Int
    let isResolved: (Wikilink) -> Bool

    init(width: Int, isResolved: @escaping (Wikilink) -> Bool) {
        self.width = width
        self.isResolved = isResolved
    }

    private var available: Int { max(4, width - sink.prefixWidth + 1) }

    mutating func header(title: String, videoID: String?) {
        for line in Wrapper.wrap([Run(title, TextStyle(.heading1, bold: true))], width: available) { sink.emit(line) }
        if let videoID {
            let url = VideoURL.watch(videoID)
            let item = sink.register(.external(url: url), label: url)
            sink.emit([Run("▶ ", TextStyle(.meta)), Run(url, TextStyle(.externalLink), item: item)])
        }
    }

    mutating func block(_ block: Block, depth: Int) {
        switch block {
        case let .heading(level, content):
            let role: StyleRole = level <= 1 ? .heading1 : (level == 2 ? .heading2 : .heading3)
            let style = TextStyle(role, bold: true)
            let marker = String(repeating: "#", count: max(1, min(level, 6))) + " "
            paragraph([Run(marker, style)] + runs(content, style: style))
        case let .paragraph(content):
            paragraph(runs(content, style: .text))
        case let .list(list):
            self.list(list, depth: depth)
        case let .quote(blocks):
            sink.push(first: [Run("│ ", TextStyle(.quote))], rest: [Run("│ ", TextStyle(.quote))])
            children(blocks, depth: depth)
            sink.pop()
        case let .code(_, text):
            code(text)
        case let .table(table):
            TableLayout.emit(table, width: available, into: &self)
        case .rule:
            sink.emit([Run(String(repeating: "─", count: available), TextStyle(.rule))])
        }
    }

    mutating func paragraph(_ content: [Run]) {
        for line in Wrapper.wrap(content, width: available) { sink.emit(line) }
    }

    private mutating func children(_ blocks: [Block], depth: Int) {
        for (index, child) in blocks.enumerated() {
            if index > 0, !isList(child) { sink.blank() }
            block(child, depth: depth)
        }
    }

    private func isList(_ block: Block) -> Bool {
        if case .list = block { return true }
        return false
    }

    private mutating func list(_ list: ListBlock, depth: Int) {
        let bullets = ["•", "◦", "▪", "‣"]
        let lastNumber = list.start + max(0, list.items.count - 1)
        let markerWidth = list.ordered ? "\(lastNumber).".count : 1
        for (index, item) in list.items.enumerated() {
            var marker = list.ordered ? "\(list.start + index)." : bullets[depth % bullets.count]
            marker = String(repeating: " ", count: max(0, markerWidth - marker.count)) + marker + " "
            if let done = item.task { marker += done ? "[x] " : "[ ] " }
            let hang = String(repeating: " ", count: DisplayWidth.of(marker))
            sink.push(first: [Run(marker, TextStyle(.listMarker))], rest: [Run(hang)])
            if item.blocks.isEmpty { sink.emit([]) }
            children(item.blocks, depth: depth + 1)
            sink.pop()
        }
    }

    private mutating func code(_ text: String) {
        let style = TextStyle(.code)
        let limit = max(1, available - 2)
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var expanded = ""
            var column = 0
            for character in rawLine {
                if character == "\t" {
                    let spaces = 4 - column % 4
                    expanded += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    expanded.append(character)
                    column += DisplayWidth.of(character)
                }
            }
            var chunk = "", chunkWidth = 0
            var emitted = false
            for character in expanded {
                let w = DisplayWidth.of(character)
                if chunkWidth + w > limit {
                    sink.emit([Run("  "), Run(chunk, style)])
                    emitted = true
                    chunk = ""
                    chunkWidth = 0
                }
                chunk.append(character)
                chunkWidth += w
            }
            if !chunk.isEmpty || !emitted { sink.emit([Run("  "), Run(chunk, style)]) }
        }
    }

    /// Inline content to styled runs, registering each link and timestamp as an item.
    mutating func runs(_ inlines: [Inline], style: TextStyle) -> [Run] {
        var out: [Run] = []
        for inline in inlines {
            switch inline {
            case let .text(text): out.append(Run(text, style))
            case .softBreak: out.append(Run(" ", style))
            case .lineBreak: out.append(Run("\n", style))
            case let .emphasis(children):
                var s = style; s.italic = true
                out += runs(children, style: s)
            case let .strong(children):
                var s = style; s.bold = true
                out += runs(children, style: s)
            case let .strikethrough(children):
                var s = style; s.strike = true
                out += runs(children, style: s)
            case let .code(text):
                out.append(Run(text, TextStyle(.code, bold: style.bold)))
            case let .link(url, content):
                let label = content.plainText
                let item = sink.register(.external(url: url), label: label)
                out += itemRuns(content, fallback: url, role: .externalLink, style: style, item: item)
            case let .wikilink(link, content):
                let resolved = isResolved(link)
                let item = sink.register(.wikilink(link, resolved: resolved), label: content.plainText)
                out += itemRuns(content, fallback: link.displayText, role: resolved ? .link : .unresolvedLink,
                                style: style, item: item)
            case let .timestamp(moment, label):
                let item = sink.register(.timestamp(moment), label: label)
                out.append(Run(label, TextStyle(.timestamp, bold: style.bold), item: item))
            }
        }
        return out
    }

    private mutating func itemRuns(_ content: [Inline], fallback: String, role: StyleRole, style: TextStyle,
                                   item: Int) -> [Run] {
        var linkStyle = style
        linkStyle.role = role
        var inner = runs(content, style: linkStyle)
        if inner.allSatisfy({ $0.text.isEmpty }) { inner = [Run(fallback, linkStyle)] }
        return inner.map { var run = $0; run.item = item; if run.style.role != .code { run.style.role = role }; return run }
    }
}
