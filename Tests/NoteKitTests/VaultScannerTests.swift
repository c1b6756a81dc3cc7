import Foundation
@testable import NoteKit
import XCTest

final class VaultScannerTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("notewalk-scan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/sub/deeper", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/.obsidian", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/.hidden", withIntermediateDirectories: true)
        try "---\ntitle: Top\n---\n[[deep]]".write(toFile: root + "/top.md", atomically: true, encoding: .utf8)
        try "plain".write(toFile: root + "/sub/plain.txt", atomically: true, encoding: .utf8)
        try "# deep".write(toFile: root + "/sub/deeper/deep.markdown", atomically: true, encoding: .utf8)
        try "hidden".write(toFile: root + "/.hidden/secret.md", atomically: true, encoding: .utf8)
        try "not a note".write(toFile: root + "/image.png", atomically: true, encoding: .utf8)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: root + "/sub/binary.md"))
        try Data([0x61, 0xC3, 0x28, 0x62]).write(to: URL(fileURLWithPath: root + "/sub/latin.md"))
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/deeper/loop", withDestinationPath: root + "/sub")
        try FileManager.default.createSymbolicLink(atPath: root + "/dangling.md", withDestinationPath: root + "/nowhere.md")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    func testFindsNotesRecursivelySkipsHiddenAndSurvivesLoops() throws {
        let result = try VaultScanner.scan(root: root)
        XCTAssertEqual(result.notes, ["sub/binary.md", "sub/deeper/deep.markdown", "sub/latin.md", "sub/plain.txt", "top.md"])
        XCTAssertEqual(result.problems.map(\.path), ["dangling.md"])
    }

    func testBatchesHandedOverDuringTheScanHoldEveryNoteOnce() throws {
        for i in 0..<1300 {
            try "n".write(toFile: root + (i % 3 == 0 ? "/sub/" : "/") + "n\(i).md", atomically: false, encoding: .utf8)
        }
        var batches: [PathList] = []
        let result = try VaultScanner.scan(root: root) { batches.append($0) }
        XCTAssertGreaterThan(batches.count, 2)
        XCTAssertEqual(batches.flatMap { $0 }.sorted(), result.notes)
        // A batch's bytes are its own copy, its paths' order among themselves intact.
        XCTAssertEqual(batches.map { $0.inStringOrder() }, batches.map { Array($0).sorted() })
        XCTAssertEqual(result.notes.count, 1300 + 5)
    }

    /// Notes read while the folders are walked are the notes a full read gives, each in its place.
    func testNotesReadDuringTheWalkAreTheNotesReadAfterIt() throws {
        for i in 0..<700 {
            try "---\ntitle: Note \(i)\n---\n[[n\(i + 1)]] <a class=\"yt-timestamp\" data-t=\"00:00:0\(i % 10)\">[x]</a>"
                .write(toFile: root + (i % 3 == 0 ? "/sub/" : "/") + "n\(i).md", atomically: false, encoding: .utf8)
        }
        let early = EarlyReader(root: root)
        let index = VaultIndex(root: root, scan: try early.scan())
        let read = early.finish()
        XCTAssertEqual(Set(read.map(\.path)).count, read.count, "each note is read once")
        for (path, note) in read { XCTAssertEqual(note, VaultNote.read(relativePath: path, in: FolderHandle(root)), path) }
        let placed = VaultIndex.readAll(index, early: read)
        XCTAssertEqual(placed, VaultIndex.readAll(index))
        // What the early reader gave is used as it is, not read again.
        var marked = read.isEmpty ? [("n5.md", VaultNote.read(relativePath: "n5.md", in: FolderHandle(root)))] : read
        marked[0].1.title = "Read early"
        let withMark = VaultIndex.readAll(index, early: marked)
        XCTAssertEqual(index.note(atRelativePath: marked[0].0).map { withMark[$0].title }, "Read early")
        XCTAssertEqual(withMark.filter { $0.title == "Read early" }.count, 1)
        XCTAssertEqual(try VaultIndex.build(root: root).notes, placed)
    }

    func testAnEarlyReaderStopsWithoutAScanOrWithoutBeingAsked() throws {
        XCTAssertTrue(EarlyReader(root: root).finish().isEmpty)
        let early = EarlyReader(root: root)
        _ = try early.scan()
        // Not finished: its thread reads what it was handed, then ends by itself.
        let read = EarlyReader(root: root + "/missing")
        XCTAssertThrowsError(try read.scan())
        XCTAssertTrue(read.finish().isEmpty)
    }

    func testFoldersAreListedForWatching() throws {
        XCTAssertEqual(try VaultScanner.scan(root: root).folders, ["", "sub", "sub/deeper"], "hidden folders and loops left out")
    }

    func testRefreshReadsOnlyTheChangedNotes() throws {
        let index = try VaultIndex.build(root: root)
        try "---\ntitle: Top again\n---\n".write(toFile: root + "/top.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Plain now\n---\n".write(toFile: root + "/sub/plain.txt", atomically: true, encoding: .utf8)
        try "---\ntitle: New\n---\n[[top]]".write(toFile: root + "/sub/new.md", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: root + "/sub/deeper/deep.markdown")
        let refreshed = index.refreshed(with: try VaultScanner.scan(root: root), changed: ["top.md", "sub/new.md"])
        func title(_ path: String) -> String? { refreshed.note(atRelativePath: path).map { refreshed.notes[$0].title } }
        XCTAssertEqual(title("top.md"), "Top again", "a changed note is read again")
        XCTAssertEqual(title("sub/plain.txt"), "plain", "a note not reported as changed keeps its summary")
        XCTAssertEqual(title("sub/new.md"), "New", "a new note is read")
        XCTAssertNil(title("sub/deeper/deep.markdown"), "a removed note is gone")
        XCTAssertEqual(refreshed.resolve("top").note, refreshed.note(atRelativePath: "top.md"))
    }

    func testIndexReportsBinaryAndInvalidUTF8Files() throws {
        let index = try VaultIndex.build(root: root)
        let binary = index.notes[index.note(atRelativePath: "sub/binary.md")!]
        XCTAssertTrue(binary.problem?.contains("binary") == true)
        XCTAssertTrue(binary.problem?.contains("sub/binary.md") == true, "the message names the file")
        let latin = index.notes[index.note(atRelativePath: "sub/latin.md")!]
        XCTAssertTrue(latin.problem?.contains("UTF-8") == true)
        XCTAssertEqual(index.resolve("deep").note.map { index.notes[$0].relativePath }, "sub/deeper/deep.markdown")
    }

    func testMissingVaultAndFileAsVault() {
        XCTAssertThrowsError(try VaultScanner.scan(root: root + "/missing")) { error in
            XCTAssertEqual(error as? VaultError, .notFound(path: root + "/missing"))
        }
        XCTAssertThrowsError(try VaultScanner.scan(root: root + "/top.md")) { error in
            XCTAssertEqual(error as? VaultError, .notADirectory(path: root + "/top.md"))
        }
    }

    func testReadingErrorsNameTheFile() {
        XCTAssertThrowsError(try NoteFile.read(root + "/sub/binary.md")) { error in
            XCTAssertEqual((error as? NoteFileError)?.description, root + "/sub/binary.md: binary file (contains NUL bytes), not a note")
        }
        XCTAssertThrowsError(try NoteFile.read(root + "/sub")) { error in
            XCTAssertTrue("\(error)".contains("not a regular file"))
        }
        XCTAssertThrowsError(try NoteFile.read(root + "/none.md")) { error in
            XCTAssertEqual(error as? NoteFileError, .notFound(path: root + "/none.md"))
        }
    }

    func testOneReadBufferGrowsForALongNoteAndStartsAfreshForTheNext() throws {
        // 300 KB, past the buffer's first 64 KiB and its growth to 256 KiB; the link is in the last bytes.
        let long = "---\ntitle: Long\n---\n" + String(repeating: "words and more words\n", count: 15_000) + "[[at the end]]\n"
        try long.write(toFile: root + "/long.md", atomically: true, encoding: .utf8)
        try "[[short]]".write(toFile: root + "/short.md", atomically: true, encoding: .utf8)
        let folder = FolderHandle(root)
        let buffer = ReadBuffer()
        let first = VaultNote.read(relativePath: "long.md", in: folder, buffer: buffer)
        XCTAssertEqual(first.title, "Long")
        XCTAssertEqual(first.links.map(\.target), ["at the end"])
        let second = VaultNote.read(relativePath: "short.md", in: folder, buffer: buffer)
        XCTAssertEqual(second.links.map(\.target), ["short"])
        XCTAssertNil(second.problem)
        let binary = VaultNote.read(relativePath: "sub/binary.md", in: folder, buffer: buffer)
        XCTAssertEqual(binary.problem, root + "/sub/binary.md: binary file (contains NUL bytes), not a note")
        XCTAssertEqual(VaultNote.read(relativePath: "sub", in: folder, buffer: buffer).problem?.hasPrefix(root + "/sub: cannot read"), true)
        XCTAssertEqual(VaultNote.read(relativePath: "gone.md", in: folder, buffer: buffer).problem, root + "/gone.md: no such file")
    }

    func testAFifoWhereTheScanSawANoteReadsWithoutWaiting() throws {
        XCTAssertEqual(mkfifo(root + "/pipe.md", 0o644), 0)
        let note = VaultNote.read(relativePath: "pipe.md", in: FolderHandle(root))
        XCTAssertTrue(note.links.isEmpty)
    }

    private func inStringOrder(_ paths: [String]) -> [String] {
        var list = PathList()
        for path in paths { list.append(path) }
        return list.inStringOrder()
    }

    /// The scan's sort orders paths exactly as String's `<` does, combining marks near the sixteenth
    /// byte (where the prefix keys stop) and non-ASCII names included.
    func testPathSortAgreesWithStringOrder() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "b", "A", "_", " ", "/", ".md", "e", "f", "é", "e\u{301}", "\u{301}", "ü", "日", "Accountability_",
                      "aaaaaaaaaaaaaaa", "z", "0", "~"]
        for round in 0..<40 {
            let paths = (0..<(round == 0 ? 5000 : 300)).map { _ in
                (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            }
            XCTAssertEqual(inStringOrder(paths), paths.sorted())
        }
        let edge = ["aaaaaaaaaaaaaaae\u{301}x", "aaaaaaaaaaaaaaaf", "aaaaaaaaaaaaaaae", "aaaaaaaaaaaaaaaéa", "aaaaaaaaaaaaaaaa\u{301}",
                    "Case_study_in_Kraków.md", "Case_study_in_Krako\u{301}w.md", "Case_study_in_Krakow.md", "Case_study_in_Krakox.md",
                    "Case_study_in_Krakǿw.md", "Case_study_in_Krako\u{308}w.md", "Case_study_in_Kraköw.md"]
        XCTAssertEqual(inStringOrder(edge), edge.sorted())
        XCTAssertEqual(inStringOrder(edge.reversed()), edge.reversed().sorted())
    }

    /// A walk gives paths as a folder's bytes and a name's: they are joined, and bytes that are not
    /// UTF-8 become what `String(decoding:)` makes of them, in that String's place in the order.
    func testPathListJoinsFoldersAndRepairsNames() {
        var list = PathList()
        func add(_ folder: String, _ name: [UInt8]) {
            var folder = folder
            folder.withUTF8 { folder in name.withUnsafeBufferPointer { list.append(folder: folder, name: $0) } }
        }
        add("", Array("top.md".utf8))
        add("sub", [0x61, 0xFF, 0x62, 0x2E, 0x6D, 0x64])
        add("sub", [0x61, 0x80, 0x2E, 0x6D, 0x64])
        add("sub", Array("a.md".utf8))
        add("sub/deeper", Array("é.md".utf8))
        let expected = ["top.md", "sub/a\u{FFFD}b.md", "sub/a\u{FFFD}.md", "sub/a.md", "sub/deeper/é.md"]
        XCTAssertEqual(Array(list), expected)
        XCTAssertEqual(list.inStringOrder(), expected.sorted())
        XCTAssertEqual(Array(list.batch(from: 1)), Array(expected.dropFirst()))
        XCTAssertEqual(list.batch(from: 2).inStringOrder(), expected.dropFirst(2).sorted())
        XCTAssertTrue(list.batch(from: 5).isEmpty)
    }
}
