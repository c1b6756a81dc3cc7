/// The help overlay's text, made from the command table so it always matches the key handling.
/// Commands are grouped by where they work: everywhere first, then each screen.
public enum HelpContent {
    public struct Line: Sendable, Equatable {
        /// A section title when `keys` is empty.
        public var keys: String
        public var description: String
    }

    public static let lines: [Line] = {
        var groups: [(contexts: Set<KeyContext>, rows: [CommandSpec])] = []
        for row in CommandTable.rows where !row.contexts.isEmpty {
            if let i = groups.firstIndex(where: { $0.contexts == row.contexts }) {
                groups[i].rows.append(row)
            } else {
                groups.append((row.contexts, [row]))
            }
        }
        groups.sort { $0.contexts.count > $1.contexts.count }
        var result: [Line] = []
        for group in groups {
            if !result.isEmpty { result.append(Line(keys: "", description: "")) }
            result.append(Line(keys: "", description: title(group.contexts)))
            for row in group.rows {
                result.append(Line(keys: row.keys.map(\.name).joined(separator: " "), description: row.description))
            }
        }
        return result
    }()

    public static var lineCount: Int { lines.count }

    private static func title(_ contexts: Set<KeyContext>) -> String {
        if contexts == CommandTable.everywhere { return "Everywhere" }
        let names = KeyContext.allCases.filter(contexts.contains).map(\.rawValue)
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}
