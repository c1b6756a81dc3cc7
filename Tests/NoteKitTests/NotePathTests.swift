@testable import NoteKit
import XCTest

final class NotePathTests: XCTestCase {
    func testStemFileNameAndFolder() {
        let cases: [(path: String, stem: String, name: String, folder: String)] = [
            ("note.md", "note", "note.md", ""),
            ("channel/sub/Some Title.markdown", "Some Title", "Some Title.markdown", "channel/sub"),
            ("caf\u{E9}/r\u{E9}sum\u{E9}.v2.md", "r\u{E9}sum\u{E9}.v2", "r\u{E9}sum\u{E9}.v2.md", "caf\u{E9}"),
            ("日本/メモ.txt", "メモ", "メモ.txt", "日本"),
            (".hidden", ".hidden", ".hidden", ""),
            ("folder/.md", ".md", ".md", "folder"),
            ("no_extension", "no_extension", "no_extension", ""),
            ("trailing/slash.md/", "slash", "slash.md", "trailing/slash.md"),
        ]
        for c in cases {
            XCTAssertEqual(NotePath.stem(c.path), c.stem, c.path)
            XCTAssertEqual(NotePath.fileName(c.path), c.name, c.path)
            XCTAssertEqual(NotePath.folder(c.path), c.folder, c.path)
        }
    }

    func testNoteExtensions() {
        for name in ["a.md", "A.MD", "x.Markdown", "notes.txt", "a.b.md", "é.md"] { XCTAssertTrue(NotePath.isNote(name), name) }
        for name in [".md", "md", "a.mdx", "a.m", "a.png", "a.", "", "a.md/", "a.tx"] { XCTAssertFalse(NotePath.isNote(name), name) }
    }
}
