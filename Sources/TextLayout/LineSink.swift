/// Collects laid-out lines under a stack of prefixes (quote bars, list bullets and their hanging
/// indents) and records where each link or timestamp item lands.
struct LineSink {
    private struct Prefix {
        var first: [Run]
        var rest: [Run]
        var used = false
    }

    private(set) var lines: [StyledLine] = []
    private(set) var items: [LinkItem] = []
    private var prefixes: [Prefix] = []

    var prefixWidth: Int { prefixes.reduce(0) { $0 + StyledLine($1.rest).width } }

    mutating func push(first: [Run], rest: [Run]) { prefixes.append(Prefix(first: first, rest: rest)) }
    mutating func pop() { prefixes.removeLast() }

    mutating func register(_ kind: LinkItem.Kind, label: String) -> Int {
        items.append(LinkItem(kind: kind, label: label, segments: []))
        return items.count - 1
    }

    /// Adds one line: the prefixes, then the content; records item segments.
    mutating func emit(_ content: [Run]) {
        var runs: [Run] = []
        for i in prefixes.indices {
            runs += prefixes[i].used ? prefixes[i].rest : prefixes[i].first
            prefixes[i].used = true
        }
        runs += content
        let lineIndex = lines.count
        var column = 0
        // Widths matter only up to the last link or timestamp on the line.
        let measured = (runs.lastIndex { $0.item != nil }).map { runs[...$0] } ?? []
        for run in measured {
            let width = DisplayWidth.of(run.text)
            if let item = run.item {
                if let last = items[item].segments.last, last.line == lineIndex, last.column + last.width == column {
                    items[item].segments[items[item].segments.count - 1].width += width
                } else {
                    items[item].segments.append(LinkItem.Segment(line: lineIndex, column: column, width: width))
                }
            }
            column += width
        }
        lines.append(StyledLine(runs))
    }

    /// An empty line that keeps quote bars but does not use up a first-line bullet.
    mutating func blank() {
        var runs: [Run] = []
        for prefix in prefixes {
            let bar = prefix.rest.filter { !$0.text.allSatisfy { $0 == " " } }
            if !bar.isEmpty { runs += prefix.rest }
        }
        while var last = runs.last, last.text.last == " " {
            last.text.removeLast()
            if last.text.isEmpty { runs.removeLast() } else { runs[runs.count - 1] = last }
        }
        lines.append(StyledLine(runs))
    }

    var lineCount: Int { lines.count }
}
