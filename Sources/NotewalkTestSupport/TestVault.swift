import NoteKit

/// A vault held in memory: notes by relative path, for tests that need no files.
public struct TestVault: Sendable {
    public static let root = "/vault"
    public var files: [String: String]
    public var index: VaultIndex

    public init(_ files: [String: String]) {
        self.files = files
        let notes = files.keys.sorted().map { path in
            VaultNote.summarize(bytes: Array((files[path] ?? "").utf8), path: NotePath.join(Self.root, path), relativePath: path)
        }
        index = VaultIndex(root: Self.root, notes: notes)
    }

    public func path(_ relative: String) -> String { NotePath.join(Self.root, relative) }

    /// The parsed note at an absolute path, or nil when the vault has no such file.
    public func note(atPath path: String) -> Note? {
        let prefix = Self.root + "/"
        guard path.hasPrefix(prefix), let text = files[String(path.dropFirst(prefix.count))] else { return nil }
        return Note.parse(NoteFile(path: path, text: TextSanitizer.clean(text)))
    }

    /// The parsed note at an index of `index`.
    public func note(at index: Int) -> Note? { note(atPath: path(self.index.notes[index].relativePath)) }

    /// A note in the seeds' format.
    public static func note(title: String, videoID: String? = "AaZxjsIoXE0", body: String) -> String {
        var text = "---\ntitle: \(title)\n"
        if let videoID { text += "videoId: \(videoID)\n" }
        return text + "---\n\n" + body
    }
}

extension TestVault {
    /// The notes of a folder on disk, held in memory under `/vault`.
    public init(directory: String) throws {
        var files: [String: String] = [:]
        for path in try VaultScanner.scan(root: directory).notes {
            files[path] = try NoteFile.read(NotePath.join(directory, path)).text
        }
        self.init(files)
    }

    /// The demo vault that ships with Notewalk.
    public static func demo(file: String = #filePath) throws -> TestVault {
        var directory = file
        while !directory.isEmpty, directory != "/" {
            directory = String(directory[..<(directory.lastIndex(of: "/") ?? directory.startIndex)])
            let candidate = directory + "/Sources/notewalk/DemoVault"
            if (try? VaultScanner.scan(root: candidate)) != nil { return try TestVault(directory: candidate) }
        }
        throw VaultError.notFound(path: "Sources/notewalk/DemoVault")
    }
}
