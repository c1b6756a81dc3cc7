/// The keys of the link resolution ladder: how `[[Some Title]]` is matched to `some_title.md`.
/// ASCII names (most of them) take a byte-level path; others go through Unicode case mapping.
public enum LinkKey {
    /// Rung 2: case-insensitive.
    public static func folded(_ text: String) -> String {
        if let ascii = asciiKey(text, .folded) { return ascii }
        if let latin = latinKey(text, .folded) { return latin }
        return text.lowercased()
    }

    /// Rung 3: lower-cased, runs of white space turned into one `_`.
    public static func normalized(_ text: String) -> String {
        if let ascii = asciiKey(text, .normalized) { return ascii }
        if let latin = latinKey(text, .normalized) { return latin }
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
        if let ascii = asciiKey(text, .stripped) { return ascii }
        if let latin = latinKey(text, .stripped) { return latin }
        return normalized(String(text.filter { $0.isLetter || $0.isNumber || $0 == "_" || $0.isWhitespace }))
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte == 0x5F || isSpace(byte)
    }

    /// An ASCII byte in lower case.
    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 < 5
    }

    /// The rungs of the ladder that transform a name.
    enum Rung {
        case folded, normalized, stripped
    }

    /// The `NameKey` of `text` on a rung (of `folded(text)` and so on), nil when that is empty. ASCII
    /// names (nearly all) are transformed in a buffer on the stack, without making a String.
    static func key(_ text: String, _ rung: Rung) -> NameKey? {
        var text = text
        let ascii = text.withUTF8 { bytes -> NameKey?? in
            guard NameKey.isASCII(bytes) else { return nil }
            return asciiNameKey(bytes, rung)
        }
        if let ascii { return ascii }
        if let latin = latinKey(text, rung) { return latin.isEmpty ? nil : NameKey(latin) }
        let key = switch rung {
        case .folded: folded(text)
        case .normalized: normalized(text)
        case .stripped: stripped(text)
        }
        return key.isEmpty ? nil : NameKey(key)
    }

    /// The keys of all three rungs, as `key(text, rung)` gives each. For ASCII text a rung that changes
    /// nothing more shares the key before it: without spaces the normalised text is the folded one,
    /// without punctuation the stripped text is the normalised one (most names are one or both).
    static func keys(_ text: String) -> (folded: NameKey?, normalized: NameKey?, stripped: NameKey?) {
        var text = text
        let ascii = text.withUTF8 { bytes -> (NameKey?, NameKey?, NameKey?)? in
            guard NameKey.isASCII(bytes) else { return nil }
            let changes = asciiChanges(bytes)
            let folded = asciiNameKey(bytes, .folded)
            let normalized = changes.space ? asciiNameKey(bytes, .normalized) : folded
            return (folded, normalized, changes.punctuation ? asciiNameKey(bytes, .stripped) : normalized)
        }
        return ascii ?? (key(text, .folded), key(text, .normalized), key(text, .stripped))
    }

    /// What a rung changes in ASCII bytes beyond the rung before: white space (normalised, rung 3)
    /// and punctuation (stripped, rung 4). Where one changes nothing, its key is the key before it.
    static func asciiChanges(_ bytes: UnsafeBufferPointer<UInt8>) -> (space: Bool, punctuation: Bool) {
        // The marks of every byte's form together (a byte's own form lies below them).
        let marks = byteForms.withUnsafeBufferPointer { forms in bytes.reduce(UInt16(0)) { $0 | forms[Int($1)] } }
        return (marks & spaceForm != 0, marks & dropMark != 0)
    }

    /// The rung's key of ASCII bytes, made in a stack buffer.
    static func asciiNameKey(_ bytes: UnsafeBufferPointer<UInt8>, _ rung: Rung) -> NameKey? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer -> NameKey? in
            let count = transform(bytes, rung, into: buffer)
            return count == 0 ? nil : NameKey(ascii: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Writes the rung's form of ASCII bytes into `buffer` (at least as long) and returns its length.
    private static func transform(_ bytes: UnsafeBufferPointer<UInt8>, _ rung: Rung, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return 0 }
        return byteForms.withUnsafeBufferPointer { forms in
            guard let forms = forms.baseAddress else { return 0 }
            if rung == .folded {
                for i in 0..<bytes.count { target[i] = lowered(source[i]) }
                return bytes.count
            }
            // A drop mark only counts on the stripped rung; dropped punctuation does not end a run of spaces.
            let dropping: UInt16 = rung == .stripped ? dropMark : 0
            var count = 0
            var inSpace = false
            for i in 0..<bytes.count {
                let form = forms[Int(source[i])]
                if form == spaceForm {
                    if !inSpace {
                        target[count] = 0x5F
                        count += 1
                    }
                    inSpace = true
                } else if form & dropping == 0 {
                    target[count] = UInt8(truncatingIfNeeded: form)
                    count += 1
                    inSpace = false
                }
            }
            return count
        }
    }

    private static let dropMark: UInt16 = 0x100
    private static let spaceForm: UInt16 = 0x200

    /// For each ASCII byte: its lower-case form, with `dropMark` set when the stripped rung drops it;
    /// `spaceForm` for white space (which the folded rung keeps as it is).
    private static let byteForms: [UInt16] = (0..<256).map { value in
        let byte = UInt8(value)
        if isSpace(byte) { return spaceForm }
        let lower = UInt16(lowered(byte))
        return isWordByte(byte) ? lower : lower | dropMark
    }

    /// The rung's form of an all-ASCII name, or nil when the name has other characters. A name that
    /// is its own key (`snake_case_names` mostly are) is given back as it is, without a copy.
    private static func asciiKey(_ text: String, _ rung: Rung) -> String? {
        var unchanged = true
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if (rung == .stripped && !isWordByte(byte)) || (byte >= 0x41 && byte <= 0x5A) || (rung != .folded && isSpace(byte)) {
                unchanged = false
            }
        }
        if unchanged { return text }
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { transform(bytes, rung, into: $0) }
        }
    }

    /// The rung's form of a name written in Latin letters, accented ones included (every character
    /// below U+0250, where no character combines with the next but CR LF): ASCII by the byte rules,
    /// each other character by its own properties, instead of walking the name's graphemes (60 times
    /// slower). Nil for any other name.
    private static func latinKey(_ text: String, _ rung: Rung) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 2)
        var inSpace = false
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x250 else { return nil }
            let ascii = scalar.value < 0x80 ? UInt8(scalar.value) : nil
            if rung != .folded, ascii.map(isSpace) ?? scalar.properties.isWhitespace {
                if !inSpace { result.append(0x5F) }
                inSpace = true
                continue
            }
            if rung == .stripped, !(ascii.map(isWordByte) ?? (Character(scalar).isLetter || Character(scalar).isNumber)) { continue }
            inSpace = false
            if let ascii {
                result.append(lowered(ascii))
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

}
