/// How text output should be laid out: for a terminal of some width with or without colour, or
/// plain for a pipe.
public struct TextStyle: Sendable, Equatable {
    /// Columns to wrap at; nil means do not wrap (output is going to a file or pipe).
    public var width: Int?
    /// Whether ANSI colour and emphasis may be used (a terminal, and `NO_COLOR` unset).
    public var colour: Bool

    public init(width: Int? = nil, colour: Bool = false) {
        self.width = width
        self.colour = colour
    }

    /// Plain text, no wrapping, no colour.
    public static let plain = TextStyle()

    public func bold(_ text: String) -> String { sgr("1", text) }
    public func dim(_ text: String) -> String { sgr("2", text) }
    public func warning(_ text: String) -> String { sgr("33", text) }

    private func sgr(_ code: String, _ text: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
