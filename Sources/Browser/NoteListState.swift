import NoteKit

/// The list of every note, with the fuzzy filter and the cursor.
public struct NoteListState: Sendable, Equatable {
    /// Indices into the vault's notes, sorted by title.
    public var all: [Int]
    /// What the filter keeps, best match first; `all` when there is no filter.
    public var visible: [Int]
    public var filter = ""
    public var isEditingFilter = false
    public var cursor = 0
    public var scroll = 0

    public init(vault: VaultIndex) {
        all = Self.byTitle(vault)
        visible = all
    }

    /// Notes in title order (case ignored, then path), as the switcher breaks ties.
    private static func byTitle(_ vault: VaultIndex) -> [Int] {
        let rank = vault.titleRank
        var order = [Int](repeating: 0, count: rank.count)
        for (note, place) in rank.enumerated() { order[place] = note }
        return order
    }

    /// Sorts again once every title is known, keeping the filter and the note under the cursor.
    public mutating func resort(vault: VaultIndex) {
        let selected = selectedNote
        all = Self.byTitle(vault)
        refilter(vault: vault)
        if let selected, let position = visible.firstIndex(of: selected) { cursor = position }
    }

    /// Re-runs the fuzzy filter over titles and paths: best match first, ties in title order.
    public mutating func refilter(vault: VaultIndex) {
        guard !filter.isEmpty else {
            visible = all
            cursor = min(cursor, max(0, visible.count - 1))
            return
        }
        let corpus = vault.titlesAndPaths
        let rank = vault.titleRank
        var scored = corpus.matches(NameCorpus.Query(filter), among: nil)
        scored.sort { $0.score != $1.score ? $0.score > $1.score : rank[$0.note] < rank[$1.note] }
        visible = scored.map(\.note)
        cursor = 0
        scroll = 0
    }

    /// The matched characters of a visible note's title, for highlighting.
    public func highlights(of note: Int, in vault: VaultIndex) -> [Int] {
        guard !filter.isEmpty else { return [] }
        return vault.titlesAndPaths.highlights(NameCorpus.Query(filter), note: note, shownAs: vault.notes[note].title)
    }

    public var selectedNote: Int? { visible.indices.contains(cursor) ? visible[cursor] : nil }
}
