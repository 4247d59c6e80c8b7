/// One paragraph of an article: a span of its text and what kind of line it is.
public struct Paragraph: Sendable, Equatable {
    /// What a paragraph is doing in the story, as analysis reads it.
    public enum Role: String, Sendable {
        /// The headline, a Markdown heading or a crosshead of a web page.
        case heading
        /// "By NAME" and similar credit lines at the top.
        case byline
        /// A line holding only the publication date ("Published 14 March 2025").
        case dateLine
        /// Story text, the part every analyzer reads.
        case body
        /// The summary line under a web page's headline.
        case standfirst
        /// A picture's caption or credit.
        case caption
        /// A data table (a sports box score, a price list): one row of a web page's table, its
        /// cells joined by " | ", or a whole Markdown pipe table. Part of the article as a
        /// reader sees it, but not prose any analyzer can read sentences, quotations or
        /// counted things from.
        case table
    }

    /// What a paragraph is, as `show` labels it (CONTRACT.md): the article body is the `body`
    /// paragraphs in order, crossheads included.
    public enum Kind: String, Sendable {
        case headline, standfirst, byline, dateline, body, caption, boilerplate
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
    /// True for the one heading that is the story's headline (not a crosshead).
    public var isHeadline: Bool = false

    /// Whether analyzers should read this paragraph's story text.
    public var isStory: Bool { !isBoilerplate && role == .body }

    /// The paragraph's kind for `show`.
    public var kind: Kind {
        if isBoilerplate { return .boilerplate }
        switch role {
        case .heading: return isHeadline ? .headline : .body
        case .byline: return .byline
        case .dateLine: return .dateline
        case .body: return .body
        case .standfirst: return .standfirst
        case .caption: return .caption
        case .table: return .body
        }
    }
}
