/// A sentence that analyzers read: one of the story's body sentences, or a headline or heading
/// (which may name people and dates), with the dateline cut off the lead.
///
/// Worked out once in the token layer, so no analyzer selects "story sentences minus the
/// dateline" on its own.
public struct StorySentence: Sendable, Equatable {
    /// Index into `Article.sentences`.
    public let sentence: Int
    /// The sentence's scalar range, starting after the dateline when the dateline overlaps it.
    public let range: Range<Int>
    /// The words of `range`, as indices into `TokenLayer.words`.
    public let words: Range<Int>
    /// Index into `Article.paragraphs`.
    public let paragraph: Int
    /// True for a headline or heading rather than body text.
    public let isHeading: Bool
    /// True for the first story sentence of its paragraph.
    public let startsParagraph: Bool

    /// The story sentences of an article in order, given its word tokens.
    static func all(in article: Article, words: [Token]) -> [StorySentence] {
        var result: [StorySentence] = []
        var lastParagraph = -1
        var paragraphIndex = 0
        let dateline = article.metadata.dateline
        for (sentenceIndex, sentence) in article.sentences.enumerated() {
            while paragraphIndex < article.paragraphs.count,
                  article.paragraphs[paragraphIndex].range.upperBound <= sentence.lowerBound {
                paragraphIndex += 1
            }
            guard paragraphIndex < article.paragraphs.count else { break }
            let paragraph = article.paragraphs[paragraphIndex]
            guard paragraph.range.contains(sentence.lowerBound) else { continue }
            let isHeading = paragraph.role == .heading && !paragraph.isBoilerplate
            guard paragraph.isStory || isHeading else { continue }
            var range = sentence
            if let dateline, dateline.overlaps(range) {
                range = range.starting(at: dateline.upperBound)
                if range.isEmpty { continue }
            }
            let first = TokenLayer.firstToken(words, atOrAfter: range.lowerBound)
            let end = TokenLayer.firstToken(words, atOrAfter: range.upperBound, ending: true)
            result.append(StorySentence(sentence: sentenceIndex, range: range, words: first..<max(first, end),
                                        paragraph: paragraphIndex, isHeading: isHeading,
                                        startsParagraph: paragraphIndex != lastParagraph))
            lastParagraph = paragraphIndex
        }
        return result
    }
}
