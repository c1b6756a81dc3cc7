#if canImport(Glibc)
import Glibc
#endif

/// Batches handed from one producer to any number of consumers, which wait for the next batch
/// until the producer says it is done.
final class BatchFeed<Element: Sendable>: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var ready = pthread_cond_t()
    private var batches: [[Element]] = []
    private var finished = false

    init() {
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&ready, nil)
    }

    deinit {
        pthread_cond_destroy(&ready)
        pthread_mutex_destroy(&mutex)
    }

    func add(_ batch: [Element]) {
        guard !batch.isEmpty else { return }
        pthread_mutex_lock(&mutex)
        batches.append(batch)
        pthread_cond_signal(&ready)
        pthread_mutex_unlock(&mutex)
    }

    /// No more batches will come; waiting consumers are let go.
    func finish() {
        pthread_mutex_lock(&mutex)
        finished = true
        pthread_cond_broadcast(&ready)
        pthread_mutex_unlock(&mutex)
    }

    /// The next batch, waiting for one; nil once the feed is finished and empty.
    func next() -> [Element]? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while batches.isEmpty, !finished { pthread_cond_wait(&ready, &mutex) }
        return batches.isEmpty ? nil : batches.removeLast()
    }
}
