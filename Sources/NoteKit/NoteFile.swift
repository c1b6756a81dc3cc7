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
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(path: name()) }
            throw .unreadable(path: name(), reason: String(cString: strerror(code)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            throw .unreadable(path: name(), reason: String(cString: strerror(code)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: name(), reason: "not a regular file") }
        let size = Int(info.st_size)
        guard size <= sizeLimit else { throw .tooLarge(path: name(), bytes: size, limit: sizeLimit) }
        var failure: NoteFileError?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, filled in
            while filled < size {
                let n = systemRead(fd, buffer.baseAddress.map { $0 + filled }, size - filled)
                if n < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    failure = .unreadable(path: name(), reason: String(cString: strerror(code)))
                    return
                }
                if n == 0 { break }
                filled += n
            }
        }
        if let failure { throw failure }
        let hasZero = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0, min(buffer.count, 8192)) != nil } ?? false
        }
        if hasZero { throw .binary(path: name()) }
        return bytes
    }
}

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
