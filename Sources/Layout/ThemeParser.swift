import TextLayout

/// A problem in a theme file, with the file and line.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads theme files: one `color ROLE FOREGROUND BACKGROUND [ATTRIBUTE…]` line per role, `#` comments.
public enum ThemeParser {
    private static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        var styles = [StyleRole: RoleStyle](minimumCapacity: StyleRole.allCases.count)
        // Lines and words by their bytes (a theme is read at every start; splitting it by Characters
        // took 1.5 M instructions), CR LF line ends included.
        for (offset, rawLine) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.prefix { $0 != UInt8(ascii: "#") }
            let words = line.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }).map { String(decoding: $0, as: UTF8.self) }
            guard let keyword = words.first else { continue }
            guard keyword == "color" else {
                throw ThemeError(file: file, line: lineNumber, message: "expected `color ROLE FG BG [ATTRIBUTES]`, found `\(keyword)`")
            }
            guard words.count >= 4 else {
                throw ThemeError(file: file, line: lineNumber, message: "`color` needs a role, a foreground and a background")
            }
            guard let role = StyleRole(rawValue: words[1]) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(file: file, line: lineNumber, message: "unknown role `\(words[1])` (roles: \(known))")
            }
            var style = RoleStyle(foreground: try color(words[2], file: file, line: lineNumber),
                                  background: try color(words[3], file: file, line: lineNumber))
            for word in words.dropFirst(4) {
                guard let attribute = ThemeAttribute(rawValue: word) else {
                    throw ThemeError(file: file, line: lineNumber,
                                     message: "unknown attribute `\(word)` (bold, dim, italic, underline, reverse)")
                }
                style.attributes.insert(attribute)
            }
            styles[role] = style
        }
        return Theme(name: name, styles: styles)
    }

    private static func color(_ word: String, file: String, line: Int) throws(ThemeError) -> ThemeColor {
        let lower = word.lowercased()
        if lower == "default" || lower == "-" { return .terminalDefault }
        if let index = names.firstIndex(of: lower) { return .indexed(index) }
        if lower.hasPrefix("bright"), let index = names.firstIndex(of: String(lower.dropFirst(6)).trimmingPrefix("-")) {
            return .indexed(index + 8)
        }
        if lower.hasPrefix("color"), let n = Int(lower.dropFirst(5)), (0...255).contains(n) { return .indexed(n) }
        if let n = Int(lower), (0...255).contains(n) { return .indexed(n) }
        throw ThemeError(file: file, line: line,
                         message: "unknown colour `\(word)` (default, black…white, bright-red…, or 0–255)")
    }
}

private extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
