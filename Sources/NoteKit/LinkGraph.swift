/// Who links to whom, through the resolution ladder: backlinks of every note, and for each missing
/// name, the notes that link to it.
public struct LinkGraph: Sendable {
    /// A link from one note: the note's index, and which of its links (an index into its `links`).
    public struct Edge: Sendable, Equatable {
        // Stored in 32 bits each: a large vault's edges are placed in random order into one array,
        // which half the size keeps more of in the caches.
        private let note: Int32
        private let ordinal: Int32
        public var from: Int { Int(note) }
        public var link: Int { Int(ordinal) }

        public init(from: Int, link: Int) {
            note = Int32(truncatingIfNeeded: from)
            ordinal = Int32(truncatingIfNeeded: link)
        }
    }

    /// For each note index, the links that reach it, in the order of the linking notes.
    public let backlinks: EdgeLists
    /// For each missing name (by `LinkKey.stripped`), the links that name it.
    public let missing: [String: [Edge]]
    /// The name as first written, for each missing key.
    public let missingNames: [String: String]

    /// Lists of edges, one per note, stored end to end.
    public struct EdgeLists: RandomAccessCollection, Sendable {
        let edges: [Edge]
        /// Where each note's list starts in `edges`; one more entry than there are notes.
        let starts: [Int]
        public var startIndex: Int { 0 }
        public var endIndex: Int { starts.count - 1 }
        public subscript(note: Int) -> ArraySlice<Edge> { edges[starts[note]..<starts[note + 1]] }
    }

    public init(index: VaultIndex) {
        let resolved = Resolved(index)
        // Count the links reaching each note from each part of the notes, then place each part's edges
        // in its own stretch of each note's list, all parts at once: the lists come out in note order.
        let count = index.notes.count, parts = resolved.parts
        var offsets = Parallel.map(parts.count, chunk: 1) { p -> [Int32] in
            var counts = [Int32](repeating: 0, count: count)
            for target in resolved.targets[p] where target >= 0 { counts[Int(target)] += 1 }
            return counts
        }
        // Each part's count becomes where its stretch starts.
        var starts = [Int](repeating: 0, count: count + 1)
        for note in 0..<count {
            var start = starts[note]
            for p in parts.indices {
                let reaching = Int(offsets[p][note])
                offsets[p][note] = Int32(truncatingIfNeeded: start)
                start += reaching
            }
            starts[note + 1] = start
        }
        var edges = [Edge](repeating: Edge(from: 0, link: 0), count: starts[count])
        let missingEdges = edges.withUnsafeMutableBufferPointer { edges in
            Parallel.map(parts.count, chunk: 1) { p -> [[Edge]] in
                var next = offsets[p]
                var missing = [[Edge]](repeating: [], count: resolved.missingKeys.count)
                let targets = resolved.targets[p], nameIDs = resolved.nameIDs[p]
                var k = 0
                for from in parts[p] {
                    for ordinal in 0..<index.notes[from].links.count {
                        let edge = Edge(from: from, link: ordinal)
                        let target = Int(targets[k])
                        if target >= 0 {
                            edges[Int(next[target])] = edge
                            next[target] += 1
                        } else {
                            missing[Int(resolved.missingGroup[Int(nameIDs[k])])].append(edge)
                        }
                        k += 1
                    }
                }
                return missing
            }
        }
        backlinks = EdgeLists(edges: edges, starts: starts)
        var missing: [String: [Edge]] = [:], missingNames: [String: String] = [:]
        missing.reserveCapacity(missingEdges.count)
        missingNames.reserveCapacity(missingEdges.count)
        for (group, key) in resolved.missingKeys.enumerated() {
            let edges = missingEdges.flatMap { $0[group] }
            missing[key] = edges
            // Each missing name as its first link wrote it.
            missingNames[key] = edges.first.map { index.notes[$0.from].links.target(at: $0.link) } ?? ""
        }
        self.missing = missing
        self.missingNames = missingNames
    }

    /// Where each link of each note leads, worked out on all cores. The vault's links name far fewer
    /// distinct targets than there are links, so each distinct name is looked up once; only ties
    /// depend on the linking note.
    private struct Resolved {
        /// The notes split into runs, one worker each.
        var parts: [Range<Int>]
        /// For each part, each link's distinct name (its number among the vault's distinct names).
        var nameIDs: [[Int32]] = []
        /// For each part, each link's target: a note index, or -1 for a missing note.
        var targets: [[Int32]] = []
        /// For each distinct name, the group of missing links it belongs to (-1 when it resolves).
        var missingGroup: [Int32] = []
        /// Each group's `LinkKey.stripped` name.
        var missingKeys: [String] = []

        init(_ index: VaultIndex) {
            let notes = index.notes
            let partCount = max(1, min(ProcessInfoLite.cores * 2, notes.count / 256))
            parts = (0..<partCount).map { p in (p * notes.count / partCount)..<((p + 1) * notes.count / partCount) }
            let parts = self.parts
            // Numbering the targets keeps one core busy; the ladder's tables, if not built yet, the others.
            let (distinct, tables) = Parallel.both({ Self.distinctNames(notes, parts) }, { index.tables })
            nameIDs = distinct.ids
            let firstLinks = distinct.numbering.names
            // Each distinct target is looked up here, on all cores, from its first link (which also
            // holds its key): from its bytes when they are plain ASCII, else from its text.
            func name(_ i: Int) -> String { notes[Int(firstLinks[i].note)].links.target(at: Int(firstLinks[i].ordinal)) }
            func lookUp(_ i: Int) -> (hits: LookupTables.Hits, rung: Int, missing: NameKey?) {
                let links = notes[Int(firstLinks[i].note)].links, ordinal = Int(firstLinks[i].ordinal)
                let key = links.key(at: ordinal)
                if let found = links.withTarget(at: ordinal, { index.hits(forASCII: $0, key: key, in: tables) }) {
                    guard case .none = found.hits else { return (found.hits, found.rung, nil) }
                    return (found.hits, found.rung, found.stripped ?? NameKey(""))
                }
                let name = name(i)
                let (hits, rung) = index.hits(for: name, key: key, in: tables)
                guard case .none = hits else { return (hits, rung, nil) }
                return (hits, rung, LinkKey.key(name, .stripped) ?? NameKey(""))
            }
            let found = Parallel.chunks(firstLinks.count, chunk: 256) { range, found in
                // The first rung's slots of sixteen names at a time are touched first.
                KeyTable.inWindows(of: 16, range, touch: { i in
                    tables.byStem.touch(notes[Int(firstLinks[i].note)].links.key(at: Int(firstLinks[i].ordinal)))
                }) { i in
                    (found + i).initialize(to: lookUp(i))
                }
            }
            // Misses that strip to the same name are one missing note.
            var groups = Numbering<String>()
            missingGroup = found.indices.map { i in
                found[i].missing.map { groups.number($0) { LinkKey.stripped(name(i)) } } ?? -1
            }
            missingKeys = groups.names
            let nameIDs = self.nameIDs
            targets = Parallel.map(partCount, chunk: 1) { p -> [Int32] in
                var targets: [Int32] = []
                targets.reserveCapacity(nameIDs[p].count)
                var k = 0
                for from in parts[p] {
                    for _ in 0..<notes[from].links.count {
                        let (hits, rung, _) = found[Int(nameIDs[p][k])]
                        k += 1
                        switch hits {
                        case .none: targets.append(-1)
                        case let .one(note): targets.append(Int32(note))
                        case let .several(notes): targets.append(Int32(index.rank((notes, rung), from: from).note ?? notes[0]))
                        }
                    }
                }
                return targets
            }
        }

        /// The distinct link targets of the notes (the first link naming each, and its key), and each
        /// link's place among them, per part.
        private static func distinctNames(_ notes: [VaultNote], _ parts: [Range<Int>]) -> (numbering: Numbering<LinkPlace>, ids: [[Int32]]) {
            // One pass in note order: numbering per core and merging the numbers cost more than this
            // (the merge probes a table larger than the cache once per name of each part).
            var names = Numbering<LinkPlace>(capacity: notes.reduce(0) { $0 + $1.links.count } / 4)
            let ids = parts.map { part -> [Int32] in
                var ids: [Int32] = []
                // The slots of a few notes' links at a time are touched first: the table is larger than
                // the cache in a large vault, and their misses then overlap instead of coming one by one.
                KeyTable.inWindows(of: 8, part, touch: { from in
                    let links = notes[from].links
                    return (0..<links.count).reduce(0) { $0 &+ names.touch(links.key(at: $1)) }
                }) { from in
                    let links = notes[from].links
                    for ordinal in 0..<links.count {
                        ids.append(names.number(links.key(at: ordinal)) { LinkPlace(note: Int32(from), ordinal: Int32(ordinal)) })
                    }
                }
                return ids
            }
            return (names, ids)
        }
    }

    /// A link by its note and its place among the note's links.
    private struct LinkPlace {
        let note: Int32
        let ordinal: Int32
    }

    /// Names numbered in the order they first come, each once (told apart by `NameKey`); a name is
    /// kept as `Name` (its text, or the first link that names it).
    private struct Numbering<Name> {
        private var seen: KeyTable
        private(set) var names: [Name] = []

        init(capacity: Int = 0) { seen = KeyTable(capacity: capacity) }

        /// Brings the slot of `key` into the cache before it is numbered (see `KeyTable.touch`).
        func touch(_ key: NameKey) -> Int32 { seen.touch(key) }

        /// The number of the name with `key`; a new name is numbered next, kept as `name` gives it.
        mutating func number(_ key: NameKey, name: () -> Name) -> Int32 {
            let (number, inserted) = seen.value(key, inserting: Int32(names.count))
            if inserted { names.append(name()) }
            return number
        }
    }

    /// The notes the edges come from, each once, in the order they first appear.
    public static func sources(of edges: some Sequence<Edge>) -> [Int] {
        var seen = Set<Int>()
        return edges.map(\.from).filter { seen.insert($0).inserted }
    }

    /// The links naming a missing note, however it was spelled.
    public func links(toMissing name: String) -> [Edge] {
        missing[LinkKey.stripped(name)] ?? []
    }

    /// Missing names, most linked first.
    public var missingByCount: [(name: String, count: Int)] {
        missing.map { (missingNames[$0.key] ?? $0.key, $0.value.count) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name
        }
    }
}
