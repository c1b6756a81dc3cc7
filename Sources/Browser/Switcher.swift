import NoteKit

/// The quick switcher's ranking: titles, aliases and file names, fuzzy, best first.
public enum Switcher {
    /// At most this many rows are kept.
    public static let limit = 200

    /// The rows for `query`. When `previous` matched a prefix of it against the same index, only its
    /// notes can match (a longer query never matches more), so only they are looked at.
    public static func rows(for query: String, in vault: VaultIndex, indexVersion: Int = 0,
                            after previous: QueryMatches? = nil) -> (rows: [PickerRow], matches: QueryMatches) {
        let corpus = vault.names
        let prepared = NameCorpus.Query(query)
        var scored: [(note: Int, score: Int)] = []
        if query.isEmpty {
            scored = vault.notes.indices.map { ($0, 0) }
        } else {
            let narrowed = previous.flatMap { $0.indexVersion == indexVersion && query.hasPrefix($0.query) ? $0.notes : nil }
            scored = corpus.matches(prepared, among: narrowed)
        }
        let matched = QueryMatches(query: query, notes: scored.map(\.note), indexVersion: indexVersion)
        let rank = vault.titleRank
        scored.sort { a, b in a.score != b.score ? a.score > b.score : rank[a.note] < rank[b.note] }
        let rows = scored.prefix(limit).map { hit in
            PickerRow(text: vault.notes[hit.note].title, detail: "",
                      highlights: query.isEmpty ? [] : corpus.highlights(prepared, note: hit.note, shownAs: vault.notes[hit.note].title),
                      action: .open(LoadRequest(path: vault.path(of: hit.note), transition: .visit)))
        }
        return (rows, matched)
    }
}
