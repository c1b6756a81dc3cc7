@testable import TextLayout
import XCTest

final class WrapperTests: XCTestCase {
    private func wrap(_ text: String, _ width: Int) -> [String] {
        Wrapper.wrap([Run(text)], width: width).map { StyledLine($0).plainText }
    }

    /// ASCII text is wrapped byte by byte; it must come out exactly as the character path has it.
    func testTheASCIIPathAgreesWithTheCharacterPath() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "bb", "word", "longerword", "x.", "(y)", " ", " ", "  ", "\t", "\n", "-", "[[l]]"]
        let styles: [TextStyle] = [.text, TextStyle(.link), .text, TextStyle(.text, italic: true)]
        for _ in 0..<500 {
            let runs = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                Run((0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined(),
                    styles.randomElement(using: &generator) ?? .text, item: Bool.random(using: &generator) ? nil : 1)
            }
            let width = Int.random(in: 1...30, using: &generator)
            XCTAssertEqual(Wrapper.wrap(runs, width: width), Wrapper.wrapByCharacters(runs, width: width), "\(runs) at \(width)")
        }
    }

    func testWrapsAtSpaces() {
        XCTAssertEqual(wrap("the quick brown fox jumps", 10), ["the quick", "brown fox", "jumps"])
        XCTAssertEqual(wrap("exactly ten", 11), ["exactly ten"])
    }

    func testSplitsWordsLongerThanTheLine() {
        XCTAssertEqual(wrap("abcdefghijkl xy", 5), ["abcde", "fghij", "kl xy"])
    }

    func testWrapsCJKWithoutSpaces() {
        let lines = wrap("木組みは釘を使わない。", 8)
        XCTAssertEqual(lines, ["木組みは", "釘を使わ", "ない。"])
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 8 })
    }

    func testKeepsCJKPunctuationWithItsCharacter() {
        XCTAssertEqual(wrap("ab 「木組み」です。", 6), ["ab", "「木組", "み」で", "す。"])
    }

    func testNeverSplitsAWideCharacterAcrossTheEdge() {
        let lines = wrap("ab継ぎ手", 3)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 3 }, "\(lines)")
        XCTAssertEqual(lines.joined(), "ab継ぎ手")
    }

    func testForcedBreaksAndTrailingBreak() {
        XCTAssertEqual(wrap("one\ntwo\n", 20), ["one", "two"])
    }

    func testKeepsStylesAndItems() {
        let runs = [Run("see "), Run("linked words", TextStyle(.link), item: 3), Run(" now")]
        let lines = Wrapper.wrap(runs, width: 10)
        XCTAssertEqual(lines.map { StyledLine($0).plainText }, ["see linked", "words now"])
        XCTAssertEqual(lines[0].last?.item, 3)
        XCTAssertEqual(lines[1].first, Run("words", TextStyle(.link), item: 3))
    }
}
