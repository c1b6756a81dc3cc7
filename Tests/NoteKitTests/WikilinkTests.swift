import NoteKit
import XCTest

final class WikilinkTests: XCTestCase {
    func testEveryForm() {
        let plain = Wikilink.parse(inner: "Target")
        XCTAssertEqual(plain.link, Wikilink(target: "Target"))
        XCTAssertNil(plain.alias)

        let spaced = Wikilink.parse(inner: "snake_case_target | Alias text")
        XCTAssertEqual(spaced.link.target, "snake_case_target")
        XCTAssertEqual(spaced.alias, "Alias text")

        let tight = Wikilink.parse(inner: "Target|alias")
        XCTAssertEqual(tight.link.target, "Target")
        XCTAssertEqual(tight.alias, "alias")

        let heading = Wikilink.parse(inner: "Target#Some Heading")
        XCTAssertEqual(heading.link, Wikilink(target: "Target", heading: "Some Heading"))

        let both = Wikilink.parse(inner: "Target#Heading|alias")
        XCTAssertEqual(both.link, Wikilink(target: "Target", heading: "Heading"))
        XCTAssertEqual(both.alias, "alias")

        let external = Wikilink.parse(inner: "https://example.org/a?b=c | text")
        XCTAssertTrue(external.link.isExternal)
        XCTAssertEqual(external.link.target, "https://example.org/a?b=c")
        XCTAssertEqual(external.alias, "text")

        let sameNote = Wikilink.parse(inner: "#Section")
        XCTAssertEqual(sameNote.link, Wikilink(target: "", heading: "Section"))
    }

    func testDisplayText() {
        XCTAssertEqual(Wikilink(target: "Note", heading: "Part").displayText, "Note › Part")
        XCTAssertEqual(Wikilink(target: "", heading: "Part").displayText, "Part")
        XCTAssertEqual(Wikilink(target: "Note").displayText, "Note")
    }

    func testSchemeDetection() {
        XCTAssertFalse(Wikilink(destination: "Note: a subtitle").isExternal)
        XCTAssertTrue(Wikilink(destination: "mailto:a@b.c").isExternal)
        XCTAssertFalse(Wikilink(destination: "C++ tips").isExternal)
        // A scheme is at most ten characters.
        XCTAssertTrue(Wikilink(destination: "  abcdefghij://x").isExternal)
        XCTAssertFalse(Wikilink(destination: "abcdefghijk://x").isExternal)
        XCTAssertFalse(Wikilink(destination: "://x").isExternal)
    }

    func testIndexRendererAndSearchAgreeOnWhatIsALink() {
        let line = "see [[a[b]] and [[]] and [[ok | fine]] and [[x#H]]"
        XCTAssertEqual(LinkScanner.scan(line).links.map(\.target), ["ok", "x"])
        XCTAssertEqual(VaultSearch.readable(Substring(line)), "see [[a[b]] and [[]] and fine and x › H")
        let note = Note.parse(NoteFile(path: "/v/n.md", text: line))
        var rendered: [String] = []
        _ = SentenceContext.links(in: note.document) { link in
            rendered.append(link.target)
            return false
        }
        XCTAssertEqual(rendered, ["ok", "x"])
    }
}

