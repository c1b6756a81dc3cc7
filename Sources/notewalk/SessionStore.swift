import Browser
import NoteKit
import Foundation

/// Keeps a vault's session in `$XDG_STATE_HOME/notewalk/` (default `~/.local/state/notewalk/`):
/// one JSON file per vault, written atomically. A file that cannot be read is set aside, never fatal.
struct SessionStore {
    let file: String

    /// `environment` answers for a variable (set and not empty); by default the process's own.
    init(vaultRoot: String, environment: (String) -> String? = FileSystem.environment) {
        let base = environment("XDG_STATE_HOME") ?? (environment("HOME") ?? NSTemporaryDirectory()) + "/.local/state"
        let name = NotePath.fileName(vaultRoot).filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        file = base + "/notewalk/" + (name.isEmpty ? "vault" : name) + "-" + Self.hash(vaultRoot) + ".json"
    }

    /// The saved session, or nil; a message when a file was there but could not be used.
    func load() -> (session: SavedSession?, warning: String?) {
        guard let data = FileManager.default.contents(atPath: file) else { return (nil, nil) }
        do {
            return (try JSONDecoder().decode(SavedSession.self, from: data), nil)
        } catch {
            let aside = file + ".corrupt-\(Int(Date().timeIntervalSince1970))"
            let moved = (try? FileManager.default.moveItem(atPath: file, toPath: aside)) != nil
            return (nil, "Saved session could not be read (\(Self.reason(error)))" + (moved ? "; set aside as \(aside)" : " in \(file)"))
        }
    }

    /// Writes the session to a temporary file and renames it over the old one; a message on failure.
    func save(_ session: SavedSession) -> String? {
        do {
            let directory = (file as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let temporary = file + ".tmp-\(getpid())"
            try encoder.encode(session).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, file) == 0 else {
                unlink(temporary)
                return "cannot save the session to \(file): \(String(cString: strerror(errno)))"
            }
            return nil
        } catch {
            return "cannot save the session to \(file): \(error.localizedDescription)"
        }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted: return "not valid JSON"
        case DecodingError.keyNotFound(let key, _): return "no “\(key.stringValue)”"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "\(error)"
        }
    }

    /// FNV-1a, so two vaults with the same folder name get different files.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100000001b3
        }
        return String(value, radix: 16)
    }
}
