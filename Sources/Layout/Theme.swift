import TextLayout

/// A colour as a theme names it.
public enum ThemeColor: Sendable, Equatable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 256 indexed colours (0–7 basic, 8–15 bright).
    case indexed(Int)
}

/// Attributes a role can add.
public enum ThemeAttribute: String, Sendable, CaseIterable {
    case bold, dim, italic, underline, reverse
}

/// How one role looks.
public struct RoleStyle: Sendable, Equatable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Set<ThemeAttribute>

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: Set<ThemeAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A colour theme: a style for each role, read from a `Themes/*.theme` file.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [StyleRole: RoleStyle]

    public init(name: String, styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role; roles a theme leaves out look like plain text.
    public func style(_ role: StyleRole) -> RoleStyle {
        styles[role] ?? styles[.text] ?? RoleStyle()
    }

    /// The highest colour index the theme uses, to tell whether it needs a 256-colour terminal.
    public var highestColor: Int {
        styles.values.flatMap { [$0.foreground, $0.background] }.reduce(0) { best, color in
            if case let .indexed(n) = color { return max(best, n) }
            return best
        }
    }

    /// The same theme without colours, for `NO_COLOR` or a terminal that has none: attributes only.
    public var withoutColors: Theme {
        var copy = self
        copy.name += " (no colour)"
        for (role, style) in styles {
            copy.styles[role] = RoleStyle(attributes: style.attributes)
        }
        for role in [StyleRole.selection, .panelSelection, .titleBar, .breadcrumb, .statusBar, .message, .error] {
            copy.styles[role, default: RoleStyle()].attributes.insert(.reverse)
        }
        copy.styles[.link, default: RoleStyle()].attributes.insert(.underline)
        copy.styles[.unresolvedLink, default: RoleStyle()].attributes.insert(.dim)
        return copy
    }

    /// Attributes only, for when no theme file can be found.
    public static let plain = Theme(name: "plain", styles: [
        .heading1: RoleStyle(attributes: [.bold, .underline]), .heading2: RoleStyle(attributes: [.bold]),
        .heading3: RoleStyle(attributes: [.bold]), .link: RoleStyle(attributes: [.underline]),
        .unresolvedLink: RoleStyle(attributes: [.dim]), .externalLink: RoleStyle(attributes: [.underline]),
        .timestamp: RoleStyle(attributes: [.bold]), .selection: RoleStyle(attributes: [.reverse]),
        .titleBar: RoleStyle(attributes: [.reverse]), .statusBar: RoleStyle(attributes: [.reverse]),
        .panelSelection: RoleStyle(attributes: [.reverse]), .error: RoleStyle(attributes: [.bold]),
        .dim: RoleStyle(attributes: [.dim]), .meta: RoleStyle(attributes: [.dim]), .filter: RoleStyle(attributes: [.bold]),
    ])
}
