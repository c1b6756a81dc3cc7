import Browser
import NoteKit
import NotewalkTestSupport
import XCTest

final class ChannelViewTests: XCTestCase {
    private func channel(_ driver: Driver) throws -> Picker {
        let picker = try driver.picker()
        guard picker.kind == .channel else { throw TestFailure("the picker open is not the channel view") }
        return picker
    }

    func testTreeOfVideosWithCitationCounts() throws {
        var driver = Driver(try TestVault.demo())
        driver.open("the_quiet_workshop/wood_movement.md")
        driver.press(.char("c"))
        let tree = try channel(driver)
        XCTAssertEqual(tree.rows.map(\.text), [
            "▾ Sharpening Hand Tools Without Fuss  ·  2 notes · 15 citations",
            "    Sharpening hand tools",
            "    Workshop safety",
            "▾ Wood Moves: Designing for the Seasons  ·  2 notes · 15 citations",
            "    Wood movement",
            "    Finishing with oil",
            "▾ Japanese Joinery for Beginners  ·  2 notes · 6 citations",
            "    Japanese joinery (継ぎ手)",
            "    Moisture meters  (missing)",
        ])
        let sharpening = driver.vault.index.notes.filter { $0.videoID == "Qw7tK2mP9xA" }.reduce(0) { $0 + $1.timestampCount }
        XCTAssertEqual(sharpening, 15, "the count is every citation of the video in the vault")
    }

    func testFollowingTheFromLinkOpensTheTree() throws {
        var driver = Driver(try TestVault.demo())
        driver.open("the_quiet_workshop/wood_movement.md")
        driver.press(.tab, .tab)
        XCTAssertEqual(driver.state.page?.rendered.items[driver.state.page?.selection ?? -1].label, "the_quiet_workshop")
        let back = driver.state.history.back
        driver.press(.enter)
        XCTAssertEqual(try channel(driver).rows.count, 9)
        XCTAssertEqual(driver.state.page?.title, "Wood movement", "the tree opens over the note")
        XCTAssertEqual(driver.state.history.back, back, "and is not a visit")

        // A channel note that lists no videos is opened as a note.
        let plain = TestVault([
            "chan.md": "---\ntitle: Chan\n---\nJust words.",
            "n.md": TestVault.note(title: "N", body: "From: [[chan]] <br/>\n\nText."),
        ])
        var other = Driver(plain)
        other.open("n.md")
        other.press(.tab, .tab, .enter)
        XCTAssertNil(other.state.overlay)
        XCTAssertEqual(other.state.page?.title, "Chan")
    }

    func testFoldUnfoldOpenAndVideo() throws {
        var driver = Driver(try TestVault.demo())
        driver.open("the_quiet_workshop/wood_movement.md")
        driver.press(.char("c"), .enter)
        var tree = try channel(driver)
        XCTAssertEqual(tree.rows.count, 7)
        XCTAssertTrue(tree.rows[0].text.hasPrefix("▸ Sharpening"))
        XCTAssertEqual(tree.cursor, 0)
        driver.press(.char("o"))
        XCTAssertEqual(driver.lastEffect, .open(OpenRequest(url: "https://www.youtube.com/watch?v=Qw7tK2mP9xA", seconds: 0,
                                                            videoID: "Qw7tK2mP9xA")))
        driver.press(.enter)
        tree = try channel(driver)
        XCTAssertEqual(tree.rows.count, 9)
        driver.press(.end, .enter)
        XCTAssertEqual(driver.state.page?.location, .missing(name: "moisture_meters"))
        driver.press(.char("H"), .char("c"), .char("j"), .enter)
        XCTAssertEqual(driver.title, "Sharpening hand tools")
    }

    func testFromAChannelIndexItselfAndFromANoteWithoutChannel() throws {
        var driver = Driver(try TestVault.demo())
        driver.open("the_quiet_workshop/the_quiet_workshop.md")
        driver.press(.char("c"))
        XCTAssertEqual(try channel(driver).rows.count, 9)
        driver.press(.escape)
        driver.open("start_here.md")
        driver.press(.char("c"))
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.status?.text, "This note names no channel (no “From: [[channel]]” line)")
    }

    func testParsesTheOpsiChannelIndexWhenShared() throws {
        guard let shared = sharedDirectory() else { throw XCTSkip("../shared is not beside the project") }
        let note = try Note.load(shared + "/vaults/opsi/oecdobservatoryofpublicsec3116.md")
        let index = ChannelIndex(note.document)
        XCTAssertEqual(index.videos.count, 97)
        XCTAssertEqual(index.videos[0].title, "Innovation Playbook")
        XCTAssertEqual(index.videos[0].videoID, "MymoO7zOk24")
        XCTAssertEqual(index.videos[0].notes.map(\.label), ["Innovation strategies", "Playbook for business growth",
                                                            "Implementing innovative ideas"])
        let seed = try Note.load(shared + "/vaults/opsi/agile_regulatory_governance.md")
        XCTAssertEqual(ChannelIndex.channelLink(of: seed.document)?.target, "oecdobservatoryofpublicsec3116")
    }
}
