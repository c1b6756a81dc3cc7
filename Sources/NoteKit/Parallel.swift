import Dispatch

/// Work split over the cores for the index's pure steps.
enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, in chunks spread over the cores; results in order.
    static func map<T>(_ count: Int, chunk: Int = 512, _ body: (Int) -> T) -> [T] {
        guard count > chunk, ProcessInfoLite.cores > 1 else { return (0..<count).map(body) }
        let chunks = (count + chunk - 1) / chunk
        let slots = UnsafeMutableBufferPointer<[T]>.allocate(capacity: chunks)
        slots.initialize(repeating: [])
        defer { slots.deinitialize(); slots.deallocate() }
        withoutActuallyEscaping(body) { body in
            let shared = Shared(slots: slots, body: body)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                shared.slots[c] = (c * chunk..<min(count, (c + 1) * chunk)).map(shared.body)
            }
        }
        return Array(slots.joined())
    }

    /// Each worker writes only its own slot.
    private struct Shared<T>: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<[T]>
        let body: (Int) -> T
    }
}
