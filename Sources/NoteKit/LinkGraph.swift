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
        let resolved = Self.resolveAll(index)
        // Count the links reaching each note, then place each edge in its note's stretch, in order.
        let count = index.notes.count
        var starts = [Int](repeating: 0, count: count + 1)
        for chunk in resolved { for target in chunk.targets where target >= 0 { starts[Int(target) + 1] += 1 } }
        for i in 0..<count { starts[i + 1] += starts[i] }
        var next = starts
        var edges = [Edge](repeating: Edge(from: 0, link: 0), count: starts[count])
        var missing: [String: [Edge]] = [:]
        for chunk in resolved {
            var k = 0, unresolved = 0
            for from in chunk.notes {
                for ordinal in index.notes[from].links.indices {
                    let target = Int(chunk.targets[k])
                    k += 1
                    let edge = Edge(from: from, link: ordinal)
                    if target >= 0 {
                        edges[next[target]] = edge
                        next[target] += 1
                    } else {
                        let name = chunk.missing[unresolved]
                        unresolved += 1
                        missing[name, default: []].append(edge)
                    }
                }
            }
        }
        backlinks = EdgeLists(edges: edges, starts: starts)
        self.missing = missing
        // Each missing name as its first link wrote it.
        missingNames = missing.mapValues { edges in edges.first.map { index.notes[$0.from].links[$0.link].target } ?? "" }
    }

    /// The targets of a run of notes' links, in order: a note index, or -1 for a missing note whose
    /// `LinkKey.stripped` name is next in `missing`.
    private struct Resolved {
        var notes: Range<Int>
        var targets: [Int32]
        var missing: [String]
    }

    /// Where each link of each note leads, worked out on all cores. Many links share a target, so each
    /// worker looks a target up once; only ties depend on the linking note.
    private static func resolveAll(_ index: VaultIndex) -> [Resolved] {
        let chunk = 1024
        let tables = index.tables
        return Parallel.map((index.notes.count + chunk - 1) / chunk, chunk: 1) { c -> Resolved in
            var cache: [String: (notes: [Int], rung: Int, missing: String?)] = [:]
            var resolved = Resolved(notes: c * chunk..<min(index.notes.count, (c + 1) * chunk), targets: [], missing: [])
            for from in resolved.notes {
                for link in index.notes[from].links {
                    let found: (notes: [Int], rung: Int, missing: String?)
                    if let known = cache[link.target] {
                        found = known
                    } else {
                        let (notes, rung) = index.candidates(for: link.target, in: tables)
                        found = (notes, rung, notes.isEmpty ? LinkKey.stripped(link.target) : nil)
                        cache[link.target] = found
                    }
                    if let to = found.missing == nil ? index.rank((found.notes, found.rung), from: from).note : nil {
                        resolved.targets.append(Int32(to))
                    } else {
                        resolved.targets.append(-1)
                        resolved.missing.append(found.missing ?? "")
                    }
                }
            }
            return resolved
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
