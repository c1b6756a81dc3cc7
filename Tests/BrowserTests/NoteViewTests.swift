import Browser
import NoteKit
import NotewalkTestSupport
import TextLayout
import XCTest

final class NoteViewTests: XCTestCase {
    func testScrollingIsClamped() {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("k"))
        XCTAssertEqual(driver.scroll, 0)
        driver.press(.end)
        let bottom = driver.state.page!.rendered.lines.count - driver.state.bodyHeight
        XCTAssertEqual(driver.scroll, bottom)
        driver.press(.char("j"))
        XCTAssertEqual(driver.scroll, bottom)
        driver.press(.char("b"))
        XCTAssertEqual(driver.scroll, bottom - (driver.state.bodyHeight - 2))
        driver.press(.char("g"))
        XCTAssertEqual(driver.scroll, 0)
    }

    func testTabSelectsInOrderScrollsIntoViewAndWraps() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        let items = try XCTUnwrap(driver.state.page?.rendered.items)
        for expected in 0..<items.count {
            driver.press(.tab)
            XCTAssertEqual(driver.selection, expected)
            let item = items[expected]
            XCTAssertTrue(item.firstLine >= driver.scroll && item.lastLine < driver.scroll + driver.state.bodyHeight,
                          "item \(expected) is on screen")
        }
        driver.press(.tab)
        XCTAssertEqual(driver.selection, 0)
        XCTAssertEqual(driver.state.status?.text, "Back to the first link")
        driver.press(.backTab)
        XCTAssertEqual(driver.selection, items.count - 1)
    }

    func testTabStartsFromTheScreenNotAnOffscreenSelection() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.tab)
        driver.press(.end)
        driver.press(.tab)
        let selected = try XCTUnwrap(driver.selection)
        XCTAssertGreaterThanOrEqual(driver.state.page!.rendered.items[selected].firstLine, driver.scroll)
    }

    func testOpenAndCopyTimestamp() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        let items = try XCTUnwrap(driver.state.page?.rendered.items)
        let stamp = try XCTUnwrap(items.firstIndex { if case .timestamp = $0.kind { return true }; return false })
        for _ in 0...stamp { driver.press(.tab) }
        XCTAssertEqual(driver.selection, stamp)
        driver.press(.char("o"))
        XCTAssertEqual(driver.lastEffect, .open(OpenRequest(url: "https://www.youtube.com/watch?v=AaZxjsIoXE0&t=65s",
                                                            seconds: 65, videoID: "AaZxjsIoXE0")))
        driver.press(.enter)
        XCTAssertEqual(driver.effects.count, 2, "Enter on a timestamp opens it too")
        driver.press(.char("y"))
        XCTAssertEqual(driver.lastEffect, .copy(text: "https://www.youtube.com/watch?v=AaZxjsIoXE0&t=65s", what: "URL of 1:05"))
        driver.press(.char("Y"))
        XCTAssertEqual(driver.lastEffect, .copy(text: "https://www.youtube.com/watch?v=AaZxjsIoXE0", what: "video URL"))
    }

    func testOpenWithoutSelectionOpensTheVideoFromTheStart() {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("o"))
        XCTAssertEqual(driver.lastEffect, .open(OpenRequest(url: "https://www.youtube.com/watch?v=AaZxjsIoXE0", seconds: 0,
                                                            videoID: "AaZxjsIoXE0")))
    }

    func testNoteWithoutVideo() {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("second_note.md")
        driver.press(.char("o"), .char("Y"))
        XCTAssertTrue(driver.effects.isEmpty)
        XCTAssertTrue(driver.state.status?.text.contains("no video") == true)
    }

    func testExternalLinkOpensAndCopies() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        let items = try XCTUnwrap(driver.state.page?.rendered.items)
        let site = try XCTUnwrap(items.firstIndex { $0.kind == .external(url: "https://example.org") })
        for _ in 0...site { driver.press(.tab) }
        driver.press(.char("y"))
        XCTAssertEqual(driver.lastEffect, .copy(text: "https://example.org", what: "link URL"))
        driver.press(.enter)
        XCTAssertEqual(driver.lastEffect, .open(OpenRequest(url: "https://example.org")))
    }

    func testOutlineJumpsToTheSection() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("sub/third_note.md")
        driver.press(.char("t"))
        XCTAssertEqual(driver.state.overlay, .outline(cursor: 0))
        XCTAssertEqual(driver.state.keyContext, .outline)
        driver.press(.char("j"), .enter)
        XCTAssertNil(driver.state.overlay)
        let page = try XCTUnwrap(driver.state.page)
        XCTAssertEqual(driver.scroll, min(page.rendered.blockLines[page.note.outline[1].blockIndex],
                                          page.rendered.lines.count - driver.state.bodyHeight))
        driver.press(.char("t"))
        XCTAssertEqual(driver.state.overlay, .outline(cursor: 1), "the outline opens at the current section")
        driver.press(.escape)
        XCTAssertNil(driver.state.overlay)
    }

    func testResizeKeepsThePlace() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("sub/third_note.md")
        driver.press(.char("t"), .char("j"), .enter)
        let before = try XCTUnwrap(driver.state.page)
        let section = try XCTUnwrap(currentHeading(before))
        driver.send(.resize(columns: 40, rows: 12))
        let after = try XCTUnwrap(driver.state.page)
        XCTAssertEqual(after.rendered.width, 40)
        XCTAssertEqual(currentHeading(after), section)
    }

    private func currentHeading(_ page: NotePage) -> String? {
        page.note.outline.last { page.rendered.blockLines[$0.blockIndex] <= page.scroll }?.title
    }

    func testHelpAndQuit() {
        var driver = Driver(BrowserFixtures.vault)
        driver.press(.char("?"))
        XCTAssertEqual(driver.state.overlay, .help(scroll: 0))
        driver.press(.char("j"))
        XCTAssertEqual(driver.state.overlay, .help(scroll: 1))
        driver.press(.escape)
        XCTAssertNil(driver.state.overlay)
        driver.press(.ctrl("l"))
        XCTAssertEqual(driver.lastEffect, .redraw)
        driver.press(.ctrl("c"))
        XCTAssertFalse(driver.state.isRunning)
        XCTAssertEqual(driver.lastEffect, .quit)
    }
}
