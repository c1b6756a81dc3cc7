import NoteKit

/// `s`: the vault search picker, typed into; each change starts a new search (the old one is cancelled).
func openVaultSearch(_ state: inout BrowserState) -> [Effect] {
    state.overlay = .picker(Picker(kind: .search, title: "Search the vault", rows: [],
                                   emptyText: "Type to search every note's text (smart case; \"quotes\" optional)"))
    return []
}

/// Restarts the search for the picker's query.
func restartSearch(_ state: inout BrowserState, _ picker: inout Picker) -> [Effect] {
    picker.generation += 1
    picker.rows = []
    picker.cursor = 0
    picker.hitCount = 0
    let phrase = VaultSearch.phrase(picker.query)
    guard phrase.count >= 2 else {
        picker.isRunning = false
        picker.title = "Search the vault"
        picker.emptyText = "Type at least two characters"
        return [.cancelSearch]
    }
    picker.isRunning = true
    picker.title = "Searching for “\(phrase)”…"
    picker.emptyText = "Searching…"
    picker.found = []
    // A phrase that contains the last finished one can only be in the notes that had it.
    let among = picker.narrowing.flatMap { last in
        last.indexVersion == state.indexVersion && state.indexing == nil && phrase.contains(last.query) ? last.notes : nil
    }
    return [.searchVault(query: phrase, generation: picker.generation, among: among)]
}

/// Adds a batch of results as they arrive, if they belong to the search on screen.
func addSearchResults(_ state: inout BrowserState, generation: Int, _ results: [VaultSearch.Result]) {
    guard case var .picker(picker) = state.overlay, picker.kind == .search, picker.generation == generation else { return }
    let phrase = VaultSearch.phrase(picker.query)
    for result in results {
        let note = state.vault.notes[result.note]
        let (excerpt, hits) = excerpt(result.text, around: result.ranges)
        let prefix = "\(result.line): "
        picker.rows.append(PickerRow(
            text: (result.title ?? note.title) + (result.count > 1 ? "  (\(result.count) hits)" : ""),
            detail: prefix + excerpt,
            detailHighlights: hits.map { $0 + prefix.count },
            action: .open(LoadRequest(path: state.vault.path(of: result.note), transition: .visit, focus: .text(phrase)))))
        picker.hitCount += result.count
        picker.found.append(result.note)
    }
    picker.title = "Searching for “\(phrase)”… \(picker.rows.count) notes, \(picker.hitCount) hits"
    state.overlay = .picker(picker)
}

/// The line from a little before its first hit, so the hit shows in a narrow list; hit offsets follow.
public func excerpt(_ text: String, around ranges: [Range<Int>]) -> (String, [Int]) {
    let offsets = ranges.flatMap { Array($0) }
    guard let first = ranges.first?.lowerBound, first > 24 else { return (text, offsets) }
    let cut = first - 16
    return ("…" + String(text.dropFirst(cut)), offsets.map { $0 - cut + 1 })
}

/// Marks the search finished.
func finishSearch(_ state: inout BrowserState, generation: Int, searched: Int) {
    guard case var .picker(picker) = state.overlay, picker.kind == .search, picker.generation == generation else { return }
    let phrase = VaultSearch.phrase(picker.query)
    picker.isRunning = false
    picker.narrowing = QueryMatches(query: phrase, notes: picker.found, indexVersion: state.indexVersion)
    let hits = picker.hitCount == 1 ? "1 hit" : "\(picker.hitCount) hits"
    picker.title = "“\(phrase)”: \(hits) in \(picker.rows.count) of \(searched) \(searched == 1 ? "note" : "notes")"
    picker.emptyText = "“\(phrase)” is in no note"
    state.overlay = .picker(picker)
}
