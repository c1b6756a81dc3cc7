import NoteKit
import XCTest

final class FuzzyMatcherTests: XCTestCase {
    func testSubsequenceWithPositions() {
        let match = FuzzyMatcher.match("wm", in: "Wood movement")
        XCTAssertEqual(match?.positions, [0, 5])
        XCTAssertNil(FuzzyMatcher.match("xyz", in: "Wood movement"))
    }

    func testWordStartsAndRunsRankHigher() throws {
        let starts = try XCTUnwrap(FuzzyMatcher.match("jj", in: "Japanese joinery"))
        let middle = try XCTUnwrap(FuzzyMatcher.match("jj", in: "hajjar"))
        XCTAssertGreaterThan(starts.score, middle.score)
        let run = try XCTUnwrap(FuzzyMatcher.match("wood", in: "Wood movement"))
        let scattered = try XCTUnwrap(FuzzyMatcher.match("wood", in: "Workshop of dust"))
        XCTAssertGreaterThan(run.score, scattered.score)
    }

    func testSmartCase() {
        XCTAssertNotNil(FuzzyMatcher.match("wood", in: "WOOD"))
        XCTAssertNil(FuzzyMatcher.match("Wood", in: "wood"))
    }
}
