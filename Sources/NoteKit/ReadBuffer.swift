#if canImport(Glibc)
import Glibc
#endif

/// Scratch space one reader thread reads note after note into, grown for a long note and kept; and
/// what it works out of each note on the way (`Scratch`).
public final class ReadBuffer {
    private var storage: UnsafeMutableRawBufferPointer
    var scratch = Scratch()

    /// A note's byte classes and its links as they are gathered, kept from note to note.
    struct Scratch {
        var bits = BlockBits()
        var links = LinkList.Builder()
    }

    public init(capacity: Int = 65_536) {
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit { storage.deallocate() }

    /// Reads `fd` to its end, growing up to the size limit, and gives `body` the whole content.
    func withContents<Result>(_ fd: Int32, named name: @autoclosure () -> String,
                              _ body: (UnsafeBufferPointer<UInt8>) throws(NoteFileError) -> Result) throws(NoteFileError) -> Result {
        var filled = 0
        while true {
            let (count, failure) = Self.fill(fd, storage, from: filled)
            if failure != 0 { throw .unreadable(path: name(), reason: String(cString: strerror(failure))) }
            filled = count
            if filled < storage.count { break }
            guard storage.count <= NoteFile.sizeLimit else {
                var info = stat()
                let size = fstat(fd, &info) == 0 ? Int(info.st_size) : filled
                throw .tooLarge(path: name(), bytes: size, limit: NoteFile.sizeLimit)
            }
            grow(to: min(storage.count * 4, NoteFile.sizeLimit + 1), keeping: filled)
        }
        return try body(UnsafeBufferPointer(start: storage.baseAddress?.assumingMemoryBound(to: UInt8.self), count: filled))
    }

    /// Reads `fd` into `buffer` from `start` until the buffer is full or a read comes back short
    /// (the end of a regular file); the count filled and the error number of a failed read (or 0).
    static func fill(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, from start: Int) -> (filled: Int, error: Int32) {
        var filled = start
        while filled < buffer.count {
            let want = buffer.count - filled
            let n = Glibc.read(fd, buffer.baseAddress.map { $0 + filled }, want)
            if n < 0 {
                if errno == EINTR { continue }
                return (filled, errno)
            }
            filled += n
            if n < want { break }
        }
        return (filled, 0)
    }

    private func grow(to capacity: Int, keeping count: Int) {
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: storage[..<count]))
        storage.deallocate()
        storage = larger
    }
}
