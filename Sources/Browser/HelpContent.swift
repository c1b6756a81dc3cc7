/// The help overlay's text, made from the command table so it always matches the key handling.
public enum HelpContent {
    public struct Line: Sendable, Equatable {
        /// A section title when `keys` is empty.
        public var keys: String
        public var description: String
    }

    public static let lines: [Line] = {
        var result: [Line] = []
        for context in [KeyContext.note, .noteList, .outline] {
            let rows = CommandTable.rows.filter { $0.contexts.contains(context) }
            if !result.isEmpty { result.append(Line(keys: "", description: "")) }
            result.append(Line(keys: "", description: context.rawValue))
            for row in rows {
                result.append(Line(keys: row.keys.map(\.name).joined(separator: " "), description: row.description))
            }
        }
        return result
    }()

    public static var lineCount: Int { lines.count }
}
