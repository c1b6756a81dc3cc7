import Browser
import NoteKit

/// Runs the reducer against a `TestVault`, performing load effects from memory and keeping
/// every other effect for the test to inspect.
public struct Driver {
    public var state: BrowserState
    public let vault: TestVault
    public let graph: LinkGraph
    /// Effects other than loads, in the order they were asked for.
    public private(set) var effects: [Effect] = []
    /// The notes each vault search looked at.
    public private(set) var searchedNotes: [[Int]] = []

    public init(_ vault: TestVault, columns: Int = 80, rows: Int = 24) {
        self.vault = vault
        graph = LinkGraph(index: vault.index)
        state = BrowserState(vault: vault.index, columns: columns, rows: rows)
    }

    /// The picker on screen; the test fails when none is open.
    public func picker() throws -> Picker {
        guard case let .picker(picker)? = state.overlay else { throw TestFailure("no picker open") }
        return picker
    }

    /// The link hints on screen; the test fails when none are shown.
    public func hints() throws -> LinkHints {
        guard case let .hints(hints)? = state.overlay else { throw TestFailure("no hints") }
        return hints
    }

    public mutating func send(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            for effect in reduce(&state, queue.removeFirst()) {
                if case let .load(request) = effect {
                    switch request.location {
                    case let .note(path):
                        if let note = vault.note(atPath: path) {
                            queue.append(.loaded(request, note))
                        } else {
                            queue.append(.loadFailed(request, message: "\(path): no such file"))
                        }
                    case let .missing(name):
                        queue.append(.loaded(request, MissingNotePage.make(name: name, index: vault.index, graph: graph,
                                                                            read: vault.note(at:))))
                    case .noteList:
                        break
                    }
                } else if case let .findBacklinks(note, path) = effect {
                    queue.append(.backlinksFound(path: path, VaultQueries.backlinks(to: note, index: vault.index, graph: graph,
                                                                                    read: vault.note(at:))))
                } else if case let .searchVault(query, generation, among) = effect {
                    // In memory: the same search, run at once, over the same notes.
                    let search = TextSearch(query)
                    var results: [VaultSearch.Result] = []
                    searchedNotes.append(among ?? Array(vault.index.notes.indices))
                    for i in among ?? Array(vault.index.notes.indices) {
                        let note = vault.index.notes[i]
                        let file = NoteFile(path: vault.path(note.relativePath), text: vault.files[note.relativePath] ?? "")
                        if let result = VaultSearch.search(search, in: file, note: i) { results.append(result) }
                    }
                    queue.append(.searchFound(generation: generation, results))
                    queue.append(.searchFinished(generation: generation, searched: vault.index.notes.count))
                } else if case let .loadChannel(path) = effect, let note = vault.note(atPath: path) {
                    queue.append(.channelLoaded(path: path, note))
                } else if case let .findCitations(videoID) = effect {
                    queue.append(.citationsFound(videoID: videoID, VaultQueries.citations(of: videoID, index: vault.index,
                                                                                          read: vault.note(at:))))
                } else {
                    effects.append(effect)
                }
            }
        }
    }

    public mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Opens a note by its vault-relative path, as a visit.
    public mutating func open(_ relativePath: String) {
        send(.visit(path: vault.path(relativePath)))
    }

    public var title: String? { state.screen == .note ? state.page?.title : nil }
    public var scroll: Int { state.page?.scroll ?? 0 }
    public var selection: Int? { state.page?.selection }
    public var lastEffect: Effect? { effects.last }
}
