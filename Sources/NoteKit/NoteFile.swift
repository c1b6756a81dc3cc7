#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of one note file, decoded leniently and cleaned of control characters.
public struct NoteFile: Sendable {
    /// Files larger than this are refused rather than read.
    public static let sizeLimit = 32 * 1_048_576

    public var path: String
    public var text: String
    /// True when some bytes were not valid UTF-8 and became U+FFFD.
    public var hadInvalidUTF8: Bool

    public init(path: String, text: String, hadInvalidUTF8: Bool = false) {
        self.path = path
        self.text = text
        self.hadInvalidUTF8 = hadInvalidUTF8
    }

    /// Reads `path`; invalid UTF-8 becomes U+FFFD, control characters are dropped.
    public static func read(_ path: String) throws(NoteFileError) -> NoteFile {
        let bytes = try readBytes(path)
        return decode(bytes, path: path)
    }

    /// Decodes bytes already read from `path`.
    public static func decode(_ bytes: [UInt8], path: String) -> NoteFile {
        var valid = true
        let text = decodeUTF8(bytes, valid: &valid)
        return NoteFile(path: path, text: TextSanitizer.clean(text), hadInvalidUTF8: !valid)
    }

    private static func decodeUTF8(_ bytes: [UInt8], valid: inout Bool) -> String {
        if let exact = String(validating: bytes, as: UTF8.self) { return exact }
        valid = false
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The raw bytes of `path`, refusing directories, binary files and files over the size limit.
    public static func readBytes(_ path: String) throws(NoteFileError) -> [UInt8] {
        try readBytes(path, opening: { open(path, O_RDONLY | O_CLOEXEC) })
    }

    /// The raw bytes of a file in `folder`, by its path relative to it.
    public static func readBytes(_ relativePath: String, in folder: FolderHandle) throws(NoteFileError) -> [UInt8] {
        try readBytes(NotePath.join(folder.path, relativePath), opening: { folder.open(relative: relativePath) })
    }

    /// `name` gives the file's path for messages; `opening` gives its descriptor.
    private static func readBytes(_ name: @autoclosure () -> String, opening: () -> Int32) throws(NoteFileError) -> [UInt8] {
        let fd = opening()
        guard fd >= 0 else { throw openFailure(name()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            throw .unreadable(path: name(), reason: String(cString: strerror(code)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: name(), reason: "not a regular file") }
        let size = Int(info.st_size)
        guard size <= sizeLimit else { throw .tooLarge(path: name(), bytes: size, limit: sizeLimit) }
        // Straight into the array, one byte more than the size: a file read whole comes back short.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, filled in
            (filled, failure) = ReadBuffer.fill(fd, UnsafeMutableRawBufferPointer(buffer), from: 0)
        }
        if failure != 0 { throw .unreadable(path: name(), reason: String(cString: strerror(failure))) }
        if bytes.count > size {
            // It grew since: read again, to its end.
            lseek(fd, 0, SEEK_SET)
            bytes = try ReadBuffer(capacity: size * 2 + 1).withContents(fd, named: name()) { Array($0) }
        }
        try bytes.withUnsafeBufferPointer { bytes throws(NoteFileError) in try refuseBinary(bytes, name()) }
        return bytes
    }

    /// The bytes of a file in `folder` that a scan found to be a regular file, read into `buffer`
    /// and given to `body` (valid only during the call). Without the `fstat` of `readBytes`: one
    /// open, one read and one close a note, as much as `rg` spends on it.
    public static func withBytes<Result>(_ relativePath: String, in folder: FolderHandle, buffer: ReadBuffer,
                                         _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(NoteFileError) -> Result {
        // The file's name, written out only for a message.
        func name() -> String { NotePath.join(folder.path, relativePath) }
        // Non-blocking: a file that became a FIFO since the scan reads as empty instead of waiting.
        let fd = folder.open(relative: relativePath, nonBlocking: true)
        guard fd >= 0 else { throw openFailure(name()) }
        defer { close(fd) }
        return try buffer.withContents(fd, named: name()) { bytes throws(NoteFileError) in
            try refuseBinary(bytes, name())
            return body(bytes)
        }
    }

    private static func openFailure(_ name: String) -> NoteFileError {
        let code = errno
        if code == ENOENT { return .notFound(path: name) }
        return .unreadable(path: name, reason: String(cString: strerror(code)))
    }

    /// Files with a NUL byte in their first 8 KiB are not notes.
    private static func refuseBinary(_ bytes: UnsafeBufferPointer<UInt8>, _ name: @autoclosure () -> String) throws(NoteFileError) {
        if let base = bytes.baseAddress, memchr(base, 0, min(bytes.count, 8192)) != nil { throw .binary(path: name()) }
    }
}
