#if canImport(Glibc)
import Glibc
#endif

/// Finds the note files of a vault: recursive, hidden folders skipped, symlink loops visited once.
public enum VaultScanner {
    /// A file or folder the scan had to pass over, with the reason.
    public struct Problem: Sendable, Equatable {
        public var path: String
        public var message: String
    }

    public struct Result: Sendable {
        /// Paths of note files relative to the root, sorted.
        public var notes: [String]
        public var problems: [Problem]
        /// Every folder walked, relative to the root ("" is the root itself).
        public var folders: [String]

        public init(notes: [String], problems: [Problem], folders: [String] = [""]) {
            self.notes = notes
            self.problems = problems
            self.folders = folders
        }
    }

    /// Every note under `root`, sorted.
    public static func scan(root: String) throws(VaultError) -> Result {
        try scan(root: root, found: nil)
    }

    /// As `scan(root:)`; `found` is given each batch of paths (their bytes, in one buffer) as the walk
    /// comes across them, in no particular order, so that work on them can start at once.
    static func scan(root: String, found: ((PathList) -> Void)?) throws(VaultError) -> Result {
        var info = stat()
        guard stat(root, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notFound(path: root) }
            throw .unreadable(path: root, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notADirectory(path: root) }
        guard let top = opendir(root) else { throw .unreadable(path: root, reason: String(cString: strerror(errno))) }
        closedir(top)
        var result = Result(notes: [], problems: [], folders: [])
        var visited: Set<FileID> = [FileID(info)]
        var notes = PathList()
        var handedOver = 0
        func handOver(_ notes: PathList) {
            guard let found, handedOver < notes.count else { return }
            found(notes.batch(from: handedOver))
            handedOver = notes.count
        }
        walk(root: root, relative: "", visited: &visited, notes: &notes, into: &result) { notes in
            if found != nil, notes.count - handedOver >= (handedOver == 0 ? 64 : 512) { handOver(notes) }
        }
        handOver(notes)
        result.notes = notes.inStringOrder()
        return result
    }

    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// `progress` is given the notes found so far after each one.
    private static func walk(root: String, relative: String, visited: inout Set<FileID>, notes: inout PathList,
                             into result: inout Result, progress: (PathList) -> Void) {
        let directory = NotePath.join(root, relative)
        guard let handle = opendir(directory) else {
            result.problems.append(Problem(path: relative, message: "cannot read folder: \(String(cString: strerror(errno)))"))
            return
        }
        result.folders.append(relative)
        var subfolders: [String] = []
        var folderPath = relative
        folderPath.withUTF8 { folder in
            while let entry = readdir(handle) {
                withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    let raw = raw.bindMemory(to: UInt8.self)
                    let name = UnsafeBufferPointer(rebasing: raw[..<(raw.firstIndex(of: 0) ?? raw.count)])
                    guard let first = name.first, first != UInt8(ascii: ".") else { return }
                    func childRelative() -> String {
                        let name = String(decoding: name, as: UTF8.self)
                        return relative.isEmpty ? name : relative + "/" + name
                    }
                    func addNote() {
                        notes.append(folder: folder, name: name)
                        progress(notes)
                    }
                    let type = entry.pointee.d_type
                    if type == UInt8(DT_DIR) {
                        subfolders.append(childRelative())
                    } else if type == UInt8(DT_REG) {
                        if NotePath.isNote(name) { addNote() }
                    } else if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                        let child = childRelative()
                        var info = stat()
                        guard stat(NotePath.join(root, child), &info) == 0 else {
                            if NotePath.isNote(name) { result.problems.append(Problem(path: child, message: "broken link")) }
                            return
                        }
                        if (info.st_mode & S_IFMT) == S_IFDIR {
                            subfolders.append(child)
                        } else if (info.st_mode & S_IFMT) == S_IFREG, NotePath.isNote(name) {
                            addNote()
                        }
                    }
                }
            }
        }
        closedir(handle)
        for folder in subfolders {
            var info = stat()
            guard stat(NotePath.join(root, folder), &info) == 0 else { continue }
            guard visited.insert(FileID(info)).inserted else { continue }
            walk(root: root, relative: folder, visited: &visited, notes: &notes, into: &result, progress: progress)
        }
    }
}
