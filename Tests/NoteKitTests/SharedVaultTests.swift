import NoteKit
import NotewalkTestSupport
import XCTest

/// The notes the project was given, and one channel of the real vault, from `../shared`.
final class SharedVaultTests: XCTestCase {
    private func shared() throws -> String {
        guard let shared = sharedDirectory() else { throw XCTSkip("../shared is not beside the project; skipping the seed and opsi notes") }
        return shared
    }

    func testSeedNotesParse() throws {
        let note = try Note.load(try shared() + "/vaults/seeds/000_e2f10a720c62200b.txt")
        XCTAssertEqual(note.title, "The role of trust and cultural understanding in international cooperation")
        XCTAssertEqual(note.videoID, "AaZxjsIoXE0")
        XCTAssertTrue(note.problems.isEmpty)
        XCTAssertEqual(note.outline.first?.title, "Challenges to Cross-Border Innovation")
        let citations = Citations.extract(note.document)
        XCTAssertEqual(citations.first?.timestamp.seconds, 1312)
        XCTAssertEqual(citations.count, try rawCount("yt-timestamp", in: try shared() + "/vaults/seeds/000_e2f10a720c62200b.txt"))
    }

    func testOpsiIndexMatchesTheFiles() throws {
        let root = try shared() + "/vaults/opsi"
        let index = try VaultIndex.build(root: root)
        XCTAssertEqual(index.notes.count, 98)
        XCTAssertTrue(index.notes.allSatisfy { $0.problem == nil })
        let channel = try XCTUnwrap(index.resolve("oecdobservatoryofpublicsec3116").note)
        XCTAssertEqual(index.notes[channel].relativePath, "oecdobservatoryofpublicsec3116.md")
        for note in index.notes {
            let text = try String(contentsOfFile: root + "/" + note.relativePath, encoding: .utf8)
            let anchors = text.components(separatedBy: "yt-timestamp").count - 1
            let bare = text.components(separatedBy: "\n").filter { !$0.contains("yt-timestamp") }
                .map { $0.components(separatedBy: "[00:").count - 1 }.reduce(0, +)
            let parsed = Note.parse(NoteFile(path: note.relativePath, text: text))
            let citations = Citations.extract(parsed.document).count
            XCTAssertEqual(note.timestampCount, citations, "the index counts what the parser finds: \(note.relativePath)")
            XCTAssertGreaterThanOrEqual(citations, anchors + bare, note.relativePath)
        }
    }

    func testOpsiLinksResolveThroughTheLadder() throws {
        let index = try VaultIndex.build(root: try shared() + "/vaults/opsi")
        let from = index.note(atRelativePath: "agile_regulatory_governance.md")
        XCTAssertEqual(index.resolve("oecdobservatoryofpublicsec3116", from: from).rung, 1)
        let spaced = index.resolve("Behavioral Insights in Public Administration", from: from)
        XCTAssertEqual(spaced.note.map { index.notes[$0].relativePath }, "behavioral_insights_in_public_administration.md")
    }

    private func rawCount(_ needle: String, in path: String) throws -> Int {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: needle).count - 1
    }

    func testVaultSearchOnAllCoresReportsInVaultOrder() throws {
        var index = VaultIndex(root: try shared() + "/vaults/opsi", scan: try VaultScanner.scan(root: try shared() + "/vaults/opsi"))
        index.update([])
        for query in ["public trust", "Trust", "innovation", "e"] {
            let serial = try index.notes.indices.compactMap { i -> VaultSearch.Result? in
                VaultSearch.search(TextSearch(query), in: try NoteFile.read(index.path(of: i)), note: i)
            }
            let collected = Gathered<VaultSearch.Result>()
            VaultSearch.run(query, in: index, isCancelled: { false }) { collected.add($0) }
            let parallel = collected.all
            XCTAssertEqual(parallel, serial, query)
            XCTAssertFalse(serial.isEmpty, query)
            let whileScanning = try VaultSearch.scanAndSearch(query, root: index.root)
            XCTAssertEqual(whileScanning.map(\.result), serial, "searched while scanning: \(query)")
            XCTAssertEqual(whileScanning.map(\.relativePath), serial.map { index.notes[$0.note].relativePath })
        }
    }
}
