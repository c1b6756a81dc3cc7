/// A cited moment with the sentence it supports.
public struct Citation: Sendable, Equatable {
    public var timestamp: Timestamp
    public var label: String
    public var sentence: String
}

/// Finds every timestamp in a document and the sentence in front of it.
public enum Citations {
    public static func extract(_ document: Document) -> [Citation] {
        InlineRuns.all(in: document).flatMap(cite)
    }

    private static func cite(_ inlines: [Inline]) -> [Citation] {
        var text = ""
        var marks: [(offset: Int, moment: Timestamp, label: String)] = []
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case let .timestamp(moment, label): marks.append((text.count, moment, label))
                case let .emphasis(children), let .strong(children), let .strikethrough(children),
                     let .link(_, children), let .wikilink(_, children):
                    walk(children)
                default: text += inline.plainText.replacingNewlinesWithSpaces()
                }
            }
        }
        walk(inlines)
        let characters = Array(text)
        return marks.map { mark in
            Citation(timestamp: mark.moment, label: mark.label, sentence: sentence(in: characters, before: mark.offset))
        }
    }

    /// The sentence that ends at (or just before) `offset`, with its closing punctuation.
    static func sentence(in text: [Character], before offset: Int) -> String {
        var end = min(offset, text.count)
        while end > 0, text[end - 1] == " " || text[end - 1] == "[" || text[end - 1] == "]" || text[end - 1] == "," { end -= 1 }
        var closing = ""
        if end > 0, terminators.contains(text[end - 1]) {
            closing = String(text[end - 1])
            end -= 1
        } else {
            var after = offset
            while after < text.count, text[after] == " " || text[after] == "]" || text[after] == "," { after += 1 }
            if after < text.count, terminators.contains(text[after]) { closing = String(text[after]) }
        }
        var sentence = tidy(String(text[sentenceStart(in: text, before: end)..<end]))
        while sentence.hasSuffix(" ") || sentence.hasSuffix("[") || sentence.hasSuffix(",") { sentence.removeLast() }
        sentence = String(sentence.drop(while: { $0 == " " }))
        return sentence.isEmpty ? "" : sentence + closing
    }

    /// Where the sentence holding `offset` starts: after the last `.`, `!` or `?` followed by a space.
    static func sentenceStart(in text: [Character], before offset: Int) -> Int {
        var start = min(offset, text.count)
        while start > 0, !(terminators.contains(text[start - 1]) && start < text.count && text[start] == " ") { start -= 1 }
        return start
    }

    static let terminators: Set<Character> = [".", "!", "?"]

    /// Closes the gaps the citations leave: empty brackets of bare citations, a space before
    /// punctuation, doubled spaces.
    static func tidy(_ text: String) -> String {
        var out: [Character] = []
        var chars = Array(text)[...]
        while let c = chars.first {
            if c == "[", let close = chars.firstIndex(of: "]"),
               chars[chars.index(after: chars.startIndex)..<close].allSatisfy({ $0 == " " || $0 == "," }) {
                chars = chars[chars.index(after: close)...]
                continue
            }
            if (c == "," || c == "." || c == ";" || c == ":" || c == "!" || c == "?"), out.last == " " { out.removeLast() }
            if c == " ", out.last == " " || out.isEmpty { chars = chars.dropFirst(); continue }
            out.append(c)
            chars = chars.dropFirst()
        }
        return String(out)
    }
}

extension String {
    func replacingNewlinesWithSpaces() -> String { contains("\n") ? String(map { $0 == "\n" ? " " : $0 }) : self }
}
