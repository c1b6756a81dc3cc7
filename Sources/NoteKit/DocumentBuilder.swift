import CMD4C

/// Receives md4c's callbacks and assembles blocks and inlines on two stacks.
final class DocumentBuilder {
    private enum BlockKind {
        case document, quote, list(ordered: Bool, start: Int), item(task: Bool?), heading(Int), paragraph
        case code(String), html, table, tableHead, tableBody, row, cell(Table.Alignment), rule
    }

    private struct BlockFrame {
        var kind: BlockKind
        var blocks: [Block] = []
        var items: [ListItem] = []
        var inlines = InlineStack()
        var raw = ""
        var cells: [[Inline]] = []
        var alignments: [Table.Alignment] = []
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        var inHead = false
    }

    private let bareCitations: Bool
    private var stack: [BlockFrame] = [BlockFrame(kind: .document)]

    init(bareCitations: Bool) { self.bareCitations = bareCitations }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> DocumentBuilder {
        Unmanaged<DocumentBuilder>.fromOpaque(pointer!).takeUnretainedValue()
    }

    func finish() -> Document {
        while stack.count > 1 { closeTop() }
        return Document(blocks: stack[0].blocks)
    }

    // MARK: blocks

    func enterBlock(_ type: MD_BLOCKTYPE, _ detail: UnsafeMutableRawPointer?) {
        flushLooseInlines()
        let kind: BlockKind
        switch type {
        case MD_BLOCK_DOC: return
        case MD_BLOCK_QUOTE: kind = .quote
        case MD_BLOCK_UL: kind = .list(ordered: false, start: 1)
        case MD_BLOCK_OL:
            let start = detail.map { Int($0.assumingMemoryBound(to: MD_BLOCK_OL_DETAIL.self).pointee.start) } ?? 1
            kind = .list(ordered: true, start: start)
        case MD_BLOCK_LI:
            var task: Bool?
            if let d = detail?.assumingMemoryBound(to: MD_BLOCK_LI_DETAIL.self).pointee, d.is_task != 0 {
                task = d.task_mark != 0x20
            }
            kind = .item(task: task)
        case MD_BLOCK_HR: kind = .rule
        case MD_BLOCK_H:
            kind = .heading(detail.map { Int($0.assumingMemoryBound(to: MD_BLOCK_H_DETAIL.self).pointee.level) } ?? 1)
        case MD_BLOCK_CODE:
            let lang = detail.map { MDString.make($0.assumingMemoryBound(to: MD_BLOCK_CODE_DETAIL.self).pointee.lang) } ?? ""
            kind = .code(lang)
        case MD_BLOCK_HTML: kind = .html
        case MD_BLOCK_P: kind = .paragraph
        case MD_BLOCK_TABLE: kind = .table
        case MD_BLOCK_THEAD: kind = .tableHead
        case MD_BLOCK_TBODY: kind = .tableBody
        case MD_BLOCK_TR: kind = .row
        case MD_BLOCK_TH, MD_BLOCK_TD:
            let align = detail.map { $0.assumingMemoryBound(to: MD_BLOCK_TD_DETAIL.self).pointee.align } ?? MD_ALIGN_DEFAULT
            switch align {
            case MD_ALIGN_CENTER: kind = .cell(.center)
            case MD_ALIGN_RIGHT: kind = .cell(.right)
            default: kind = .cell(.left)
            }
        default: return
        }
        stack.append(BlockFrame(kind: kind))
    }

    func leaveBlock(_ type: MD_BLOCKTYPE) {
        guard type != MD_BLOCK_DOC, stack.count > 1 else { return }
        closeTop()
    }

    /// Pops the top frame and hands what it built to its parent.
    private func closeTop() {
        flushLooseInlines()
        var frame = stack.removeLast()
        let parent = stack.count - 1
        switch frame.kind {
        case .document: break
        case .quote: stack[parent].blocks.append(.quote(frame.blocks))
        case let .list(ordered, start): stack[parent].blocks.append(.list(ListBlock(ordered: ordered, start: start, items: frame.items)))
        case let .item(task): stack[parent].items.append(ListItem(task: task, blocks: frame.blocks))
        case .rule: stack[parent].blocks.append(.rule)
        case let .heading(level):
            stack[parent].blocks.append(.heading(level: level, content: finishInlines(&frame.inlines)))
        case .paragraph:
            let content = finishInlines(&frame.inlines)
            if !content.isEmpty { stack[parent].blocks.append(.paragraph(content)) }
        case let .code(lang):
            var text = frame.raw
            if text.hasSuffix("\n") { text.removeLast() }
            stack[parent].blocks.append(.code(language: lang, text: text))
        case .html:
            var inlines = InlineStack()
            for token in HTMLTokens.split(frame.raw) {
                switch token {
                case let .tag(tag): inlines.html(tag)
                case let .text(text): inlines.append(text: text.replacingNewlines())
                }
            }
            let content = InlineStack.trimmed(finishInlines(&inlines))
            if !content.plainText.allSatisfy(\.isWhitespace) { stack[parent].blocks.append(.paragraph(content)) }
        case .table:
            stack[parent].blocks.append(.table(Table(alignments: frame.alignments, header: frame.header, rows: frame.rows)))
        case .tableHead, .tableBody:
            stack[parent].header += frame.header
            stack[parent].rows += frame.rows
            if stack[parent].alignments.isEmpty { stack[parent].alignments = frame.alignments }
        case .row:
            if case .tableHead = stack[parent].kind {
                stack[parent].header = frame.cells
                stack[parent].alignments = frame.alignments
            } else {
                stack[parent].rows.append(frame.cells)
            }
        case let .cell(alignment):
            stack[parent].cells.append(finishInlines(&frame.inlines))
            stack[parent].alignments.append(alignment)
        }
    }

    /// In tight lists md4c puts text straight into the item: keep it as a paragraph of its own.
    private func flushLooseInlines() {
        guard let top = stack.indices.last, case .item = stack[top].kind, !stack[top].inlines.isEmpty else { return }
        let content = finishInlines(&stack[top].inlines)
        if !content.isEmpty { stack[top].blocks.append(.paragraph(content)) }
    }

    private func finishInlines(_ inlines: inout InlineStack) -> [Inline] {
        InlinePostProcessor.process(inlines.finish(), bareCitations: bareCitations)
    }

    // MARK: spans and text

    func enterSpan(_ type: MD_SPANTYPE, _ detail: UnsafeMutableRawPointer?) {
        let top = stack.count - 1
        switch type {
        case MD_SPAN_EM: stack[top].inlines.push(.emphasis)
        case MD_SPAN_STRONG: stack[top].inlines.push(.strong)
        case MD_SPAN_DEL: stack[top].inlines.push(.strikethrough)
        case MD_SPAN_U: stack[top].inlines.push(.emphasis)
        case MD_SPAN_A:
            let url = detail.map { MDString.make($0.assumingMemoryBound(to: MD_SPAN_A_DETAIL.self).pointee.href) } ?? ""
            stack[top].inlines.push(.link(url))
        case MD_SPAN_IMG:
            let url = detail.map { MDString.make($0.assumingMemoryBound(to: MD_SPAN_IMG_DETAIL.self).pointee.src) } ?? ""
            stack[top].inlines.push(.link(url))
        case MD_SPAN_WIKILINK:
            let raw = detail.map { MDString.make($0.assumingMemoryBound(to: MD_SPAN_WIKILINK_DETAIL.self).pointee.target) } ?? ""
            stack[top].inlines.push(.wikilink(Wikilink(destination: raw)))
        case MD_SPAN_CODE: stack[top].inlines.push(.code)
        default: stack[top].inlines.push(.plain)
        }
    }

    func leaveSpan(_ type: MD_SPANTYPE) {
        stack[stack.count - 1].inlines.popSpan()
    }

    func text(_ type: MD_TEXTTYPE, _ text: String) {
        let top = stack.count - 1
        switch stack[top].kind {
        case .code, .html:
            stack[top].raw += text
            return
        default: break
        }
        switch type {
        case MD_TEXT_NULLCHAR: stack[top].inlines.append(text: "\u{FFFD}")
        case MD_TEXT_BR: stack[top].inlines.append(.lineBreak)
        case MD_TEXT_SOFTBR: stack[top].inlines.append(.softBreak)
        case MD_TEXT_ENTITY: stack[top].inlines.append(text: HTMLEntity.decode(text))
        case MD_TEXT_HTML: stack[top].inlines.html(text)
        default: stack[top].inlines.append(text: text)
        }
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
