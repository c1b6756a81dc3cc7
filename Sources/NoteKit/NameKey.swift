/// A name's identity in the index's tables: 128 bits of the process's keyed hash of the text, taken
/// as the text itself. Equal texts (in Swift's sense: canonically equivalent) have equal keys; two
/// different texts share a key with a chance of about one in 2^128 per pair, far below any hardware
/// error rate, and the hash's key is random per process, so a vault cannot be crafted to collide.
/// Tables keyed by it compare 16 bytes in place instead of following each stored name's storage.
struct NameKey: Hashable, Sendable {
    private let first: Int
    private let second: Int

    init(_ text: String) {
        var a = Hasher(), b = Hasher()
        a.combine(text)
        b.combine(0x5A as UInt8)
        b.combine(text)
        first = a.finalize()
        second = b.finalize()
    }

    /// The first half is already a random hash; hashing it again for a table is enough.
    func hash(into hasher: inout Hasher) { hasher.combine(first) }
}
