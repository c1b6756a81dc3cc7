/// A channel index note: `### [Video title](https://www.youtube.com/watch?v=ID)` headings, each
/// followed by a list of `[[note | Topic]]` links.
public struct ChannelIndex: Sendable, Equatable {
    public struct Video: Sendable, Equatable {
        public var title: String
        public var videoID: String?
        public var url: String
        public var notes: [Topic]
    }

    /// One note under a video, as the index names it.
    public struct Topic: Sendable, Equatable {
        public var link: Wikilink
        public var label: String
    }

    public var videos: [Video]

    /// Reads the videos and their notes; a note that is not a channel index gives no videos.
    public init(_ document: Document) {
        var videos: [Video] = []
        for block in document.blocks {
            switch block {
            case let .heading(_, content):
                guard let (url, title) = Self.videoLink(in: content) else { continue }
                videos.append(Video(title: title, videoID: Self.videoID(in: url), url: url, notes: []))
            case let .list(list):
                guard !videos.isEmpty else { continue }
                for item in list.items {
                    for case let .paragraph(content) in item.blocks {
                        for case let .wikilink(link, label) in content {
                            videos[videos.count - 1].notes.append(Topic(link: link, label: label.plainText))
                        }
                    }
                }
            default: continue
            }
        }
        self.videos = videos
    }

    /// The channel a note names on its `From: [[channel]]` line.
    public static func channelLink(of document: Document) -> Wikilink? {
        for block in document.blocks.prefix(3) {
            guard case let .paragraph(content) = block, case let .text(first)? = content.first,
                  first.trimmingCharacters(in: " ").hasPrefix("From:") else { continue }
            for case let .wikilink(link, _) in content { return link }
        }
        return nil
    }

    private static func videoLink(in content: [Inline]) -> (String, String)? {
        for case let .link(url, label) in content where url.contains("youtube.com/") || url.contains("youtu.be/") {
            return (url, label.plainText)
        }
        return nil
    }

    static func videoID(in url: String) -> String? {
        if let range = url.utf8Range(of: "v=") {
            let id = String(url[range.upperBound...].prefix { $0 != "&" && $0 != "#" })
            return VideoURL.isValidID(id) ? id : nil
        }
        if let range = url.utf8Range(of: "youtu.be/") {
            let id = String(url[range.upperBound...].prefix { $0 != "?" && $0 != "&" })
            return VideoURL.isValidID(id) ? id : nil
        }
        return nil
    }
}

extension String {
    func utf8Range(of needle: String) -> Range<Index>? { self[...].utf8Range(of: needle) }
}

extension Substring {
    func utf8Range(of needle: String) -> Range<Index>? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return nil }
        var i = utf8.startIndex
        while let start = utf8[i...].firstIndex(of: first) {
            var a = start, j = 0
            while j < n.count, a < utf8.endIndex, utf8[a] == n[j] { a = utf8.index(after: a); j += 1 }
            if j == n.count { return start..<a }
            i = utf8.index(after: start)
        }
        return nil
    }
}

