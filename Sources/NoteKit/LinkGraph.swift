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
        var cache: [String: LinkResolution] = [:]
        for (from, note) in index.notes.enumerated() {
            for link in note.links {
                // Resolution depends on the folder only when there are ties; cache per folder and target.
                let key = note.folder + "\u{0}" + link.target
                let resolution = cache[key] ?? index.resolve(link.target, from: from)
                cache[key] = resolution
                if let to = resolution.note {
                    backlinks[to].append(Edge(from: from, link: link))
                } else {
                    let name = LinkKey.stripped(link.target)
                    missing[name, default: []].append(Edge(from: from, link: link))
                    if names[name] == nil { names[name] = link.target }
                }
            }
        }
        self.backlinks = backlinks
        self.missing = missing
        self.missingNames = names
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
