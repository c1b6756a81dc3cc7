/// How alike two names are, for "did you mean": trigram overlap of their normalized forms.
public enum Similarity {
    /// 0 (nothing shared) to 1 (the same once case, spaces, `_` and punctuation are ignored).
    public static func score(_ a: String, _ b: String) -> Double {
        dice(trigrams(a), trigrams(b))
    }

    /// Twice the shared trigrams over all of them; 0 when either side has none.
    private static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(2 * a.intersection(b).count) / Double(a.count + b.count)
    }

    static func trigrams(_ text: String) -> Set<String> {
        let words = LinkKey.stripped(text).replacingUnderscores()
        let padded = Array("  " + words + " ")
        guard padded.count >= 3 else { return [] }
        var result = Set<String>()
        for i in 0...(padded.count - 3) { result.insert(String(padded[i..<(i + 3)])) }
        return result
    }

    /// The notes most like `name`, best first, at most `limit`, each above `threshold`.
    public static func suggestions(for name: String, in index: VaultIndex, limit: Int = 5, threshold: Double = 0.3) -> [Int] {
        let wanted = trigrams(name)
        guard !wanted.isEmpty else { return [] }
        var scored: [(Int, Double)] = []
        for (i, note) in index.notes.enumerated() {
            let best = ([note.stem, note.title] + note.aliases).map { dice(wanted, trigrams($0)) }.max() ?? 0
            if best >= threshold { scored.append((i, best)) }
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : index.notes[$0.0].relativePath < index.notes[$1.0].relativePath }
        return scored.prefix(limit).map(\.0)
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
