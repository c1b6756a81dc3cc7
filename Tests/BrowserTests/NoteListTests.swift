import Browser
import NotewalkTestSupport
import XCTest

final class NoteListTests: XCTestCase {
    func testSortedByTitle() {
        let driver = Driver(BrowserFixtures.vault)
        XCTAssertEqual(driver.state.list.visible.map { driver.vault.index.notes[$0].title },
                       ["channel", "Second note", "Start", "Third note"])
    }

    func testFilterAsYouType() {
        var driver = Driver(BrowserFixtures.vault)
        driver.press(.char("/"), .char("t"), .char("h"), .char("n"))
        XCTAssertTrue(driver.state.list.isEditingFilter)
        XCTAssertEqual(driver.state.list.visible.map { driver.vault.index.notes[$0].title }, ["Third note"])
        driver.press(.backspace, .backspace, .backspace)
        XCTAssertEqual(driver.state.list.filter, "")
        XCTAssertEqual(driver.state.list.visible.count, 4)
        driver.press(.char("q"))
        XCTAssertTrue(driver.state.isRunning, "q is typed into the filter, it does not quit")
        driver.press(.escape)
        XCTAssertFalse(driver.state.list.isEditingFilter)
        XCTAssertEqual(driver.state.list.filter, "")
    }

    func testFilterMatchesFoldersAndHighlightsTitles() {
        let vault = TestVault([
            "talks/keynote.md": TestVault.note(title: "Opening words", body: ""),
            "notes/talk_summary.md": TestVault.note(title: "Talk summary", body: ""),
            "misc.md": TestVault.note(title: "Unrelated", body: ""),
        ])
        var driver = Driver(vault)
        driver.press(.char("/"))
        for c in "talk" { driver.press(.char(c)) }
        let titles = driver.state.list.visible.map { vault.index.notes[$0].title }
        XCTAssertEqual(titles, ["Talk summary", "Opening words"], "a title match first, then a folder match")
        let first = driver.state.list.visible[0], second = driver.state.list.visible[1]
        XCTAssertEqual(driver.state.list.highlights(of: first, in: vault.index), [0, 1, 2, 3])
        XCTAssertEqual(driver.state.list.highlights(of: second, in: vault.index), [], "the path matched, not the title")
    }

    func testEnterOpensTheBestMatch() {
        var driver = Driver(BrowserFixtures.vault)
        driver.press(.char("/"), .char("s"), .char("e"), .char("c"), .enter)
        XCTAssertEqual(driver.title, "Second note")
    }

    func testNothingMatches() {
        var driver = Driver(BrowserFixtures.vault)
        driver.press(.char("/"), .char("z"), .char("z"), .enter)
        XCTAssertEqual(driver.state.screen, .noteList)
        XCTAssertEqual(driver.state.status?.text, "No note matches “zz”")
    }

    func testCursorStaysInRange() {
        var driver = Driver(BrowserFixtures.vault)
        driver.press(.char("k"))
        XCTAssertEqual(driver.state.list.cursor, 0)
        driver.press(.pageDown)
        XCTAssertEqual(driver.state.list.cursor, 3)
    }

    func testCommandTableBindsEveryKeyOncePerContext() {
        for context in KeyContext.allCases {
            var seen: [Key: Command] = [:]
            for row in CommandTable.rows where row.contexts.contains(context) {
                for key in row.keys {
                    XCTAssertNil(seen[key], "\(key.name) bound twice in \(context)")
                    seen[key] = row.command
                    XCTAssertEqual(CommandTable.command(for: key, in: context), row.command)
                }
            }
        }
        XCTAssertEqual(Set(CommandTable.rows.map(\.command)), Set(Command.allCases), "every command has a row")
        XCTAssertTrue(HelpContent.lines.contains { $0.keys == "Tab" && $0.description == "Select the next link or timestamp" })
    }
}
