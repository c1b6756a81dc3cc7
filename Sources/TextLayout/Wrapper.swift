/// Greedy word wrap of styled runs to a column width. Breaks at spaces and between wide (CJK)
/// characters; a word longer than the line is split; `"\n"` in a run forces a break.
public enum Wrapper {
    private struct Glyph {
        var character: Character
        var width: Int
        var run: Int
        var isSpace: Bool { character == " " || character == "\t" }
        var isBreak: Bool { character == "\n" }
    }

    private static let opening: Set<Character> = ["(", "[", "{", "「", "『", "（", "〔", "【", "〈", "《", "“", "‘"]
    private static let closing: Set<Character> = [
        ")", "]", "}", "」", "』", "）", "〔", "】", "〉", "》", "”", "’", "、", "。", "，", "．", ",", ".", "!", "?",
        ":", ";", "！", "？", "：", "；", "…", "ー",
    ]

    /// Inside a run of non-space text, a line may break next to a wide (CJK) character,
    /// but never after an opening bracket or before closing punctuation.
    static func mayBreak(between previous: Character, and next: Character) -> Bool {
        guard DisplayWidth.isBreakableWide(previous) || DisplayWidth.isBreakableWide(next) else { return false }
        return !opening.contains(previous) && !closing.contains(next)
    }

    public static func wrap(_ runs: [Run], width: Int) -> [[Run]] {
        let width = max(1, width)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(runs.reduce(0) { $0 + $1.text.utf8.count })
        for (index, run) in runs.enumerated() {
            for character in run.text {
                let c: Character = character == "\r\n" ? "\n" : (character == "\t" ? " " : character)
                glyphs.append(Glyph(character: c, width: c == "\n" ? 0 : DisplayWidth.of(c), run: index))
            }
        }
        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var lineWidth = 0
        var pending: [Glyph] = []
        var pendingWidth = 0
        func newLine() {
            lines.append(line)
            line = []
            lineWidth = 0
            pending = []
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
                if !line.isEmpty {
                    pending.append(glyph)
                    pendingWidth += glyph.width
                }
                i += 1
                continue
            }
            var end = i + 1
            while end < glyphs.count, !glyphs[end].isSpace, !glyphs[end].isBreak,
                  !mayBreak(between: glyphs[end - 1].character, and: glyphs[end].character) {
                end += 1
            }
            let wordWidth = glyphs[i..<end].reduce(0) { $0 + $1.width }
            if lineWidth + pendingWidth + wordWidth <= width {
                line += pending
                line += glyphs[i..<end]
                lineWidth += pendingWidth + wordWidth
                pending = []
                pendingWidth = 0
            } else if wordWidth <= width {
                newLine()
                line += glyphs[i..<end]
                lineWidth = wordWidth
            } else {
                if !line.isEmpty { newLine() }
                for g in glyphs[i..<end] {
                    if lineWidth + g.width > width, !line.isEmpty { newLine() }
                    line.append(g)
                    lineWidth += g.width
                }
            }
            i = end
        }
        if !line.isEmpty { lines.append(line) }
        while let last = lines.last, last.isEmpty, lines.count > 1 { lines.removeLast() }
        return lines.map { glyphLine in
            var out: [Run] = []
            for g in glyphLine {
                if let last = out.indices.last, out[last].style == runs[g.run].style, out[last].item == runs[g.run].item {
                    out[last].text.append(g.character)
                } else {
                    out.append(Run(String(g.character), runs[g.run].style, item: runs[g.run].item))
                }
            }
            return out
        }
    }
}
