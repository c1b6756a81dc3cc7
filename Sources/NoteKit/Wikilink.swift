/// An Obsidian-style link: `[[Target]]`, `[[Target#Heading|alias]]`, or `[[https://… | text]]`.
public struct Wikilink: Sendable, Hashable {
    /// The note name, trimmed, without `#Heading`; for an external link, the URL.
    public var target: String
    /// The section named after `#`, if any.
    public var heading: String?
    /// True for `[[https://…]]` and other URLs with a scheme.
    public var isExternal: Bool

    public init(target: String, heading: String? = nil, isExternal: Bool = false) {
        self.target = target
        self.heading = heading
        self.isExternal = isExternal
    }

    /// Parses the part of a wikilink before `|`.
    public init(destination raw: some StringProtocol) {
        let trimmed = raw.trimmingCharacters(in: " \t")
        if Self.hasURLScheme(trimmed) {
            self.init(target: trimmed, heading: nil, isExternal: true)
            return
        }
        if let hash = trimmed.firstIndex(of: "#") {
            let name = trimmed[..<hash].trimmingCharacters(in: " \t")
            let heading = trimmed[trimmed.index(after: hash)...].trimmingCharacters(in: " \t#")
            self.init(target: name, heading: heading.isEmpty ? nil : heading)
        } else {
            self.init(target: trimmed)
        }
    }

    /// Splits the whole text between `[[` and `]]` into destination and alias.
    public static func parse(inner: some StringProtocol) -> (link: Wikilink, alias: String?) {
        guard let bar = inner.firstIndex(of: "|") else { return (Wikilink(destination: inner), nil) }
        let alias = inner[inner.index(after: bar)...].trimmingCharacters(in: " \t")
        return (Wikilink(destination: inner[..<bar]), alias.isEmpty ? nil : alias)
    }

    /// What a reader sees when there is no alias: the target, and the heading after `›`.
    public var displayText: String {
        guard let heading else { return target }
        return target.isEmpty ? heading : "\(target) › \(heading)"
    }

    static func hasURLScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard scheme.count <= 10, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "+" || $0 == "-") }) else {
            return false
        }
        return text[colon...].hasPrefix("://") || scheme.lowercased() == "mailto"
    }
}
