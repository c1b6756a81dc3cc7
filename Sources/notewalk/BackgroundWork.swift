import Browser
import Foundation

/// Actions posted from background work, taken by the run loop between keys.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    func post(_ action: Action) {
        lock.lock()
        actions.append(action)
        lock.unlock()
    }

    var hasPending: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !actions.isEmpty
    }

    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = actions
        actions = []
        return taken
    }
}

/// A background job's stop flag and whether it has finished.
final class Job: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var done = false

    var isCancelled: Bool { lock.withLock { cancelled } }
    var isDone: Bool { lock.withLock { done } }
    func cancel() { lock.withLock { cancelled = true } }
    func finish() { lock.withLock { done = true } }
}
