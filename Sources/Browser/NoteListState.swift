import NoteKit

/// The list of every note, with the fuzzy filter and the cursor.
public struct NoteListState: Sendable, Equatable {
    /// Indices into the vault's notes, sorted by title.
    public var all: [Int]
    /// What the filter keeps, best match first; `all` when there is no filter.
    public var visible: [Int]
    /// Positions of matched characters in each visible title, for highlighting.
    public var highlights: [Int: [Int]] = [:]
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
        let rank = vault.names.titleRank
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

    /// Re-runs the fuzzy filter over titles and paths.
    public mutating func refilter(vault: VaultIndex) {
        highlights = [:]
        guard !filter.isEmpty else {
            visible = all
            cursor = min(cursor, max(0, visible.count - 1))
            return
        }
        var scored: [(index: Int, score: Int, rank: Int)] = []
        for (rank, index) in all.enumerated() {
            let note = vault.notes[index]
            if let match = FuzzyMatcher.match(filter, in: note.title) {
                scored.append((index, match.score + 10, rank))
                highlights[index] = match.positions
            } else if let match = FuzzyMatcher.match(filter, in: note.relativePath) {
                scored.append((index, match.score, rank))
            }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.rank < $1.rank }
        visible = scored.map(\.index)
        cursor = 0
        scroll = 0
    }

    public var selectedNote: Int? { visible.indices.contains(cursor) ? visible[cursor] : nil }
}
