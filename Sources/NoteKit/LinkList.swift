/// A note's wikilinks as the index keeps them: in one array of bytes, a small record per link (its
/// target's key, where its target and heading end) followed by every target and heading. A vault holds
/// about ten links a note; a String for each target and an array of keys beside them cost the index an
/// allocation per link, and two arrays a note (records, text) one more a note.
public struct LinkList: RandomAccessCollection, Sendable, Equatable {
    /// `count` records of `Entry.size` bytes, then the text.
    private var storage: [UInt8] = []
    public private(set) var count: Int = 0

    /// What is recorded of a link: its target's key, and where its target and heading end in the text
    /// (the target runs from the previous link's end to `targetEnd`, the heading on to `end`).
    struct Entry: Equatable {
        static let size = MemoryLayout<Entry>.stride
        let key: NameKey
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

    /// Gathers a note's links as they are found; kept by a reader thread and emptied for each note,
    /// so its arrays grow once, not for every note.
    struct Builder {
        private var text: [UInt8] = []
        private var entries: [Entry] = []

        /// Adds the link whose parts are in `bytes` (the text between `[[` and `]]`).
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ parts: Wikilink.Parts) {
            append(target: UnsafeBufferPointer(rebasing: bytes[parts.target]),
                   heading: parts.heading.map { UnsafeBufferPointer(rebasing: bytes[$0]) }, isExternal: parts.isExternal)
        }

        mutating func append(target: UnsafeBufferPointer<UInt8>, heading: UnsafeBufferPointer<UInt8>?, isExternal: Bool) {
            if entries.isEmpty {
                entries.reserveCapacity(16)
                text.reserveCapacity(512)
            }
            text.append(contentsOf: target)
            let targetEnd = text.count
            if let heading { text.append(contentsOf: heading) }
            entries.append(Entry(key: NameKey(utf8: target), targetEnd: targetEnd, end: text.count, isExternal: isExternal))
        }

        /// The links gathered, in storage just large enough.
        func build() -> LinkList {
            guard !entries.isEmpty else { return LinkList() }
            let recordBytes = entries.count * Entry.size
            var list = LinkList()
            list.count = entries.count
            list.storage = [UInt8](unsafeUninitializedCapacity: recordBytes + text.count) { raw, filled in
                let buffer = UnsafeMutableRawBufferPointer(raw)
                entries.withUnsafeBytes { buffer.copyMemory(from: $0) }
                text.withUnsafeBytes { text in
                    UnsafeMutableRawBufferPointer(rebasing: buffer[recordBytes...]).copyMemory(from: text)
                }
                filled = recordBytes + text.count
            }
            return list
        }

        mutating func removeAll() {
            text.removeAll(keepingCapacity: true)
            entries.removeAll(keepingCapacity: true)
        }
    }

    public init() {}

    public init(_ links: [Wikilink]) {
        var builder = Builder()
        for link in links {
            var target = link.target, heading = link.heading ?? ""
            target.withUTF8 { target in
                heading.withUTF8 { heading in
                    builder.append(target: target, heading: link.heading == nil ? nil : heading, isExternal: link.isExternal)
                }
            }
        }
        self = builder.build()
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Wikilink {
        let entry = entry(position)
        let heading = entry.end > Int(entry.targetEnd) ? string(Int(entry.targetEnd)..<entry.end) : nil
        return Wikilink(target: target(at: position), heading: heading, isExternal: entry.isExternal)
    }

    /// The target of the link at `position`, without making its heading.
    public func target(at position: Int) -> String {
        string(start(of: position)..<Int(entry(position).targetEnd))
    }

    /// `body` given the UTF-8 of the target of the link at `position`, without making a String.
    func withTarget<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = start(of: position)..<Int(entry(position).targetEnd)
        return withText { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The `NameKey` of the link's target as written.
    func key(at position: Int) -> NameKey { entry(position).key }

    private func entry(_ position: Int) -> Entry {
        storage.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position * Entry.size, as: Entry.self) }
    }

    private func start(of position: Int) -> Int {
        position == 0 ? 0 : entry(position - 1).end
    }

    /// `body` given the text after the records.
    private func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(count * Entry.size)...])) }
    }

    private func string(_ range: Range<Int>) -> String {
        withText { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
