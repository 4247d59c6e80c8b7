import Testing

@testable import NewsCore

/// Inputs that once broke the summarizer, kept so they never do again.
@Suite("Summarizer regressions")
struct SummaryRegressionTests {
    /// Found by the seeded fuzz tests: a dateline reaching past the end of the first sentence
    /// (the splitter had cut a sentence short inside it) made an inverted range.
    @Test("a dateline longer than the sentence it starts leaves that sentence out, not a crash")
    func datelineLongerThanSentence() throws {
        var article = ArticleParser.parse(
            "Port reopens\n\nDOVER. Ferries sail again after a week of strikes, the port said on Friday.\n\nUnions welcomed the deal.\n",
            format: .text, source: "dover")
        let first = try #require(article.sentences.first { article.paragraph(containing: $0.lowerBound)?.isStory == true })
        article.metadata.dateline = first.lowerBound..<(first.upperBound + 3)
        let story = SummaryStory.storySentences(of: article)
        #expect(!story.contains { $0.index == article.sentences.firstIndex(of: first) })
        #expect(story.allSatisfy { $0.range.lowerBound <= $0.range.upperBound })
        let summary = Summarizer.summarize(article)
        #expect(!summary.sentences.isEmpty)
    }
}

/// The dateline's range must be in article offsets even when its paragraph is hard-wrapped or
/// carries runs of spaces, which the metadata reader sees folded to single spaces.
@Suite("Dateline offsets")
struct DatelineOffsetTests {
    @Test("a dateline with runs of spaces ends where its dash does in the article")
    func foldedWhiteSpace() throws {
        let text = "Strike ends\n\nDOVER,   March 13  (Wirewatch)  –  Ferry crews went back to work on Friday after a deal.\n"
        let article = ArticleParser.parse(text, format: .text, source: "dover")
        let dateline = try #require(article.metadata.dateline)
        let covered = article.text[dateline]
        #expect(covered.hasPrefix("DOVER,"))
        #expect(covered.hasSuffix("(Wirewatch)  –"))
    }

    @Test("a US dateline with an abbreviated state is a dateline", arguments: [
        "SAN JOSE, Calif. \u{2014} ", "ALBANY, N.Y. (AP) \u{2014} ", "AUSTIN, Texas -- ",
    ])
    func abbreviatedState(dateline: String) throws {
        let text = "Chipmaker to cut jobs as sales slump\n\n" + dateline + "The company said it would cut 2,000 jobs on Tuesday.\n"
        let article = ArticleParser.parse(text, format: .text, source: "us")
        let range = try #require(article.metadata.dateline)
        #expect(article.text[range] == dateline.trimmingCharacters(in: " "))
    }
}
