import NoteKit

/// The quick switcher's ranking: titles, aliases and file names, fuzzy, best first.
public enum Switcher {
    /// At most this many rows are kept.
    public static let limit = 200

    public static func rows(for query: String, in vault: VaultIndex) -> [PickerRow] {
        var scored: [(note: Int, score: Int, highlights: [Int])] = []
        for (i, note) in vault.notes.enumerated() {
            if query.isEmpty {
                scored.append((i, 0, []))
                continue
            }
            var best: (score: Int, highlights: [Int])?
            if let m = FuzzyMatcher.match(query, in: note.title) { best = (m.score + 8, m.positions) }
            for name in note.aliases + [note.stem] {
                if let m = FuzzyMatcher.match(query, in: name), m.score > (best?.score ?? Int.min) { best = (m.score, []) }
            }
            if let best { scored.append((i, best.score, best.highlights)) }
        }
        scored.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let ta = vault.notes[a.note].title.lowercased(), tb = vault.notes[b.note].title.lowercased()
            return ta != tb ? ta < tb : vault.notes[a.note].relativePath < vault.notes[b.note].relativePath
        }
        return scored.prefix(limit).map { hit in
            let note = vault.notes[hit.note]
            return PickerRow(text: note.title, detail: "", highlights: hit.highlights,
                             action: .open(LoadRequest(path: vault.path(of: hit.note), transition: .visit)))
        }
    }
}
