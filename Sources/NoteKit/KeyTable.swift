import Synchronization

/// A hash table from `NameKey` to a number, open addressing with linear probing. A key is already
/// a random hash, so its first half picks the slot: a probe is one load and a compare, without
/// hashing again as `Dictionary` does. A slot is 16 bytes — 96 of the key's 128 bits and the value —
/// so that the table of a large vault's names stays in a core's cache; two of a million names would
/// share those 96 bits with a chance of about one in 10^17.
struct KeyTable: Sendable {
    private struct Slot {
        var first: UInt64
        var second: UInt32
        /// `empty` when the slot is free.
        var value: Int32

        init(_ key: NameKey, _ value: Int32) {
            first = key.first
            second = UInt32(truncatingIfNeeded: key.second)
            self.value = value
        }

        func holds(_ key: NameKey) -> Bool { first == key.first && second == UInt32(truncatingIfNeeded: key.second) }
    }

    private static let empty = Int32.min
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    /// A table that holds `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size * 3 < capacity * 4 { size *= 2 }
        slots = [Slot](repeating: Slot(NameKey(ascii: UnsafeBufferPointer(start: nil, count: 0)), Self.empty), count: size)
        mask = size - 1
    }

    /// The value of `key`, or nil.
    func value(_ key: NameKey) -> Int32? {
        let (slot, found) = probe(key)
        return found ? slots[slot].value : nil
    }

    /// The value of `key`; when the table has none, `value` is stored and given back with `inserted`.
    mutating func value(_ key: NameKey, inserting value: Int32) -> (value: Int32, inserted: Bool) {
        precondition(value != Self.empty, "KeyTable cannot store Int32.min")
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let (slot, found) = probe(key)
        if found { return (slots[slot].value, false) }
        slots[slot] = Slot(key, value)
        count += 1
        return (value, true)
    }

    /// Reads the slot where a lookup of `key` starts, so that a lookup soon after finds it in the
    /// cache: in a table larger than the cache, several touches in a row wait for memory together, not
    /// one after another (`inWindows`).
    func touch(_ key: NameKey) -> Int32 {
        slots.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: key.first) & mask].value }
    }

    /// `body` for each index of `range`, a window of `size` indices at a time: first `touch` for every
    /// index of the window (what it gives is the sum of the values its `touch`es read), then `body`.
    static func inWindows(of size: Int, _ range: Range<Int>, touch: (Int) -> Int32, _ body: (Int) -> Void) {
        var touched: Int32 = 0
        for window in stride(from: range.lowerBound, to: range.upperBound, by: size) {
            let indices = window..<Swift.min(window + size, range.upperBound)
            for i in indices { touched &+= touch(i) }
            for i in indices { body(i) }
        }
        // Kept where the compiler cannot drop the reads.
        touchedSum.wrappingAdd(touched, ordering: .relaxed)
    }

    /// Replaces the value of a key the table holds.
    mutating func replace(_ key: NameKey, with value: Int32) {
        let (slot, found) = probe(key)
        if found { slots[slot].value = value }
    }

    /// The slot that holds `key`, or the free slot where it would go.
    private func probe(_ key: NameKey) -> (slot: Int, found: Bool) {
        slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key.first) & mask
            while slots[i].value != Self.empty {
                if slots[i].holds(key) { return (i, true) }
                i = (i + 1) & mask
            }
            return (i, false)
        }
    }

    private mutating func grow() {
        let old = slots
        self = KeyTable(capacity: old.count)
        for slot in old where slot.value != Self.empty {
            var i = Int(truncatingIfNeeded: slot.first) & mask
            while slots[i].value != Self.empty { i = (i + 1) & mask }
            slots[i] = slot
            count += 1
        }
    }
}

/// Values read only to bring memory into the cache (`KeyTable.touch`), summed.
private let touchedSum = Atomic<Int32>(0)
