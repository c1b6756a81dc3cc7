/// The keys of the link resolution ladder: how `[[Some Title]]` is matched to `some_title.md`.
/// ASCII names (most of them) take a byte-level path; others go through Unicode case mapping.
public enum LinkKey {
    /// Rung 2: case-insensitive.
    public static func folded(_ text: String) -> String {
        if let ascii = asciiKey(text, keep: { _ in true }, underscoreSpaces: false) { return ascii }
        return text.lowercased()
    }

    /// Rung 3: lower-cased, runs of white space turned into one `_`.
    public static func normalized(_ text: String) -> String {
        if let ascii = asciiKey(text, keep: { _ in true }, underscoreSpaces: true) { return ascii }
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
        if let ascii = asciiKey(text, keep: isWordByte, underscoreSpaces: true) { return ascii }
        return normalized(String(text.filter { $0.isLetter || $0.isNumber || $0 == "_" || $0.isWhitespace }))
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            || isSpace(byte)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The key of an all-ASCII name, or nil when the name has other characters. A name that is its
    /// own key (`snake_case_names` mostly are) is given back as it is, without a copy.
    private static func asciiKey(_ text: String, keep: (UInt8) -> Bool, underscoreSpaces: Bool) -> String? {
        var unchanged = true
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if !keep(byte) || (byte >= 0x41 && byte <= 0x5A) || (underscoreSpaces && isSpace(byte)) {
                unchanged = false
                break
            }
        }
        if unchanged { return text }
        var ascii = true
        let key = String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            var inSpace = false
            for byte in text.utf8 {
                guard byte < 0x80 else {
                    ascii = false
                    return 0
                }
                guard keep(byte) else { continue }
                if underscoreSpaces, isSpace(byte) {
                    if !inSpace {
                        buffer[count] = 0x5F
                        count += 1
                    }
                    inSpace = true
                    continue
                }
                inSpace = false
                buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                count += 1
            }
            return count
        }
        return ascii ? key : nil
    }
}
