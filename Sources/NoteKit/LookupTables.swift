/// The name lookups of the ladder, one table per rung, keyed by `NameKey`.
struct LookupTables: Sendable {
    var byStem = Table(capacity: 0)
    var byFolded = Table(capacity: 0)
    var byNormalized = Table(capacity: 0)
    var byStripped = Table(capacity: 0)

    /// The notes a name matched on one rung: none, one, or several (a tie that the linking note breaks).
    enum Hits: Sendable {
        case none
        case one(Int)
        case several([Int])

        init(_ notes: [Int]) {
            self = notes.count > 1 ? .several(notes) : notes.first.map(Hits.one) ?? .none
        }

        var notes: [Int] {
            switch self {
            case .none: []
            case let .one(note): [note]
            case let .several(notes): notes
            }
        }
    }

    /// One rung's table: a key names one note (most do) or a list of them.
    struct Table: Sendable {
        private var keys: KeyTable
        /// Lists for keys that name more than one note; such a key's value is -1 minus its list's place.
        private var shared: [[Int]] = []

        init(capacity: Int) { keys = KeyTable(capacity: capacity) }

        /// Adds `note` under `key`; notes are added in order, and a note already there is not added twice.
        mutating func add(_ key: NameKey, note: Int) {
            let (value, inserted) = keys.value(key, inserting: Int32(note))
            guard !inserted else { return }
            if value >= 0 {
                guard value != note else { return }
                shared.append([Int(value), note])
                keys.replace(key, with: -Int32(shared.count))
            } else if let last = shared[Int(-value) - 1].last, last != note {
                shared[Int(-value) - 1].append(note)
            }
        }

        /// Brings the slot of `key` into the cache before it is added or looked up (see `KeyTable.touch`).
        func touch(_ key: NameKey) -> Int32 { keys.touch(key) }

        /// The notes `key` names here; nil when there is no key or it names none.
        func found(_ key: NameKey?) -> Hits? {
            guard let key else { return nil }
            let hits = self[key]
            if case .none = hits { return nil }
            return hits
        }

        subscript(key: NameKey) -> Hits {
            guard let value = keys.value(key) else { return .none }
            return value >= 0 ? .one(Int(value)) : .several(shared[Int(-value) - 1])
        }
    }

    /// A note's keys: its stem's as written, and each rung's of its stem, its title (when not the
    /// stem) and its aliases. Held inline for the stem and title, so that a note without aliases (most
    /// notes) takes no array.
    private struct NoteKeys {
        typealias Rungs = (folded: NameKey?, normalized: NameKey?, stripped: NameKey?)
        let stem: NameKey
        let stemRungs: Rungs
        let titleRungs: Rungs?
        let aliasRungs: [Rungs]

        /// `body` for each key of the note on a rung (0 is the stem as written, 1–3 the ladder's rungs).
        func forEach(on rung: Int, _ body: (NameKey) -> Void) {
            guard rung > 0 else { return body(stem) }
            func take(_ rungs: Rungs) {
                if let key = rung == 1 ? rungs.folded : rung == 2 ? rungs.normalized : rungs.stripped { body(key) }
            }
            take(stemRungs)
            if let titleRungs { take(titleRungs) }
            for rungs in aliasRungs { take(rungs) }
        }
    }

    init(_ notes: [VaultNote]) {
        // The keys of every name, worked out on all cores; the tables are filled in note order.
        let keys = notes.withUnsafeBufferPointer { notes in
            Parallel.map(notes.count) { i -> NoteKeys in
                // The fields one by one: a copy of the whole note would retain and release each of them.
                let (stem, title) = (notes[i].stem, notes[i].title)
                let aliases = notes[i].aliases
                return NoteKeys(stem: NameKey(stem), stemRungs: LinkKey.keys(stem),
                                titleRungs: title != stem ? LinkKey.keys(title) : nil,
                                aliasRungs: aliases.isEmpty ? [] : aliases.map(LinkKey.keys))
            }
        }
        // Each table is filled in note order by a worker of its own.
        let tables = Parallel.map(4, chunk: 1) { table -> Table in
            var result = Table(capacity: table == 0 ? notes.count : notes.count * 2)
            func names(_ i: Int, _ body: (NameKey) -> Void) { keys[i].forEach(on: table, body) }
            // The slots of sixteen notes' names at a time are touched first (see `KeyTable.touch`).
            KeyTable.inWindows(of: 16, notes.indices, touch: { i in
                var touched: Int32 = 0
                names(i) { touched &+= result.touch($0) }
                return touched
            }) { i in
                names(i) { result.add($0, note: i) }
            }
            return result
        }
        (byStem, byFolded, byNormalized, byStripped) = (tables[0], tables[1], tables[2], tables[3])
    }
}
