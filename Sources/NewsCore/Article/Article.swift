/// One loaded article: its text exactly as decoded, and everything read off it.
///
/// The text never changes after loading; paragraphs and sentences are spans into it (as spaCy's
/// `Doc` keeps one string and many spans), so any result can point back to where it came from.
public struct Article: Sendable {
    /// How the file was written, which decides how markup is read.
    public enum Format: String, Sendable {
        case text
        case markdown
        /// A web page: the text is what the extractor kept of it (see `Article/HTML/`).
        case html
    }

    /// Where the article came from: a path as given, a URL, or `<stdin>`.
    public var source: String
    public var format: Format
    /// The decoded text; every offset counts Unicode scalars into it.
    public var text: ScalarText
    /// The same text with markup masked by spaces (identical to `text` for plain text), so that
    /// analyzers never see Markdown syntax yet every offset still matches `text`.
    public var analysisText: ScalarText
    public var paragraphs: [Paragraph]
    /// Sentences of every paragraph but boilerplate and captions, in order.
    public var sentences: [Range<Int>]
    public var metadata: ArticleMetadata
    /// Words in story and heading paragraphs (boilerplate, bylines and date lines left out).
    public var wordCount: Int
    /// What the reader should know about how the file was read (encoding fallbacks and such).
    /// `warnings` adds what the text itself says (a story not in English).
    public var readingWarnings: [String]
    /// Analyses of this article computed so far, shared by the commands that need them.
    public let analyses = AnalysisCache()

    /// The paragraph holding a scalar offset, if any.
    public func paragraph(containing offset: Int) -> Paragraph? {
        var low = 0, high = paragraphs.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = paragraphs[middle].range
            if offset < range.lowerBound {
                high = middle - 1
            } else if offset >= range.upperBound {
                low = middle + 1
            } else {
                return paragraphs[middle]
            }
        }
        return nil
    }
}

/// What the top of an article says about it.
public struct ArticleMetadata: Sendable, Equatable {
    /// The headline, or the start of the lead when there is none.
    public var title: String
    /// True when `title` is the story's own headline rather than the start of its lead.
    public var titleIsHeadline: Bool
    /// Names credited by the byline.
    public var byline: String?
    /// The publication date the article gives (a date line, or a dateline with its year).
    public var date: PartialDate?
    /// The scalar range of a dateline ("VILNIUS, Sept. 11 (Reuters) -") at the start of the lead.
    public var dateline: Range<Int>?

    public init(
        title: String, titleIsHeadline: Bool, byline: String? = nil, date: PartialDate? = nil,
        dateline: Range<Int>? = nil
    ) {
        self.title = title
        self.titleIsHeadline = titleIsHeadline
        self.byline = byline
        self.date = date
        self.dateline = dateline
    }
}

extension Article {
    /// What the reader should know: how the file was read, and whether the story reads as
    /// English. Worked out when asked, so the pipeline, which never shows it, pays nothing.
    public var warnings: [String] {
        readingWarnings + (EnglishCheck.warning(analysisText, paragraphs: paragraphs).map { [$0] } ?? [])
    }

    /// The article's one token layer, built on first use and shared by every analyzer.
    public var tokens: TokenLayer { analyses.value(TokenLayer.self) { TokenLayer(self) } }
}
