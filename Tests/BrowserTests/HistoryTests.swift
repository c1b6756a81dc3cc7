import Browser
import NoteKit
import NotewalkTestSupport
import TextLayout
import XCTest

final class HistoryTests: XCTestCase {
    private func itemIndex(_ driver: Driver, where match: (LinkItem.Kind) -> Bool) -> Int? {
        driver.state.page?.rendered.items.firstIndex { match($0.kind) }
    }

    private func select(_ driver: inout Driver, target: String) {
        for _ in 0..<40 {
            driver.press(.tab)
            if let selection = driver.selection, case let .wikilink(link, _) = driver.state.page!.rendered.items[selection].kind,
               link.target == target { return }
        }
        XCTFail("no link to \(target)")
    }

    func testTheBreadcrumbShowsAPlaceMetTwiceInARowOnce() {
        var driver = Driver(BrowserFixtures.vault)
        driver.send(.restore(SavedSession(back: [HistoryEntry(location: .noteList, title: "Notes")]), resume: false))
        XCTAssertEqual(driver.state.breadcrumb, ["Notes"], "a session that was left on the list, restored on the list")
    }

    func testOpeningFromTheListAndGoingBack() {
        var driver = Driver(BrowserFixtures.vault)
        XCTAssertEqual(driver.state.screen, .noteList)
        let start = driver.state.list.visible.firstIndex { driver.vault.index.notes[$0].title == "Start" }!
        driver.state.list.cursor = start
        driver.press(.enter)
        XCTAssertEqual(driver.title, "Start")
        XCTAssertEqual(driver.state.breadcrumb, ["Notes", "Start"])
        driver.press(.char("H"))
        XCTAssertEqual(driver.state.screen, .noteList)
        XCTAssertEqual(driver.state.list.cursor, start, "the list cursor is where it was")
        driver.press(.char("L"))
        XCTAssertEqual(driver.title, "Start")
    }

    func testFollowBackRestoresScrollAndSelection() {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("j"), .char("j"), .char("j"))
        select(&driver, target: "second_note")
        let scroll = driver.scroll, selection = driver.selection
        driver.press(.enter)
        XCTAssertEqual(driver.title, "Second note")
        XCTAssertEqual(driver.scroll, 0)
        XCTAssertNil(driver.selection)
        driver.press(.char("G"))
        driver.press(.backspace)
        XCTAssertEqual(driver.title, "Start")
        XCTAssertEqual(driver.scroll, scroll)
        XCTAssertEqual(driver.selection, selection)
        driver.press(.char("L"))
        XCTAssertEqual(driver.title, "Second note")
        XCTAssertGreaterThan(driver.scroll, 0, "forward restores the bottom of the second note")
    }

    func testVisitAfterBackCutsTheForwardList() {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        select(&driver, target: "second_note")
        driver.press(.enter)
        driver.press(.left)
        XCTAssertTrue(driver.state.history.canGoForward)
        select(&driver, target: "Third Note")
        driver.press(.enter)
        XCTAssertEqual(driver.title, "Third note")
        XCTAssertFalse(driver.state.history.canGoForward)
        driver.press(.char("L"))
        XCTAssertEqual(driver.title, "Third note")
        XCTAssertEqual(driver.state.status?.text, "Nothing to go forward to")
        XCTAssertEqual(driver.state.history.back.map(\.title), ["Notes", "Start"])
    }

    func testHeadingLinkLandsOnTheSection() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        select(&driver, target: "Third Note")
        driver.press(.enter)
        let page = try XCTUnwrap(driver.state.page)
        XCTAssertEqual(page.title, "Third note")
        let partTwo = page.rendered.blockLines[try XCTUnwrap(Outline.find("Part Two", in: page.note.outline)).blockIndex]
        XCTAssertEqual(driver.scroll, min(partTwo, page.rendered.lines.count - driver.state.bodyHeight))
        XCTAssertGreaterThan(driver.scroll, 0)
    }

    func testUnresolvedLinkOpensTheMissingNotePage() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        select(&driver, target: "missing_note")
        driver.press(.enter)
        let page = try XCTUnwrap(driver.state.page)
        XCTAssertEqual(page.location, .missing(name: "missing_note"))
        XCTAssertNil(page.path, "a generated page is not a file")
        let text = page.rendered.plainText
        XCTAssertTrue(text.contains("No note named “missing_note” exists"), text)
        XCTAssertTrue(text.contains("Linked from 1 note"), text)
        XCTAssertTrue(text.contains("• Start: A missing note and a site."), text)
        XCTAssertEqual(driver.state.breadcrumb, ["Notes", "Start", "missing_note"])
        driver.press(.tab, .enter)
        XCTAssertEqual(driver.title, "Start", "the page links to the notes that link here")
        driver.press(.char("H"), .char("H"))
        XCTAssertEqual(driver.title, "Start")
        driver.press(.char("L"))
        XCTAssertEqual(driver.state.page?.location, .missing(name: "missing_note"), "history restores generated pages")
    }

    func testDuplicateConsecutiveVisitsAreNotStacked() {
        var history = History()
        let a = HistoryEntry(location: .note(path: "/a"), title: "A")
        history.visit(leaving: a)
        history.visit(leaving: a)
        XCTAssertEqual(history.back.count, 1)
    }

    func testFailedLoadKeepsThePage() {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.send(.visit(path: "/vault/gone.md"))
        XCTAssertEqual(driver.title, "Start")
        XCTAssertEqual(driver.state.status, StatusMessage("/vault/gone.md: no such file", isError: true))
        XCTAssertEqual(driver.state.history.back.count, 1)
    }
}
