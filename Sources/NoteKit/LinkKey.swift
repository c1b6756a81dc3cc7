/// The keys of the link resolution ladder: how `[[Some Title]]` is matched to `some_title.md`.
public enum LinkKey {
    /// Rung 2: case-insensitive.
    public static func folded(_ text: String) -> String { text.lowercased() }

    /// Rung 3: lower-cased, runs of white space turned into one `_`.
    public static func normalized(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var inSpace = false
        for char in text.lowercased() {
            if char.isWhitespace {
                if !inSpace { result.append("_") }
                inSpace = true
            } else {
                result.append(char)
                inSpace = false
            }
        }
        return result
    }

    /// Rung 4: as rung 3 after dropping every character that is not a letter, digit, space or `_`.
    public static func stripped(_ text: String) -> String {
        normalized(String(text.filter { $0.isLetter || $0.isNumber || $0 == " " || $0 == "_" || $0.isWhitespace }))
    }
}
