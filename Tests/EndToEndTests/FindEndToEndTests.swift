import Foundation
import XCTest

/// Finding and connecting, in the real binary: switcher, vault search, backlinks, hints, video view.
final class FindEndToEndTests: XCTestCase {
    private func start(_ tmux: Tmux, _ arguments: [String] = [], columns: Int = 100, rows: Int = 30) throws {
        try tmux.start([try notewalkBinary()] + arguments, columns: columns, rows: rows)
        try tmux.waitFor(text: arguments.isEmpty ? "7 notes" : " Notes › ")
    }

    private func topLine(_ screen: String) -> String { screen.components(separatedBy: "\n").first ?? "" }

    func testSwitcherOpensANoteByFuzzyName() throws {
        let tmux = try Tmux()
        try start(tmux)
        try tmux.keys("C-p")
        try tmux.waitFor(text: "Go to note")
        try tmux.type("jnry")
        try tmux.waitFor("the match listed") { $0.contains("> jnry▏  1") && $0.contains("› Japanese joinery") }
        try tmux.keys("Enter")
        try tmux.waitFor("the note") { self.topLine($0).hasSuffix("Japanese joinery") || self.topLine($0).contains("› Japanese joinery ") }
    }

    func testVaultSearchStreamsAndOpensAtTheHit() throws {
        let tmux = try Tmux()
        try start(tmux)
        try tmux.keys("s")
        try tmux.type("burr")
        // The whole frame: curses writes a frame a line at a time, and a capture can land between lines.
        try tmux.waitFor("the hits listed") {
            $0.contains("“burr”: 3 hits in 1 of 7 notes") && $0.contains("Sharpening hand tools  (3 hits)")
        }
        try tmux.keys("Enter")
        // The whole frame: a capture can land while the terminal is still being written.
        let note = try tmux.waitFor("the note at the first hit") {
            $0.contains("“burr”: 1 of 3") && self.topLine($0).contains("Sharpening hand tools")
        }
        XCTAssertTrue(note.contains("until a burr forms"), note)
        try tmux.keys("n")
        try tmux.waitFor(text: "“burr”: 2 of 3")
    }

    func testBacklinksAndVideoView() throws {
        let tmux = try Tmux()
        try start(tmux, [try demoVault() + "/the_quiet_workshop/wood_movement.md"])
        try tmux.keys("B")
        try tmux.waitFor("the backlinks with their sentences") {
            $0.contains("Links to Wood movement · 4 from 4 notes") && $0.contains("Steeper angles last longer in hard woods")
        }
        try tmux.keys("j", "j", "Enter")
        let opened = try tmux.waitFor(text: "→ the_quiet_workshop/wood_movement.md")
        XCTAssertTrue(topLine(opened).contains("Sharpening hand tools"), opened)
        try tmux.keys("H", "v")
        let video = try tmux.waitFor(text: "15 citations in 2 notes")
        XCTAssertTrue(video.contains("› 1:05  Wood movement"), video)
        try tmux.keys("y")
        try tmux.waitFor(text: "Copied URL of 1:05")
        XCTAssertEqual(try tmux.run(["show-buffer"]), "https://www.youtube.com/watch?v=Lm4nB8vC1zE&t=65s")
    }

    func testLinkHintsFollowAndCopy() throws {
        let tmux = try Tmux()
        try start(tmux, [try demoVault() + "/start_here.md"])
        try tmux.keys("f")
        try tmux.waitFor(text: "Follow: type a label")
        // Labels go to the items on screen in order: the channel link is the first.
        try tmux.keys("a")
        try tmux.waitFor("the channel index") { self.topLine($0).contains("the_quiet_workshop") }
        try tmux.keys("H", "F")
        try tmux.waitFor(text: "Copy: type a label")
        try tmux.keys("x")
        try tmux.waitFor(text: "No hint “x”")
    }
}
