import ByteClasses

/// Where a text's construct and fence characters (`<`, `[`, backtick, tilde) and its unusual bytes
/// (neither printable ASCII nor a newline) are, 64 bytes a block, found in one vector pass over it
/// (`ByteClasses`). The index reads each note's bits once for its UTF-8 check and its link scan.
struct BlockBits {
    private var storage: [nw_block_bits] = []

    /// `body` given the bits of `bytes`; the storage is kept for the next text (a reader thread keeps one).
    mutating func of<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<nw_block_bits>) -> Result) -> Result {
        let count = nw_block_count(bytes.count)
        if storage.count < count { storage = [nw_block_bits](repeating: nw_block_bits(), count: Swift.max(count, storage.count * 2)) }
        return storage.withUnsafeMutableBufferPointer { blocks in
            Self.fill(blocks, from: bytes)
            return body(UnsafeBufferPointer(rebasing: blocks[..<count]))
        }
    }

    /// `body` given the bits of `bytes`, in storage of its own: on the stack for a text of up to 128 KB
    /// (a worker thread's stack is small), else on the heap.
    static func of<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<nw_block_bits>) -> Result) -> Result {
        guard bytes.count <= 131_072 else {
            var bits = BlockBits()
            return bits.of(bytes, body)
        }
        return withUnsafeTemporaryAllocation(of: nw_block_bits.self, capacity: nw_block_count(bytes.count)) { blocks in
            fill(blocks, from: bytes)
            return body(UnsafeBufferPointer(blocks))
        }
    }

    /// Writes the bits of `bytes` to the start of `blocks` (at least `nw_block_count(bytes.count)` long).
    private static func fill(_ blocks: UnsafeMutableBufferPointer<nw_block_bits>, from bytes: UnsafeBufferPointer<UInt8>) {
        if let base = bytes.baseAddress, let out = blocks.baseAddress { nw_block_bits_fill(base, bytes.count, out) }
    }

    /// The marks of the bits one after another, from a place on.
    struct Marks {
        private let bits: UnsafeBufferPointer<nw_block_bits>
        private var block: Int
        /// The marks of `block` not given yet.
        private var pending: UInt64

        init(_ bits: UnsafeBufferPointer<nw_block_bits>, from start: Int) {
            self.bits = bits
            block = start / 64
            pending = block < bits.count ? bits[block].marks & (UInt64.max << UInt64(start % 64)) : 0
        }

        /// The first mark at or after `position` not given yet, or nil.
        mutating func next(from position: Int) -> Int? {
            let target = position / 64
            if target > block {
                guard target < bits.count else { return nil }
                block = target
                pending = bits[block].marks & (UInt64.max << UInt64(position % 64))
            } else if target == block {
                pending &= UInt64.max << UInt64(position % 64)
            }
            while pending == 0 {
                block += 1
                guard block < bits.count else { return nil }
                pending = bits[block].marks
            }
            let hit = block * 64 + pending.trailingZeroBitCount
            pending &= pending - 1
            return hit
        }
    }
}
