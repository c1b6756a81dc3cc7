/// Why a note file could not be read; each message names the file and what to do.
public enum NoteFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case notFound(path: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .binary(path): return "\(path): binary file (contains NUL bytes), not a note"
        case let .tooLarge(path, bytes, limit):
            return "\(path): too large (\(bytes / 1_048_576) MiB; notes up to \(limit / 1_048_576) MiB are read)"
        case let .notFound(path): return "\(path): no such file"
        }
    }
}
