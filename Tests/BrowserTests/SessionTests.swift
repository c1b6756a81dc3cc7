import Browser
import Foundation
import NoteKit
import NotewalkTestSupport
import XCTest

final class SessionTests: XCTestCase {
    func testBookmarksToggleAndList() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.press(.char("m"))
        XCTAssertEqual(driver.state.bookmarks, [driver.vault.path("start.md")])
        driver.open("second_note.md")
        driver.press(.char("m"), .char("'"))
        guard case let .picker(picker)? = driver.state.overlay else { return XCTFail("no bookmarks list") }
        XCTAssertEqual(picker.rows.map(\.text), ["Second note", "Start"], "newest first")
        driver.press(.char("j"), .enter)
        XCTAssertEqual(driver.title, "Start")
        driver.press(.char("m"))
        XCTAssertEqual(driver.state.bookmarks, [driver.vault.path("second_note.md")])
        XCTAssertEqual(driver.state.status?.text, "Bookmark removed: Start")
    }

    func testSessionRoundTripsThroughJSONAndResumes() throws {
        var driver = Driver(BrowserFixtures.vault)
        driver.open("start.md")
        driver.open("second_note.md")
        driver.press(.char("j"), .char("j"), .char("j"), .char("m"))
        let saved = driver.state.savedSession
        let data = try JSONEncoder().encode(saved)
        let decoded = try JSONDecoder().decode(SavedSession.self, from: data)
        XCTAssertEqual(decoded, saved)

        var again = Driver(BrowserFixtures.vault)
        again.send(.restore(decoded, resume: true))
        XCTAssertEqual(again.title, "Second note")
        XCTAssertEqual(again.scroll, 3, "where the person left off")
        XCTAssertEqual(again.state.history.back.map(\.title), ["Notes", "Start"])
        XCTAssertEqual(again.state.bookmarks, [again.vault.path("second_note.md")])
        again.press(.char("H"))
        XCTAssertEqual(again.title, "Start")

        var quiet = Driver(BrowserFixtures.vault)
        quiet.send(.restore(decoded, resume: false))
        XCTAssertEqual(quiet.state.screen, .noteList, "without resume the list opens, the history is kept")
        XCTAssertEqual(quiet.state.history.back.count, 2)
    }

    /// Opened on a note, Notewalk reads the saved session after the first frame: the result is the same
    /// as reading it first and then visiting the note.
    func testASessionRestoredAfterAVisitGoesBeneathIt() {
        let saved = SavedSession(back: [HistoryEntry(location: .noteList, title: "Notes"),
                                        HistoryEntry(location: .note(path: "/elsewhere.md"), title: "Elsewhere")],
                                 forward: [HistoryEntry(location: .missing(name: "x"), title: "x")],
                                 bookmarks: ["/elsewhere.md"])
        var first = Driver(BrowserFixtures.vault)
        first.send(.restore(saved, resume: false))
        first.send(.visit(path: first.vault.path("start.md")))

        var later = Driver(BrowserFixtures.vault)
        later.send(.visit(path: later.vault.path("start.md")))
        later.send(.restore(saved, resume: false))

        XCTAssertEqual(later.title, "Start")
        XCTAssertEqual(later.state.history, first.state.history)
        XCTAssertEqual(later.state.history.back.map(\.title), ["Notes", "Elsewhere", "Notes"])
        XCTAssertEqual(later.state.history.forward, [], "the visit cut the saved forward list")
        XCTAssertEqual(later.state.bookmarks, ["/elsewhere.md"])
        XCTAssertEqual(later.state.breadcrumb, first.state.breadcrumb)

        // Opened on a note again and again, the history does not gather the list once per start.
        var again = SavedSession(back: [HistoryEntry(location: .noteList, title: "Notes")])
        for _ in 0..<3 {
            var start = Driver(BrowserFixtures.vault)
            start.send(.visit(path: start.vault.path("start.md")))
            start.send(.restore(again, resume: false))
            again = start.state.savedSession
        }
        XCTAssertEqual(again.back.map(\.title), ["Notes"])
    }

    func testNotesThatAreGoneAreDropped() {
        let session = SavedSession(back: [HistoryEntry(location: .note(path: "/gone.md"), title: "Gone"),
                                          HistoryEntry(location: .missing(name: "x"), title: "x")],
                                   current: HistoryEntry(location: .note(path: "/gone.md"), title: "Gone"),
                                   bookmarks: ["/gone.md", "/here.md"])
        let kept = session.keeping { $0 == "/here.md" }
        XCTAssertEqual(kept.back.map(\.title), ["x"])
        XCTAssertNil(kept.current)
        XCTAssertEqual(kept.bookmarks, ["/here.md"])
    }
}
