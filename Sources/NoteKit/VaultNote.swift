/// What the index keeps of one note: enough to list, resolve and connect it, not its parsed tree.
public struct VaultNote: Sendable, Equatable {
    /// Path relative to the vault root, with `/` separators.
    public var relativePath: String
    public var stem: String
    public var folder: String
    public var title: String
    public var aliases: [String]
    public var videoID: String?
    /// Wikilinks to other notes (external `[[https://…]]` links are not here), each with its target's
    /// `NameKey`, worked out while the note is read (its text is at hand), so the link graph numbers
    /// the vault's distinct targets without reading each target again.
    public private(set) var links: LinkList
    public var timestampCount: Int
    /// Set when the file could not be read or its front matter is broken.
    public var problem: String?

    public init(relativePath: String, title: String? = nil, aliases: [String] = [], videoID: String? = nil,
                links: [Wikilink] = [], timestampCount: Int = 0, problem: String? = nil) {
        self.init(Location(relativePath), title: title, aliases: aliases, videoID: videoID, links: LinkList(links),
                  timestampCount: timestampCount, problem: problem)
    }

    /// A note's path with its stem and folder, worked out once: a placeholder's serve the note read in its place.
    struct Location: Sendable {
        var relativePath: String
        var stem: String
        var folder: String

        init(_ relativePath: String) {
            self.relativePath = relativePath
            stem = NotePath.stem(relativePath)
            folder = NotePath.folder(relativePath)
        }

        init(of note: VaultNote) {
            relativePath = note.relativePath
            stem = note.stem
            folder = note.folder
        }
    }

    private init(_ location: Location, title: String?, aliases: [String], videoID: String?, links: LinkList,
                 timestampCount: Int, problem: String?) {
        relativePath = location.relativePath
        stem = location.stem
        folder = location.folder
        self.title = title ?? location.stem
        self.aliases = aliases
        self.videoID = videoID
        self.links = links
        self.timestampCount = timestampCount
        self.problem = problem
    }

    /// Reads the summary of one note file that a scan of an open vault folder found, into `buffer`.
    public static func read(relativePath: String, in folder: FolderHandle, buffer: ReadBuffer = ReadBuffer()) -> VaultNote {
        read(Location(relativePath), in: folder, buffer: buffer)
    }

    static func read(_ location: Location, in folder: FolderHandle, buffer: ReadBuffer) -> VaultNote {
        do {
            return try NoteFile.withBytes(location.relativePath, in: folder, buffer: buffer) { bytes in
                summarize(bytes, path: NotePath.join(folder.path, location.relativePath), location: location, scratch: &buffer.scratch)
            }
        } catch {
            return VaultNote(location, title: nil, aliases: [], videoID: nil, links: LinkList(), timestampCount: 0, problem: error.description)
        }
    }

    /// Builds the summary from a file's bytes. Clean UTF-8 (nearly every note) is read as bytes,
    /// without making a String of the whole note; other files are decoded and cleaned first.
    public static func summarize(bytes: [UInt8], path: String, relativePath: String) -> VaultNote {
        var scratch = ReadBuffer.Scratch()
        return bytes.withUnsafeBufferPointer { summarize($0, path: path, location: Location(relativePath), scratch: &scratch) }
    }

    /// `path` names the file in messages; it is made only for a note that is not clean UTF-8.
    static func summarize(_ buffer: UnsafeBufferPointer<UInt8>, path: @autoclosure () -> String, location: Location,
                          scratch: inout ReadBuffer.Scratch) -> VaultNote {
        scratch.bits.of(buffer) { bits in
            guard ByteSearch.isCleanUTF8(buffer, bits: bits) else {
                return summarize(NoteFile.decode(Array(buffer), path: path()), location: location)
            }
            let split = FrontMatter.split(buffer)
            let frontMatter = split.yaml.map { FrontMatter.parse(buffer, $0) } ?? FrontMatter()
            let summary = LinkScanner.scan(buffer, from: split.bodyStart, bareCitations: frontMatter.videoID != nil, bits: bits,
                                           gathering: &scratch.links)
            return VaultNote(location, frontMatter: frontMatter, summary: summary, problem: frontMatter.problem)
        }
    }

    /// Builds the summary from a decoded file.
    public static func summarize(_ file: NoteFile, relativePath: String) -> VaultNote {
        summarize(file, location: Location(relativePath))
    }

    static func summarize(_ file: NoteFile, location: Location) -> VaultNote {
        let split = FrontMatter.split(file.text)
        let frontMatter = split.yaml.map(FrontMatter.parse) ?? FrontMatter()
        let summary = LinkScanner.scan(split.body, bareCitations: frontMatter.videoID != nil)
        var problem = frontMatter.problem
        if file.hadInvalidUTF8 { problem = problem ?? "invalid UTF-8 shown as \u{FFFD}" }
        return VaultNote(location, frontMatter: frontMatter, summary: summary, problem: problem)
    }

    private init(_ location: Location, frontMatter: FrontMatter, summary: LinkScanner.Summary, problem: String?) {
        self.init(location, title: frontMatter.title, aliases: frontMatter.aliases,
                  videoID: frontMatter.videoID, links: summary.links, timestampCount: summary.timestampCount, problem: problem)
    }
}
