/// Keeps note text from ever reaching a terminal as a control sequence.
public enum TextSanitizer {
    /// True for C0 controls other than tab and newline, DEL, and C1 controls.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (v >= 0x7F && v <= 0x9F)
    }

    /// True when the text holds a C0 control but tab and newline, DEL or a C1 control (read sixteen
    /// bytes at a time: a whole note passes through here when it is opened).
    static func hasControlBytes(_ text: String) -> Bool {
        if let clean = text.utf8.withContiguousStorageIfAvailable(ByteSearch.isCleanUTF8) { return !clean }
        return text.unicodeScalars.contains(where: isControl)
    }

    /// Removes every control character but tab and newline; a carriage return before a newline goes too.
    public static func clean(_ text: String) -> String {
        guard hasControlBytes(text) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars where !isControl(scalar) { scalars.append(scalar) }
        return String(scalars)
    }
}
