import Foundation
import Glibc
import NoteKit

/// Watches a vault's folders with inotify and reports the note files that changed, appeared or went
/// away, a moment after the last change of a burst (an editor's save is several events).
final class VaultWatcher: @unchecked Sendable {
    private let root: String
    private let fd: Int32
    private let lock = NSLock()
    /// Watch descriptors and the vault-relative folders they watch.
    private var folders: [Int32: String] = [:]
    private var watched: Set<String> = []
    private var stopped = false

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)

    /// Nil when the system gives no inotify descriptor (the browser then simply does not watch).
    init?(root: String) {
        let fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { return nil }
        self.root = root
        self.fd = fd
    }

    deinit { close(fd) }

    /// Starts watching `folders` not watched yet; returns a problem to show when some cannot be.
    func watch(_ relativeFolders: [String]) -> String? {
        var problem: String?
        lock.withLock {
            for folder in relativeFolders where !watched.contains(folder) {
                let wd = inotify_add_watch(fd, NotePath.join(root, folder), Self.mask)
                if wd < 0 {
                    let reason = errno == ENOSPC ? "the system's inotify watch limit is reached" : String(cString: strerror(errno))
                    problem = problem ?? "Not watching \(folder.isEmpty ? "the vault" : folder) for changes: \(reason)"
                    continue
                }
                folders[wd] = folder
                watched.insert(folder)
            }
        }
        return problem
    }

    /// Reads events on a thread of its own until `stop`, handing each burst's changed paths to `report`.
    func start(report: @escaping @Sendable (Set<String>) -> Void) {
        let thread = Thread { [self] in
            var pending: Set<String> = []
            while !isStopped {
                // Wait for events; once some arrived, a quiet spell of 150 ms ends the burst.
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, pending.isEmpty ? 500 : 150)
                if ready > 0 {
                    pending.formUnion(readEvents())
                } else if ready == 0, !pending.isEmpty {
                    report(pending)
                    pending = []
                }
            }
        }
        thread.start()
    }

    func stop() { lock.withLock { stopped = true } }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// The note paths named by the events waiting on the descriptor.
    private func readEvents() -> Set<String> {
        var paths: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= count {
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameBytes = raw[(offset + header)..<min(count, offset + header + Int(event.len))]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    offset += header + Int(event.len)
                    if event.mask & UInt32(IN_IGNORED) != 0 {
                        // The folder went away: forget it, so it is watched again if it comes back.
                        lock.withLock {
                            if let gone = folders.removeValue(forKey: event.wd) { watched.remove(gone) }
                        }
                        continue
                    }
                    guard let folder = lock.withLock({ folders[event.wd] }), !name.isEmpty, !name.hasPrefix(".") else { continue }
                    let path = folder.isEmpty ? name : folder + "/" + name
                    // A new folder is reported by its path too: the refresh scans it and its notes.
                    if event.mask & UInt32(IN_ISDIR) != 0 || NotePath.isNote(name) { paths.insert(path) }
                }
            }
        }
        return paths
    }
}
