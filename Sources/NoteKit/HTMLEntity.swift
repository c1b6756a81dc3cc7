/// Decodes the HTML entities md4c reports as entity text (`&amp;`, `&#8212;`, `&#x2014;`).
enum HTMLEntity {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "times": "×", "middot": "·", "bull": "•",
        "laquo": "«", "raquo": "»", "euro": "€", "pound": "£", "larr": "←", "rarr": "→", "shy": "",
    ]

    static func decode(_ entity: String) -> String {
        guard entity.hasPrefix("&"), entity.hasSuffix(";"), entity.count >= 3 else { return entity }
        let body = entity.dropFirst().dropLast()
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value), value != 0,
                  !TextSanitizer.isControl(scalar) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[String(body)] ?? entity
    }
}
