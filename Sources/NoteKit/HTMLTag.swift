/// One inline HTML tag as md4c hands it over (`<a class="yt-timestamp" data-t="…">`, `</a>`, `<br/>`).
struct HTMLTag: Equatable {
    var name: String
    var isClosing: Bool
    var attributes: [String: String]

    /// Parses a single tag; nil for comments, declarations and anything that is not a tag.
    init?(_ raw: some StringProtocol) {
        var chars = Substring(raw.trimmingCharacters(in: " \t\r\n"))
        guard chars.hasPrefix("<"), chars.hasSuffix(">"), !chars.hasPrefix("<!"), !chars.hasPrefix("<?") else { return nil }
        chars = chars.dropFirst().dropLast()
        if chars.hasSuffix("/") { chars = chars.dropLast() }
        isClosing = chars.hasPrefix("/")
        if isClosing { chars = chars.dropFirst() }
        let nameEnd = chars.firstIndex(where: { !($0.isLetter || $0.isNumber || $0 == "-") }) ?? chars.endIndex
        name = chars[..<nameEnd].lowercased()
        guard !name.isEmpty else { return nil }
        attributes = Self.attributes(in: chars[nameEnd...])
    }

    private static func attributes(in text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text
        while true {
            rest = rest.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            guard !rest.isEmpty else { break }
            let keyEnd = rest.firstIndex(where: { $0 == "=" || $0 == " " || $0 == "\t" || $0 == "\n" }) ?? rest.endIndex
            let key = rest[..<keyEnd].lowercased()
            rest = rest[keyEnd...].drop(while: { $0 == " " || $0 == "\t" })
            guard rest.first == "=" else {
                if !key.isEmpty { result[key] = "" }
                if key.isEmpty { rest = rest.dropFirst() }
                continue
            }
            rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let body = rest.dropFirst()
                let close = body.firstIndex(of: quote) ?? body.endIndex
                result[key] = String(body[..<close])
                rest = close < body.endIndex ? body[body.index(after: close)...] : body[close...]
            } else {
                let valueEnd = rest.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? rest.endIndex
                result[key] = String(rest[..<valueEnd])
                rest = rest[valueEnd...]
            }
        }
        return result
    }

    /// The cited moment when this is `<a class="yt-timestamp" data-t="…">`.
    var timestamp: Timestamp? {
        guard name == "a", !isClosing, let value = attributes["data-t"] else { return nil }
        let classes = attributes["class"]?.split(separator: " ") ?? []
        guard classes.contains("yt-timestamp") || attributes["href"] == nil else { return nil }
        return Timestamp(parsing: value)
    }
}

/// Splits raw HTML (an HTML block) into tags and the text between them.
enum HTMLTokens {
    enum Token: Equatable { case tag(String), text(String) }

    static func split(_ html: String) -> [Token] {
        var tokens: [Token] = []
        var rest = html[...]
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else { tokens.append(.text(String(rest))); break }
            if open > rest.startIndex { tokens.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: ">") else { tokens.append(.text(String(rest[open...]))); break }
            tokens.append(.tag(String(rest[open...close])))
            rest = rest[rest.index(after: close)...]
        }
        return tokens
    }
}
