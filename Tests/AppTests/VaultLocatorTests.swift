import Foundation
@testable import notewalk
import XCTest

final class VaultLocatorTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("nw-locate-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: root + "/vault/.obsidian", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/vault/channel", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/loose", withIntermediateDirectories: true)
        try "x".write(toFile: root + "/vault/channel/note.md", atomically: true, encoding: .utf8)
        try "x".write(toFile: root + "/loose/note.txt", atomically: true, encoding: .utf8)
        root = FileSystem.realPath(root) ?? root
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: root) }

    func testANoteBelongsToTheNearestObsidianVault() throws {
        let target = try VaultLocator.locate(path: root + "/vault/channel/note.md", vault: nil)
        XCTAssertEqual(target.vaultRoot, root + "/vault")
        XCTAssertEqual(target.note, root + "/vault/channel/note.md")
    }

    func testWithoutObsidianTheNotesFolderIsTheVault() throws {
        XCTAssertEqual(try VaultLocator.locate(path: root + "/loose/note.txt", vault: nil).vaultRoot, root + "/loose")
    }

    func testVaultOptionWins() throws {
        XCTAssertEqual(try VaultLocator.locate(path: root + "/vault/channel/note.md", vault: root + "/vault/channel").vaultRoot,
                       root + "/vault/channel")
        XCTAssertThrowsError(try VaultLocator.locate(path: nil, vault: root + "/vault/channel/note.md")) {
            XCTAssertTrue("\($0)".contains("not a folder"))
        }
    }

    func testAFolderIsAVaultAndNoPathIsTheDemo() throws {
        XCTAssertEqual(try VaultLocator.locate(path: root + "/vault", vault: nil).vaultRoot, root + "/vault")
        let demo = try VaultLocator.locate(path: nil, vault: nil)
        XCTAssertTrue(demo.vaultRoot.hasSuffix("DemoVault"), demo.vaultRoot)
        XCTAssertNil(demo.note)
    }

    func testThemesAreFoundAndBadNamesExplained() {
        XCTAssertTrue(Set(ThemeLoader.available()).isSuperset(of: ["default", "light", "dusk-256"]))
        let loaded = ThemeLoader.load("no-such-theme")
        XCTAssertEqual(loaded.theme, .plain)
        XCTAssertTrue(loaded.warning?.contains("no theme 'no-such-theme'") == true, loaded.warning ?? "")
        XCTAssertNil(ThemeLoader.load("light").warning)
    }
}
