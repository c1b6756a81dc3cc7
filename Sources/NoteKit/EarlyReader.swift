import Dispatch

/// Reads notes on one core while the vault's folders are still being walked on another (`scan`),
/// and after, until the full read starts (`finish`): the walk alone keeps a single core busy, so
/// the other reads about a tenth of a large vault in that time. On one core it reads nothing.
public final class EarlyReader: @unchecked Sendable {
    public let root: String
    private let folder: FolderHandle
    private let feed = BatchFeed<PathList>()
    private let reading = DispatchGroup()
    private let reads = ProcessInfoLite.cores > 1
    /// Written by the reading thread only, and read after it has stopped.
    private var read: [(path: String, note: VaultNote)] = []

    public init(root: String) {
        self.root = root
        folder = FolderHandle(root)
        guard reads else { return }
        DispatchQueue.global().async(group: reading) { [self] in
            ProcessInfoLite.yieldToInterface()
            let buffer = ReadBuffer()
            while let batch = feed.next() {
                for path in batch {
                    guard !feed.isStopped else { return }
                    read.append((path, VaultNote.read(relativePath: path, in: folder, buffer: buffer)))
                }
            }
        }
    }

    /// Every note under the root, sorted, as `VaultScanner.scan` finds them; the notes are read here
    /// as the walk comes across them.
    public func scan() throws(VaultError) -> VaultScanner.Result {
        // The reader goes on with the paths handed over, then stops by itself if `finish` is not called.
        defer { feed.finish() }
        let feed = self.feed
        let found: ((PathList) -> Void)? = reads ? { feed.add($0) } : nil
        return try VaultScanner.scan(root: root, found: found)
    }

    /// Stops reading and gives the notes read so far (each read once, in no particular order).
    public func finish() -> [(path: String, note: VaultNote)] {
        feed.stop()
        reading.wait()
        return read
    }
}
