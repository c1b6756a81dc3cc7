/// The page shown for a link to a note that does not exist: who links to that name and why,
/// and the notes with the most similar names. Marked as made by Notewalk, not a file.
public enum MissingNotePage {
    /// `read` gives the parsed note at an index of `index`, for the sentences around the links.
    public static func make(name: String, index: VaultIndex, graph: LinkGraph, read: (Int) -> Note?) -> Note {
        let key = LinkKey.stripped(name)
        let linking = LinkGraph.sources(of: graph.links(toMissing: name))
        var blocks: [Block] = [
            .paragraph([.emphasis([.text("No note named “\(name)” exists. Notewalk made this page from the notes that link to it; it is not a file.")])]),
            .heading(level: 2, content: [.text(linking.count == 1 ? "Linked from 1 note" : "Linked from \(linking.count) notes")]),
        ]
        if linking.isEmpty {
            blocks.append(.paragraph([.text("No note links to this name.")]))
        } else {
            let items = linking.map { from -> ListItem in
                var content: [Inline] = [link(to: from, in: index)]
                let sentences = read(from).map { note in
                    SentenceContext.links(in: note.document) { LinkKey.stripped($0.target) == key }.map(\.sentence)
                } ?? []
                var seen = Set<String>()
                for sentence in sentences where !sentence.isEmpty && seen.insert(sentence).inserted {
                    content.append(.text(seen.count == 1 ? ": " : " … "))
                    content.append(.text(sentence))
                }
                return ListItem(blocks: [.paragraph(content)])
            }
            blocks.append(.list(ListBlock(ordered: false, start: 1, items: items)))
        }
        blocks.append(.heading(level: 2, content: [.text("Did you mean")]))
        let suggestions = Similarity.suggestions(for: name, in: index)
        if suggestions.isEmpty {
            blocks.append(.paragraph([.text("No note has a similar name.")]))
        } else {
            blocks.append(.list(ListBlock(ordered: false, start: 1, items: suggestions.map {
                ListItem(blocks: [.paragraph([link(to: $0, in: index), .text("  (\(index.notes[$0].relativePath))")])])
            })))
        }
        return Note(path: "", frontMatter: FrontMatter(), title: name, document: Document(blocks: blocks), problems: [])
    }

    /// A wikilink that names a note by its path, so it resolves to exactly that note.
    static func link(to note: Int, in index: VaultIndex) -> Inline {
        let entry = index.notes[note]
        return .wikilink(Wikilink(target: NotePath.join(entry.folder, entry.stem).trimmingPrefix("/")), content: [.text(entry.title)])
    }
}

extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
