import NoteKit
import XCTest

final class FuzzyMatcherTests: XCTestCase {
    func testSubsequenceWithPositions() {
        let match = FuzzyMatcher.match("wm", in: "Wood movement")
        XCTAssertEqual(match?.positions, [0, 5])
        XCTAssertNil(FuzzyMatcher.match("xyz", in: "Wood movement"))
    }

    func testWordStartsAndRunsRankHigher() throws {
        let starts = try XCTUnwrap(FuzzyMatcher.match("jj", in: "Japanese joinery"))
        let middle = try XCTUnwrap(FuzzyMatcher.match("jj", in: "hajjar"))
        XCTAssertGreaterThan(starts.score, middle.score)
        let run = try XCTUnwrap(FuzzyMatcher.match("wood", in: "Wood movement"))
        let scattered = try XCTUnwrap(FuzzyMatcher.match("wood", in: "Workshop of dust"))
        XCTAssertGreaterThan(run.score, scattered.score)
    }

    func testSmartCase() {
        XCTAssertNotNil(FuzzyMatcher.match("wood", in: "WOOD"))
        XCTAssertNil(FuzzyMatcher.match("Wood", in: "wood"))
    }
}

/// The switcher's byte-level matching must rank exactly as `FuzzyMatcher` does on characters.
final class NameCorpusTests: XCTestCase {
    func testBytesScoreAsCharactersDo() {
        let words = ["Public", "policy", "trust", "in", "OECD", "e-Government", "data_2024", "Straße", "日本", "the", "Of", "pp"]
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        func phrase(_ count: Int) -> String { (0..<count).map { _ in words[next(words.count)] }.joined(separator: [" ", "_", " - "][next(3)]) }
        let notes = (0..<300).map { i in
            VaultNote(relativePath: "f/\(phrase(2)).md", title: phrase(1 + next(4)), aliases: next(4) == 0 ? [phrase(2)] : [])
        }
        let corpus = NameCorpus(notes)
        for query in ["p", "pol", "Pol", "pp", "tin", "e-g", "oecd", "OECD", "d2", "日", "ß", "the of", "xyz", "", "public policy"] {
            for (i, note) in notes.enumerated() {
                var expected: (score: Int, highlights: [Int])?
                if let m = FuzzyMatcher.match(query, in: note.title) { expected = (m.score + 8, m.positions) }
                for name in note.aliases + [note.stem] {
                    if let m = FuzzyMatcher.match(query, in: name), m.score > (expected?.score ?? Int.min) { expected = (m.score, []) }
                }
                let got = corpus.match(NameCorpus.Query(query), note: i, highlights: true)
                XCTAssertEqual(got?.score, expected?.score, "“\(query)” in \(note.title) / \(note.stem)")
                XCTAssertEqual(got?.highlights, expected?.highlights, "“\(query)” in \(note.title)")
            }
            let all = corpus.matches(NameCorpus.Query(query), among: nil).map(\.note)
            XCTAssertEqual(all, notes.indices.filter { corpus.match(NameCorpus.Query(query), note: $0) != nil }, query)
        }
    }
}
