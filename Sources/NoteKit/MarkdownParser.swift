import CMD4C

/// Turns a note body into a `Document` with md4c (GitHub dialect plus wikilinks).
public enum MarkdownParser {
    /// Parses `body`. With `bareCitations`, bracketed times such as `[00:12:40]` become timestamps
    /// (use it for notes that have a video).
    public static func parse(_ body: some StringProtocol, bareCitations: Bool = false) -> Document {
        let builder = DocumentBuilder(bareCitations: bareCitations)
        var parser = MD_PARSER()
        parser.abi_version = 0
        parser.flags = NW_MD_FLAGS
        parser.enter_block = { type, detail, user in
            DocumentBuilder.from(user).enterBlock(type, detail); return 0
        }
        parser.leave_block = { type, _, user in
            DocumentBuilder.from(user).leaveBlock(type); return 0
        }
        parser.enter_span = { type, detail, user in
            DocumentBuilder.from(user).enterSpan(type, detail); return 0
        }
        parser.leave_span = { type, _, user in
            DocumentBuilder.from(user).leaveSpan(type); return 0
        }
        parser.text = { type, text, size, user in
            DocumentBuilder.from(user).text(type, MDString.make(text, size)); return 0
        }
        var source = String(body)
        let unmanaged = Unmanaged.passRetained(builder)
        defer { unmanaged.release() }
        source.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                _ = md_parse(chars.baseAddress, MD_SIZE(chars.count), &parser, unmanaged.toOpaque())
            }
        }
        return builder.finish()
    }
}

enum MDString {
    static func make(_ text: UnsafePointer<MD_CHAR>?, _ size: MD_SIZE) -> String {
        guard let text, size > 0 else { return "" }
        return text.withMemoryRebound(to: UInt8.self, capacity: Int(size)) {
            String(decoding: UnsafeBufferPointer(start: $0, count: Int(size)), as: UTF8.self)
        }
    }

    static func make(_ attribute: MD_ATTRIBUTE) -> String { make(attribute.text, attribute.size) }
}
