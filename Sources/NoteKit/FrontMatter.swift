import Yams

/// The YAML block at the top of a note, between `---` lines.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var videoID: String?
    public var aliases: [String]
    /// A readable reason when the block exists but could not be used (broken YAML, a bad video id).
    public var problem: String?

    public init(title: String? = nil, videoID: String? = nil, aliases: [String] = [], problem: String? = nil) {
        self.title = title
        self.videoID = videoID
        self.aliases = aliases
        self.problem = problem
    }

    /// A note's text split into its front matter and body.
    public struct Split: Sendable {
        /// The YAML between the fences, or nil when the note has none.
        public var yaml: Substring?
        public var body: Substring
        /// Lines before the body starts, so body line numbers map back into the file.
        public var bodyLineOffset: Int
    }

    /// Finds a front matter block: `---` on the first line, closed by `---` or `...`.
    /// Expects text as `NoteFile` gives it, with carriage returns already gone.
    public static func split(_ text: String) -> Split {
        var rest = text[...]
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        guard rest.hasPrefix("---") else { return Split(yaml: nil, body: rest, bodyLineOffset: 0) }
        let lines = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: " \t\r") == "---" }) == true, lines.count == 2 else {
            return Split(yaml: nil, body: rest, bodyLineOffset: 0)
        }
        let afterOpen = lines[1]
        var lineStart = afterOpen.startIndex
        var lineCount = 1
        while lineStart <= afterOpen.endIndex {
            let lineEnd = afterOpen[lineStart...].firstIndex(of: "\n") ?? afterOpen.endIndex
            let line = afterOpen[lineStart..<lineEnd].trimmingCharacters(in: " \t\r")
            lineCount += 1
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < afterOpen.endIndex ? afterOpen.index(after: lineEnd) : lineEnd
                return Split(yaml: afterOpen[afterOpen.startIndex..<lineStart], body: afterOpen[bodyStart...],
                             bodyLineOffset: lineCount)
            }
            if lineEnd == afterOpen.endIndex { break }
            lineStart = afterOpen.index(after: lineEnd)
        }
        // An opening fence that is never closed is not front matter.
        return Split(yaml: nil, body: rest, bodyLineOffset: 0)
    }

    /// Parses the YAML of a front matter block. Never throws: problems are kept in `problem`.
    public static func parse(_ yaml: Substring) -> FrontMatter {
        let node: Node?
        do {
            // An explicit encoding: Yams' default reads the process environment on every parse.
            node = try Yams.compose(yaml: String(yaml), .default, .default, .utf8)
        } catch {
            return FrontMatter(problem: "front matter is not valid YAML: \(Self.firstLine(of: error))")
        }
        guard let node else { return FrontMatter() }
        guard let mapping = node.mapping else {
            return FrontMatter(problem: "front matter is not a list of `key: value` lines")
        }
        var result = FrontMatter()
        for (key, value) in mapping {
            switch key.string?.lowercased() {
            case "title":
                result.title = value.scalar.map { $0.string.trimmingCharacters(in: " \t") }.flatMap { $0.isEmpty ? nil : $0 }
            case "videoid", "video_id", "video":
                if let id = value.scalar?.string.trimmingCharacters(in: " \t"), !id.isEmpty {
                    if VideoURL.isValidID(id) { result.videoID = id } else {
                        result.problem = "videoId '\(id)' is not an 11-character YouTube id"
                    }
                }
            case "aliases", "alias":
                result.aliases += aliases(from: value)
            default:
                break
            }
        }
        return result
    }

    private static func aliases(from node: Node) -> [String] {
        if let sequence = node.sequence {
            return sequence.compactMap { $0.scalar?.string.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
        }
        if let scalar = node.scalar {
            return scalar.string.split(separator: ",").map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
        }
        return []
    }

    private static func firstLine(of error: Error) -> String {
        let text = "\(error)"
        return text.split(separator: "\n").first.map(String.init) ?? text
    }
}
