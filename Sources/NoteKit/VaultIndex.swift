#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// Every note of a vault with its title, aliases and links, and the link resolution ladder.
public struct VaultIndex: Sendable {
    public let root: String
    public let notes: [VaultNote]
    /// Files and folders that were passed over while scanning.
    public let scanProblems: [VaultScanner.Problem]

    private let byPath: [String: Int]
    private let byStem: [String: [Int]]
    private let byFolded: [String: [Int]]
    private let byNormalized: [String: [Int]]
    private let byStripped: [String: [Int]]

    /// Builds the index from summaries already read.
    public init(root: String, notes: [VaultNote], scanProblems: [VaultScanner.Problem] = []) {
        self.root = root
        self.notes = notes
        self.scanProblems = scanProblems
        var byPath: [String: Int] = [:], byStem: [String: [Int]] = [:], byFolded: [String: [Int]] = [:]
        var byNormalized: [String: [Int]] = [:], byStripped: [String: [Int]] = [:]
        for (i, note) in notes.enumerated() {
            byPath[note.relativePath] = i
            byStem[note.stem, default: []].append(i)
            var names = Set([note.stem, note.title])
            names.formUnion(note.aliases)
            var folded = Set<String>(), normalized = Set<String>(), stripped = Set<String>()
            for name in names {
                folded.insert(LinkKey.folded(name))
                normalized.insert(LinkKey.normalized(name))
                stripped.insert(LinkKey.stripped(name))
            }
            for key in folded { byFolded[key, default: []].append(i) }
            for key in normalized { byNormalized[key, default: []].append(i) }
            for key in stripped where !key.isEmpty { byStripped[key, default: []].append(i) }
        }
        self.byPath = byPath
        self.byStem = byStem
        self.byFolded = byFolded
        self.byNormalized = byNormalized
        self.byStripped = byStripped
    }

    /// Scans `root` and reads every note's summary, in parallel across cores.
    public static func build(root: String) throws(VaultError) -> VaultIndex {
        let scan = try VaultScanner.scan(root: root)
        let paths = scan.notes
        let results = UnsafeResults<VaultNote>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(paths.count, 64))) { chunk in
            let chunks = max(1, min(paths.count, 64))
            var i = chunk
            while i < paths.count {
                results.set(i, VaultNote.read(root: root, relativePath: paths[i]))
                i += chunks
            }
        }
        return VaultIndex(root: root, notes: results.values(), scanProblems: scan.problems)
    }

    /// The index of the note at a vault-relative path.
    public func note(atRelativePath path: String) -> Int? { byPath[path] }

    /// The absolute path of a note.
    public func path(of note: Int) -> String { NotePath.join(root, notes[note].relativePath) }

    /// Resolves a wikilink target as seen from the note at `from` (for the same-folder preference).
    public func resolve(_ target: String, from: Int? = nil) -> LinkResolution {
        var name = target.trimmingCharacters(in: " \t")
        for ext in NotePath.noteExtensions where name.lowercased().hasSuffix("." + ext) {
            name = String(name.dropLast(ext.count + 1))
        }
        guard !name.isEmpty else { return .unresolved }
        let folder = from.map { notes[$0].folder }
        if name.contains("/") {
            let wanted = name.hasPrefix("/") ? String(name.dropFirst()) : name
            let hits = notes.indices.filter {
                let path = notes[$0].relativePath
                return NotePath.join(notes[$0].folder, notes[$0].stem) == wanted || path == wanted
            }
            if !hits.isEmpty { return ranked(hits, rung: 1, folder: folder) }
        }
        let rungs: [(Int, [String: [Int]], String)] = [
            (1, byStem, name),
            (2, byFolded, LinkKey.folded(name)),
            (3, byNormalized, LinkKey.normalized(name)),
            (4, byStripped, LinkKey.stripped(name)),
        ]
        for (rung, table, key) in rungs {
            if let hits = table[key], !hits.isEmpty { return ranked(hits, rung: rung, folder: folder) }
        }
        return .unresolved
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

/// Per-index slots filled from concurrent workers; each slot is written by exactly one worker.
final class UnsafeResults<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLockLite()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.locked { storage[index] = value }
    }

    func values() -> [T] { storage.compactMap { $0 } }
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
