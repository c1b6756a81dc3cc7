/// Subsequence matching with a score: consecutive characters and word starts rank higher,
/// as in fzf. Case is ignored unless the query has an upper-case letter.
public enum FuzzyMatcher {
    public struct Match: Sendable, Equatable {
        public var score: Int
        /// Character offsets of the matched characters in the candidate.
        public var positions: [Int]
    }

    public static func match(_ query: String, in candidate: String) -> Match? {
        let caseSensitive = query.contains { $0.isUppercase }
        let needle = Array(caseSensitive ? query : query.lowercased()).filter { $0 != " " }
        guard !needle.isEmpty else { return Match(score: 0, positions: []) }
        let haystack = Array(candidate)
        let folded = caseSensitive ? haystack : haystack.map { Character($0.lowercased()) }
        var positions: [Int] = []
        positions.reserveCapacity(needle.count)
        var n = 0
        for (i, c) in folded.enumerated() where n < needle.count && c == needle[n] {
            positions.append(i)
            n += 1
        }
        guard n == needle.count else { return nil }
        // Tighten: walk back from the end so the match hugs the last characters it needs.
        var j = positions[positions.count - 1]
        for k in stride(from: needle.count - 1, through: 0, by: -1) {
            while j >= 0, folded[j] != needle[k] { j -= 1 }
            positions[k] = j
            j -= 1
        }
        var score = 0
        for (k, p) in positions.enumerated() {
            score += 16
            if p == 0 || !(haystack[p - 1].isLetter || haystack[p - 1].isNumber) { score += 24 }
            else if haystack[p].isUppercase && haystack[p - 1].isLowercase { score += 16 }
            if k > 0 {
                let gap = p - positions[k - 1] - 1
                score += gap == 0 ? 20 : -min(gap, 12)
            }
        }
        score -= min(positions[0], 20)
        if folded.count == needle.count { score += 30 }
        return Match(score: score, positions: positions)
    }
}
