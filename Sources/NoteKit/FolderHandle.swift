#if canImport(Glibc)
import Glibc
#endif

/// An open vault folder: files in it are opened relative to it, so the kernel does not walk the
/// folder's own path again for each of tens of thousands of notes.
public final class FolderHandle: Sendable {
    public let path: String
    private let descriptor: Int32

    /// The folder at `path`; a folder that cannot be opened is reached by its path instead.
    public init(_ path: String) {
        self.path = path
        descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Opens a file by its path relative to the folder, read-only; -1 with `errno` set on failure.
    func open(relative: String, nonBlocking: Bool = false) -> Int32 {
        let flags = O_RDONLY | O_CLOEXEC | (nonBlocking ? O_NONBLOCK : 0)
        guard descriptor >= 0 else { return Glibc.open(NotePath.join(path, relative), flags) }
        // Explicitly: passing the String itself makes a C copy of it on the heap for every note.
        return relative.withCString { openat(descriptor, $0, flags) }
    }
}
