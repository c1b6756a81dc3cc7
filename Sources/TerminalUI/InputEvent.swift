import Browser

/// What reading the keyboard gave.
public enum InputEvent: Sendable, Equatable {
    case key(Key)
    case resize(columns: Int, rows: Int)
    /// The wait ran out with nothing pressed.
    case timeout
    /// The terminal went away (its window closed, the SSH link dropped): nothing more can be read.
    case hangup
}
