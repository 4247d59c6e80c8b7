extension TokenLayer {
    /// A layer over a stretch of bare text with no article around it, read as one body
    /// paragraph without sentences: for measuring tools and tests that read one-line cases
    /// (the figure, number and date readers take the same atoms as in a whole article).
    public init(text: ScalarText, range: Range<Int>? = nil) {
        self.init(Article.fragment(text, range: range ?? 0..<text.count))
    }
}

extension Article {
    /// An article made of one body paragraph over `range` of `text`, with no sentences,
    /// headline or dateline: the frame a token layer needs around a bare stretch of text.
    static func fragment(_ text: ScalarText, range: Range<Int>) -> Article {
        let paragraph = Paragraph(number: 1, range: range, text: "", isBoilerplate: false, role: .body)
        return Article(source: "<text>", format: .text, text: text, analysisText: text, paragraphs: [paragraph],
                       sentences: [], metadata: ArticleMetadata(title: "", titleIsHeadline: false), wordCount: 0,
                       readingWarnings: [])
    }
}
