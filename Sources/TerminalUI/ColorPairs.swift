import CNcursesw
import Layout
import TextLayout

/// Turns themed styles into curses attributes and colour pairs, allocating pairs as they are needed.
struct ColorPairs {
    private let theme: Theme
    private let useColor: Bool
    private let colorCount: Int
    /// Colour pairs made so far: pair number `i + 1` is `pairs[i]`. A screen uses a few dozen
    /// styles, so these are searched in order; a dictionary keyed by a type of ours costs more to
    /// set up at start (its generic metadata and a conformance look-up) than a frame's searches.
    private var pairs: [PairKey] = []
    private var cache: [(style: TextStyle, attrs: attr_t, pair: Int16)] = []

    private struct PairKey: Equatable { var fg: Int32; var bg: Int32 }

    init(theme: Theme, useColor: Bool, colorCount: Int) {
        self.theme = theme
        self.useColor = useColor
        self.colorCount = colorCount
    }

    mutating func attributes(for style: TextStyle) -> (attr_t, Int16) {
        if let hit = cache.first(where: { $0.style == style }) { return (hit.attrs, hit.pair) }
        let role = theme.style(style.role)
        var attrs: attr_t = NW_A_NORMAL
        for attribute in role.attributes {
            switch attribute {
            case .bold: attrs |= NW_A_BOLD
            case .dim: attrs |= NW_A_DIM
            case .italic: attrs |= NW_A_ITALIC
            case .underline: attrs |= NW_A_UNDERLINE
            case .reverse: attrs |= NW_A_REVERSE
            }
        }
        if style.bold { attrs |= NW_A_BOLD }
        if style.italic { attrs |= NW_A_ITALIC }
        if style.strike { attrs |= NW_A_DIM }
        var pair: Int16 = 0
        if useColor {
            let key = PairKey(fg: number(role.foreground), bg: number(role.background))
            if key.fg != -1 || key.bg != -1 {
                if let existing = pairs.firstIndex(of: key) {
                    pair = Int16(existing + 1)
                } else if pairs.count + 1 < min(Int(nw_color_pairs()), Int(Int16.max)) {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, Int16(key.fg), Int16(key.bg))
                    pairs.append(key)
                }
            }
        }
        cache.append((style, attrs, pair))
        return (attrs, pair)
    }

    private func number(_ color: ThemeColor) -> Int32 {
        switch color {
        case .terminalDefault: return -1
        case let .indexed(n):
            if n < colorCount { return Int32(n) }
            return n >= 8 && n < 16 && colorCount >= 8 ? Int32(n - 8) : -1
        }
    }
}
