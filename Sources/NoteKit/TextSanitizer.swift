/// Keeps note text from ever reaching a terminal as a control sequence.
public enum TextSanitizer {
    /// True for C0 controls other than tab and newline, DEL, and C1 controls.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (v >= 0x7F && v <= 0x9F)
    }

    /// A byte scan for C0 controls, DEL and the UTF-8 form of C1 controls (C2 80…C2 9F).
    static func hasControlBytes(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) {
                return true
            }
            previous = byte
        }
        return false
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
