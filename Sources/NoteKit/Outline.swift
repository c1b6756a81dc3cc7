/// One heading of a note's section outline.
public struct OutlineEntry: Sendable, Equatable {
    public var level: Int
    public var title: String
    /// Index of the heading among the document's top-level blocks.
    public var blockIndex: Int
}

/// Section outlines and `#Heading` matching.
public enum Outline {
    public static func entries(of document: Document) -> [OutlineEntry] {
        document.blocks.enumerated().compactMap { index, block in
            guard case let .heading(level, content) = block else { return nil }
            return OutlineEntry(level: level, title: content.plainText, blockIndex: index)
        }
    }

    /// The outline entry a `[[Note#Heading]]` names: exact text first, then ignoring case and punctuation.
    public static func find(_ heading: String, in entries: [OutlineEntry]) -> OutlineEntry? {
        if let exact = entries.first(where: { $0.title == heading }) { return exact }
        let key = anchorKey(heading)
        return entries.first { anchorKey($0.title) == key }
    }

    /// Lower-cased letters and digits, words joined by single `-`.
    public static func anchorKey(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for char in text.lowercased() {
            if char.isLetter || char.isNumber { current.append(char) } else if !current.isEmpty {
                words.append(current); current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: "-")
    }
}
