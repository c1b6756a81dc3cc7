/// One inline HTML tag as md4c hands it over (`<a class="yt-timestamp" data-t="…">`, `</a>`, `<br/>`).
struct HTMLTag: Equatable {
    struct Attribute: Equatable {
        var name: String
        var value: String
    }

    var name: String
    var isClosing: Bool
    /// In the order written: a tag has a few, so they are searched, not hashed.
    var attributeList: [Attribute]

    /// The value of the last attribute called `name`.
    subscript(attribute name: String) -> String? { attributeList.last { $0.name == name }?.value }

    /// Every attribute by name, the last one written winning.
    var attributes: [String: String] { Dictionary(attributeList.map { ($0.name, $0.value) }) { $1 } }

    /// Parses a single tag; nil for comments, declarations and anything that is not a tag. Read as
    /// bytes: tag names are ASCII letters, digits and `-`; anything else ends the name.
    init?(_ raw: some StringProtocol) {
        let bytes = Array(raw.utf8)
        var start = 0, end = bytes.count
        while start < end, Self.isSpace(bytes[start]) { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        guard end - start >= 2, bytes[start] == UInt8(ascii: "<"), bytes[end - 1] == UInt8(ascii: ">"),
              bytes[start + 1] != UInt8(ascii: "!"), bytes[start + 1] != UInt8(ascii: "?") else { return nil }
        start += 1
        end -= 1
        if end > start, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        isClosing = start < end && bytes[start] == UInt8(ascii: "/")
        if isClosing { start += 1 }
        var nameEnd = start
        while nameEnd < end, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        guard nameEnd > start else { return nil }
        name = Self.lowercased(bytes[start..<nameEnd])
        attributeList = Self.attributes(in: bytes[nameEnd..<end])
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "-")
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (i, byte) in bytes.enumerated() { buffer[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    private static func attributes(in text: ArraySlice<UInt8>) -> [Attribute] {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var result: [Attribute] = []
        var i = text.startIndex
        let end = text.endIndex
        while true {
            while i < end, isSpace(text[i]) { i += 1 }
            guard i < end else { break }
            var keyEnd = i
            while keyEnd < end, text[keyEnd] != UInt8(ascii: "="), !isSpace(text[keyEnd]) { keyEnd += 1 }
            let key = lowercased(text[i..<keyEnd])
            i = keyEnd
            while i < end, isBlank(text[i]) { i += 1 }
            guard i < end, text[i] == UInt8(ascii: "=") else {
                if key.isEmpty { i += 1 } else { result.append(Attribute(name: key, value: "")) }
                continue
            }
            i += 1
            while i < end, isBlank(text[i]) { i += 1 }
            if i < end, text[i] == UInt8(ascii: "'") || text[i] == UInt8(ascii: "\"") {
                let quote = text[i]
                var close = i + 1
                while close < end, text[close] != quote { close += 1 }
                result.append(Attribute(name: key, value: String(decoding: text[(i + 1)..<close], as: UTF8.self)))
                i = min(close + 1, end)
            } else {
                var valueEnd = i
                while valueEnd < end, !isBlank(text[valueEnd]) { valueEnd += 1 }
                result.append(Attribute(name: key, value: String(decoding: text[i..<valueEnd], as: UTF8.self)))
                i = valueEnd
            }
        }
        return result
    }

    /// The cited moment when this is `<a class="yt-timestamp" data-t="…">`.
    var timestamp: Timestamp? {
        guard name == "a", !isClosing, let value = self[attribute: "data-t"] else { return nil }
        let classes = self[attribute: "class"]?.utf8.split(separator: UInt8(ascii: " ")) ?? []
        guard classes.contains(where: { $0.elementsEqual("yt-timestamp".utf8) }) || self[attribute: "href"] == nil else { return nil }
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
