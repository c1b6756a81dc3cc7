/// A bracketed citation written without an anchor: `[00:12:40]` or `[00:01:02, 00:01:05]`.
enum BareCitation {
    /// The times cited by the brackets opening at `open`, with their labels, and the index after `]`.
    static func match(in text: Substring, at open: Substring.Index) -> (moments: [(label: String, moment: Timestamp)], end: Substring.Index)? {
        guard text[open] == "[", let close = text[open...].prefix(200).firstIndex(of: "]") else { return nil }
        let inner = text[text.index(after: open)..<close]
        guard !inner.isEmpty else { return nil }
        var moments: [(String, Timestamp)] = []
        for piece in inner.split(separator: ",", omittingEmptySubsequences: false) {
            let label = piece.trimmingCharacters(in: " ")
            guard label.contains(":"), label.allSatisfy({ $0.isASCIIDigit || $0 == ":" }),
                  let moment = Timestamp(parsing: label) else { return nil }
            moments.append((label, moment))
        }
        return (moments, text.index(after: close))
    }
}
