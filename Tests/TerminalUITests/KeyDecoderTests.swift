import Browser
import CNcursesw
@testable import TerminalUI
import XCTest

final class KeyDecoderTests: XCTestCase {
    func testCharacters() {
        XCTAssertEqual(KeyDecoder.character(9), .tab)
        XCTAssertEqual(KeyDecoder.character(13), .enter)
        XCTAssertEqual(KeyDecoder.character(127), .backspace)
        XCTAssertEqual(KeyDecoder.character(3), .ctrl("c"))
        XCTAssertEqual(KeyDecoder.character(0x6A), .char("j"))
        XCTAssertEqual(KeyDecoder.character(0x7D99), .char("継"))
        XCTAssertNil(KeyDecoder.character(0x9B), "C1 controls are not keys")
    }

    func testFunctionKeys() {
        XCTAssertEqual(KeyDecoder.function(KEY_BTAB), .backTab)
        XCTAssertEqual(KeyDecoder.function(KEY_NPAGE), .pageDown)
        XCTAssertEqual(KeyDecoder.function(KEY_LEFT), .left)
        XCTAssertNil(KeyDecoder.function(KEY_F0 + 5))
    }
}
