@testable import NoteKit
import XCTest

final class TextSearchFastPathTests: XCTestCase {
    func testFastAndSlowPathsAgree() {
        let lines = ["Public Trust and public trust", "PUBLIC TRUST", "no hit here", "public\ttrust", "publicc trust",
                     "Straße and STRASSE", "ﬁne ﬁle", "public trust — with a dash", "trust trust trust",
                     "Bogotá trust — trust", "cafe\u{301} trust e\u{301}", "İstanbul is in Türkiye", "日本 trust 😀 trust"]
        for query in ["public trust", "Public", "trust", "strasse", "fine", "ss", "t t", "e", "is", "cafe"] {
            let search = TextSearch(query)
            for line in lines {
                let fast = search.matches(in: line)
                let slow = search.characterMatches(in: line)
                XCTAssertEqual(fast, slow, "“\(query)” in “\(line)”")
                if !fast.isEmpty { XCTAssertTrue(search.mayOccur(in: line), "prefilter lets “\(line)” through for “\(query)”") }
            }
        }
    }

    func testPrefilterSkipsOnlyTextsWithoutTheQuery() {
        XCTAssertFalse(TextSearch("public trust").mayOccur(in: "nothing of the sort"))
        XCTAssertTrue(TextSearch("public trust").mayOccur(in: "PUBLIC TRUST"))
        XCTAssertFalse(TextSearch("Public").mayOccur(in: "public"), "case matters with an upper-case letter")
        XCTAssertTrue(TextSearch("strasse").mayOccur(in: "Straße"), "ß folds to ss")
        XCTAssertTrue(TextSearch("σοφία").mayOccur(in: "anything"), "non-ASCII queries go to the exact search")
        // Characters that fold into ASCII are found wherever they sit among the 64- and 16-byte steps,
        // also after other characters beyond ASCII.
        for padding in 0..<140 {
            let before = padding % 3 == 0 ? "é – " : ""
            let text = before + String(repeating: "x", count: padding) + "ſun and ﬆory" + String(repeating: "y", count: padding % 7)
            XCTAssertTrue(TextSearch("sun").mayOccur(in: text), "ſ folds to s after \(padding) bytes")
            XCTAssertTrue(TextSearch("story").mayOccur(in: text), "ﬆ folds to st after \(padding) bytes")
            XCTAssertFalse(TextSearch("sun").mayOccur(in: String(repeating: "x", count: padding) + "é – moon"))
        }
    }
}

final class ByteFindTests: XCTestCase {
    /// Short and long texts over a small alphabet, so matches fall at every offset, near the ends
    /// and across the sixteen-byte steps.
    func testByteSearchFindsWhatTheCharacterSearchFinds() {
        var state: UInt64 = 99
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        let alphabet = Array("abAB p@`-")
        for _ in 0..<3000 {
            let text = String((0..<next(80)).map { _ in alphabet[next(alphabet.count)] })
            let query = String((0..<(1 + next(4))).map { _ in alphabet[next(alphabet.count)] })
            let search = TextSearch(query)
            XCTAssertEqual(search.matches(in: text), search.characterMatches(in: text), "“\(query)” in “\(text)”")
            XCTAssertEqual(search.mayOccur(in: text), !search.characterMatches(in: text).isEmpty, "“\(query)” in “\(text)”")
        }
    }
}
