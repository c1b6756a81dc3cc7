import Foundation

/// Copies text everywhere it can reach: OSC 52 to the terminal (works over SSH), tmux's buffer
/// (and through it the outer terminal), and a desktop clipboard tool when a display is set.
struct Clipboard {
    /// Writes raw bytes to the terminal.
    let writeToTerminal: ([UInt8]) -> Void

    /// Copies and returns the places it went, for the status line, and the helper processes started.
    func copy(_ text: String) -> (places: [String], helpers: [Int32]) {
        var places = ["terminal (OSC 52)"]
        var helpers: [Int32] = []
        writeToTerminal(Self.osc52(text))
        let bytes = Array(text.utf8)
        func feed(_ command: [String], as name: String) -> Bool {
            guard let pid = try? ProcessSpawner.spawn(command, input: bytes) else { return false }
            helpers.append(pid)
            places.append(name)
            return true
        }
        if FileSystem.environment("TMUX") != nil { _ = feed(["tmux", "load-buffer", "-w", "-"], as: "tmux") }
        if FileSystem.environment("WAYLAND_DISPLAY") != nil, ProcessSpawner.isOnPath("wl-copy") {
            _ = feed(["wl-copy"], as: "wl-copy")
        } else if FileSystem.environment("DISPLAY") != nil {
            for tool in [["xclip", "-selection", "clipboard"], ["xsel", "-b", "-i"]] where ProcessSpawner.isOnPath(tool[0]) {
                if feed(tool, as: tool[0]) { break }
            }
        }
        return (places, helpers)
    }

    /// `ESC ] 52 ; c ; BASE64 BEL`, plain (not wrapped for tmux passthrough).
    static func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Array(Data(text.utf8).base64EncodedString().utf8) + [0x07]
    }
}

