import Browser
import Dispatch
import Glibc
import Layout
import NoteKit
import TerminalUI

/// The interactive browser: reads keys, runs the reducer, performs its effects, draws.
final class App {
    private var state: BrowserState
    private let terminal: Terminal
    private let opener: Opener
    private var children: [(pid: Int32, what: String)] = []
    private let inbox = Inbox()
    private let notes = NoteCache()
    private var search: Job?
    /// Who links to whom (built in the background with the index).
    private var graph: LinkGraph { state.vault.graph }
    /// Reports note files changed on disk; nil where inotify is not available.
    private let watcher: VaultWatcher?
    /// Whether a refresh after changes on disk is running, and changes that came in meanwhile.
    private var refreshing = false
    private var queuedChanges: Set<String> = []

    private let store: SessionStore?
    private var savedKey: SessionKey?

    init(state: BrowserState, terminal: Terminal, opener: Opener, store: SessionStore?) {
        self.state = state
        self.terminal = terminal
        self.opener = opener
        self.store = store
        watcher = VaultWatcher(root: state.vault.root)
    }

    /// Runs until the person quits; `afterFirstFrame` gives actions to take once the first frame is drawn.
    func run(initial: [Action] = [], afterFirstFrame: () -> [Action] = { [] }) {
        for action in initial { dispatch(action) }
        terminal.draw(Renderer.render(state))
        for action in afterFirstFrame() { dispatch(action) }
        var indexStarted = false
        while state.isRunning {
            // The job first, then the inbox: a job posts before it finishes, so once it is seen
            // finished, everything it posted is already waiting and must not sit there until a key.
            let working = search.map { !$0.isDone } ?? false || state.indexing != nil
            let pending = inbox.hasPending
            // Reading every note starts a moment after the first frame, so the terminal can show it first.
            // Idle, it still looks at the inbox four times a second for changes on disk.
            let timeout = pending ? 0 : (!indexStarted ? 40 : (working ? 30 : (children.isEmpty && watcher == nil ? nil : 250)))
            let event = terminal.read(timeout: timeout)
            if !indexStarted {
                indexStarted = true
                startIndexing()
                startWatching()
            }
            switch event {
            case let .key(key): dispatch(.key(key))
            case let .resize(columns, rows): dispatch(.resize(columns: columns, rows: rows))
            case .timeout: break
            case .hangup: dispatch(.command(.quit))
            }
            for action in inbox.drain() { dispatch(action) }
            reapChildren()
            saveSession(force: !state.isRunning)
            if state.isRunning { terminal.draw(Renderer.render(state)) }
        }
        watcher?.stop()
    }

    private func dispatch(_ action: Action) {
        var pending = [action]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in reduce(&state, next) {
                if let answer = perform(effect) { pending.append(answer) }
            }
            switch next {
            case .scanned:
                watchFolders()
            case .vaultRefreshed:
                watchFolders()
                refreshing = false
                if !queuedChanges.isEmpty {
                    let changes = queuedChanges
                    queuedChanges = []
                    refresh(changes)
                }
            default:
                break
            }
        }
    }

    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case let .load(request):
            switch request.location {
            case .noteList:
                return nil
            case let .note(path):
                do {
                    return .loaded(request, try notes.load(path))
                } catch {
                    return .loadFailed(request, message: error.description)
                }
            case let .missing(name):
                return .loaded(request, MissingNotePage.make(name: name, index: state.vault, graph: graph, read: readNote))
            }
        case let .open(request):
            switch opener.open(url: request.url, seconds: request.seconds, videoID: request.videoID) {
            case let .success(pid):
                children.append((pid, opener.source))
                return .status("Opening \(request.url)", isError: false)
            case let .failure(failure):
                return .status(failure.message, isError: true)
            }
        case let .copy(text, what):
            let clipboard = Clipboard(writeToTerminal: terminal.writeRaw)
            let (places, helpers) = clipboard.copy(text)
            children += helpers.map { ($0, "") }
            return .status("Copied \(what) (\(places.joined(separator: ", "))): \(text)", isError: false)
        case let .findBacklinks(note, path):
            return .backlinksFound(path: path, VaultQueries.backlinks(to: note, index: state.vault, graph: graph, read: readNote))
        case let .findCitations(videoID):
            return .citationsFound(videoID: videoID, VaultQueries.citations(of: videoID, index: state.vault, read: readNote))
        case let .searchVault(query, generation, among):
            search?.cancel()
            let job = Job()
            search = job
            let index = state.vault, inbox = self.inbox
            DispatchQueue.global(qos: .userInitiated).async {
                let searched = VaultSearch.run(query, in: index, among: among, isCancelled: { job.isCancelled }) { results in
                    inbox.post(.searchFound(generation: generation, results))
                }
                // Notes left out by narrowing were ruled out: every note counts as searched.
                let total = among == nil ? searched : index.notes.count
                if !job.isCancelled { inbox.post(.searchFinished(generation: generation, searched: total)) }
                job.finish()
            }
            return nil
        case let .loadChannel(path):
            do {
                return .channelLoaded(path: path, try Note.load(path))
            } catch {
                return .status(error.description, isError: true)
            }
        case let .refreshVault(changed):
            if refreshing {
                queuedChanges.formUnion(changed)
            } else {
                refresh(changed)
            }
            return nil
        case .cancelSearch:
            search?.cancel()
            return nil
        case .redraw:
            terminal.invalidate()
            return nil
        case .quit:
            return nil
        }
    }

    /// Reads every note's summary on the other cores; the list fills in as chunks arrive. When the
    /// browser started on a note, the vault is scanned here first, one core reading notes meanwhile.
    /// (Started on a vault, the scan came before the first frame, alone: reading beside it made the
    /// list appear 40–50 ms later at 100,000 notes.)
    private func startIndexing() {
        let given = state.vault, inbox = self.inbox
        let needsScan = given.notes.isEmpty
        DispatchQueue.global(qos: .userInitiated).async {
            var index = given
            let early = needsScan ? EarlyReader(root: given.root) : nil
            if let early {
                do {
                    index = VaultIndex(root: given.root, scan: try early.scan())
                    index.prepareScanned()
                } catch {
                    inbox.post(.status("\(error)", isError: true))
                }
                inbox.post(.scanned(index))
            }
            index.fill(VaultIndex.readAll(index, early: early?.finish() ?? []) { inbox.post(.indexed($0)) })
            index.prepare()
            inbox.post(.indexFinished(index))
        }
    }

    /// Watches the vault's folders: changed notes are read again alone, while the browser runs.
    private func startWatching() {
        guard let watcher else { return }
        let inbox = self.inbox
        watchFolders()
        watcher.start { inbox.post(.filesChanged($0)) }
    }

    private func watchFolders() {
        guard let watcher, !state.vault.notes.isEmpty || state.indexing == nil else { return }
        if let problem = watcher.watch(state.vault.folders) { dispatch(.status(problem, isError: true)) }
    }

    /// Scans the vault again in the background and reads the changed notes; answers `.vaultRefreshed`.
    private func refresh(_ changed: Set<String>) {
        refreshing = true
        let old = state.vault, inbox = self.inbox
        DispatchQueue.global(qos: .userInitiated).async {
            do {
                let refreshed = old.refreshed(with: try VaultScanner.scan(root: old.root), changed: changed)
                refreshed.prepare()
                inbox.post(.vaultRefreshed(refreshed, changed: changed))
            } catch {
                inbox.post(.status("\(error)", isError: true))
                inbox.post(.vaultRefreshed(old, changed: []))
            }
        }
    }

    /// What decides whether the session is worth writing again: not every scroll.
    private struct SessionKey: Equatable {
        var back: [HistoryEntry], forward: [HistoryEntry], current: Location?, bookmarks: [String]
    }

    /// Saves the session when the history, the place or the bookmarks changed (always when `force`).
    private func saveSession(force: Bool) {
        guard let store else { return }
        let session = state.savedSession
        let key = SessionKey(back: session.back, forward: session.forward, current: session.current?.location, bookmarks: session.bookmarks)
        guard force || key != savedKey else { return }
        savedKey = key
        if let problem = store.save(session) { state.status = StatusMessage(problem, isError: true) }
    }

    private func readNote(_ index: Int) -> Note? {
        try? Note.load(state.vault.path(of: index))
    }

    /// Notes an opener that exited with an error.
    private func reapChildren() {
        children.removeAll { child in
            guard let status = ProcessSpawner.poll(child.pid) else { return false }
            if status != 0, !child.what.isEmpty { dispatch(.status("\(child.what) exited with status \(status)", isError: true)) }
            return true
        }
    }
}
