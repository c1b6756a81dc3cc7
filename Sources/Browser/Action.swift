import NoteKit

/// Everything that can happen to the browser: keys, size changes, and answers to effects.
public enum Action: Sendable {
    case key(Key)
    case command(Command)
    /// Open a note file by path, as a visit.
    case visit(path: String)
    /// Open a page as the request says.
    case open(LoadRequest)
    case resize(columns: Int, rows: Int)
    case loaded(LoadRequest, Note)
    case loadFailed(LoadRequest, message: String)
    case backlinksFound(path: String, [Backlink])
    case citationsFound(videoID: String, [VideoCitation])
    case searchFound(generation: Int, [VaultSearch.Result])
    case searchFinished(generation: Int, searched: Int)
    case channelLoaded(path: String, Note)
    /// The vault's files were found: the list shows them (named by file) while they are read.
    case scanned(VaultIndex)
    /// Notes read by the background index, in place of their placeholders.
    case indexed([(index: Int, note: VaultNote)])
    /// The background index has read every note: the complete index, its lookups already built.
    case indexFinished(VaultIndex)
    /// Note files changed, appeared or went away on disk (vault-relative paths).
    case filesChanged(Set<String>)
    /// The index after those changes: only the changed notes were read again.
    case vaultRefreshed(VaultIndex, changed: Set<String>)
    /// Take back a saved session; `resume` reopens where the person left off.
    case restore(SavedSession, resume: Bool)
    /// A message for the status line, such as the result of opening or copying.
    case status(String, isError: Bool)
}
