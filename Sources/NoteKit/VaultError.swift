/// Why a vault could not be opened at all.
public enum VaultError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case notADirectory(path: String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .notFound(path): return "\(path): no such folder"
        case let .notADirectory(path): return "\(path): not a folder (give a vault folder or a note file)"
        case let .unreadable(path, reason): return "\(path): cannot read folder: \(reason)"
        }
    }
}
