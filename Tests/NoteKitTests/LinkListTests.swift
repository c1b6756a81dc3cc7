@testable import NoteKit
import XCTest

/// The index keeps a note's links as bytes; these hold them to the links parsed as Strings.
final class LinkListTests: XCTestCase {
    func testLinksGiveBackWhatWasWritten() {
        let links = [
            Wikilink(target: "snake_case_target"), Wikilink(target: "Target", heading: "Heading"),
            Wikilink(target: "", heading: "Only a heading"), Wikilink(target: "Bogotá – Café", heading: "Über"),
            Wikilink(target: "日本の木組み"), Wikilink(target: "https://example.com", isExternal: true),
        ]
        let list = LinkList(links)
        XCTAssertEqual(Array(list), links)
        XCTAssertEqual(list.count, links.count)
        for (i, link) in links.enumerated() {
            XCTAssertEqual(list.target(at: i), link.target)
            XCTAssertEqual(list.key(at: i), NameKey(link.target), link.target)
        }
        XCTAssertEqual(LinkList([]).count, 0)
    }

    /// A scanned note's links are those `Wikilink.parse` makes of each `[[…]]` naming a note, keyed as their targets are.
    func testScannedLinksAgreeWithParsedOnes() {
        let inners = ["a", " spaced  | Alias", "Target#Heading", "Target # ## Deep heading ##", "#Only heading",
                      "Café Bogotá|café", "\u{212A}elvin", "x | y | z", "日本#見出し", "Foo.md", "a\tb "]
        let text = inners.map { "Some text [[\($0)]] more " }.joined(separator: "\n") + "[[https://example.com]] [[ ]]"
        let scanned = LinkScanner.scan(text).links
        // Links within the note (`[[#Heading]]`), external and empty ones are not kept.
        let parsed = inners.map { Wikilink.parse(inner: $0).link }.filter { !$0.target.isEmpty }
        XCTAssertEqual(Array(scanned), parsed)
        for i in scanned.indices { XCTAssertEqual(scanned.key(at: i), NameKey(parsed[i].target), parsed[i].target) }
    }
}
