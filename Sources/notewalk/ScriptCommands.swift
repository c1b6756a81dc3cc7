import ArgumentParser
import NoteKit
import TextLayout

/// `notewalk list VAULT`: a note a line, relative path and title.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the notes of a vault: relative path and title.")

    @Argument(help: "The vault folder.") var vault: String
    @Flag(help: "Print one JSON document.") var json = false

    struct Entry: Encodable {
        var path: String, title: String, videoId: String?, links: Int, timestamps: Int, problem: String?
    }

    func run() throws {
        let index = loadIndex(vault)
        let entries = index.notes.map {
            Entry(path: $0.relativePath, title: $0.title, videoId: $0.videoID, links: $0.links.count,
                  timestamps: $0.timestampCount, problem: $0.problem)
        }
        if json { return JSONOutput.print(entries) }
        for entry in entries { print("\(entry.path)\t\(entry.title)") }
    }
}

/// `notewalk show NOTE`: the note rendered as plain text.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a note rendered as plain text.")

    @Argument(help: "A note file, or a title with --vault.") var note: String
    @Option(help: "The vault to resolve links and titles in.") var vault: String?
    @Option(help: "Wrap to this many columns.") var width = 80
    @Flag(help: "Print one JSON document.") var json = false

    struct Output: Encodable { var path: String, title: String, videoId: String?, text: String, problems: [String] }

    func run() throws {
        let (index, path) = loadNote(note, vault: vault)
        let parsed = readNote(path)
        let from = index.noteIndex(forAbsolutePath: path)
        let rendered = NoteLayout.layout(parsed, width: max(20, width)) {
            $0.target.isEmpty || index.resolve($0.target, from: from).isResolved
        }
        let text = rendered.lines.map { line in
            var text = line.plainText
            while text.last == " " { text.removeLast() }
            return text.hasPrefix(" ") ? String(text.dropFirst()) : text
        }.joined(separator: "\n")
        if json {
            return JSONOutput.print(Output(path: path, title: parsed.title, videoId: parsed.videoID, text: text,
                                           problems: parsed.problems))
        }
        print(text)
        parsed.problems.forEach { FileHandleOutput.standardError("notewalk: \($0)\n") }
    }
}

/// `notewalk links NOTE`: each wikilink and where it leads.
struct Links: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "links", abstract: "List a note's wikilinks and the notes they resolve to.")

    @Argument(help: "A note file, or a title with --vault.") var note: String
    @Option(help: "The vault to resolve links in.") var vault: String?
    @Flag(help: "Print one JSON document.") var json = false

    struct Entry: Encodable {
        var target: String, heading: String?, resolved: String?, rung: Int, candidates: [String]

        private enum Keys: String, CodingKey { case target, heading, resolved, rung, candidates }

        /// `resolved` is written as null for an unresolved link, not left out.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(target, forKey: .target)
            try container.encode(heading, forKey: .heading)
            try container.encode(resolved, forKey: .resolved)
            try container.encode(rung, forKey: .rung)
            try container.encode(candidates, forKey: .candidates)
        }
    }

    func run() throws {
        let (index, path) = loadNote(note, vault: vault)
        let from = index.noteIndex(forAbsolutePath: path)
        let summary = LinkScanner.scan(FrontMatter.split(readNote(path, parse: false).text).body)
        let entries = summary.links.map { link in
            let resolution = index.resolve(link.target, from: from)
            return Entry(target: link.target, heading: link.heading,
                         resolved: resolution.note.map { index.notes[$0].relativePath }, rung: resolution.rung,
                         candidates: resolution.candidates.map { index.notes[$0].relativePath })
        }
        if json { return JSONOutput.print(entries) }
        for entry in entries {
            let name = entry.heading.map { "\(entry.target)#\($0)" } ?? entry.target
            var line = "\(name)\t\(entry.resolved ?? "unresolved")"
            if entry.candidates.count > 1 { line += "\t(ambiguous: \(entry.candidates.joined(separator: ", ")))" }
            print(line)
        }
    }
}

/// `notewalk timestamps NOTE`: every cited moment, its URL and the sentence it supports.
struct Timestamps: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timestamps", abstract: "List a note's cited moments with URL and sentence.")

    @Argument(help: "A note file, or a title with --vault.") var note: String
    @Option(help: "The vault to find the note in.") var vault: String?
    @Flag(help: "Print one JSON document.") var json = false

    struct Entry: Encodable { var time: String, seconds: Int, url: String?, sentence: String }

    func run() throws {
        let (_, path) = loadNote(note, vault: vault)
        let parsed = readNote(path)
        let entries = Citations.extract(parsed.document).map { citation in
            Entry(time: citation.timestamp.formatted, seconds: citation.timestamp.seconds,
                  url: parsed.videoID.map { VideoURL.watch($0, at: citation.timestamp) }, sentence: citation.sentence)
        }
        if json { return JSONOutput.print(entries) }
        if parsed.videoID == nil, !entries.isEmpty {
            FileHandleOutput.standardError("notewalk: \(path): no videoId in the front matter; URLs left out\n")
        }
        for entry in entries { print("\(entry.time)\t\(entry.url ?? "-")\t\(entry.sentence)") }
    }
}

func loadIndex(_ vault: String) -> VaultIndex {
    guard let root = FileSystem.realPath(vault) else { fail("\(vault): no such folder") }
    do { return try VaultIndex.build(root: root) } catch { fail(error.description) }
}

/// The vault's files, not yet read.
func scanVault(_ vault: String) -> VaultIndex {
    guard let root = FileSystem.realPath(vault) else { fail("\(vault): no such folder") }
    do { return VaultIndex(root: root, scan: try VaultScanner.scan(root: root)) } catch { fail(error.description) }
}

func loadNote(_ argument: String, vault: String?) -> (VaultIndex, String) {
    do { return try VaultLocator.note(argument, vault: vault) } catch { fail(error.description) }
}

func readNote(_ path: String) -> Note {
    Note.parse(readNote(path, parse: false))
}

func readNote(_ path: String, parse: Bool) -> NoteFile {
    do { return try NoteFile.read(path) } catch { fail(error.description) }
}
