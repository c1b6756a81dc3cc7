extension VaultIndex {
    /// The note at an absolute path inside the vault, if it is one.
    public func noteIndex(forAbsolutePath path: String) -> Int? {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return note(atRelativePath: String(path.dropFirst(prefix.count)))
    }
}
