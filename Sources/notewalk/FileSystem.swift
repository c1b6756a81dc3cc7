import Glibc
import NoteKit

/// The few file-system questions the app asks, on absolute paths.
enum FileSystem {
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A small text file (a theme), decoded leniently; nil when it cannot be read.
    static func readText(_ path: String) -> String? {
        guard let bytes = try? NoteFile.readBytes(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The directory holding the running executable.
    static var executableDirectory: String? {
        realPath("/proc/self/exe").map(parent)
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    static func currentDirectory() -> String {
        guard let directory = getcwd(nil, 0) else { return "." }
        defer { free(directory) }
        return String(cString: directory)
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : NotePathJoin.join(currentDirectory(), path)
    }
}

enum NotePathJoin {
    static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}
