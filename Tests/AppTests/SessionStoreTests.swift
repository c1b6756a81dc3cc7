import Browser
import Foundation
@testable import notewalk
import XCTest

final class SessionStoreTests: XCTestCase {
    private var home = ""

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("nw-state-\(UUID().uuidString.prefix(8))").path
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: home) }

    func testRoundTripPerVault() throws {
        let store = SessionStore(vaultRoot: "/vaults/talks", environment: { ["XDG_STATE_HOME": home][$0] })
        XCTAssertTrue(store.file.hasPrefix(home + "/notewalk/talks-"))
        XCTAssertNotEqual(store.file, SessionStore(vaultRoot: "/other/talks", environment: { ["XDG_STATE_HOME": home][$0] }).file)
        XCTAssertNil(store.load().session)
        let session = SavedSession(back: [HistoryEntry(location: .noteList, title: "Notes")],
                                   current: HistoryEntry(location: .note(path: "/vaults/talks/a.md"), title: "A",
                                                         anchor: ScrollAnchor(block: 3, lineInBlock: 2), selection: 4),
                                   bookmarks: ["/vaults/talks/a.md"])
        XCTAssertNil(store.save(session))
        XCTAssertEqual(store.load().session, session)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home + "/notewalk")
        XCTAssertEqual(leftovers.count, 1, "no temporary file is left behind: \(leftovers)")
    }

    func testDefaultIsUnderHome() {
        XCTAssertEqual(SessionStore(vaultRoot: "/v/x", environment: { ["HOME": "/home/me"][$0] }).file.hasPrefix("/home/me/.local/state/notewalk/x-"), true)
    }

    func testACorruptFileIsSetAsideNotFatal() throws {
        let store = SessionStore(vaultRoot: "/vaults/talks", environment: { ["XDG_STATE_HOME": home][$0] })
        try FileManager.default.createDirectory(atPath: home + "/notewalk", withIntermediateDirectories: true)
        try "{ not json".write(toFile: store.file, atomically: true, encoding: .utf8)
        let (session, warning) = store.load()
        XCTAssertNil(session)
        XCTAssertTrue(warning?.contains("could not be read (not valid JSON); set aside as") == true, warning ?? "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.file))
        let aside = try FileManager.default.contentsOfDirectory(atPath: home + "/notewalk")
        XCTAssertTrue(aside.contains { $0.contains(".json.corrupt-") }, "\(aside)")
        XCTAssertNil(store.save(SavedSession()), "saving works again afterwards")
    }
}
