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
        XCTAssertFalse(screen.cells.contains { screen.character(of: $0).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    func testClipsAtTheLimit() {
        var screen = Screen(columns: 10, rows: 1)
        XCTAssertEqual(screen.put("abcdef", row: 0, column: 2, style: .text, limit: 3), 5)
        XCTAssertEqual(screen.text, "  abc")
    }

    /// A panel's edge drawn over half of a wide character leaves a space, never half of one: every
    /// two-column cell is followed by its continuation, and every continuation follows one.
    func testWritingOverHalfAWideCharacterLeavesASpace() {
        func screen(_ base: String, _ write: (inout Screen) -> Void) -> Screen {
            var screen = Screen(columns: 8, rows: 1)
            screen.put(base, row: 0, column: 0, style: .text)
            write(&screen)
            return screen
        }
        let cases: [(Screen, String)] = [
            (screen("漢字漢") { $0.put("|", row: 0, column: 1, style: .text) }, " |字漢"),
            (screen("漢字漢") { $0.put("a", row: 0, column: 2, style: .text) }, "漢a 漢"),
            (screen("漢字漢") { $0.put("ab", row: 0, column: 2, style: .text) }, "漢ab漢"),
            (screen("漢字漢") { $0.put("木", row: 0, column: 1, style: .text) }, " 木 漢"),
            (screen("漢字漢") { $0.fill(row: 0, from: 2, width: 1, style: .text) }, "漢  漢"),
            (screen("漢字漢") { $0.fill(row: 0, from: 3, width: 2, style: .text) }, "漢"),
            (screen("漢字漢") { $0.put("|", row: 0, column: 5, style: .text, limit: 1) }, "漢字 |"),
        ]
        for (screen, expected) in cases {
            XCTAssertEqual(screen.text, expected)
            let widths = screen.row(0).map(\.width)
            for (i, width) in widths.enumerated() {
                if width == 2 { XCTAssertEqual(widths[i + 1], 0, "\(expected): continuation after column \(i)") }
                if width == 0 { XCTAssertEqual(i > 0 ? widths[i - 1] : 1, 2, "\(expected): continuation at \(i) without its character") }
            }
        }
    }

    /// Graphemes of several code points are kept whole, and two screens match only where they show
    /// the same ones, whatever order they were kept in.
    func testGraphemesOfSeveralCodePoints() {
        func screen(_ text: String) -> Screen {
            var screen = Screen(columns: 12, rows: 1)
            screen.put(text, row: 0, column: 0, style: .text)
            return screen
        }
        let flags = screen("a🇯🇵b👍🏽e\u{301}")
        XCTAssertEqual(flags.text, "a🇯🇵b👍🏽e\u{301}")
        XCTAssertEqual(flags.cells.prefix(7).map(\.width), [1, 2, 0, 1, 2, 0, 1])
        XCTAssertNil(flags[0, 1].scalar)
        XCTAssertEqual(flags[0, 0].scalar, "a")
        XCTAssertTrue(flags.sameRow(0, as: screen("a🇯🇵b👍🏽e\u{301}")))
        XCTAssertFalse(flags.sameRow(0, as: screen("a🇫🇷b👍🏽e\u{301}")), "another flag at the same place")
        XCTAssertFalse(flags.sameRow(0, as: screen("a🇯🇵b👍🏿e\u{301}")))
        XCTAssertFalse(flags.same(flags[0, 1], as: screen("a🇫🇷")[0, 1], of: screen("a🇫🇷")))
        XCTAssertTrue(screen("abc").sameRow(0, as: screen("abc")))
        XCTAssertFalse(screen("abc").sameRow(0, as: screen("abd")))
    }
}
