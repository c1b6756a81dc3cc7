import Browser
import NoteKit
import NotewalkTestSupport
import XCTest

final class PickerTests: XCTestCase {
    func testBacklinksListSentencesAndOpenAtTheLink() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("second_note.md")
        driver.press(.char("B"))
        let list = try driver.picker()
        XCTAssertEqual(list.kind, .backlinks)
        XCTAssertEqual(list.rows.map(\.text), ["Start", "Start"])
        XCTAssertEqual(list.rows[0].detail, "Go to the second note or part two.")
        XCTAssertEqual(list.rows[1].detail, "Last line links to second_note.")
        driver.press(.char("j"), .enter)
        let page = try XCTUnwrap(driver.state.page)
        XCTAssertEqual(page.title, "Start")
        let selected = try XCTUnwrap(page.selection)
        XCTAssertEqual(page.rendered.items[selected].label, "second_note", "opened at the second link")
        XCTAssertGreaterThan(page.scroll, 0)
        XCTAssertNil(driver.state.overlay)
    }

    func testBacklinksThroughTheLadderAndNone() throws {
        let vault = TestVault([
            "target_note.md": TestVault.note(title: "Target Note", body: "Nothing."),
            "a.md": TestVault.note(title: "A", body: "[[Target Note]] by title. [[@Target_Note]] by punctuation."),
            "b.md": TestVault.note(title: "B", body: "[[target_note#Part]] with a heading."),
            "lonely.md": TestVault.note(title: "Lonely", body: "No links here."),
        ])
        var driver = Driver(vault)
        driver.open("target_note.md")
        driver.press(.char("B"))
        XCTAssertEqual(try driver.picker().rows.map(\.detail), ["Target Note by title.", "@Target_Note by punctuation.",
                                                              "target_note › Part with a heading."])
        driver.press(.escape)
        driver.open("lonely.md")
        driver.press(.char("B"))
        let none = try driver.picker()
        XCTAssertTrue(none.rows.isEmpty)
        XCTAssertEqual(none.emptyText, "No note links to Lonely")
    }

    func testVideoViewInTimeOrderAcrossNotes() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("v"))
        let video = try driver.picker()
        XCTAssertEqual(video.kind, .video)
        XCTAssertEqual(video.rows.map(\.text), ["1:05  Start", "12:00  Third note"])
        driver.press(.char("j"), .char("o"))
        XCTAssertEqual(driver.lastEffect, .open(OpenRequest(url: "https://www.youtube.com/watch?v=AaZxjsIoXE0&t=720s",
                                                            seconds: 720, videoID: "AaZxjsIoXE0")))
        driver.press(.char("y"))
        XCTAssertEqual(driver.lastEffect, .copy(text: "https://www.youtube.com/watch?v=AaZxjsIoXE0&t=720s", what: "URL of 12:00"))
        driver.press(.enter)
        let page = try XCTUnwrap(driver.state.page)
        XCTAssertEqual(page.title, "Third note")
        XCTAssertEqual(page.rendered.items[try XCTUnwrap(page.selection)].kind, .timestamp(Timestamp(seconds: 720)))
    }

    func testSwitcherRanking() throws {
        let vault = TestVault([
            "x/deep_learning.md": TestVault.note(title: "Deep learning", body: ""),
            "l.md": TestVault.note(title: "Learning", body: ""),
            "e.md": TestVault.note(title: "Elearning platforms", body: ""),
            "a.md": "---\ntitle: Zebra\naliases: [learn by alias]\n---\n",
            "b.md": TestVault.note(title: "Blearning", body: ""),
        ])
        var driver = Driver(vault)
        driver.press(.ctrl("p"))
        for c in "learning" { driver.press(.char(c)) }
        let rows = try driver.picker().rows.map(\.text)
        XCTAssertEqual(rows.first, "Learning", "an exact title beats fuzzy matches")
        XCTAssertEqual(Array(rows.prefix(2)), ["Learning", "Deep learning"], "a word start beats a middle")
        XCTAssertEqual(Array(rows.suffix(2)), ["Blearning", "Elearning platforms"], "ties stay alphabetical")
        driver.press(.ctrl("u"))
        for c in "lba" { driver.press(.char(c)) }
        XCTAssertEqual(try driver.picker().rows.map(\.text), ["Zebra"], "aliases match too")
        driver.press(.enter)
        XCTAssertEqual(driver.title, "Zebra")
    }

    func testSwitcherHighlightsMatchedCharacters() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.press(.char("p"), .char("t"), .char("n"))
        let row = try XCTUnwrap(try driver.picker().rows.first)
        XCTAssertEqual(row.text, "Third note")
        XCTAssertEqual(row.highlights, [0, 6])
    }

    func testHistoryListJumpsAsAVisit() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.open("second_note.md")
        driver.open("sub/third_note.md")
        driver.press(.char("H"))
        driver.press(.ctrl("o"))
        let history = try driver.picker()
        XCTAssertEqual(history.rows.map(\.text), ["Notes", "Start", "▸ Second note", "Third note"])
        XCTAssertEqual(history.cursor, 2, "the current place is selected")
        driver.press(.enter)
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.breadcrumb, ["Notes", "Start", "Second note"], "picking where you are adds no step")
        driver.press(.ctrl("o"), .char("k"), .enter)
        XCTAssertEqual(driver.title, "Start")
        XCTAssertFalse(driver.state.history.canGoForward, "jumping is a visit: the forward list is cut")
        XCTAssertEqual(driver.state.history.back.last?.title, "Second note")
    }
}

final class SwitcherNarrowingTests: XCTestCase {
    func testEachKeystrokeNarrowsToTheSameRowsAsAFreshSearch() {
        let vault = TestVault(Dictionary(uniqueKeysWithValues: (0..<60).map { i in
            ("n\(i).md", TestVault.note(title: ["Public policy \(i)", "Pol trust \(i)", "Open data \(i)", "Policy lab"][i % 4], body: ""))
        }))
        var previous: QueryMatches?
        for query in ["p", "po", "pol", "Pol", "Pol ", "Pol t", "Pol tr"] {
            let narrowed = Switcher.rows(for: query, in: vault.index, after: previous)
            let fresh = Switcher.rows(for: query, in: vault.index)
            XCTAssertEqual(narrowed.rows, fresh.rows, query)
            XCTAssertEqual(narrowed.matches, fresh.matches, query)
            previous = narrowed.matches
        }
        XCTAssertEqual(previous?.notes.count, 15, "only “Pol trust” titles match “Pol tr”")
        let other = Switcher.rows(for: "open", in: vault.index, indexVersion: 1, after: previous)
        XCTAssertEqual(other.rows.count, 15, "a query that does not extend the last one, or another index, searches everything")
    }
}
