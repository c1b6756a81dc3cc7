#if canImport(Glibc)
import Glibc
#endif

/// Batches handed from one producer to any number of consumers, which wait for the next batch
/// until the producer says it is done, or until they are told to stop.
final class BatchFeed<Batch: Sendable>: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var ready = pthread_cond_t()
    private var batches: [Batch] = []
    private var finished = false
    private var stopped = false

    init() {
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&ready, nil)
    }

    deinit {
        pthread_cond_destroy(&ready)
        pthread_mutex_destroy(&mutex)
    }

    func add(_ batch: Batch) {
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

    /// The batches not taken yet are dropped, and consumers take no more.
    func stop() {
        pthread_mutex_lock(&mutex)
        stopped = true
        finished = true
        batches = []
        pthread_cond_broadcast(&ready)
        pthread_mutex_unlock(&mutex)
    }

    var isStopped: Bool {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return stopped
    }

    /// The next batch, waiting for one; nil once the feed is finished and empty.
    func next() -> Batch? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while batches.isEmpty, !finished { pthread_cond_wait(&ready, &mutex) }
        return batches.isEmpty ? nil : batches.removeLast()
    }
}
