import Foundation

/// An opener command line such as `mpv --start={seconds} {url}`: split into arguments the way a
/// shell would split words (quotes and backslashes), then placeholders filled in each argument.
/// Nothing is ever handed to a shell.
struct OpenerTemplate: Equatable {
    struct Failure: Error, Equatable { var message: String }

    var words: [String]

    init(_ template: String) throws(Failure) {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in template {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if character == "\\" && quote != "'" {
                escaped = true
                inWord = true
                continue
            }
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
                continue
            }
            if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" || character == "\n" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if quote != nil { throw Failure(message: "opener template has an unclosed quote: \(template)") }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        guard !words.isEmpty else { throw Failure(message: "opener template is empty") }
        self.words = words
    }

    /// The arguments for one URL; the URL is appended when the template names no placeholder.
    func arguments(url: String, seconds: Int, videoID: String) -> [String] {
        let hasPlaceholder = words.contains { $0.contains("{url}") || $0.contains("{videoId}") }
        var result = words.map {
            $0.replacingOccurrences(of: "{url}", with: url)
                .replacingOccurrences(of: "{seconds}", with: String(seconds))
                .replacingOccurrences(of: "{videoId}", with: videoID)
        }
        if !hasPlaceholder { result.append(url) }
        return result
    }
}

