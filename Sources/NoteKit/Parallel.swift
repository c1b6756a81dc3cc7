import Dispatch

/// Work split over the cores for the index's pure steps.
enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, in chunks spread over the cores; results in order,
    /// each written straight into its place in the result.
    static func map<T>(_ count: Int, chunk: Int = 512, _ body: (Int) -> T) -> [T] {
        guard count > chunk, ProcessInfoLite.cores > 1 else { return (0..<count).map(body) }
        let chunks = (count + chunk - 1) / chunk
        return withoutActuallyEscaping(body) { body in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                let shared = Shared(base: base, body: body)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for i in c * chunk..<min(count, (c + 1) * chunk) { (shared.base + i).initialize(to: shared.body(i)) }
                }
                initialized = count
            }
        }
    }

    /// `first` on a worker thread while `second` runs on this one, for two steps that do not depend on
    /// each other when one of them keeps a single core busy.
    static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        guard ProcessInfoLite.cores > 1 else { return (first(), second()) }
        return withoutActuallyEscaping(first) { first in
            let slot = Slot(first)
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { slot.run() }
            let second = second()
            group.wait()
            return (slot.take(), second)
        }
    }

    /// One step's body and, once it has run, its result; written by one thread, read after `wait`.
    private final class Slot<T>: @unchecked Sendable {
        private let body: () -> T
        private var result: T?

        init(_ body: @escaping () -> T) { self.body = body }
        func run() { result = body() }
        func take() -> T {
            guard let result else { return body() }
            return result
        }
    }

    /// Each worker writes only its own stretch of the result.
    private struct Shared<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>
        let body: (Int) -> T
    }
}
