/// What the summarizer reads of an article before scoring anything: its summary-story
/// sentences, the content terms of their words and of the headings. Worked out once per article
/// and kept with it, so `summarize`, the baselines and a session's `SummaryBackground` share it.
struct SummaryReading: Sendable {
    let story: [SummaryStorySentence]
    let terms: SummaryTerms
    /// The terms of each heading (headline, Markdown headings), for spotting a headline repeated
    /// as the first line of text.
    let headings: [TermCounts]
    /// Terms with ids below this occur in story sentences; the rest only in headings.
    let storyTermCount: Int
    /// The headline's content terms that story sentences use, sorted: from the title when it is
    /// the article's headline (its first heading, or the title an archive gave with the text).
    let headline: [Int32]

    /// The reading of `article`, made the first time it is asked for.
    static func of(_ article: Article) -> SummaryReading {
        article.analyses.value(SummaryReading.self) { SummaryReading(article) }
    }

    private init(_ article: Article) {
        let layer = article.tokens
        story = SummaryStory.storySentences(of: article)
        let headingWords = SummaryStory.headings(of: article).map { layer.words(in: $0) }
        var terms = SummaryTerms(layer, reading: story.map(\.words))
        storyTermCount = terms.termCount
        terms.read(headingWords, of: layer)
        headline = Self.headlineTerms(article, &terms)
        self.terms = terms
        var buffer: [SummaryWord] = []
        var scratch: [Int32] = []
        headings = headingWords.map { [terms] range in
            _ = terms.words(range, of: layer, into: &buffer)
            return TermCounts(buffer, scratch: &scratch)
        }
    }

    /// The content terms of the article's headline: its words, cut by the one tokenizer and
    /// stemmed as story words are, so "Ferry" in the headline matches "ferries" in the text.
    /// Empty when the article's title is not a headline (a title made from the lead).
    static func headlineTerms(_ article: Article, _ terms: inout SummaryTerms) -> [Int32] {
        guard article.metadata.titleIsHeadline else { return [] }
        let scalars = Array(article.metadata.title.unicodeScalars)
        var ids = Set<Int32>()
        for piece in Tokenizer.atoms(scalars, 0..<scalars.count) where piece.kind == .word || piece.kind == .number {
            let term = terms.term(ofWord: TokenLayer.lowercased(scalars, piece.range))
            if term >= 0 { ids.insert(term) }
        }
        return ids.sorted()
    }

    /// The distinct content stems of the story sentences (not the headings).
    var storyStems: [String] { terms.stems(prefix: storyTermCount) }
}
