import NoteKit
import XCTest

final class FrontMatterTests: XCTestCase {
    func testSplitsFrontMatterAndCountsLines() {
        let split = FrontMatter.split("---\ntitle: A\nvideoId: AaZxjsIoXE0\n---\n\nBody\n")
        XCTAssertEqual(split.yaml, "title: A\nvideoId: AaZxjsIoXE0\n")
        XCTAssertEqual(split.body, "\nBody\n")
        XCTAssertEqual(split.bodyLineOffset, 4)
    }

    func testNoFrontMatter() {
        let split = FrontMatter.split("# Just a heading\n---\n")
        XCTAssertNil(split.yaml)
        XCTAssertEqual(split.body, "# Just a heading\n---\n")
    }

    func testUnclosedFenceIsNotFrontMatter() {
        let split = FrontMatter.split("---\ntitle: A\nno closing fence\n")
        XCTAssertNil(split.yaml)
    }

    func testByteOrderMarkAndCRLF() throws {
        let file = NoteFile.decode(Array("\u{FEFF}---\r\ntitle: A\r\n---\r\nBody\r\n".utf8), path: "/v/crlf.md")
        let split = FrontMatter.split(file.text)
        XCTAssertEqual(FrontMatter.parse(try XCTUnwrap(split.yaml)).title, "A")
        XCTAssertEqual(split.body, "Body\n")
    }

    func testParsesTitleVideoAndAliases() {
        let list = FrontMatter.parse("title: The role of trust\nvideoId: AaZxjsIoXE0\naliases: [Trust, Faith]\n")
        XCTAssertEqual(list.title, "The role of trust")
        XCTAssertEqual(list.videoID, "AaZxjsIoXE0")
        XCTAssertEqual(list.aliases, ["Trust", "Faith"])
        XCTAssertNil(list.problem)
        XCTAssertEqual(FrontMatter.parse("alias: one, two ,three").aliases, ["one", "two", "three"])
        XCTAssertEqual(FrontMatter.parse("aliases:\n  - x\n  - y\n").aliases, ["x", "y"])
    }

    func testVideoIDStartingWithDashOrUnderscore() {
        XCTAssertEqual(FrontMatter.parse("videoId: _HySsiq_l6A").videoID, "_HySsiq_l6A")
        XCTAssertEqual(FrontMatter.parse("videoId: -abcdefghij").videoID, "-abcdefghij")
    }

    func testBrokenYAMLIsAProblemNotACrash() {
        let broken = FrontMatter.parse("title: [unclosed\nvideoId: x: y: z\n")
        XCTAssertNil(broken.title)
        XCTAssertNotNil(broken.problem)
        XCTAssertTrue(broken.problem?.contains("YAML") == true, broken.problem ?? "")
        XCTAssertNotNil(FrontMatter.parse("- just\n- a list\n").problem)
    }

    func testBadVideoIDIsReported() {
        let bad = FrontMatter.parse("title: T\nvideoId: not-a-video-id-at-all")
        XCTAssertNil(bad.videoID)
        XCTAssertEqual(bad.title, "T")
        XCTAssertTrue(bad.problem?.contains("videoId") == true)
    }

    func testNoteFallsBackToFileNameForTitle() {
        let note = Note.parse(NoteFile(path: "/v/some_note.md", text: "Body only"))
        XCTAssertEqual(note.title, "some_note")
        XCTAssertNil(note.videoID)
    }

    func testNoteReportsBrokenFrontMatterAndStillParses() {
        let note = Note.parse(NoteFile(path: "/v/n.md", text: "---\ntitle: [oops\n---\n\n## Heading\n"))
        XCTAssertEqual(note.title, "n")
        XCTAssertEqual(note.problems.count, 1)
        XCTAssertTrue(note.problems[0].hasPrefix("/v/n.md: "), note.problems[0])
        XCTAssertEqual(note.outline.map(\.title), ["Heading"])
    }
}
