/// Finds what ships with Notewalk: the demo vault and the `Themes/` folder.
enum DataFiles {
    /// The demo vault: copied next to the binary as a resource, or in the source tree.
    static func demoVault() -> String? {
        var candidates: [String] = []
        if let dir = FileSystem.environment("NOTEWALK_DATA_DIR") { candidates.append(NotePathJoin.join(dir, "DemoVault")) }
        if let exe = FileSystem.executableDirectory {
            // SwiftPM copies resources into PACKAGE_notewalk.resources beside the binary.
            for bundle in DirectoryListing.files(in: exe) where bundle.hasSuffix("_notewalk.resources") {
                candidates.append(NotePathJoin.join(exe, bundle + "/DemoVault"))
            }
            candidates.append(NotePathJoin.join(exe, "../share/notewalk/DemoVault"))
            candidates += ancestors(of: exe).map { NotePathJoin.join($0, "Sources/notewalk/DemoVault") }
        }
        return candidates.first(where: FileSystem.isDirectory).flatMap(FileSystem.realPath)
    }

    /// Folders that may hold theme files, most specific first.
    static func themeDirectories() -> [String] {
        var result: [String] = []
        if let dir = FileSystem.environment("NOTEWALK_THEMES") { result.append(dir) }
        if let config = FileSystem.environment("XDG_CONFIG_HOME") ?? FileSystem.environment("HOME").map({ $0 + "/.config" }) {
            result.append(NotePathJoin.join(config, "notewalk/themes"))
        }
        if let exe = FileSystem.executableDirectory {
            result.append(NotePathJoin.join(exe, "../share/notewalk/Themes"))
            result += ancestors(of: exe).map { NotePathJoin.join($0, "Themes") }
        }
        return result.filter(FileSystem.isDirectory)
    }

    private static func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var current = path
        while current != "/" && !current.isEmpty {
            current = FileSystem.parent(current)
            result.append(current)
            if result.count > 6 { break }
        }
        return result
    }
}
