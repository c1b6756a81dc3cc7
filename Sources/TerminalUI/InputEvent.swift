import Browser

/// What reading the keyboard gave.
public enum InputEvent: Sendable, Equatable {
    case key(Key)
    case resize(columns: Int, rows: Int)
    /// The wait ran out with nothing pressed.
    case timeout
}
