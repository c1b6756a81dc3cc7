/// Why the terminal could not be used.
public enum TerminalError: Error, Sendable, CustomStringConvertible {
    case notATerminal
    case cannotInitialize(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "notewalk needs a terminal to browse; for plain output use `notewalk show NOTE` or `notewalk list VAULT`"
        case let .cannotInitialize(term):
            return "cannot use terminal type '\(term)' (is TERM set correctly? try TERM=xterm-256color)"
        }
    }
}
