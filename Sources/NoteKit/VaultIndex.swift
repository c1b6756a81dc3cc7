#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// Every note of a vault with its title, aliases and links, and the link resolution ladder.
/// Notes can be filled in as they are read (`update`); the lookup tables are built on first use.
public struct VaultIndex: Sendable {
    public let root: String
    /// The root, open: notes are read relative to it.
    public let folder: FolderHandle
    public private(set) var notes: [VaultNote]
    /// Files and folders that were passed over while scanning.
    public let scanProblems: [VaultScanner.Problem]
    /// The folders the scan walked, relative to the root (for watching them).
    public private(set) var folders: [String] = [""]
    private var lookup = BuiltOnce<LookupTables>()
    /// Notes read in by `update` since `lookup` was last reset.
    private var readSinceLookup = 0
    /// Paths do not change when notes are filled in, so this table outlives `update`.
    private var paths = BuiltOnce<[String: Int]>()
    private var corpus = BuiltOnce<NameCorpus>()
    private var pathCorpus = BuiltOnce<NameCorpus>()
    private var ranks = BuiltOnce<[Int]>()
    private var links = BuiltOnce<LinkGraph>()
    /// Like `paths`, this one outlives `update`.
    private var folderPaths = BuiltOnce<[String: [Int]]>()

    /// An index of notes already read.
    public init(root: String, notes: [VaultNote], scanProblems: [VaultScanner.Problem] = []) {
        self.root = root
        folder = FolderHandle(root)
        self.notes = notes
        self.scanProblems = scanProblems
    }

    /// An index of a scan whose notes are not read yet: each titled by its file name, no links.
    public init(root: String, scan: VaultScanner.Result) {
        let paths = scan.notes
        self.init(root: root, notes: Parallel.map(paths.count, chunk: 2048) { VaultNote(relativePath: paths[$0]) },
                  scanProblems: scan.problems)
        folders = scan.folders
    }

    /// The index after files changed on disk: the notes of a new scan, where only the `changed` paths
    /// and the notes that are new since this index are read again; the others keep their summaries.
    public func refreshed(with scan: VaultScanner.Result, changed: Set<String>) -> VaultIndex {
        var index = VaultIndex(root: root, scan: scan)
        let placeholders = index.notes
        // Many changes at once (a checkout, a sync) are read on all cores.
        index.update(Parallel.map(placeholders.count) { i -> (index: Int, note: VaultNote) in
            let path = placeholders[i].relativePath
            if !changed.contains(path), let old = note(atRelativePath: path) { return (i, notes[old]) }
            return (i, VaultNote.read(relativePath: path, in: folder))
        })
        return index
    }

    /// Puts notes that have been read in place of their placeholders. `whileIndexing` (the first
    /// index's chunks, each read note in place of its placeholder) keeps what is costly to rebuild on
    /// the interface's thread until the finished index brings fresh ones: the switcher's and the list
    /// filter's names and the title order (rebuilt after every chunk, they made each keystroke in the
    /// switcher cost 120 ms at 100,000 notes), and the link lookups until an eighth of the notes have
    /// been read since they were built (rebuilt after every chunk, the status line's resolving of a
    /// selected link took 200 ms a frame at 100,000 notes). Kept lookups can lack names read since,
    /// never give a wrong note: a placeholder's names (its stem) stay the note's names, and its place.
    public mutating func update(_ changes: [(index: Int, note: VaultNote)], whileIndexing: Bool = false) {
        for change in changes where notes.indices.contains(change.index) { notes[change.index] = change.note }
        links = BuiltOnce()
        readSinceLookup += changes.count
        if !whileIndexing || readSinceLookup * 8 >= notes.count {
            lookup = BuiltOnce()
            readSinceLookup = 0
        }
        guard !whileIndexing else { return }
        corpus = BuiltOnce()
        pathCorpus = BuiltOnce()
        ranks = BuiltOnce()
    }

    /// Builds what the browser asks for once every note is read — link lookups, title order, the
    /// switcher's names, backlinks — so it is ready before the index is handed over (off the
    /// interface's thread).
    public func prepare() {
        prepareScanned()
        _ = graph   // builds the lookups too, alongside a step of its own that keeps one core busy
        _ = names
    }

    /// Builds what the browser asks for as soon as a scan is in — title order, the path table (which
    /// locates the open note), the switcher's and the list filter's names — so the interface's thread
    /// does not build them.
    public func prepareScanned() {
        _ = titleRank
        _ = note(atRelativePath: "")
        _ = names
        _ = titlesAndPaths
    }

    /// Scans `root` and reads every note's summary, in parallel across cores (one of them reading
    /// while another walks the folders).
    public static func build(root: String) throws(VaultError) -> VaultIndex {
        let early = EarlyReader(root: root)
        var index = VaultIndex(root: root, scan: try early.scan())
        index.fill(readAll(index, early: early.finish()))
        return index
    }

    /// Reads the summaries of every note of a placeholder index, in parallel, in chunks of `chunk`
    /// notes, each written straight into its place in the result (no note is copied on the way); the
    /// `early` notes (an `EarlyReader`'s of the same scan) go in their places without being read again.
    /// With `deliver`, each chunk is also handed over (from whichever thread read it) as soon as it is read.
    public static func readAll(_ index: VaultIndex, early: [(path: String, note: VaultNote)] = [], chunk: Int = 256,
                               deliver: (@Sendable ([(index: Int, note: VaultNote)]) -> Void)? = nil) -> [VaultNote] {
        let folder = index.folder
        let places = index.notes.map(VaultNote.Location.init(of:))
        var earlyPlace = [Int](repeating: -1, count: early.isEmpty ? 0 : places.count)
        for (k, read) in early.enumerated() {
            if let i = index.place(of: read.path) { earlyPlace[i] = k }
        }
        return Parallel.chunks(places.count, chunk: chunk) { range, notes in
            if range.lowerBound / chunk < ProcessInfoLite.cores { ProcessInfoLite.yieldToInterface() }
            let buffer = ReadBuffer()
            for i in range {
                let k = earlyPlace.isEmpty ? -1 : earlyPlace[i]
                (notes + i).initialize(to: k >= 0 ? early[k].note : VaultNote.read(places[i], in: folder, buffer: buffer))
            }
            deliver?(range.map { ($0, notes[$0]) })
        }
    }

    /// The index of the note at `path`, found by halving when the notes are in a scan's order (by
    /// path), without building the path table.
    private func place(of path: String) -> Int? {
        var low = 0, high = notes.count
        while low < high {
            let middle = (low + high) / 2
            if notes[middle].relativePath < path { low = middle + 1 } else { high = middle }
        }
        if low < notes.count, notes[low].relativePath == path { return low }
        return note(atRelativePath: path)
    }

    /// Puts every note in place of the placeholders at once: `read` is what `readAll` gave for this index.
    public mutating func fill(_ read: [VaultNote]) {
        notes = read
        update([])
    }

    /// The index of the note at a vault-relative path.
    public func note(atRelativePath path: String) -> Int? {
        // By index: `enumerated()` would copy each note, retaining and releasing every field.
        paths.value { Dictionary(notes.indices.map { (notes[$0].relativePath, $0) }, uniquingKeysWith: { first, _ in first }) }[path]
    }

    /// The bytes of a note's file.
    public func readBytes(of note: Int) throws(NoteFileError) -> [UInt8] {
        try NoteFile.readBytes(notes[note].relativePath, in: folder)
    }

    /// The absolute path of a note.
    public func path(of note: Int) -> String { NotePath.join(root, notes[note].relativePath) }

    var tables: LookupTables { lookup.value { LookupTables(notes) } }

    /// Notes by `folder/stem` and by relative path, for links that name a folder (built when the
    /// first such link is resolved).
    private var notePaths: [String: [Int]] {
        folderPaths.value {
            var paths: [String: [Int]] = [:]
            for (i, note) in notes.enumerated() {
                for key in [NotePath.join(note.folder, note.stem), note.relativePath] where paths[key]?.last != i {
                    paths[key, default: []].append(i)
                }
            }
            return paths
        }
    }

    /// Every note's names, ready for the quick switcher.
    public var names: NameCorpus { corpus.value { NameCorpus(notes) } }

    /// Each note's place in title order (case ignored, then path): how lists break ties.
    public var titleRank: [Int] { ranks.value { NameCorpus.titleRanks(notes) } }

    /// Who links to whom, worked out once per index.
    public var graph: LinkGraph { links.value { LinkGraph(index: self) } }

    /// Titles and paths, ready for the note list's filter.
    public var titlesAndPaths: NameCorpus { pathCorpus.value { NameCorpus(notes) { [$0.relativePath] } } }

    /// Resolves a wikilink target as seen from the note at `from` (for the same-folder preference).
    public func resolve(_ target: String, from: Int? = nil) -> LinkResolution {
        rank(candidates(for: target), from: from)
    }

    /// The notes a target names on the first rung that matches, not yet ranked: the part of
    /// resolving that does not depend on the linking note.
    func candidates(for target: String) -> (notes: [Int], rung: Int) {
        let found = hits(for: target, in: tables)
        return (found.hits.notes, found.rung)
    }

    /// `key` is the target's own `NameKey`, when the caller has it already.
    func hits(for target: String, key: NameKey? = nil, in tables: LookupTables) -> (hits: LookupTables.Hits, rung: Int) {
        var name = target
        if let first = name.utf8.first, let last = name.utf8.last, first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 {
            name = name.trimmingCharacters(in: " \t")
        }
        let (dot, slash) = ByteSearch.withBytes(of: name) { bytes -> (dot: Int?, slash: Bool) in
            var dot: Int?, slash = false
            for (i, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: ".") { dot = i } else if byte == UInt8(ascii: "/") { slash = true }
            }
            return (dot, slash)
        }
        if let dot, NotePath.isNote(name) {
            name = String(decoding: name.utf8.prefix(dot), as: UTF8.self)
        }
        guard !name.isEmpty else { return (.none, 0) }
        if slash {
            let wanted = name.hasPrefix("/") ? String(name.dropFirst()) : name
            if let hits = notePaths[wanted], !hits.isEmpty { return (LookupTables.Hits(hits), 1) }
        }
        if let hits = tables.byStem.found(key.flatMap { name == target ? $0 : nil } ?? NameKey(name)) { return (hits, 1) }
        if let hits = tables.byFolded.found(LinkKey.key(name, .folded)) { return (hits, 2) }
        if let hits = tables.byNormalized.found(LinkKey.key(name, .normalized)) { return (hits, 3) }
        if let hits = tables.byStripped.found(LinkKey.key(name, .stripped)) { return (hits, 4) }
        return (.none, 0)
    }

    /// What `hits(for:key:in:)` finds for a target given as its UTF-8 bytes, without a String, and the
    /// target's stripped key (which names it when it is missing); nil for a target that takes the String
    /// path: not ASCII, or with what that path trims or treats apart (spaces or tabs around it, a dot
    /// that may start a note extension, a slash of a path). A rung that changes nothing more than the
    /// rung before it looks up the same key (in its own table) without working it out again.
    func hits(forASCII target: UnsafeBufferPointer<UInt8>, key: NameKey,
              in tables: LookupTables) -> (hits: LookupTables.Hits, rung: Int, stripped: NameKey?)? {
        guard let first = target.first, let last = target.last, first != 0x20, first != 0x09, last != 0x20, last != 0x09 else { return nil }
        // One pass over the bytes for all the byte path asks of them.
        let marks = Self.bytePathMarks.withUnsafeBufferPointer { marks in target.reduce(UInt8(0)) { $0 | marks[Int($1)] } }
        guard marks & BytePathMark.refused == 0 else { return nil }
        if let hits = tables.byStem.found(key) { return (hits, 1, nil) }
        let folded = LinkKey.asciiNameKey(target, .folded)
        if let hits = tables.byFolded.found(folded) { return (hits, 2, nil) }
        let normalized = marks & BytePathMark.space != 0 ? LinkKey.asciiNameKey(target, .normalized) : folded
        if let hits = tables.byNormalized.found(normalized) { return (hits, 3, nil) }
        let stripped = marks & BytePathMark.punctuation != 0 ? LinkKey.asciiNameKey(target, .stripped) : normalized
        if let hits = tables.byStripped.found(stripped) { return (hits, 4, nil) }
        return (.none, 0, stripped)
    }

    /// What the byte path needs to know of a byte: whether it sends the target to the String path
    /// (not ASCII, a dot, a slash), or changes it on the normalised (space) or stripped rung.
    private enum BytePathMark {
        static let refused: UInt8 = 1, space: UInt8 = 2, punctuation: UInt8 = 4
    }

    private static let bytePathMarks: [UInt8] = (0..<256).map { value in
        var byte = UInt8(value)
        if byte >= 0x80 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") { return BytePathMark.refused }
        let changes = withUnsafePointer(to: &byte) { LinkKey.asciiChanges(UnsafeBufferPointer(start: $0, count: 1)) }
        return (changes.space ? BytePathMark.space : 0) | (changes.punctuation ? BytePathMark.punctuation : 0)
    }

    /// Candidates in order for a link from the note at `from`.
    func rank(_ found: (notes: [Int], rung: Int), from: Int?) -> LinkResolution {
        guard !found.notes.isEmpty else { return .unresolved }
        guard found.notes.count > 1 else { return LinkResolution(note: found.notes[0], candidates: found.notes, rung: found.rung) }
        return ranked(found.notes, rung: found.rung, folder: from.map { notes[$0].folder })
    }

    /// Linking note's folder first, then the shortest relative path, then alphabetical.
    private func ranked(_ hits: [Int], rung: Int, folder: String?) -> LinkResolution {
        let sorted = hits.sorted { a, b in
            let pa = notes[a].relativePath, pb = notes[b].relativePath
            if let folder {
                let fa = notes[a].folder == folder, fb = notes[b].folder == folder
                if fa != fb { return fa }
            }
            if pa.count != pb.count { return pa.count < pb.count }
            return pa < pb
        }
        return LinkResolution(note: sorted.first, candidates: sorted, rung: rung)
    }
}

/// A value built once, on first use, by whichever thread asks first.
final class BuiltOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLockLite()
    private var built: Value?

    func value(_ build: () -> Value) -> Value {
        lock.locked {
            if let built { return built }
            let value = build()
            built = value
            return value
        }
    }
}

/// Batches handed over by concurrent workers, gathered under a lock.
public final class Gathered<Element>: @unchecked Sendable {
    private let lock = NSLockLite()
    private var items: [Element] = []
    public init() {}
    public func add(_ batch: [Element]) { lock.locked { items += batch } }
    public var all: [Element] { lock.locked { items } }
}

/// A tiny mutex on top of pthreads, to avoid pulling Foundation into the hot path.
final class NSLockLite: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<R>(_ body: () -> R) -> R {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

enum ProcessInfoLite {
    static let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    /// Lowers the calling thread's priority, so background work yields to the interface and the
    /// terminal (Linux sets this per thread).
    static func yieldToInterface() {
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
    }
}
