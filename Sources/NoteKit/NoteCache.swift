#if canImport(Glibc)
import Glibc
#endif

/// Parsed notes kept for going back and forth, at most `capacity` of them (least recently used
/// leave first). A cached note is used only while its file has the same size, change time and inode.
public final class NoteCache: @unchecked Sendable {
    private struct Identity: Equatable {
        var size: Int64, seconds: Int, nanoseconds: Int, inode: UInt64
    }

    private let capacity: Int
    private let lock = NSLockLite()
    private var entries: [String: (identity: Identity, note: Note)] = [:]
    private var order: [String] = []
    private var nextRevision = 0

    public init(capacity: Int = 24) { self.capacity = max(1, capacity) }

    /// The note at `path`, parsed again only when the file changed or was never read.
    public func load(_ path: String) throws(NoteFileError) -> Note {
        guard let identity = Self.identity(of: path) else { return try Note.load(path) }
        if let hit = lock.locked({ () -> Note? in
            guard let entry = entries[path], entry.identity == identity else { return nil }
            touch(path)
            return entry.note
        }) {
            return hit
        }
        var note = try Note.load(path)
        lock.locked {
            nextRevision += 1
            note.revision = nextRevision
            entries[path] = (identity, note)
            touch(path)
            while order.count > capacity { entries[order.removeFirst()] = nil }
        }
        return note
    }

    private func touch(_ path: String) {
        order.removeAll { $0 == path }
        order.append(path)
    }

    private static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(size: Int64(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec,
                        inode: UInt64(info.st_ino))
    }
}
