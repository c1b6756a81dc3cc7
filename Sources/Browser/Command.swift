/// Everything a person can ask Notewalk to do. Keys, help and dispatch all come from `CommandTable`.
public enum Command: String, Sendable, CaseIterable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    case open, back, forward, filter, noteList
    case nextItem, previousItem, outline, openVideo, copyItemURL, copyVideoURL
    case search, nextMatch, previousMatch
    case switcher, vaultSearch, backlinks, videoView, channel, history, hints, copyHints, toggleBookmark, bookmarks
    case help, close, redraw, quit
}

/// Where a key is pressed: what has the keyboard.
public enum KeyContext: String, Sendable, CaseIterable {
    case noteList = "Note list"
    case note = "Note"
    case outline = "Outline"
    case picker = "Lists"
    case hints = "Link hints"
    case help = "Help"
}

/// One row of the command table.
public struct CommandSpec: Sendable {
    public var command: Command
    public var name: String
    public var description: String
    public var keys: [Key]
    public var contexts: Set<KeyContext>
}

/// The single table of user commands: name, description, default keys and where they apply.
public enum CommandTable {
    private static let reading: Set<KeyContext> = [.noteList, .note, .outline, .picker, .help]
    /// Every context that takes commands (link hints take only their labels).
    public static let everywhere = Set(KeyContext.allCases).subtracting([.hints])
    private static let browsing: Set<KeyContext> = [.noteList, .note]

    public static let rows: [CommandSpec] = [
        CommandSpec(command: .lineDown, name: "down", description: "Move down a line", keys: [.char("j"), .down], contexts: reading),
        CommandSpec(command: .lineUp, name: "up", description: "Move up a line", keys: [.char("k"), .up], contexts: reading),
        CommandSpec(command: .pageDown, name: "page-down", description: "Move down a page",
                    keys: [.char(" "), .pageDown, .ctrl("f")], contexts: reading),
        CommandSpec(command: .pageUp, name: "page-up", description: "Move up a page",
                    keys: [.char("b"), .pageUp, .ctrl("b")], contexts: reading),
        CommandSpec(command: .top, name: "top", description: "Go to the top", keys: [.char("g"), .home], contexts: reading),
        CommandSpec(command: .bottom, name: "bottom", description: "Go to the bottom", keys: [.char("G"), .end], contexts: reading),
        CommandSpec(command: .open, name: "open",
                    description: "Open the selected note, link, timestamp or section",
                    keys: [.enter, .right, .char("l")], contexts: [.noteList, .note, .outline, .picker]),
        CommandSpec(command: .filter, name: "filter", description: "Filter notes as you type (fuzzy)",
                    keys: [.char("/")], contexts: [.noteList]),
        CommandSpec(command: .nextItem, name: "next-item", description: "Select the next link or timestamp",
                    keys: [.tab], contexts: [.note]),
        CommandSpec(command: .previousItem, name: "previous-item", description: "Select the previous link or timestamp",
                    keys: [.backTab], contexts: [.note]),
        CommandSpec(command: .search, name: "search", description: "Search this note as you type",
                    keys: [.char("/")], contexts: [.note]),
        CommandSpec(command: .nextMatch, name: "next-match", description: "Go to the next search hit",
                    keys: [.char("n")], contexts: [.note]),
        CommandSpec(command: .previousMatch, name: "previous-match", description: "Go to the previous search hit",
                    keys: [.char("N")], contexts: [.note]),
        CommandSpec(command: .hints, name: "hints", description: "Label every link on screen; type a label to follow it",
                    keys: [.char("f")], contexts: [.note]),
        CommandSpec(command: .copyHints, name: "copy-hints", description: "Label every link on screen; type a label to copy its URL",
                    keys: [.char("F")], contexts: [.note]),
        CommandSpec(command: .back, name: "back", description: "Go back to where you were",
                    keys: [.char("H"), .backspace, .left, .char("h")], contexts: browsing),
        CommandSpec(command: .forward, name: "forward", description: "Go forward again", keys: [.char("L")], contexts: browsing),
        CommandSpec(command: .outline, name: "outline", description: "Show the section outline",
                    keys: [.char("t")], contexts: [.note, .outline]),
        CommandSpec(command: .openVideo, name: "open-video",
                    description: "Open the selected moment, or the video from the start",
                    keys: [.char("o")], contexts: [.note, .picker]),
        CommandSpec(command: .copyItemURL, name: "copy-url",
                    description: "Copy the selected timestamp's or link's URL", keys: [.char("y")], contexts: [.note, .picker]),
        CommandSpec(command: .copyVideoURL, name: "copy-video-url", description: "Copy the note's video URL",
                    keys: [.char("Y")], contexts: [.note]),
        CommandSpec(command: .switcher, name: "switcher", description: "Go to any note by name (fuzzy)",
                    keys: [.ctrl("p"), .char("p")], contexts: browsing.union([.picker])),
        CommandSpec(command: .vaultSearch, name: "vault-search", description: "Search the text of every note",
                    keys: [.char("s")], contexts: browsing.union([.picker])),
        CommandSpec(command: .backlinks, name: "backlinks", description: "List the notes that link here",
                    keys: [.char("B")], contexts: [.note]),
        CommandSpec(command: .videoView, name: "video-view", description: "Every citation of this note's video in the vault",
                    keys: [.char("v")], contexts: [.note]),
        CommandSpec(command: .channel, name: "channel", description: "The channel's videos and their notes, as a tree",
                    keys: [.char("c")], contexts: [.note]),
        CommandSpec(command: .history, name: "history", description: "The back and forward history as a list",
                    keys: [.ctrl("o")], contexts: browsing.union([.picker])),
        CommandSpec(command: .toggleBookmark, name: "bookmark", description: "Bookmark this note, or remove the bookmark",
                    keys: [.char("m")], contexts: [.note]),
        CommandSpec(command: .bookmarks, name: "bookmarks", description: "List the bookmarks",
                    keys: [.char("'")], contexts: browsing.union([.picker])),
        CommandSpec(command: .noteList, name: "note-list", description: "Show the list of notes",
                    keys: [.char("i")], contexts: [.note]),
        CommandSpec(command: .help, name: "help", description: "Show or hide this help",
                    keys: [.char("?")], contexts: everywhere),
        CommandSpec(command: .close, name: "close", description: "Close the panel, cancel the filter or selection",
                    keys: [.escape], contexts: everywhere),
        CommandSpec(command: .redraw, name: "redraw", description: "Redraw the whole screen",
                    keys: [.ctrl("l")], contexts: everywhere),
        CommandSpec(command: .quit, name: "quit", description: "Quit Notewalk",
                    keys: [.char("q"), .ctrl("c")], contexts: everywhere),
    ]

    private static let bindings: [KeyContext: [Key: Command]] = {
        var result: [KeyContext: [Key: Command]] = [:]
        for row in rows {
            for context in row.contexts {
                for key in row.keys where result[context, default: [:]][key] == nil {
                    result[context, default: [:]][key] = row.command
                }
            }
        }
        return result
    }()

    /// The command a key runs in a context, if any.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        bindings[context]?[key]
    }

    public static func spec(_ command: Command) -> CommandSpec? { rows.first { $0.command == command } }

    /// The first key bound to a command, for hints.
    public static func keyName(_ command: Command) -> String { spec(command)?.keys.first?.name ?? "" }
}
