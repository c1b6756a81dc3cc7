import Layout
import TextLayout
import XCTest

final class ScreenTests: XCTestCase {
    func testWideCharactersTakeTwoCells() {
        var screen = Screen(columns: 6, rows: 1)
        let end = screen.put("a継b", row: 0, column: 0, style: .text)
        XCTAssertEqual(end, 4)
        XCTAssertEqual(screen[0, 1].width, 2)
        XCTAssertEqual(screen[0, 2].width, 0, "continuation cell")
        XCTAssertEqual(screen.text, "a継b")
    }

    func testWideCharacterAtTheEdgeBecomesASpace() {
        var screen = Screen(columns: 3, rows: 1)
        screen.put("ab継", row: 0, column: 0, style: .text)
        XCTAssertEqual(screen.text, "ab")
        XCTAssertEqual(screen[0, 2].width, 1)
    }

    func testControlCharactersNeverReachACell() {
        var screen = Screen(columns: 10, rows: 1)
        screen.put("a\u{1B}[2J\u{9B}b", row: 0, column: 0, style: .text)
        XCTAssertEqual(screen.text, "a�[2J�b")
        XCTAssertFalse(screen.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    func testClipsAtTheLimit() {
        var screen = Screen(columns: 10, rows: 1)
        XCTAssertEqual(screen.put("abcdef", row: 0, column: 2, style: .text, limit: 3), 5)
        XCTAssertEqual(screen.text, "  abc")
    }
}
