/// The sentence around a place in a note: a cited moment or a link, for lists that show why a
/// note cites or links something.
public enum SentenceContext {
    /// One match: the sentence around an inline that `matches` accepted.
    public struct Hit: Sendable, Equatable {
        public var sentence: String
        /// Which of the accepted inlines this is, in document order (0, 1, …).
        public var ordinal: Int
    }

    /// The sentences around every wikilink for which `matches` is true.
    public static func links(in document: Document, where matches: (Wikilink) -> Bool) -> [Hit] {
        var ordinal = 0
        var hits: [Hit] = []
        for run in InlineRuns.all(in: document) {
            var text = ""
            var marks: [Int] = []
            func walk(_ inlines: [Inline]) {
                for inline in inlines {
                    switch inline {
                    case let .wikilink(link, children):
                        if matches(link) { marks.append(text.count) }
                        text += children.plainText
                    case let .emphasis(children), let .strong(children), let .strikethrough(children), let .link(_, children):
                        walk(children)
                    case .timestamp: break
                    default: text += inline.plainText.replacingNewlinesWithSpaces()
                    }
                }
            }
            walk(run)
            let characters = Array(text)
            for mark in marks {
                hits.append(Hit(sentence: around(characters, at: mark), ordinal: ordinal))
                ordinal += 1
            }
        }
        return hits
    }

    /// The whole sentence that contains `offset`.
    static func around(_ text: [Character], at offset: Int) -> String {
        let terminators = Citations.terminators
        let start = Citations.sentenceStart(in: text, before: offset)
        var end = min(offset, text.count)
        while end < text.count, !(terminators.contains(text[end]) && (end + 1 == text.count || text[end + 1] == " ")) { end += 1 }
        if end < text.count { end += 1 }
        return Citations.tidy(String(text[start..<end])).trimmingCharacters(in: " ")
    }
}

/// Every run of inline content in a document: paragraphs, headings, list items, quotes, table cells.
enum InlineRuns {
    static func all(in document: Document) -> [[Inline]] {
        var result: [[Inline]] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case let .heading(_, content), let .paragraph(content): result.append(content)
                case let .list(list): list.items.forEach { visit($0.blocks) }
                case let .quote(children): visit(children)
                case let .table(table): result += table.header + table.rows.flatMap { $0 }
                case .code, .rule: break
                }
            }
        }
        visit(document.blocks)
        return result
    }
}
