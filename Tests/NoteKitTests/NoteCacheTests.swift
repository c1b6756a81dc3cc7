import Foundation
import NoteKit
import XCTest

final class NoteCacheTests: XCTestCase {
    func testServesTheSameNoteUntilTheFileChanges() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nw-cache-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/n.md"
        try "---\ntitle: One\n---\n".write(toFile: path, atomically: true, encoding: .utf8)
        let cache = NoteCache(capacity: 1)
        XCTAssertEqual(try cache.load(path).title, "One")
        XCTAssertEqual(try cache.load(path).title, "One")
        try "---\ntitle: Two, longer\n---\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try cache.load(path).title, "Two, longer", "a changed file is read again")
        try FileManager.default.removeItem(atPath: path)
        XCTAssertThrowsError(try cache.load(path), "a deleted file is not served from the cache")
    }
}
