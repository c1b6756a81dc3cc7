import Dispatch

/// Work split over the cores for the index's pure steps.
enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, in chunks spread over the cores; results in order.
    static func map<T>(_ count: Int, chunk: Int = 512, _ body: (Int) -> T) -> [T] {
        guard count > chunk, ProcessInfoLite.cores > 1 else { return (0..<count).map(body) }
        return chunks(count, chunk: chunk) { range, base in
            for i in range { (base + i).initialize(to: body(i)) }
        }
    }

    /// An array of `count` elements built in chunks of `chunk` spread over the cores, each written
    /// straight into its place: `fill` is given a chunk's range and the array's storage, and must
    /// initialise exactly the elements of its range.
    static func chunks<T>(_ count: Int, chunk: Int, _ fill: (Range<Int>, UnsafeMutablePointer<T>) -> Void) -> [T] {
        let chunks = (count + chunk - 1) / chunk
        return withoutActuallyEscaping(fill) { fill in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                let shared = Shared(base: base, fill: fill)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    shared.fill((c * chunk)..<min(count, (c + 1) * chunk), shared.base)
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
        let fill: (Range<Int>, UnsafeMutablePointer<T>) -> Void
    }
}
