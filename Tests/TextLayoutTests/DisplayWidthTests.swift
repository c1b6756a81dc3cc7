import TextLayout
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testASCIIAndLatin() {
        XCTAssertEqual(DisplayWidth.of("hello"), 5)
        XCTAssertEqual(DisplayWidth.of("café"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent takes no column of its own")
    }

    func testWideCharacters() {
        XCTAssertEqual(DisplayWidth.of("継ぎ手"), 6)
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4, "fullwidth Latin")
        XCTAssertEqual(DisplayWidth.of("。"), 2)
    }

    func testEmoji() {
        XCTAssertEqual(DisplayWidth.of("🪚"), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2, "a skin-tone modifier joins its emoji")
        XCTAssertEqual(DisplayWidth.of("👩‍👩‍👧"), 2, "a ZWJ sequence is one cluster")
        XCTAssertEqual(DisplayWidth.of("🇯🇵"), 2)
        XCTAssertEqual(DisplayWidth.of("❤️"), 2, "text symbol with emoji presentation selector")
        XCTAssertEqual(DisplayWidth.of("❤"), 1)
    }

    func testZeroWidth() {
        XCTAssertEqual(DisplayWidth.of("\u{200B}"), 0)
        XCTAssertEqual(DisplayWidth.of("\u{1B}"), 0)
    }
}
