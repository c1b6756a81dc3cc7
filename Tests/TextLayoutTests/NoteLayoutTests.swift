import NoteKit
import TextLayout
import XCTest

final class NoteLayoutTests: XCTestCase {
    private func layout(_ text: String, width: Int = 40, resolved: Set<String> = []) -> RenderedNote {
        let note = Note.parse(NoteFile(path: "/v/n.md", text: text))
        return NoteLayout.layout(note, width: width) { resolved.contains($0.target) }
    }

    func testHeaderItemsAndSegments() {
        let rendered = layout("---\ntitle: T\nvideoId: AaZxjsIoXE0\n---\nSee [[a | the first link]] <a class=\"yt-timestamp\" data-t=\"00:01:00\">[00:01:00]</a>.\n",
                              width: 30, resolved: ["a"])
        XCTAssertEqual(rendered.lines.map(\.plainText), [
            " T",
            " ▶ https://www.youtube.com/watch?v=AaZxjsIoXE0",
            "",
            " See the first link",
            " [00:01:00].",
        ])
        XCTAssertEqual(rendered.items.count, 3)
        XCTAssertEqual(rendered.items[0].kind, .external(url: "https://www.youtube.com/watch?v=AaZxjsIoXE0"))
        XCTAssertEqual(rendered.items[1].kind, .wikilink(Wikilink(target: "a"), resolved: true))
        XCTAssertEqual(rendered.items[1].segments, [LinkItem.Segment(line: 3, column: 5, width: 14)])
        XCTAssertEqual(rendered.items[2].kind, .timestamp(Timestamp(seconds: 60)))
        XCTAssertEqual(rendered.items[2].segments, [LinkItem.Segment(line: 4, column: 1, width: 10)])
        XCTAssertEqual(rendered.blockLines, [3])
    }

    func testUnresolvedLinksUseTheirOwnRole() {
        let rendered = layout("[[missing]] and [[there]]", resolved: ["there"])
        let roles = rendered.lines.flatMap(\.runs).filter { $0.item != nil }.map(\.style.role)
        XCTAssertEqual(roles, [.unresolvedLink, .link])
    }

    func testListsIndentAndHang() {
        let rendered = layout("- a first item that wraps around\n  - nested one\n1. num", width: 24)
        XCTAssertEqual(Array(rendered.lines.map(\.plainText).dropFirst(2)), [
            " • a first item that",
            "   wraps around",
            "   ◦ nested one",
            "",
            " 1. num",
        ])
    }

    func testQuoteCodeAndRule() {
        let rendered = layout("> quoted text\n\n```\ncode\tline\n```\n\n---", width: 30)
        XCTAssertEqual(Array(rendered.lines.map(\.plainText).dropFirst(2)), [
            " │ quoted text", "", "   code    line", "", " " + String(repeating: "─", count: 28),
        ])
    }

    func testTablesShrinkToFit() {
        let rendered = layout("| Species | Tangential movement |\n|---|--:|\n| Hinoki cypress (檜) | 6.3% |\n", width: 30)
        let table = rendered.lines.map(\.plainText).dropFirst(2)
        XCTAssertTrue(table.allSatisfy { DisplayWidth.of($0) <= 30 }, "\(table)")
        XCTAssertEqual(table.first, " ┌────────────┬─────────────┐")
        XCTAssertTrue(table.contains(" │ Hinoki     │        6.3% │"), "right-aligned column: \(table)")
        XCTAssertTrue(table.contains { $0.contains("(檜)") }, "brackets stay with their character: \(table)")
    }

    func testEveryLineFitsTheWidthForTheSeeds() throws {
        let text = "---\ntitle: 継ぎ手 and a very long title that must wrap somewhere sensible\n---\n" +
            String(repeating: "木組みは釘を使わない。 Words and [[links | linked words]] 🪚 ", count: 20)
        for width in [20, 33, 80] {
            let rendered = layout(text, width: width)
            for line in rendered.lines { XCTAssertLessThanOrEqual(line.width, width, line.plainText) }
        }
    }
}
