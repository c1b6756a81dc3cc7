/// One note, parsed: front matter, title, Markdown document and section outline.
public struct Note: Sendable {
    /// The file, or "" for a page Notewalk made.
    public var path: String
    public var frontMatter: FrontMatter
    public var title: String
    public var document: Document
    /// Readable problems found while reading (broken front matter, invalid UTF-8); the note still shows.
    public var problems: [String]
    /// Tells parses apart: two notes with the same nonzero revision came from one parse of one file
    /// (set by `NoteCache`), so what was made from one serves the other.
    public var revision = 0

    public var videoID: String? { frontMatter.videoID }

    /// Reads and parses the note at `path`.
    public static func load(_ path: String) throws(NoteFileError) -> Note {
        parse(try NoteFile.read(path))
    }

    /// Parses an already decoded note file.
    public static func parse(_ file: NoteFile) -> Note {
        let split = FrontMatter.split(file.text)
        let frontMatter = split.yaml.map(FrontMatter.parse) ?? FrontMatter()
        var problems: [String] = []
        if let problem = frontMatter.problem { problems.append("\(file.path): \(problem)") }
        if file.hadInvalidUTF8 { problems.append("\(file.path): invalid UTF-8 shown as \u{FFFD}") }
        let document = MarkdownParser.parse(split.body, bareCitations: frontMatter.videoID != nil)
        return Note(path: file.path, frontMatter: frontMatter, title: frontMatter.title ?? NotePath.stem(file.path),
                    document: document, problems: problems)
    }

    public init(path: String, frontMatter: FrontMatter, title: String, document: Document, problems: [String]) {
        self.path = path
        self.frontMatter = frontMatter
        self.title = title
        self.document = document
        self.problems = problems
    }

    /// The headings of the note, in order.
    public var outline: [OutlineEntry] { Outline.entries(of: document) }
}

/// Small helpers on slash-separated paths, without Foundation.
public enum NotePath {
    /// File extensions read as notes.
    public static let noteExtensions = ["md", "markdown", "txt"]

    /// The file name without its directory and extension.
    public static func stem(_ path: String) -> String {
        let (start, end) = fileNameBounds(path)
        guard start < end else { return path }
        let dot = ByteSearch.withBytes(of: path) { bytes in
            var i = end - 1
            while i > start, bytes[i] != UInt8(ascii: ".") { i -= 1 }
            return i > start ? i : end
        }
        return slice(path, start, dot)
    }

    public static func fileName(_ path: String) -> String {
        let (start, end) = fileNameBounds(path)
        return start == end ? path : slice(path, start, end)
    }

    /// The directory part of a relative path, "" at the top.
    public static func folder(_ path: String) -> String {
        let slash = ByteSearch.withBytes(of: path) { bytes in
            var i = bytes.count - 1
            while i >= 0, bytes[i] != UInt8(ascii: "/") { i -= 1 }
            return i
        }
        return slash < 0 ? "" : slice(path, 0, slash)
    }

    /// Where the last component of a path starts and ends (trailing slashes left out), in UTF-8 offsets.
    private static func fileNameBounds(_ path: String) -> (start: Int, end: Int) {
        ByteSearch.withBytes(of: path) { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            return (start, end)
        }
    }

    /// The text between two UTF-8 offsets that fall on ASCII bytes (or the ends).
    private static func slice(_ path: String, _ start: Int, _ end: Int) -> String {
        if start == 0, end == path.utf8.count { return path }
        return ByteSearch.withBytes(of: path) { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    public static func isNote(_ name: String) -> Bool {
        ByteSearch.withBytes(of: name, isNote)
    }

    /// Whether a file name's UTF-8 bytes end in a note extension.
    public static func isNote(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var dot = name.count - 1
        while dot > 0, name[dot] != UInt8(ascii: ".") { dot -= 1 }
        guard dot > 0 else { return false }
        // Compared without case: md, markdown, txt.
        return noteExtensions.contains { ext in
            ext.utf8.count == name.count - dot - 1 && zip(ext.utf8, name[(dot + 1)...]).allSatisfy { $0 == $1 | 0x20 }
        }
    }

    public static func join(_ base: String, _ relative: String) -> String {
        if relative.isEmpty { return base }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }
}
