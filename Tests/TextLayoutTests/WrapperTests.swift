@testable import TextLayout
import XCTest

final class WrapperTests: XCTestCase {
    private func wrap(_ text: String, _ width: Int) -> [String] {
        Wrapper.wrap([Run(text)], width: width).map { StyledLine($0).plainText }
    }

    /// Most text is wrapped code point by code point; it must come out exactly as the character path has it.
    func testTheCodePointPathAgreesWithTheCharacterPath() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "bb", "word", "longerword", "x.", "(y)", " ", " ", "  ", "\t", "\n", "-", "[[l]]",
                      "Bogotá", "café", "’s", " — ", "“q”", "…", "€5", "ŁÓDŹ", "ɐ", "ˈ", "\u{AD}"]
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

    /// Every code point the code point path takes is one column wide and a grapheme by itself next
    /// to any other such code point, so the two paths cannot differ on text made of them.
    func testCodePointsWrappedAloneAreOneColumnGraphemes() {
        let alone = (0..<0x3000).compactMap { Unicode.Scalar(UInt32($0)) }.filter { DisplayWidth.isAlone($0.value) }
        XCTAssertGreaterThan(alone.count, 700)
        let neighbours = alone.enumerated().filter { $0.offset % 5 == 0 }.map(\.element) + ["\u{0A}"]
        for scalar in alone {
            XCTAssertEqual(DisplayWidth.of(Character(scalar)), 1, "U+\(String(scalar.value, radix: 16))")
            for other in neighbours {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(other)
                pair.append(scalar)
                XCTAssertEqual(String(pair).count, 3, "U+\(String(scalar.value, radix: 16)) next to U+\(String(other.value, radix: 16))")
            }
        }
        // What is left out: combining marks, zero-width and format characters, wide text, emoji.
        for excluded: UInt32 in [0x300, 0x200B, 0x200D, 0x2060, 0x4E00, 0x1F600, 0xFE0F, 0x85] {
            XCTAssertFalse(DisplayWidth.isAlone(excluded))
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
