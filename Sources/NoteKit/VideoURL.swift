/// YouTube addresses for a note's video and the moments it cites.
public enum VideoURL {
    /// True for an 11-character YouTube id of `A-Za-z0-9_-`.
    public static func isValidID(_ id: String) -> Bool {
        ByteSearch.withBytes(of: id) { bytes in
            bytes.count == 11 && bytes.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x2D || byte == 0x5F
            }
        }
    }

    /// `https://www.youtube.com/watch?v=ID`, with `&t=Ns` when a moment is given.
    public static func watch(_ videoID: String, at moment: Timestamp? = nil) -> String {
        var url = "https://www.youtube.com/watch?v=\(videoID)"
        if let moment { url += "&t=\(moment.seconds)s" }
        return url
    }
}
