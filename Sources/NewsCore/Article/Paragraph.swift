/// One paragraph of an article: a span of its text and what kind of line it is.
public struct Paragraph: Sendable, Equatable {
    /// What a paragraph is doing in the story.
    public enum Role: String, Sendable {
        /// The headline or a Markdown heading.
        case heading
        /// "By NAME" and similar credit lines at the top.
        case byline
        /// A line holding only the publication date ("Published 14 March 2025").
        case dateLine
        /// Story text, the part every analyzer reads.
        case body
    }

    /// 1-based number, as `show` prints it.
    public var number: Int
    /// Scalar offsets into the loaded text; white space trimmed.
    public var range: Range<Int>
    /// The paragraph's words with Markdown masked and line breaks folded to spaces.
    public var text: String
    /// True for page furniture ("READ ALSO: …", "Advertisement") that analysis leaves out.
    public var isBoilerplate: Bool
    public var role: Role

    /// Whether analyzers should read this paragraph's story text.
    public var isStory: Bool { !isBoilerplate && role == .body }
}
