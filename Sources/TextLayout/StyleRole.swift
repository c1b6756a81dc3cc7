/// What a piece of text is, for theming. Themes map each role to colours and attributes.
public enum StyleRole: String, Sendable, CaseIterable, Hashable {
    case text, heading1, heading2, heading3, link, unresolvedLink = "unresolved-link"
    case externalLink = "external-link", timestamp, code, quote, listMarker = "list-marker", rule
    case tableBorder = "table-border", meta
    case selection, titleBar = "title-bar", breadcrumb, statusBar = "status-bar", message, error
    case panel, panelTitle = "panel-title", panelSelection = "panel-selection", helpKey = "help-key"
    case listVideo = "list-video", listCount = "list-count", filter, dim
    case match, currentMatch = "current-match", hint
}

/// A role plus the emphasis the Markdown gave it.
public struct TextStyle: Sendable, Hashable {
    public var role: StyleRole
    public var bold: Bool
    public var italic: Bool
    public var strike: Bool

    public init(_ role: StyleRole, bold: Bool = false, italic: Bool = false, strike: Bool = false) {
        self.role = role
        self.bold = bold
        self.italic = italic
        self.strike = strike
    }

    public static let text = TextStyle(.text)

    @inlinable
    public static func == (a: TextStyle, b: TextStyle) -> Bool {
        a.role == b.role && a.bold == b.bold && a.italic == b.italic && a.strike == b.strike
    }
}

/// A run of text in one style; `item` numbers the link or timestamp it belongs to.
public struct Run: Sendable, Equatable {
    public var text: String
    public var style: TextStyle
    public var item: Int?

    public init(_ text: String, _ style: TextStyle = .text, item: Int? = nil) {
        self.text = text
        self.style = style
        self.item = item
    }
}

/// One screen line of laid-out text.
public struct StyledLine: Sendable, Equatable {
    public var runs: [Run]
    public init(_ runs: [Run] = []) { self.runs = runs }

    public var plainText: String { runs.map(\.text).joined() }
    public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }
}
