@testable import notewalk
import XCTest

final class ClipboardTests: XCTestCase {
    func testOSC52IsPlainNotWrappedForTmux() {
        let bytes = Clipboard.osc52("https://www.youtube.com/watch?v=AaZxjsIoXE0&t=1312s")
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       "\u{1B}]52;c;aHR0cHM6Ly93d3cueW91dHViZS5jb20vd2F0Y2g/dj1BYVp4anNJb1hFMCZ0PTEzMTJz\u{07}")
        XCTAssertFalse(String(decoding: bytes, as: UTF8.self).contains("\u{1B}Ptmux"))
    }
}
