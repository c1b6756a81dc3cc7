import Browser
import CNcursesw
import Glibc
import Layout
import TextLayout

/// The terminal: draws screens of cells and reads keys. The only code that talks to ncurses.
/// Restores the terminal on `stop()`, on exit signals and on crash signals.
public final class Terminal {
    private var previous: Screen?
    private var pairs: ColorPairs
    private var screenPointer: OpaquePointer?

    public private(set) var columns: Int
    public private(set) var rows: Int

    /// Takes over the terminal. `theme` is drawn with colours unless `useColor` is false.
    public init(theme: Theme, useColor: Bool) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        // Only the character set matters to curses; the other categories are not loaded.
        setlocale(LC_CTYPE, "")
        if nw_locale_is_utf8() == 0 {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        setenv("ESCDELAY", "25", 0)
        guard let screen = nw_newterm_stdio() else {
            throw .cannotInitialize(term: getenv("TERM").map { String(cString: $0) } ?? "(unset)")
        }
        screenPointer = screen
        set_term(screen)
        TerminalRestore.install()
        raw()
        noecho()
        nonl()
        keypad(nw_stdscr(), true)
        curs_set(0)
        let colored = useColor && has_colors()
        if colored {
            start_color()
            use_default_colors()
        }
        // No look for typed-ahead keys in the middle of drawing (a poll of the keyboard after every line).
        typeahead(-1)
        pairs = ColorPairs(theme: theme, useColor: colored, colorCount: colored ? Int(nw_colors()) : 0)
        columns = Int(nw_cols())
        rows = Int(nw_lines())
    }

    /// Gives the terminal back as it was.
    public func stop() {
        TerminalRestore.restore()
        if let screenPointer { delscreen(screenPointer) }
        screenPointer = nil
    }

    deinit { if screenPointer != nil { stop() } }

    /// Draws a screen, putting only the cells that changed since the last one.
    public func draw(_ screen: Screen) {
        let full = previous.map { $0.columns != screen.columns || $0.rows != screen.rows } ?? true
        if full { erase() }
        let old = full ? nil : previous
        for row in 0..<min(screen.rows, rows) {
            if let old, screen.sameRow(row, as: old) { continue }
            draw(row: row, of: screen, over: old)
        }
        previous = screen
        refresh()
    }

    /// Puts the cells of a row that differ from what the window holds there: the same row of `old`,
    /// the screen drawn last, or (nil) the blanks an erase left. A wide character's second cell is
    /// never put: the first one covers it, and curses blanks the rest of a wide character partly
    /// overwritten.
    private func draw(row: Int, of screen: Screen, over old: Screen?) {
        var text = [wchar_t](repeating: 0, count: 6)
        // Neighbouring cells mostly share a style: look its attributes up once per change.
        var style = TextStyle.text
        var (attrs, pair) = pairs.attributes(for: style)
        let cells = screen.row(row), before = old?.row(row)
        for column in 0..<min(cells.count, columns) {
            let cell = cells[cells.startIndex + column]
            guard cell.width > 0 else { continue }
            if let old, let before, screen.same(cell, as: before[before.startIndex + column], of: old) { continue }
            if cell.style != style {
                style = cell.style
                (attrs, pair) = pairs.attributes(for: style)
            }
            if old == nil, cell.code == 0x20, attrs == NW_A_NORMAL, pair == 0 { continue }
            var n = 0
            if let scalar = cell.scalar {
                text[0] = wchar_t(bitPattern: scalar.value)
                n = 1
            } else {
                for scalar in screen.character(of: cell).unicodeScalars where n < 5 {
                    text[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
            }
            text[n] = 0
            _ = nw_put_cell(Int32(row), Int32(column), text, attrs, pair)
        }
    }

    /// Forgets what is on screen so the next draw repaints every cell.
    public func invalidate() {
        previous = nil
        clearok(nw_stdscr(), true)
    }

    /// Waits for a key, a resize, or `timeout` milliseconds (nil waits for ever).
    public func read(timeout milliseconds: Int?) -> InputEvent {
        wtimeout(nw_stdscr(), Int32(milliseconds ?? -1))
        while true {
            var value: wint_t = 0
            let result = wget_wch(nw_stdscr(), &value)
            if result == ERR { return inputHungUp() ? .hangup : .timeout }
            if result == KEY_CODE_YES {
                if Int32(value) == KEY_RESIZE {
                    columns = Int(nw_cols())
                    rows = Int(nw_lines())
                    previous = nil
                    return .resize(columns: columns, rows: rows)
                }
                if let key = KeyDecoder.function(Int32(value)) { return .key(key) }
                continue
            }
            if value == 27 { return .key(escapeThenPending()) }
            if let key = KeyDecoder.character(UInt32(value)) { return .key(key) }
        }
    }

    /// True when standard input reports a hang-up or error rather than a wait that ran out.
    private func inputHungUp() -> Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) == 1 else { return false }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Esc, even when another key follows at once (no Alt chords are bound): that key is put
    /// back to be read next, so a quick "Esc ?" closes a panel and opens help.
    private func escapeThenPending() -> Key {
        wtimeout(nw_stdscr(), 0)
        var value: wint_t = 0
        let result = wget_wch(nw_stdscr(), &value)
        if result == OK { unget_wch(wchar_t(bitPattern: value)) } else if result == KEY_CODE_YES { ungetch(Int32(value)) }
        return .escape
    }

    /// Writes bytes straight to the terminal, after what curses has drawn (for OSC 52).
    public func writeRaw(_ bytes: [UInt8]) {
        refresh()
        nw_flush_stdout()
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            offset += n
        }
    }
}

/// Puts the terminal back on exit paths that skip `Terminal.stop()`: signals and crashes.
enum TerminalRestore {
    static func install() {
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP] {
            Glibc.signal(signal, handler)
        }
    }

    static func restore() {
        endwin()
    }
}

private func handler(_ signal: Int32) {
    endwin()
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}
