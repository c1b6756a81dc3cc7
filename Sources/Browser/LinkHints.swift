/// Link hints: a short label over every link and timestamp on screen; typing one acts on it.
public struct LinkHints: Sendable, Equatable {
    /// Copy the URL instead of following.
    public var copies: Bool
    public var typed = ""
    /// Labels in item order, each with the item it stands for.
    public var labels: [(label: String, item: Int)]

    public static func == (a: LinkHints, b: LinkHints) -> Bool {
        a.copies == b.copies && a.typed == b.typed && a.labels.map(\.label) == b.labels.map(\.label)
            && a.labels.map(\.item) == b.labels.map(\.item)
    }

    /// Home-row letters first; none of them is a command while hints are up.
    static let alphabet = Array("asdfghjklqwertyuiopzxcvbnm")

    /// Labels for `count` items: one letter each when they fit, else two letters for all, so no
    /// label is the start of another. The same items always get the same labels.
    static func labels(count: Int) -> [String] {
        if count <= alphabet.count { return alphabet.prefix(count).map { String($0) } }
        var result: [String] = []
        outer: for first in alphabet {
            for second in alphabet {
                if result.count == count { break outer }
                result.append(String([first, second]))
            }
        }
        return result
    }
}

/// `f` and `F`: labels for the items on screen.
func showHints(_ state: inout BrowserState, copies: Bool) {
    guard let page = state.page else { return }
    let top = page.scroll, bottom = page.scroll + state.bodyHeight - 1
    let visible = page.rendered.items.indices.filter { i in
        page.rendered.items[i].segments.contains { $0.line >= top && $0.line <= bottom }
    }
    guard !visible.isEmpty else {
        state.status = StatusMessage("No links or timestamps on screen")
        return
    }
    let capped = Array(visible.prefix(LinkHints.alphabet.count * LinkHints.alphabet.count))
    let labels = LinkHints.labels(count: capped.count)
    state.overlay = .hints(LinkHints(copies: copies, labels: Array(zip(labels, capped))))
}

/// Keys while hints are up: letters narrow the labels; a whole label acts; Esc cancels.
func hintKey(_ state: inout BrowserState, _ key: Key) -> [Effect] {
    guard case var .hints(hints) = state.overlay else { return [] }
    switch key {
    case let .char(c):
        hints.typed.append(contentsOf: c.lowercased())
    case .backspace:
        if !hints.typed.isEmpty { hints.typed.removeLast() }
    case .escape:
        state.overlay = nil
        return []
    case .ctrl("c"):
        state.overlay = nil
        state.isRunning = false
        return [.quit]
    default:
        return []
    }
    let candidates = hints.labels.filter { $0.label.hasPrefix(hints.typed) }
    if let exact = candidates.first(where: { $0.label == hints.typed }) {
        state.overlay = nil
        state.page?.selection = exact.item
        return noteCommand(&state, hints.copies ? .copyItemURL : .open)
    }
    if candidates.isEmpty {
        state.overlay = nil
        state.status = StatusMessage("No hint “\(hints.typed)”")
        return []
    }
    state.overlay = .hints(hints)
    return []
}
