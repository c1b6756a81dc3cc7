extension VaultIndex {
    /// The note at an absolute path inside the vault, if it is one.
    public func noteIndex(forAbsolutePath path: String) -> Int? {
        relativePath(ofAbsolute: path).flatMap(note(atRelativePath:))
    }

    /// A path inside the vault, relative to its root; nil for a path outside it.
    public func relativePath(ofAbsolute path: String) -> String? {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }
}
