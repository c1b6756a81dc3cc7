import Glibc
import Layout

/// Picks the theme: `--theme`, else `NOTEWALK_THEME`, else `default`; a name or a file path.
enum ThemeLoader {
    struct Loaded {
        var theme: Theme
        var useColor: Bool
        /// Said in the status line when the wanted theme could not be used.
        var warning: String?
    }

    static func load(_ requested: String?) -> Loaded {
        let useColor = FileSystem.environment("NO_COLOR") == nil
        let name = requested ?? FileSystem.environment("NOTEWALK_THEME") ?? "default"
        do {
            let theme = try read(name)
            return Loaded(theme: useColor ? theme : theme.withoutColors, useColor: useColor)
        } catch {
            return Loaded(theme: Theme.plain, useColor: false, warning: "\(error.message); using plain attributes")
        }
    }

    struct Failure: Error { var message: String }

    static func read(_ name: String) throws(Failure) -> Theme {
        var path: String?
        if name.utf8.contains(UInt8(ascii: "/")) {
            path = name
        } else {
            path = DataFiles.themeDirectories().map { NotePathJoin.join($0, name + ".theme") }.first(where: FileSystem.exists)
        }
        guard let path, let text = FileSystem.readText(path) else {
            let known = available().joined(separator: ", ")
            throw Failure(message: "no theme '\(name)'" + (known.isEmpty ? "" : " (themes: \(known))"))
        }
        do {
            return try ThemeParser.parse(text, name: name, file: path)
        } catch {
            throw Failure(message: error.description)
        }
    }

    static func available() -> [String] {
        var names = Set<String>()
        for dir in DataFiles.themeDirectories() {
            for file in DirectoryListing.files(in: dir) where file.hasSuffix(".theme") {
                names.insert(String(file.dropLast(6)))
            }
        }
        return names.sorted()
    }
}

/// Plain names in a folder.
enum DirectoryListing {
    static func files(in path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }
}
