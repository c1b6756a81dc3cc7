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
        slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key.first) & mask
            while true {
                let slot = slots[i]
                if slot.value == Self.empty { return nil }
                if slot.holds(key) { return slot.value }
                i = (i + 1) & mask
            }
        }
    }

    /// The value of `key`; when the table has none, `value` is stored and given back with `inserted`.
    mutating func value(_ key: NameKey, inserting value: Int32) -> (value: Int32, inserted: Bool) {
        precondition(value != Self.empty, "KeyTable cannot store Int32.min")
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let mask = self.mask
        let found = slots.withUnsafeMutableBufferPointer { slots -> (Int32, Bool) in
            var i = Int(truncatingIfNeeded: key.first) & mask
            while true {
                let slot = slots[i]
                if slot.value == Self.empty {
                    slots[i] = Slot(key, value)
                    return (value, true)
                }
                if slot.holds(key) { return (slot.value, false) }
                i = (i + 1) & mask
            }
        }
        if found.1 { count += 1 }
        return found
    }

    /// Replaces the value of a key the table holds.
    mutating func replace(_ key: NameKey, with value: Int32) {
        let mask = self.mask
        slots.withUnsafeMutableBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key.first) & mask
            while slots[i].value != Self.empty {
                if slots[i].holds(key) {
                    slots[i].value = value
                    return
                }
                i = (i + 1) & mask
            }
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
