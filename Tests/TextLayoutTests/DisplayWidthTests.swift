import TextLayout
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testASCIIAndLatin() {
        XCTAssertEqual(DisplayWidth.of("hello"), 5)
        XCTAssertEqual(DisplayWidth.of("café"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent takes no column of its own")
        let latin = "Bogotá — “quoted” … €5"
        XCTAssertEqual(DisplayWidth.of(latin), 22)
        XCTAssertEqual(DisplayWidth.of(latin), latin.reduce(0) { $0 + DisplayWidth.of($1) })
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

    /// Text of ASCII bytes takes the fast path; it must count as the graphemes do, CR LF included.
    func testASCIIStringsCountAsTheirCharacters() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = String(decoding: (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                [0x0D, 0x0A, 0x09, 0x1B, 0x7F, 0x20, 0x41, 0x7E][Int.random(in: 0..<8, using: &generator)] as UInt8
            }, as: UTF8.self)
            XCTAssertEqual(DisplayWidth.of(text), text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(Array(text.utf8))")
            XCTAssertEqual(DisplayWidth.of(text.dropFirst()), text.dropFirst().reduce(0) { $0 + DisplayWidth.of($1) })
        }
    }
}
