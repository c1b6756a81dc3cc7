/// Who links to whom, through the resolution ladder: backlinks of every note, and for each missing
/// name, the notes that link to it.
public struct LinkGraph: Sendable {
    /// A link from one note, by its index and the link as written.
    public struct Edge: Sendable, Equatable {
        public var from: Int
        public var link: Wikilink
    }

    /// For each note index, the links that reach it.
    public let backlinks: [[Edge]]
    /// For each missing name (by `LinkKey.stripped`), the links that name it.
    public let missing: [String: [Edge]]
    /// The name as first written, for each missing key.
    public let missingNames: [String: String]

    public init(index: VaultIndex) {
        var backlinks = Array(repeating: [Edge](), count: index.notes.count)
        var missing: [String: [Edge]] = [:]
        var names: [String: String] = [:]
        for (from, targets) in Self.resolveAll(index).enumerated() {
            for (link, target) in zip(index.notes[from].links, targets) {
                switch target {
                case let .note(to):
                    backlinks[to].append(Edge(from: from, link: link))
                case let .missing(name):
                    missing[name, default: []].append(Edge(from: from, link: link))
                    if names[name] == nil { names[name] = link.target }
                }
            }
        }
        self.backlinks = backlinks
        self.missing = missing
        self.missingNames = names
    }

    private enum Target {
        case note(Int)
        /// Unresolved, by its `LinkKey.stripped` name.
        case missing(String)
    }

    /// Where each link of each note leads, worked out on all cores. Many links share a target, so each
    /// worker looks a target up once; only ties depend on the linking note.
    private static func resolveAll(_ index: VaultIndex) -> [[Target]] {
        let chunk = 1024
        let tables = index.tables
        let caches = Parallel.map((index.notes.count + chunk - 1) / chunk, chunk: 1) { c -> [[Target]] in
            var cache: [String: (notes: [Int], rung: Int, missing: String?)] = [:]
            return (c * chunk..<min(index.notes.count, (c + 1) * chunk)).map { from in
                index.notes[from].links.map { link in
                    let found = cache[link.target] ?? {
                        let (notes, rung) = index.candidates(for: link.target, in: tables)
                        return (notes, rung, notes.isEmpty ? LinkKey.stripped(link.target) : nil)
                    }()
                    cache[link.target] = found
                    if let missing = found.missing { return .missing(missing) }
                    return index.rank((found.notes, found.rung), from: from).note.map(Target.note) ?? .missing("")
                }
            }
        }
        return caches.flatMap { $0 }
    }

    /// The notes the edges come from, each once, in the order they first appear.
    public static func sources(of edges: [Edge]) -> [Int] {
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
