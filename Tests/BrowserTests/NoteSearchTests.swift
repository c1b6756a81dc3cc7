import Browser
import NoteKit
import NotewalkTestSupport
import XCTest

final class NoteSearchTests: XCTestCase {
    func testTextSearchSmartCaseAndFolding() {
        XCTAssertEqual(TextSearch("straße").matches(in: "STRASSE and Straße"), [0..<7, 12..<18])
        XCTAssertEqual(TextSearch("Trust").matches(in: "trust Trust"), [6..<11], "an upper-case letter makes case matter")
        XCTAssertEqual(TextSearch("trust").matches(in: "trust Trust"), [0..<5, 6..<11])
        XCTAssertEqual(TextSearch("ΣΟΦΊΑ").matches(in: "σοφία"), [])
        XCTAssertEqual(TextSearch("σοφία").matches(in: "ΣΟΦΊΑ"), [0..<5])
        XCTAssertEqual(TextSearch("継ぎ").matches(in: "a継ぎ手"), [1..<3])
        XCTAssertEqual(TextSearch("aa").matches(in: "aaaa"), [0..<2, 2..<4])
    }

    func testIncrementalSearchHighlightsAndJumps() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("/"), .char("p"), .char("a"), .char("r"), .char("a"), .char("g"), .char("r"), .char("a"), .char("p"), .char("h"), .char(" "), .char("4"), .char("0"))
        let search = try XCTUnwrap(driver.state.page?.search)
        XCTAssertTrue(search.isEditing)
        XCTAssertEqual(search.hits.count, 1)
        XCTAssertEqual(search.current, 0)
        let hit = search.hits[0]
        XCTAssertTrue(hit.line >= driver.scroll && hit.line < driver.scroll + driver.state.bodyHeight, "the hit is on screen")
        XCTAssertEqual(hit.width, "paragraph 40".count)
        driver.press(.enter)
        XCTAssertEqual(driver.state.page?.search?.isEditing, false)
        driver.press(.char("q"))
        XCTAssertFalse(driver.state.isRunning, "after Enter, keys are commands again")
    }

    func testNextAndPreviousWrapWithAMessage() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("/"))
        for c in "topic" { driver.press(.char(c)) }
        driver.press(.enter)
        let count = try XCTUnwrap(driver.state.page?.search?.hits.count)
        XCTAssertEqual(count, 60)
        XCTAssertEqual(driver.state.page?.search?.current, 0)
        driver.press(.char("N"))
        XCTAssertEqual(driver.state.page?.search?.current, count - 1)
        XCTAssertEqual(driver.state.status?.text, "Search wrapped to the bottom")
        driver.press(.char("n"))
        XCTAssertEqual(driver.state.page?.search?.current, 0)
        XCTAssertEqual(driver.state.status?.text, "Search wrapped to the top")
        driver.press(.char("n"))
        XCTAssertEqual(driver.state.page?.search?.current, 1)
        driver.press(.escape)
        XCTAssertNil(driver.state.page?.search)
    }

    func testNoHitsAndLastLine() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("/"))
        for c in "Last line links" { driver.press(.char(c)) }
        let search = try XCTUnwrap(driver.state.page?.search)
        XCTAssertEqual(search.hits.map(\.line), [driver.state.page!.rendered.lines.count - 1], "a hit on the last line")
        driver.press(.ctrl("u"), .char("z"), .char("q"), .enter)
        XCTAssertEqual(driver.state.status?.text, "“zq” is not in this note")
    }

    func testFocusLandsOnALinkAndAMoment() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.send(.open(LoadRequest(path: driver.vault.path("start.md"), transition: .visit,
                                      focus: .link(to: driver.vault.path("second_note.md"), ordinal: 1))))
        let page = try XCTUnwrap(driver.state.page)
        let selected = try XCTUnwrap(page.selection)
        XCTAssertEqual(page.rendered.items[selected].label, "second_note")
        XCTAssertTrue(page.rendered.items[selected].firstLine >= page.scroll)
        driver.send(.open(LoadRequest(path: driver.vault.path("sub/third_note.md"), transition: .visit, focus: .moment(seconds: 720))))
        let third = try XCTUnwrap(driver.state.page)
        XCTAssertEqual(third.rendered.items[try XCTUnwrap(third.selection)].kind, .timestamp(Timestamp(seconds: 720)))
    }
}
