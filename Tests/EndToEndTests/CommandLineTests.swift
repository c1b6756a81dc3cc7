import Foundation
import XCTest

/// The scripting commands and the error paths, run as a person or a script would.
final class CommandLineTests: XCTestCase {
    private func notewalk(_ arguments: String...) throws -> Subprocess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        return try Subprocess.run([try notewalkBinary()] + arguments, environment: environment)
    }

    func testListPrintsPathAndTitle() throws {
        let result = try notewalk("list", try demoVault())
        XCTAssertEqual(result.status, 0)
        let lines = result.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 7)
        XCTAssertTrue(lines.contains("the_quiet_workshop/japanese_joinery.md\tJapanese joinery"))
        XCTAssertFalse(result.output.contains("\u{1B}"), "no colours when not a terminal")
    }

    func testListJSON() throws {
        let result = try notewalk("list", try demoVault(), "--json")
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let joinery = try XCTUnwrap(entries.first { $0["path"] as? String == "the_quiet_workshop/japanese_joinery.md" })
        XCTAssertEqual(joinery["videoId"] as? String, "Jp2Tsugite0")
        XCTAssertEqual(joinery["links"] as? Int, 4)
        XCTAssertEqual(joinery["timestamps"] as? Int, 6)
    }

    func testShowRendersPlainText() throws {
        let result = try notewalk("show", try demoVault() + "/the_quiet_workshop/wood_movement.md", "--width", "60")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.output.hasPrefix("Wood movement\n▶ https://www.youtube.com/watch?v=Lm4nB8vC1zE\n"), result.output)
        XCTAssertTrue(result.output.contains("│ Hinoki cypress (檜) │"))
        XCTAssertFalse(result.output.contains("<a class"))
        XCTAssertTrue(result.output.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    func testShowByTitleWithVault() throws {
        let result = try notewalk("show", "Japanese Joinery", "--vault", try demoVault())
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.hasPrefix("Japanese joinery\n"))
        let missing = try notewalk("show", "No Such Note", "--vault", try demoVault())
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.error.contains("No Such Note: no note with that title or name"), missing.error)
    }

    func testLinksShowWhereEachLinkLeads() throws {
        let result = try notewalk("links", try demoVault() + "/the_quiet_workshop/wood_movement.md")
        XCTAssertEqual(result.status, 0, result.error)
        let lines = result.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, [
            "the_quiet_workshop\tthe_quiet_workshop/the_quiet_workshop.md",
            "Moisture Meters\tunresolved",
            "Japanese Joinery#Kanawa tsugi\tthe_quiet_workshop/japanese_joinery.md",
            "finishing_with_oil\tthe_quiet_workshop/finishing_with_oil.md",
        ])
        let json = try notewalk("links", try demoVault() + "/the_quiet_workshop/wood_movement.md", "--json")
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries[2]["rung"] as? Int, 2)
        XCTAssertEqual(entries[2]["heading"] as? String, "Kanawa tsugi")
        XCTAssertTrue(entries[1]["resolved"] is NSNull)
    }

    func testTimestampsWithURLAndSentence() throws {
        let result = try notewalk("timestamps", try demoVault() + "/the_quiet_workshop/wood_movement.md")
        let lines = result.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "1:05\thttps://www.youtube.com/watch?v=Lm4nB8vC1zE&t=65s\tWood swells and shrinks with the humidity of the air around it, mostly across the grain and hardly at all along it.")
        XCTAssertTrue(lines.contains("5:40\thttps://www.youtube.com/watch?v=Lm4nB8vC1zE&t=340s\tTangential movement is roughly twice radial movement, which is why quarter-sawn boards stay flatter."), result.output)
        XCTAssertEqual(lines.count, 10)
    }

    func testCheckReportsAndExitsOne() throws {
        let result = try notewalk("check", try demoVault())
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.output.contains("the_quiet_workshop/wood_movement.md: unresolved: [[Moisture Meters]] matches no note"))
        XCTAssertTrue(result.output.hasSuffix("7 notes, 26 links: 4 unresolved, 0 ambiguous, 0 unreadable or broken\n"), result.output)
        let json = try notewalk("check", try demoVault(), "--json")
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        XCTAssertEqual(report["unresolved"] as? Int, 4)
    }

    func testCheckIsCleanOnACleanVault() throws {
        let dir = try scratchDirectory(self)
        try "---\ntitle: A\n---\n[[b]]".write(toFile: dir + "/a.md", atomically: true, encoding: .utf8)
        try "---\ntitle: B\n---\n[[A]]".write(toFile: dir + "/b.md", atomically: true, encoding: .utf8)
        let result = try notewalk("check", dir)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertEqual(result.output, "2 notes, 2 links: 0 unresolved, 0 ambiguous, 0 unreadable or broken\n")
    }

    func testBadInputGetsAClearMessage() throws {
        let missing = try notewalk("/no/such/vault")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.error, "notewalk: /no/such/vault: no such file or folder\n")

        let dir = try scratchDirectory(self)
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]).write(to: URL(fileURLWithPath: dir + "/picture.md"))
        let binary = try notewalk("show", dir + "/picture.md")
        XCTAssertEqual(binary.status, 1)
        XCTAssertEqual(binary.error, "notewalk: \(dir)/picture.md: binary file (contains NUL bytes), not a note\n")

        try "just text".write(toFile: dir + "/data.csv", atomically: true, encoding: .utf8)
        let notANote = try notewalk(dir + "/data.csv")
        XCTAssertTrue(notANote.error.contains("not a note"), notANote.error)

        let broken = try notewalk("check", dir)
        XCTAssertTrue(broken.output.contains("picture.md: problem:"), broken.output)
    }

    func testWithoutATerminalTheBrowserSaysWhatToDo() throws {
        let result = try notewalk(try demoVault())
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("needs a terminal"), result.error)
        XCTAssertTrue(result.error.contains("notewalk show"), result.error)
    }

    func testBrokenFrontMatterStillShows() throws {
        let dir = try scratchDirectory(self)
        try "---\ntitle: [unclosed\nvideoId: nope\n---\n\n## Still here\n".write(toFile: dir + "/broken.md", atomically: true, encoding: .utf8)
        let result = try notewalk("show", dir + "/broken.md")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("## Still here"))
        XCTAssertTrue(result.error.contains("broken.md: front matter is not valid YAML"), result.error)
    }

    func testSearchBacklinksAndVideo() throws {
        let demo = try demoVault()
        let search = try notewalk("search", demo, "Burr")
        XCTAssertEqual(search.status, 1, "smart case: no note has “Burr” with a capital B")
        let found = try notewalk("search", demo, "burr", "--json")
        let hits = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(found.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(hits.count, 1)
        XCTAssertEqual(hits[0]["hits"] as? Int, 3)
        XCTAssertEqual(hits[0]["line"] as? Int, 14)
        let swapped = try notewalk("search", "burr", demo)
        XCTAssertEqual(swapped.error, "notewalk: burr: no such folder (the folder comes first: notewalk search \(demo) \"burr\")\n")
        XCTAssertEqual(try notewalk("search", "/no/such/folder", "burr").error, "notewalk: /no/such/folder: no such folder\n")

        let backlinks = try notewalk("backlinks", demo + "/workshop_safety.md")
        XCTAssertEqual(backlinks.output.split(separator: "\n").first,
                       "the_quiet_workshop/finishing_with_oil.md\tThis is the one rule in Workshop Safety that surprises people.")
        XCTAssertEqual(backlinks.output.split(separator: "\n").count, 3)

        let video = try notewalk("video", demo, "Lm4nB8vC1zE", "--json")
        let cites = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(video.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(cites.count, 15)
        let seconds = cites.compactMap { $0["seconds"] as? Int }
        XCTAssertEqual(seconds, seconds.sorted(), "in time order")
        XCTAssertEqual(Set(cites.compactMap { $0["path"] as? String }).count, 2, "across notes")
        let bad = try notewalk("video", demo, "nope")
        XCTAssertEqual(bad.error, "notewalk: nope: not an 11-character YouTube video id\n")
    }
}
