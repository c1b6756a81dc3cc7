import Foundation
import NotewalkTestSupport
import XCTest

/// A private tmux server running one program, for tests that look at the screen as a person would.
final class Tmux {
    let socket: String
    private let directory: String

    private let sharedState: String?

    init() throws {
        guard Tmux.which("tmux") != nil else { throw XCTSkip("tmux is not installed") }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("nw-e2e-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        socket = directory + "/tmux.sock"
        sharedState = nil
    }

    /// A second server that saves sessions where `other` does: a restart of the same person's Notewalk.
    init(stateFrom other: Tmux) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("nw-e2e-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        socket = directory + "/tmux.sock"
        sharedState = other.stateDirectory
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Starts `arguments` in a new session of the given size, with a UTF-8 locale.
    func start(_ arguments: [String], columns: Int = 100, rows: Int = 30, environment: [String: String] = [:]) throws {
        // Sessions are saved in the scratch folder, never in the real ~/.local/state.
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "XDG_STATE_HOME": stateDirectory]
        env.merge(environment) { $1 }
        // A tiny wrapper records the exit status in a file: tmux does not always keep it for a dead pane.
        let command = ["sh", "-c", "\"$@\"; echo $? > '\(statusFile)'", "sh", "env"]
            + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + arguments
        // The server this starts lives on: it must not hold a pipe of ours open.
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", "t", "--"] + command,
                capture: false)
        try run(["set-option", "-g", "remain-on-exit", "on"])
        try run(["set-option", "-g", "set-clipboard", "on"])
    }

    func keys(_ keys: String...) throws {
        try run(["send-keys", "-t", "t"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", "t", "-l", text])
    }

    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", "t"])
    }

    /// Each row's characters with the attributes and colours they are shown in, once two looks 80 ms
    /// apart agree. Spaces at a row's end that show no colour or line are left out.
    func settledStyledRows() throws -> [[String]] {
        var last = try run(["capture-pane", "-p", "-e", "-t", "t"])
        for _ in 0..<50 {
            Thread.sleep(forTimeInterval: 0.08)
            let now = try run(["capture-pane", "-p", "-e", "-t", "t"])
            if now == last { break }
            last = now
        }
        return Tmux.styledRows(last)
    }

    /// Reads `capture-pane -e` output: SGR sequences set the style of the characters after them
    /// (tmux writes only changes, carried from row to row).
    static func styledRows(_ capture: String) -> [[String]] {
        var flags = Set<Int>(), foreground = "", background = ""
        var rows: [[String]] = []
        for line in capture.components(separatedBy: "\n") {
            var cells: [(character: Character, style: String, shows: Bool)] = []
            var rest = Substring(line)
            while let character = rest.first {
                if character == "\u{1B}", let end = rest.firstIndex(of: "m") {
                    var codes = rest[rest.index(rest.startIndex, offsetBy: 2)..<end].split(separator: ";", omittingEmptySubsequences: false)
                        .map { Int($0) ?? 0 }[...]
                    while let code = codes.popFirst() {
                        switch code {
                        case 0: flags = []; foreground = ""; background = ""
                        case 22: flags.subtract([1, 2])
                        case 23, 24, 27, 29: flags.remove(code - 20)
                        case 38, 48:
                            let colour = codes.first == 5 ? "5;\(codes.dropFirst().first ?? 0)" : codes.prefix(4).map(String.init).joined(separator: ";")
                            codes = codes.dropFirst(codes.first == 5 ? 2 : 4)
                            if code == 38 { foreground = colour } else { background = colour }
                        case 39: foreground = ""
                        case 49: background = ""
                        case 30...37, 90...97: foreground = "\(code)"
                        case 40...47, 100...107: background = "\(code)"
                        default: flags.insert(code)
                        }
                    }
                    rest = rest[rest.index(after: end)...]
                    continue
                }
                let style = "\(flags.sorted())/\(foreground)/\(background)"
                cells.append((character, style, !background.isEmpty || flags.contains(4) || flags.contains(7)))
                rest = rest.dropFirst()
            }
            while let last = cells.last, last.character == " ", !last.shows { cells.removeLast() }
            rows.append(cells.map { "\($0.character)\($0.style)" })
        }
        return rows
    }

    func lines() throws -> [String] {
        try screen().components(separatedBy: "\n")
    }

    /// Waits until `predicate` holds for the screen; fails with the last screen after `timeout`.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
                 _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting for \(what); the screen was:\n\(last)", file: file, line: line)
        return last
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitFor("“\(text)”", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    private var statusFile: String { directory + "/status" }
    /// Where the program saves its sessions during this test.
    var stateDirectory: String { sharedState ?? directory + "/state" }

    /// The program's exit status once it has ended (128 + N for signal N), else nil.
    func exitStatus() throws -> Int? {
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        try Subprocess.run([Tmux.which("tmux") ?? "tmux", "-S", socket] + arguments, capture: capture).output
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// The built `notewalk` binary, next to the test bundle.
func notewalkBinary() throws -> String {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("notewalk").path,
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("notewalk").path,
        Bundle.main.bundleURL.appendingPathComponent("notewalk").path,
    ]
    guard let found = candidates.first(where: FileManager.default.isExecutableFile) else {
        throw TestFailure("the notewalk binary was not found next to the tests (\(candidates[0])); build it with `swift build --build-tests`")
    }
    return found
}

/// A scratch folder removed when the test ends.
func scratchDirectory(_ test: XCTestCase) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("nw-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}
