import ArgumentParser
import NoteKit

/// `notewalk search VAULT QUERY`: every note whose text has the phrase, with its first hit.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search the text of every note (smart case; the query is one phrase).")

    @Argument(help: "The vault folder.") var vault: String
    @Argument(help: "The phrase to find.") var query: String
    @Flag(help: "Print one JSON document.") var json = false

    struct Entry: Encodable { var path: String, title: String, hits: Int, line: Int, text: String }

    func run() throws {
        let phrase = VaultSearch.phrase(query)
        guard !phrase.isEmpty else { fail("give something to search for") }
        // Notes are searched while the folder is scanned; each hit brings its note's title.
        guard let root = FileSystem.realPath(vault) else {
            // The other order is an easy slip: say so when the phrase is the folder.
            if FileSystem.realPath(query) != nil {
                fail("\(vault): no such folder (the folder comes first: notewalk search \(query) \"\(vault)\")")
            }
            fail("\(vault): no such folder")
        }
        let hits: [VaultSearch.FolderHit]
        do { hits = try VaultSearch.scanAndSearch(phrase, root: root) } catch { fail(error.description) }
        let entries = hits.map {
            Entry(path: $0.relativePath, title: $0.title, hits: $0.result.count, line: $0.result.line, text: $0.result.text)
        }
        if json { return JSONOutput.print(entries) }
        for entry in entries { print("\(entry.path):\(entry.line): \(entry.text)  (\(entry.hits) in \(entry.title))") }
        if entries.isEmpty { throw ExitCode(1) }
    }
}

/// `notewalk backlinks NOTE`: the notes that link to a note, with the sentence around each link.
struct Backlinks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backlinks", abstract: "List the notes that link to a note, with their sentences.")

    @Argument(help: "A note file, or a title with --vault.") var note: String
    @Option(help: "The vault to look in.") var vault: String?
    @Flag(help: "Print one JSON document.") var json = false

    struct Entry: Encodable { var path: String, title: String, sentence: String }

    func run() throws {
        let (index, path) = loadNote(note, vault: vault)
        guard let target = index.noteIndex(forAbsolutePath: path) else { fail("\(path): not in the vault \(index.root)") }
        let graph = LinkGraph(index: index)
        let links = VaultQueries.backlinks(to: target, index: index, graph: graph) { try? Note.load(index.path(of: $0)) }
        let entries = links.map { Entry(path: index.notes[$0.from].relativePath, title: index.notes[$0.from].title, sentence: $0.sentence) }
        if json { return JSONOutput.print(entries) }
        for entry in entries { print("\(entry.path)\t\(entry.sentence)") }
    }
}

/// `notewalk video VAULT VIDEO_ID`: every citation of a video across the vault, in time order.
struct Video: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "video", abstract: "List every citation of a video in the vault, in time order.")

    @Argument(help: "The vault folder.") var vault: String
    @Argument(help: "The YouTube video id (11 characters).") var videoID: String
    @Flag(help: "Print one JSON document.") var json = false

    struct Entry: Encodable { var time: String, seconds: Int, url: String, path: String, title: String, sentence: String }

    func run() throws {
        guard VideoURL.isValidID(videoID) else { fail("\(videoID): not an 11-character YouTube video id") }
        let index = loadIndex(vault)
        let citations = VaultQueries.citations(of: videoID, index: index) { try? Note.load(index.path(of: $0)) }
        let entries = citations.map {
            Entry(time: $0.timestamp.formatted, seconds: $0.timestamp.seconds, url: VideoURL.watch(videoID, at: $0.timestamp),
                  path: index.notes[$0.note].relativePath, title: index.notes[$0.note].title, sentence: $0.sentence)
        }
        if json { return JSONOutput.print(entries) }
        if entries.isEmpty { fail("no note in \(index.root) cites video \(videoID)") }
        for entry in entries { print("\(entry.time)\t\(entry.url)\t\(entry.path)\t\(entry.sentence)") }
    }
}
