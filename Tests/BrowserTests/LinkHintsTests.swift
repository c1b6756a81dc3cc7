import Browser
import NoteKit
import NotewalkTestSupport
import XCTest

final class LinkHintsTests: XCTestCase {
    func testLabelsAreUniqueStableAndOnlyForVisibleItems() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("f"))
        let first = try driver.hints()
        let page = try XCTUnwrap(driver.state.page)
        let visible = page.rendered.items.indices.filter { i in
            page.rendered.items[i].segments.contains { $0.line < driver.state.bodyHeight }
        }
        XCTAssertEqual(first.labels.map(\.item), visible)
        XCTAssertEqual(first.labels.map(\.label), Array(["a", "s", "d", "f", "g", "h", "j", "k"].prefix(visible.count)))
        XCTAssertEqual(Set(first.labels.map(\.label)).count, first.labels.count)
        driver.press(.escape)
        driver.press(.char("f"))
        XCTAssertEqual(try driver.hints(), first, "the same screen gets the same labels")
    }

    func testTwoLetterLabelsWhenManyAndNoneIsAPrefixOfAnother() {
        let vault = TestVault(["many.md": TestVault.note(title: "Many", body: (1...40).map { "[[n\($0)]]" }.joined(separator: " "))])
        var driver = Driver(vault, columns: 120, rows: 40)
        driver.open("many.md")
        driver.press(.char("f"))
        guard case let .hints(hints)? = driver.state.overlay else { return XCTFail("no hints") }
        let labels = hints.labels.map(\.label)
        XCTAssertEqual(labels.count, 41, "the video link and forty wikilinks")
        XCTAssertTrue(labels.allSatisfy { $0.count == 2 })
        XCTAssertEqual(Set(labels).count, labels.count)
    }

    func testTypingALabelFollowsOrCopies() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("f"))
        let target = try XCTUnwrap(try driver.hints().labels.first { label in
            if case let .wikilink(link, _) = driver.state.page!.rendered.items[label.item].kind { return link.target == "second_note" }
            return false
        })
        for c in target.label { driver.press(.char(c)) }
        XCTAssertEqual(driver.title, "Second note")
        driver.press(.char("H"), .char("F"))
        let stamp = try XCTUnwrap(try driver.hints().labels.first { driver.state.page!.rendered.items[$0.item].label == "[00:01:05]" })
        for c in stamp.label { driver.press(.char(c)) }
        XCTAssertEqual(driver.lastEffect, .copy(text: "https://www.youtube.com/watch?v=AaZxjsIoXE0&t=65s", what: "URL of 1:05"))
        XCTAssertNil(driver.state.overlay)
    }

    func testResizeTakesTheLabelsAway() {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("f"))
        driver.send(.resize(columns: 50, rows: 20))
        XCTAssertNil(driver.state.overlay, "labels would point at the old layout")
    }

    func testAWrongLabelCancels() {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("f"), .char("m"))
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.status?.text, "No hint “m”")
        XCTAssertEqual(driver.title, "Start")
    }
}
