/// A link to a note from another, with the sentence around it.
public struct Backlink: Sendable, Equatable {
    public var from: Int
    public var sentence: String
    /// Which link to the note this is within `from`, in document order (0, 1, …).
    public var ordinal: Int
}

/// A cited moment of a video somewhere in the vault.
public struct VideoCitation: Sendable, Equatable {
    public var note: Int
    public var timestamp: Timestamp
    public var label: String
    public var sentence: String
}

/// Questions about the whole vault that need the notes' text; `read` gives a parsed note by index.
public enum VaultQueries {
    /// Every link to `note`, through any rung of the ladder, with its sentence; in vault order.
    public static func backlinks(to note: Int, index: VaultIndex, graph: LinkGraph, read: (Int) -> Note?) -> [Backlink] {
        var result: [Backlink] = []
        for from in LinkGraph.sources(of: graph.backlinks[note]) {
            guard let parsed = read(from) else { continue }
            let hits = SentenceContext.links(in: parsed.document) { index.resolve($0.target, from: from).note == note }
            result += hits.map { Backlink(from: from, sentence: $0.sentence, ordinal: $0.ordinal) }
        }
        return result
    }

    /// Every citation of a video across the vault, in time order (then by note).
    public static func citations(of videoID: String, index: VaultIndex, read: (Int) -> Note?) -> [VideoCitation] {
        var result: [VideoCitation] = []
        for (i, entry) in index.notes.enumerated() where entry.videoID == videoID {
            guard let parsed = read(i) else { continue }
            result += Citations.extract(parsed.document).map {
                VideoCitation(note: i, timestamp: $0.timestamp, label: $0.label, sentence: $0.sentence)
            }
        }
        return result.sorted {
            $0.timestamp != $1.timestamp ? $0.timestamp < $1.timestamp
                : index.notes[$0.note].relativePath < index.notes[$1.note].relativePath
        }
    }
}
