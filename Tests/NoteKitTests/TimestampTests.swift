import NoteKit
import XCTest

final class TimestampTests: XCTestCase {
    func testParsesEveryForm() {
        XCTAssertEqual(Timestamp(parsing: "00:21:52")?.seconds, 1312)
        XCTAssertEqual(Timestamp(parsing: "1:02:03")?.seconds, 3723)
        XCTAssertEqual(Timestamp(parsing: "06:30")?.seconds, 390, "MM:SS is minutes and seconds")
        XCTAssertEqual(Timestamp(parsing: "495")?.seconds, 495)
        XCTAssertEqual(Timestamp(parsing: "0:5")?.seconds, 5, "single digits are accepted")
        XCTAssertEqual(Timestamp(parsing: "1:2:3")?.seconds, 3723)
        XCTAssertEqual(Timestamp(parsing: " 00:01:00 ")?.seconds, 60)
        XCTAssertEqual(Timestamp(parsing: "30:44:60")?.seconds, 30 * 3600 + 45 * 60, "a 60 in real notes carries over")
        XCTAssertEqual(Timestamp(parsing: "00:61")?.seconds, 61)
    }

    func testRejectsWhatIsNotATime() {
        for text in ["", "abc", "1:2:3:4", "00:100", "1:000:00", "-5", "12:", ":30", "1.5", "1234567"] {
            XCTAssertNil(Timestamp(parsing: text), text)
        }
    }

    func testFormatting() {
        XCTAssertEqual(Timestamp(seconds: 42).formatted, "0:42")
        XCTAssertEqual(Timestamp(seconds: 1312).formatted, "21:52")
        XCTAssertEqual(Timestamp(seconds: 3723).formatted, "1:02:03")
    }

    func testVideoURLs() {
        XCTAssertEqual(VideoURL.watch("AaZxjsIoXE0"), "https://www.youtube.com/watch?v=AaZxjsIoXE0")
        XCTAssertEqual(VideoURL.watch("AaZxjsIoXE0", at: Timestamp(seconds: 1312)),
                       "https://www.youtube.com/watch?v=AaZxjsIoXE0&t=1312s")
        XCTAssertTrue(VideoURL.isValidID("_HySsiq_l6A"))
        XCTAssertTrue(VideoURL.isValidID("3I6wdPooX2k"))
        XCTAssertFalse(VideoURL.isValidID("short"))
        XCTAssertFalse(VideoURL.isValidID("has space!!"))
        XCTAssertFalse(VideoURL.isValidID("AaZxjsIoXE0x"))
    }
}
