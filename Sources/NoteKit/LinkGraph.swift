/// Who links to whom, through the resolution ladder: backlinks of every note, and for each missing
/// name, the notes that link to it.
public struct LinkGraph: Sendable {
    /// A link from one note: the note's index, and which of its links (an index into its `links`).
    public struct Edge: Sendable, Equatable {
        public var from: Int
        public var link: Int
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
        // Count the links reaching each note, then place each edge in its note's stretch, in order.
        let count = index.notes.count
        var starts = [Int](repeating: 0, count: count + 1)
        for part in resolved.targets { for target in part where target >= 0 { starts[Int(target) + 1] += 1 } }
        for i in 0..<count { starts[i + 1] += starts[i] }
        var next = starts
        var edges = [Edge](repeating: Edge(from: 0, link: 0), count: starts[count])
        var missingEdges = [[Edge]](repeating: [], count: resolved.missingKeys.count)
        for (p, part) in resolved.parts.enumerated() {
            let targets = resolved.targets[p], nameIDs = resolved.nameIDs[p]
            var k = 0
            for from in part {
                for ordinal in index.notes[from].links.indices {
                    let edge = Edge(from: from, link: ordinal)
                    let target = Int(targets[k])
                    if target >= 0 {
                        edges[next[target]] = edge
                        next[target] += 1
                    } else {
                        missingEdges[Int(resolved.missingGroup[Int(nameIDs[k])])].append(edge)
                    }
                    k += 1
                }
            }
        }
        backlinks = EdgeLists(edges: edges, starts: starts)
        var missing: [String: [Edge]] = [:], missingNames: [String: String] = [:]
        missing.reserveCapacity(missingEdges.count)
        missingNames.reserveCapacity(missingEdges.count)
        for (group, key) in resolved.missingKeys.enumerated() {
            let edges = missingEdges[group]
            missing[key] = edges
            // Each missing name as its first link wrote it.
            missingNames[key] = edges.first.map { index.notes[$0.from].links[$0.link].target } ?? ""
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
            let distinct = Self.distinctNames(notes, parts)
            nameIDs = distinct.ids
            let tables = index.tables
            let (distinctNames, distinctKeys) = (distinct.numbering.names, distinct.numbering.keys)
            let found = Parallel.map(distinctNames.count, chunk: 256) { i -> (notes: [Int], rung: Int, missing: String?) in
                let (notes, rung) = index.candidates(for: distinctNames[i], key: distinctKeys[i], in: tables)
                return (notes, rung, notes.isEmpty ? LinkKey.stripped(distinctNames[i]) : nil)
            }
            // Misses that strip to the same name are one missing note.
            var groups = Numbering()
            missingGroup = found.map { found in found.missing.map { groups.number($0, key: NameKey($0)) } ?? -1 }
            missingKeys = groups.names
            let (parts, nameIDs) = (self.parts, self.nameIDs)
            targets = Parallel.map(partCount, chunk: 1) { p -> [Int32] in
                var targets: [Int32] = []
                targets.reserveCapacity(nameIDs[p].count)
                var k = 0
                for from in parts[p] {
                    for _ in notes[from].links {
                        let hit = found[Int(nameIDs[p][k])]
                        k += 1
                        switch hit.notes.count {
                        case 0: targets.append(-1)
                        case 1: targets.append(Int32(hit.notes[0]))
                        default: targets.append(Int32(index.rank((hit.notes, hit.rung), from: from).note ?? hit.notes[0]))
                        }
                    }
                }
                return targets
            }
        }

        /// The distinct link targets of the notes (a written name and its key), and each link's place
        /// among them, per part.
        private static func distinctNames(_ notes: [VaultNote], _ parts: [Range<Int>]) -> (numbering: Numbering, ids: [[Int32]]) {
            // Each part numbers its own names on a core of its own; the numbers are then made one.
            let local = Parallel.map(parts.count, chunk: 1) { p -> (numbering: Numbering, ids: [Int32]) in
                let links = parts[p].reduce(0) { $0 + notes[$1].links.count }
                var names = Numbering(capacity: links / 2), ids: [Int32] = []
                ids.reserveCapacity(links)
                for from in parts[p] {
                    for link in notes[from].links { ids.append(names.number(link.target, key: NameKey(link.target))) }
                }
                return (names, ids)
            }
            var names = Numbering(capacity: local.reduce(0) { $0 + $1.numbering.names.count })
            let ids = local.map { part -> [Int32] in
                let global = zip(part.numbering.names, part.numbering.keys).map { names.number($0, key: $1) }
                return part.ids.map { global[Int($0)] }
            }
            return (names, ids)
        }
    }

    /// Names numbered in the order they first come, each once (told apart by `NameKey`).
    private struct Numbering {
        private var seen: [NameKey: Int32] = [:]
        private(set) var names: [String] = []
        private(set) var keys: [NameKey] = []

        init(capacity: Int = 0) { seen.reserveCapacity(capacity) }

        /// The number of `name`, given it when it is new (one hash).
        mutating func number(_ name: String, key: NameKey) -> Int32 {
            let next = Int32(names.count)
            func read(_ slot: inout Int32) -> Int32 { slot }
            let number = read(&seen[key, default: next])
            if number == next {
                names.append(name)
                keys.append(key)
            }
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
