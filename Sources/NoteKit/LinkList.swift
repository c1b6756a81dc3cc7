/// A note's wikilinks as the index keeps them: every target and heading in one run of bytes, and a
/// small record per link with its target's key. A vault holds about ten links a note; a String for each
/// target and an array of keys beside them cost the index an allocation per link.
public struct LinkList: RandomAccessCollection, Sendable, Equatable {
    private var text: [UInt8] = []
    private var entries: [Entry] = []

    private struct Entry: Sendable, Equatable {
        let key: NameKey
        /// The target runs from the previous entry's end to `targetEnd`, the heading on to `end`.
        let targetEnd: UInt32
        private let endAndExternal: UInt32

        init(key: NameKey, targetEnd: Int, end: Int, isExternal: Bool) {
            self.key = key
            self.targetEnd = UInt32(truncatingIfNeeded: targetEnd)
            endAndExternal = UInt32(truncatingIfNeeded: end) | (isExternal ? 1 << 31 : 0)
        }

        var end: Int { Int(endAndExternal & 0x7FFF_FFFF) }
        var isExternal: Bool { endAndExternal >> 31 != 0 }
    }

    public init() {}

    public init(_ links: [Wikilink]) {
        for link in links {
            var target = link.target, heading = link.heading ?? ""
            target.withUTF8 { target in
                heading.withUTF8 { heading in
                    append(target: target, heading: link.heading == nil ? nil : heading, isExternal: link.isExternal)
                }
            }
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }

    public subscript(position: Int) -> Wikilink {
        let entry = entries[position]
        let heading = entry.end > Int(entry.targetEnd) ? string(Int(entry.targetEnd)..<entry.end) : nil
        return Wikilink(target: target(at: position), heading: heading, isExternal: entry.isExternal)
    }

    /// The target of the link at `position`, without making its heading.
    public func target(at position: Int) -> String {
        string(start(of: position)..<Int(entries[position].targetEnd))
    }

    /// `body` given the UTF-8 of the target of the link at `position`, without making a String.
    func withTarget<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = start(of: position)..<Int(entries[position].targetEnd)
        return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The `NameKey` of the link's target as written.
    func key(at position: Int) -> NameKey { entries[position].key }

    /// Adds the link whose parts are in `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ parts: Wikilink.Parts) {
        append(target: UnsafeBufferPointer(rebasing: bytes[parts.target]),
               heading: parts.heading.map { UnsafeBufferPointer(rebasing: bytes[$0]) }, isExternal: parts.isExternal)
    }

    private mutating func append(target: UnsafeBufferPointer<UInt8>, heading: UnsafeBufferPointer<UInt8>?, isExternal: Bool) {
        if entries.isEmpty {
            entries.reserveCapacity(16)
            text.reserveCapacity(512)
        }
        text.append(contentsOf: target)
        let targetEnd = text.count
        if let heading { text.append(contentsOf: heading) }
        entries.append(Entry(key: NameKey(utf8: target), targetEnd: targetEnd, end: text.count, isExternal: isExternal))
    }

    /// The same links in storage just large enough: a note's links are gathered in arrays that grow
    /// by doubling, and a vault's hundred thousand notes keep theirs.
    func compacted() -> LinkList {
        var compact = LinkList()
        compact.text = text.withUnsafeBufferPointer { Array($0) }
        compact.entries = entries.withUnsafeBufferPointer { Array($0) }
        return compact
    }

    private func start(of position: Int) -> Int {
        position == 0 ? 0 : entries[position - 1].end
    }

    private func string(_ range: Range<Int>) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
