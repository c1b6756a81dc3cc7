import Foundation
import Glibc
import XCTest

/// The real binary in tmux, driven by keys, checked by what is on screen.
final class BrowseEndToEndTests: XCTestCase {
    private func openSharpening(_ tmux: Tmux, extra: [String] = []) throws {
        try tmux.start([try notewalkBinary()] + extra)
        try tmux.waitFor(text: "7 notes")
        try tmux.keys("/")
        try tmux.type("sharp")
        try tmux.keys("Enter")
        try tmux.waitFor("the note") { $0.components(separatedBy: "\n").first?.contains("› Sharpening hand tools") == true }
    }

    /// Tabs until the status line (the last row) contains `text`.
    private func tab(_ tmux: Tmux, until text: String) throws {
        for _ in 0..<30 {
            try tmux.keys("Tab")
            Thread.sleep(forTimeInterval: 0.05)
            if try tmux.lines().filter({ !$0.isEmpty }).last?.contains(text) == true { return }
        }
        XCTFail("Tab never selected \(text):\n\(try tmux.screen())")
    }

    func testFollowAWikilinkAndComeBackToTheSamePlace() throws {
        let tmux = try Tmux()
        try openSharpening(tmux)
        try tmux.keys("j", "j", "j")
        try tab(tmux, until: "wood_movement.md")
        let before = try tmux.lines()
        try tmux.keys("Enter")
        let followed = try tmux.waitFor(text: "Wood swells and shrinks")
        XCTAssertTrue(followed.hasPrefix(" Notes › Sharpening hand tools › Wood movement"), followed)
        try tmux.keys("H")
        // The same lines on screen and the same link selected (its target in the status line).
        try tmux.waitFor("the old note, where it was") { screen in
            let after = screen.components(separatedBy: "\n")
            return Array(after.dropFirst().prefix(27)) == Array(before.dropFirst().prefix(27))
                && after.filter { !$0.isEmpty }.last?.contains("wood_movement.md") == true
                && after.first?.contains("Wood movement") == false
        }
        try tmux.keys("L")
        try tmux.waitFor(text: "Wood swells and shrinks")
    }

    func testOpenerGetsTheMomentAndItsSeconds() throws {
        let tmux = try Tmux()
        let dir = try scratchDirectory(self)
        let record = dir + "/record"
        try "#!/bin/sh\nprintf '%s\\n' \"$@\" > \(dir)/opened\n".write(toFile: record, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: record)
        try openSharpening(tmux, extra: ["--opener", "\(record) --start={seconds} '{url}'"])
        try tab(tmux, until: "&t=135s")
        try tmux.keys("o")
        try tmux.waitFor(text: "Opening https://www.youtube.com/watch?v=Qw7tK2mP9xA&t=135s")
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: dir + "/opened"), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.1)
        let opened = try String(contentsOfFile: dir + "/opened", encoding: .utf8)
        XCTAssertEqual(opened, "--start=135\nhttps://www.youtube.com/watch?v=Qw7tK2mP9xA&t=135s\n")
    }

    func testOpenerFailureShowsInTheStatusLine() throws {
        let tmux = try Tmux()
        try openSharpening(tmux, extra: ["--opener", "/nonexistent/player {url}"])
        try tmux.keys("o")
        try tmux.waitFor(text: "cannot run /nonexistent/player")
    }

    func testCopyLandsInTheTmuxBuffer() throws {
        let tmux = try Tmux()
        try openSharpening(tmux)
        try tab(tmux, until: "&t=135s")
        try tmux.keys("y")
        try tmux.waitFor(text: "Copied URL of 2:15")
        XCTAssertEqual(try tmux.run(["show-buffer"]), "https://www.youtube.com/watch?v=Qw7tK2mP9xA&t=135s")
        try tmux.keys("Y")
        try tmux.waitFor(text: "Copied video URL")
        XCTAssertEqual(try tmux.run(["show-buffer"]), "https://www.youtube.com/watch?v=Qw7tK2mP9xA")
    }

    func testUnresolvedLinkOutlineHelpAndQuit() throws {
        let tmux = try Tmux()
        try tmux.start([try notewalkBinary()])
        try tmux.waitFor(text: "7 notes")
        try tmux.keys("/")
        try tmux.type("start")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Welcome to Notewalk")
        try tab(tmux, until: "Moisture Meters")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "No note named “Moisture Meters” exists")
        let page = try tmux.waitFor(text: "Linked from 3 notes")
        XCTAssertTrue(page.components(separatedBy: "\n")[0].hasSuffix("missing note"), page)
        XCTAssertTrue(page.contains("• Wood movement: Measure before you build: a moisture meter tells you"), page)
        try tmux.keys("t")
        try tmux.waitFor(text: "Outline · 2 sections")
        try tmux.keys("Escape", "?")
        try tmux.waitFor(text: "Keys · Esc closes")
        try tmux.keys("Escape", "q")
        try tmux.waitFor("exit") { _ in (try? tmux.exitStatus()) != nil }
        XCTAssertEqual(try tmux.exitStatus(), 0)
    }

    func testCtrlCQuitsCleanly() throws {
        let tmux = try Tmux()
        try tmux.start([try notewalkBinary()])
        try tmux.waitFor(text: "7 notes")
        try tmux.keys("C-c")
        try tmux.waitFor("exit") { _ in (try? tmux.exitStatus()) != nil }
        XCTAssertEqual(try tmux.exitStatus(), 0)
    }

    func testResumeReopensWhereYouLeftOff() throws {
        let tmux = try Tmux()
        try openSharpening(tmux)
        try tmux.keys("j", "j", "j", "j", "m")
        try tmux.waitFor(text: "Bookmarked Sharpening hand tools")
        let before = try tmux.lines()
        try tmux.keys("q")
        try tmux.waitFor("exit") { _ in (try? tmux.exitStatus()) != nil }

        let again = try Tmux(stateFrom: tmux)
        try again.start([try notewalkBinary(), "--resume"])
        try again.waitFor("the same place") { screen in
            Array(screen.components(separatedBy: "\n").dropFirst().prefix(25)) == Array(before.dropFirst().prefix(25))
        }
        try again.keys("'")
        try again.waitFor(text: "Bookmarks · 1")
        try again.keys("Escape", "H")
        try again.waitFor(text: "7 notes")
    }

    func testACorruptSessionFileIsReportedNotFatal() throws {
        let tmux = try Tmux()
        try FileManager.default.createDirectory(atPath: tmux.stateDirectory + "/notewalk", withIntermediateDirectories: true)
        try openSharpening(tmux)
        try tmux.keys("q")
        try tmux.waitFor("exit") { _ in (try? tmux.exitStatus()) != nil }
        let files = try FileManager.default.contentsOfDirectory(atPath: tmux.stateDirectory + "/notewalk")
        let saved = try XCTUnwrap(files.first { $0.hasSuffix(".json") })
        try "garbage".write(toFile: tmux.stateDirectory + "/notewalk/" + saved, atomically: true, encoding: .utf8)
        let again = try Tmux(stateFrom: tmux)
        try again.start([try notewalkBinary(), "--resume"])
        try again.waitFor(text: "could not be read (not valid JSON); set aside")
        try again.waitFor(text: "7 notes")
    }

    func testTerminationRestoresTheTerminal() throws {
        let tmux = try Tmux()
        try tmux.start([try notewalkBinary()])
        try tmux.waitFor(text: "7 notes")
        XCTAssertEqual(try tmux.run(["display-message", "-p", "-t", "t", "#{alternate_on}"]), "1\n")
        let panePID = try tmux.run(["display-message", "-p", "-t", "t", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // The pane runs `sh` (which records the exit status), and its child is notewalk.
        let child = try Subprocess.run(["pgrep", "-P", panePID]).output.split(separator: "\n").first.map(String.init)
        let target = try XCTUnwrap(child)
        _ = try Subprocess.run(["kill", "-TERM", target])
        try tmux.waitFor("exit") { _ in (try? tmux.exitStatus()) != nil }
        XCTAssertEqual(try tmux.exitStatus(), 128 + 15, "ended by SIGTERM")
        XCTAssertEqual(try tmux.run(["display-message", "-p", "-t", "t", "#{alternate_on}"]), "0\n",
                       "the alternate screen was left: the terminal is restored")
    }

    /// A terminal that goes away without a hang-up signal reaching Notewalk (here it runs in a session
    /// of its own) must still end it, not leave it spinning on a dead terminal.
    func testATerminalThatGoesAwayEndsNotewalk() throws {
        let tmux = try Tmux()
        try tmux.start(["setsid", try notewalkBinary()])
        try tmux.waitFor(text: "7 notes")
        let panePID = try tmux.run(["display-message", "-p", "-t", "t", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try Subprocess.run(["pgrep", "-P", panePID]).output.split(separator: "\n").first.map(String.init)
        let pid = try XCTUnwrap(child.flatMap { Int32($0) })
        XCTAssertEqual(try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
                       "notewalk")
        /// Running, and not a zombie waiting to be reaped.
        func running() -> Bool {
            guard kill(pid, 0) == 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
            return !stat.contains(") Z ")
        }
        try tmux.run(["kill-server"])
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, running() { Thread.sleep(forTimeInterval: 0.05) }
        let alive = running()
        if alive { kill(pid, SIGKILL) }
        XCTAssertFalse(alive, "notewalk still ran 5 s after its terminal closed")
    }

    func testResizeReflowsTheNote() throws {
        let tmux = try Tmux()
        try openSharpening(tmux)
        try tmux.run(["resize-window", "-t", "t", "-x", "44", "-y", "16"])
        let narrow = try tmux.waitFor("a narrow screen") { $0.components(separatedBy: "\n").first.map { $0.count <= 44 } == true
            && $0.contains("A sharp edge is the meeting of two") }
        XCTAssertTrue(narrow.components(separatedBy: "\n").allSatisfy { $0.count <= 44 }, narrow)
        try tmux.run(["resize-window", "-t", "t", "-x", "14", "-y", "4"])
        try tmux.waitFor(text: "Terminal too")
    }

    func testNoteFileArgumentAndWideCharacters() throws {
        let tmux = try Tmux()
        let demo = try demoVault()
        try tmux.start([try notewalkBinary(), demo + "/the_quiet_workshop/japanese_joinery.md"], columns: 60, rows: 20)
        let screen = try tmux.waitFor(text: "継ぎ手")
        XCTAssertTrue(screen.hasPrefix(" Notes › Japanese joinery"), screen)
        try tmux.keys("H")
        try tmux.waitFor(text: "Sharpening hand tools", timeout: 5)
    }

    /// The terminal layer puts only the cells that changed since the last frame; after each step,
    /// what is on screen (characters, colours, attributes) must equal a repaint from scratch (Ctrl-L).
    /// The status line is left out: any key, Ctrl-L too, clears a message there.
    func testEveryFrameEqualsARepaint() throws {
        let tmux = try Tmux()
        let demo = try demoVault()
        try tmux.start([try notewalkBinary(), demo + "/the_quiet_workshop/japanese_joinery.md"], columns: 60, rows: 20)
        try tmux.waitFor(text: "継ぎ手")
        let steps: [(keys: [String], what: String)] = [
            (["j", "j", "j"], "three lines down"), (["Space"], "a page down"), (["g"], "the top"),
            (["Tab", "Tab", "Tab"], "a link selected"), (["f"], "link hints"), (["Escape"], "hints closed"),
            (["t"], "the outline over the note"), (["Escape"], "outline closed"), (["?"], "help"), (["Escape"], "help closed"),
            (["B"], "backlinks"), (["H"], "back"), (["G"], "the bottom"), (["i"], "the note list"), (["j", "j"], "the list moved"),
        ]
        for step in steps {
            for key in step.keys { try tmux.keys(key) }
            let drawn = try tmux.settledStyledRows().dropLast(2)
            try tmux.keys("C-l")
            let repainted = try tmux.settledStyledRows().dropLast(2)
            XCTAssertEqual(drawn.count, 19)
            for (row, (a, b)) in zip(drawn, repainted).enumerated() where a != b {
                XCTFail("after \(step.what), row \(row) differs from a repaint:\n\(a.joined(separator: " "))\n\(b.joined(separator: " "))")
            }
            XCTAssertGreaterThan(drawn.joined().count, 200, "after \(step.what) the screen is almost empty")
        }
    }

    func testNoteTextNeverReachesTheTerminalAsControls() throws {
        let tmux = try Tmux()
        let dir = try scratchDirectory(self)
        try "---\ntitle: Hostile\n---\nbefore \u{1B}]2;PWNED\u{07} \u{1B}[2J\u{1B}[31mred\u{9B}1m after\n"
            .write(toFile: dir + "/hostile.md", atomically: true, encoding: .utf8)
        try tmux.start([try notewalkBinary(), dir + "/hostile.md"])
        let screen = try tmux.waitFor(text: "after")
        XCTAssertTrue(screen.contains("before ]2;PWNED [2J[31mred1m after"), screen)
        XCTAssertNotEqual(try tmux.run(["display-message", "-p", "-t", "t", "#{pane_title}"]).trimmingCharacters(in: .newlines), "PWNED")
    }

    func testOpsiVaultWhenShared() throws {
        guard let shared = sharedVaults() else { throw XCTSkip("../shared is not beside the project") }
        let tmux = try Tmux()
        try tmux.start([try notewalkBinary(), shared + "/opsi"])
        try tmux.waitFor(text: "98 notes")
        try tmux.keys("/")
        try tmux.type("agile regulatory")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Agile regulatory governance")
        try tmux.keys("t")
        try tmux.waitFor(text: "Context and Necessity")
    }
}

func demoVault(file: String = #filePath) throws -> String {
    let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent("Sources/notewalk/DemoVault").path
}

func sharedVaults(file: String = #filePath) -> String? {
    let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("../shared/vaults").standardized.path
    return FileManager.default.fileExists(atPath: path + "/opsi") ? path : nil
}

/// Notes edited, added and removed on disk while the browser runs.
final class VaultWatchEndToEndTests: XCTestCase {
    func testChangesOnDiskShowWithoutARestart() throws {
        let probe = inotify_init1(0)
        guard probe >= 0 else { throw XCTSkip("inotify is not available here, so Notewalk does not watch") }
        close(probe)
        let dir = try scratchDirectory(self)
        let vault = dir + "/vault"
        try FileManager.default.copyItem(atPath: try demoVault(), toPath: vault)
        let tmux = try Tmux()
        try tmux.start([try notewalkBinary(), vault + "/the_quiet_workshop/wood_movement.md"])
        try tmux.waitFor(text: "Wood swells and shrinks")
        Thread.sleep(forTimeInterval: 0.5)

        // An edit of the note on screen: read again, with a message, at the same place.
        let path = vault + "/the_quiet_workshop/wood_movement.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Wood swells and shrinks", with: "Timber swells and shrinks")
            .write(toFile: path, atomically: true, encoding: .utf8)
        try tmux.waitFor(text: "Timber swells and shrinks", timeout: 5)
        try tmux.waitFor(text: "changed on disk", timeout: 2)

        // A new note: in the list, and the link to it no longer leads to a missing page.
        try "---\ntitle: Moisture meters\n---\nPin and pinless meters.\n"
            .write(toFile: vault + "/the_quiet_workshop/moisture_meters.md", atomically: true, encoding: .utf8)
        try tmux.keys("i")
        try tmux.waitFor(text: "8 notes", timeout: 5)
        try tmux.keys("/")
        try tmux.type("moisture")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Pin and pinless meters.")

        // Removed again: gone from the list.
        try FileManager.default.removeItem(atPath: vault + "/the_quiet_workshop/moisture_meters.md")
        try tmux.waitFor(text: "was removed from the vault", timeout: 5)
        try tmux.keys("i")
        try tmux.waitFor(text: "7 notes", timeout: 5)
    }
}
