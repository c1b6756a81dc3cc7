import Browser
import Layout
import NoteKit
import NotewalkTestSupport
import TextLayout
import XCTest

/// Whole screens as plain text, compared with `Golden/*.txt` (NOTEWALK_RECORD=1 rewrites them).
final class ScreenGoldenTests: XCTestCase {
    private let golden = directory() + "/Golden"

    private func driver(_ columns: Int, _ rows: Int) throws -> Driver {
        Driver(try TestVault.demo(), columns: columns, rows: rows)
    }

    private func tab(_ driver: inout Driver, until label: String) {
        for _ in 0..<30 {
            driver.press(.tab)
            if let s = driver.selection, driver.state.page?.rendered.items[s].label == label { return }
        }
        XCTFail("no item labelled \(label)")
    }

    func testNoteList80x24() throws {
        let d = try driver(80, 24)
        assertGolden(Renderer.render(d.state).text, named: "list-80x24", in: golden)
    }

    func testTheListSaysHowFarTheIndexIs() throws {
        var d = try driver(80, 24)
        d.state.indexing = (3, 7)
        XCTAssertTrue(Renderer.render(d.state).text(ofRow: 0).hasSuffix("reading 42% of 7 notes"))
        d.state.indexing = (7, 7)
        XCTAssertTrue(Renderer.render(d.state).text(ofRow: 0).hasSuffix("linking 7 notes"), "every note read, links being worked out")
    }

    func testFilteredList40x10() throws {
        var d = try driver(40, 10)
        d.press(.char("/"), .char("j"), .char("o"))
        assertGolden(Renderer.render(d.state).text, named: "list-filtered-40x10", in: golden)
    }

    func testNoteWithSelectedTimestamp80x24() throws {
        var d = try driver(80, 24)
        d.open("the_quiet_workshop/sharpening_hand_tools.md")
        tab(&d, until: "[00:02:15]")
        let screen = Renderer.render(d.state)
        assertGolden(screen.text, named: "note-selected-80x24", in: golden)
        let selected = screen.cells.filter { $0.style.role == .selection }.map { String(screen.character(of: $0)) }.joined()
        XCTAssertEqual(selected, "[00:02:15]", "only the selected item is highlighted")
    }

    func testAfterFollowingALink80x24() throws {
        var d = try driver(80, 24)
        d.open("the_quiet_workshop/sharpening_hand_tools.md")
        tab(&d, until: "why hard woods behave differently")
        d.press(.enter)
        assertGolden(Renderer.render(d.state).text, named: "note-followed-80x24", in: golden)
    }

    func testWideCharacters40x10() throws {
        var d = try driver(40, 10)
        d.open("the_quiet_workshop/japanese_joinery.md")
        d.press(.char("j"), .char("j"), .char("j"))
        let screen = Renderer.render(d.state)
        assertGolden(screen.text, named: "note-wide-40x10", in: golden)
        for row in 0..<screen.rows {
            let width = screen.row(row).reduce(0) { $0 + Int($1.width) }
            XCTAssertEqual(width, 40, "row \(row) fills exactly the width")
        }
    }

    func testOutline80x24() throws {
        var d = try driver(80, 24)
        d.open("the_quiet_workshop/sharpening_hand_tools.md")
        d.press(.char("t"), .char("j"))
        assertGolden(Renderer.render(d.state).text, named: "outline-80x24", in: golden)
    }

    func testHelp80x24() throws {
        var d = try driver(80, 24)
        d.press(.char("?"))
        assertGolden(Renderer.render(d.state).text, named: "help-80x24", in: golden)
    }

    func testUnresolvedLinkMessage40x10() throws {
        var d = try driver(40, 10)
        d.open("start_here.md")
        tab(&d, until: "Moisture Meters")
        let unresolved = Renderer.render(d.state).cells.filter { $0.style.role == .unresolvedLink }
        XCTAssertTrue(unresolved.isEmpty, "the selected unresolved link is drawn selected")
        d.press(.enter)
        assertGolden(Renderer.render(d.state).text, named: "unresolved-40x10", in: golden)
    }

    func testTinyTerminal() throws {
        let d = try driver(12, 3)
        XCTAssertEqual(Renderer.render(d.state).text, "Terminal too\nsmall\n(12x3);")
        var wide = d
        wide.send(.resize(columns: 60, rows: 2))
        XCTAssertEqual(Renderer.render(wide.state).text, "Terminal too small (60x2); Notewalk needs 20x5\n")
    }
}

final class OverlayGoldenTests: XCTestCase {
    private let golden = directory() + "/Golden"

    func testLinkHints80x24() throws {
        var d = Driver(try TestVault.demo(), columns: 80, rows: 24)
        d.open("the_quiet_workshop/wood_movement.md")
        d.press(.char("f"))
        assertGolden(Renderer.render(d.state).text, named: "hints-80x24", in: golden)
    }

    func testBacklinks80x24() throws {
        var d = Driver(try TestVault.demo(), columns: 80, rows: 24)
        d.open("the_quiet_workshop/wood_movement.md")
        d.press(.char("B"))
        assertGolden(Renderer.render(d.state).text, named: "backlinks-80x24", in: golden)
    }

    func testSwitcher40x10() throws {
        var d = Driver(try TestVault.demo(), columns: 40, rows: 10)
        d.press(.ctrl("p"), .char("w"), .char("o"))
        assertGolden(Renderer.render(d.state).text, named: "switcher-40x10", in: golden)
    }

    func testInNoteSearch80x24() throws {
        var d = Driver(try TestVault.demo(), columns: 80, rows: 24)
        d.open("the_quiet_workshop/japanese_joinery.md")
        d.press(.char("/"), .char("j"), .char("o"), .char("i"), .char("n"), .enter, .char("n"))
        let screen = Renderer.render(d.state)
        assertGolden(screen.text, named: "search-80x24", in: golden)
        let current = screen.cells.filter { $0.style.role == .currentMatch }.map { String(screen.character(of: $0)) }.joined()
        XCTAssertEqual(current.lowercased(), "join")
        XCTAssertGreaterThan(screen.cells.filter { $0.style.role == .match }.count, 0)
    }
}
