/// Greedy word wrap of styled runs to a column width. Breaks at spaces and between wide (CJK)
/// characters; a word longer than the line is split; `"\n"` in a run forces a break.
/// Text whose code points are each a one-column grapheme (most notes) is wrapped code point by code
/// point; other text by characters.
public enum Wrapper {
    public static func wrap(_ runs: [Run], width: Int) -> [[Run]] {
        guard let scalars = ScalarGlyph.glyphs(of: runs) else { return wrapByCharacters(runs, width: width) }
        return styled(scalars, lines(scalars, width: max(1, width)), runs)
    }

    /// The same wrap, character by character whatever the text (the code point path must agree with it).
    static func wrapByCharacters(_ runs: [Run], width: Int) -> [[Run]] {
        let characters = CharacterGlyph.glyphs(of: runs)
        return styled(characters, lines(characters, width: max(1, width)), runs)
    }

    /// Inside a run of non-space text, a line may break next to a wide (CJK) character,
    /// but never after an opening bracket or before closing punctuation.
    static func mayBreak(between previous: Character, and next: Character) -> Bool {
        CharacterGlyph.mayBreak(between: previous, and: next)
    }

    /// Where each line's glyphs are. A line is always one stretch of the glyphs: from its first word
    /// to its last, the spaces between them included (spaces that open a line or end one at a wrap
    /// are left out), so no glyph is copied.
    private static func lines<G: Glyph>(_ glyphs: [G], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        // The line so far is `start..<end`; `start` is nil while it is empty.
        var start: Int?
        var end = 0
        var lineWidth = 0
        var pendingWidth = 0
        func newLine() {
            lines.append(start.map { $0..<end } ?? end..<end)
            start = nil
            lineWidth = 0
            pendingWidth = 0
        }
        var i = 0
        while i < glyphs.count {
            let glyph = glyphs[i]
            if glyph.isBreak {
                newLine()
                i += 1
                continue
            }
            if glyph.isSpace {
                if start != nil { pendingWidth += glyph.width }
                i += 1
                continue
            }
            var wordEnd = i + 1
            while wordEnd < glyphs.count, !glyphs[wordEnd].isSpace, !glyphs[wordEnd].isBreak,
                  !G.mayBreak(glyphs[wordEnd - 1], glyphs[wordEnd]) {
                wordEnd += 1
            }
            var wordWidth = 0
            for k in i..<wordEnd { wordWidth += glyphs[k].width }
            if lineWidth + pendingWidth + wordWidth <= width {
                if start == nil { start = i }
                end = wordEnd
                lineWidth += pendingWidth + wordWidth
                pendingWidth = 0
            } else if wordWidth <= width {
                newLine()
                start = i
                end = wordEnd
                lineWidth = wordWidth
            } else {
                if start != nil { newLine() }
                for k in i..<wordEnd {
                    if lineWidth + glyphs[k].width > width, start != nil { newLine() }
                    if start == nil { start = k }
                    end = k + 1
                    lineWidth += glyphs[k].width
                }
            }
            i = wordEnd
        }
        if let start { lines.append(start..<end) }
        while let last = lines.last, last.isEmpty, lines.count > 1 { lines.removeLast() }
        return lines
    }

    /// Each line's glyphs as runs, neighbours of the same style and item joined.
    private static func styled<G: Glyph>(_ glyphs: [G], _ lines: [Range<Int>], _ runs: [Run]) -> [[Run]] {
        lines.map { line in
            var out: [Run] = []
            var start = line.lowerBound
            while start < line.upperBound {
                let run = runs[glyphs[start].run]
                var end = start + 1
                while end < line.upperBound, glyphs[end].run == glyphs[start].run
                        || (runs[glyphs[end].run].style == run.style && runs[glyphs[end].run].item == run.item) {
                    end += 1
                }
                out.append(Run(G.text(glyphs[start..<end]), run.style, item: run.item))
                start = end
            }
            return out
        }
    }
}

/// One unit of wrapped text: how wide it is, which run it came from, and where lines may break.
private protocol Glyph {
    var width: Int { get }
    var run: Int { get }
    var isSpace: Bool { get }
    var isBreak: Bool { get }
    static func mayBreak(_ previous: Self, _ next: Self) -> Bool
    static func text(_ glyphs: ArraySlice<Self>) -> String
}

/// A code point that is a grapheme by itself (see `DisplayWidth.isAlone`), one column wide: most
/// notes are made only of these (ASCII, accented Latin, typographic quotes and dashes).
private struct ScalarGlyph: Glyph {
    var scalar: Unicode.Scalar
    var runIndex: Int32

    var width: Int { scalar == "\n" ? 0 : 1 }
    var run: Int { Int(runIndex) }
    var isSpace: Bool { scalar == " " }
    var isBreak: Bool { scalar == "\n" }
    static func mayBreak(_ previous: ScalarGlyph, _ next: ScalarGlyph) -> Bool { false }

    static func text(_ glyphs: ArraySlice<ScalarGlyph>) -> String {
        // None of these code points takes more than three bytes.
        String(unsafeUninitializedCapacity: glyphs.count * 3) { buffer in
            var end = 0
            for glyph in glyphs {
                UTF8.encode(glyph.scalar) { byte in
                    buffer[end] = byte
                    end += 1
                }
            }
            return end
        }
    }

    /// The glyphs of runs made only of such code points, tabs (read as spaces) and line feeds; nil otherwise.
    static func glyphs(of runs: [Run]) -> [ScalarGlyph]? {
        var glyphs: [ScalarGlyph] = []
        glyphs.reserveCapacity(runs.reduce(0) { $0 + $1.text.utf8.count })
        for (index, run) in runs.enumerated() {
            for scalar in run.text.unicodeScalars {
                let v = scalar.value
                if DisplayWidth.isAlone(v) || v == 0x0A {
                    glyphs.append(ScalarGlyph(scalar: scalar, runIndex: Int32(index)))
                } else if v == 0x09 {
                    glyphs.append(ScalarGlyph(scalar: " ", runIndex: Int32(index)))
                } else {
                    return nil
                }
            }
        }
        return glyphs
    }
}

/// A grapheme of any text, with its display width.
private struct CharacterGlyph: Glyph {
    var character: Character
    var width: Int
    var run: Int

    var isSpace: Bool { character == " " || character == "\t" }
    var isBreak: Bool { character == "\n" }

    private static let opening: Set<Character> = ["(", "[", "{", "「", "『", "（", "〔", "【", "〈", "《", "“", "‘"]
    private static let closing: Set<Character> = [
        ")", "]", "}", "」", "』", "）", "〔", "】", "〉", "》", "”", "’", "、", "。", "，", "．", ",", ".", "!", "?",
        ":", ";", "！", "？", "：", "；", "…", "ー",
    ]

    static func mayBreak(_ previous: CharacterGlyph, _ next: CharacterGlyph) -> Bool {
        mayBreak(between: previous.character, and: next.character)
    }

    static func mayBreak(between previous: Character, and next: Character) -> Bool {
        guard DisplayWidth.isBreakableWide(previous) || DisplayWidth.isBreakableWide(next) else { return false }
        return !opening.contains(previous) && !closing.contains(next)
    }

    static func text(_ glyphs: ArraySlice<CharacterGlyph>) -> String {
        var text = ""
        for glyph in glyphs { text.append(glyph.character) }
        return text
    }

    static func glyphs(of runs: [Run]) -> [CharacterGlyph] {
        var glyphs: [CharacterGlyph] = []
        glyphs.reserveCapacity(runs.reduce(0) { $0 + $1.text.utf8.count })
        for (index, run) in runs.enumerated() {
            for character in run.text {
                let c: Character = character == "\r\n" ? "\n" : (character == "\t" ? " " : character)
                glyphs.append(CharacterGlyph(character: c, width: c == "\n" ? 0 : DisplayWidth.of(c), run: index))
            }
        }
        return glyphs
    }
}
