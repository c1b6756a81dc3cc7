import TextLayout

/// A few laid-out notes, least recently used first out. Only notes from `NoteCache` (a nonzero
/// revision) are kept: the revision proves the note is the same parse of an unchanged file.
public struct LayoutCache: Sendable {
    public struct Key: Sendable, Hashable {
        var path: String
        var revision: Int
        var width: Int
        var indexVersion: Int
    }

    public static let capacity = 8
    private var entries: [(key: Key, rendered: RenderedNote)] = []

    public init() {}

    mutating func lookup(_ key: Key) -> RenderedNote? {
        guard key.revision != 0, let i = entries.firstIndex(where: { $0.key == key }) else { return nil }
        let entry = entries.remove(at: i)
        entries.append(entry)
        return entry.rendered
    }

    mutating func store(_ key: Key, _ rendered: RenderedNote) {
        guard key.revision != 0 else { return }
        entries.removeAll { $0.key == key }
        entries.append((key, rendered))
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }
}
