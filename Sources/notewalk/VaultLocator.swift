import NoteKit

/// What to open: a vault folder, and maybe one note in it.
struct Target {
    var vaultRoot: String
    var note: String?
}

/// Why the command line's path could not be opened.
struct TargetError: Error, CustomStringConvertible {
    var description: String
}

/// Turns `notewalk [PATH] [--vault DIR]` into a vault and a note.
enum VaultLocator {
    static func locate(path: String?, vault: String?) throws(TargetError) -> Target {
        let vaultRoot = try vault.map { v throws(TargetError) in try folder(v) }
        guard let path else {
            if let vaultRoot { return Target(vaultRoot: vaultRoot) }
            guard let demo = DataFiles.demoVault() else {
                throw TargetError(description: "the demo vault is missing (looked next to the notewalk binary); give a vault folder: notewalk PATH")
            }
            return Target(vaultRoot: demo)
        }
        guard FileSystem.exists(path), let real = FileSystem.realPath(path) else {
            throw TargetError(description: "\(path): no such file or folder")
        }
        if FileSystem.isDirectory(real) { return Target(vaultRoot: vaultRoot ?? real) }
        guard NotePath.isNote(real) else {
            throw TargetError(description: "\(path): not a note (notes are .md, .markdown or .txt files) and not a folder")
        }
        return Target(vaultRoot: vaultRoot ?? enclosingVault(of: real), note: real)
    }

    /// The nearest ancestor holding a `.obsidian` folder, else the note's own folder.
    static func enclosingVault(of note: String) -> String {
        let folder = FileSystem.parent(note)
        var current = folder
        while true {
            if FileSystem.isDirectory(current + "/.obsidian") { return current }
            let parent = FileSystem.parent(current)
            if parent == current { return folder }
            current = parent
        }
    }

    private static func folder(_ path: String) throws(TargetError) -> String {
        guard let real = FileSystem.realPath(path) else { throw TargetError(description: "\(path): no such folder") }
        guard FileSystem.isDirectory(real) else { throw TargetError(description: "\(path): not a folder") }
        return real
    }

    /// A NOTE argument of the scripting commands: a path, or a title (or file name) within the vault.
    static func note(_ argument: String, vault: String?) throws(TargetError) -> (index: VaultIndex, note: String) {
        if FileSystem.exists(argument), let real = FileSystem.realPath(argument), !FileSystem.isDirectory(real) {
            let root = try vault.map { v throws(TargetError) in try folder(v) } ?? enclosingVault(of: real)
            return (try index(root), real)
        }
        guard let vault else {
            throw TargetError(description: "\(argument): no such file; to find a note by title, give --vault DIR")
        }
        let built = try index(try folder(vault))
        let resolution = built.resolve(argument)
        guard let found = resolution.note else {
            throw TargetError(description: "\(argument): no note with that title or name in \(built.root)")
        }
        return (built, built.path(of: found))
    }

    static func index(_ root: String) throws(TargetError) -> VaultIndex {
        do {
            return try VaultIndex.build(root: root)
        } catch {
            throw TargetError(description: error.description)
        }
    }
}
