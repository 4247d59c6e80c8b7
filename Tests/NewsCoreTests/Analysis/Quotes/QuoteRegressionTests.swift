import Testing

@testable import NewsCore

/// Inputs that once broke the quotation finder, kept so they never do again.
@Suite("QuoteFinder regressions")
struct QuoteRegressionTests {
    /// Found by Scripts/bench on a 100,000-word article: an unattributed quotation running over
    /// two paragraphs, after someone's direct speech, made the continuation check build a range
    /// from the second paragraph's closing mark back to the end of the first paragraph.
    @Test("an unattributed quotation over two paragraphs after direct speech goes on with that speaker")
    func continuedQuotationOverParagraphs() throws {
        let text = [
            "Strike Goes On",
            "“We will not move,” said union leader Marta Silva.",
            "“Our members have waited three years for this offer.",
            "“They will wait another year if they must.”",
            "The port authority declined to comment.",
        ].joined(separator: "\n\n") + "\n"
        let quotes = QuoteFinder.analyze(ArticleParser.parse(text, format: .text, source: "strike"))
        #expect(quotes.count == 2)
        let continued = try #require(quotes.last)
        #expect(continued.text.hasPrefix("Our members have waited"))
        #expect(continued.text.hasSuffix("if they must."))
        #expect(continued.speaker == "Marta Silva")
    }
}

/// Speakers read from hard-wrapped copy.
@Suite("QuoteFinder on hard-wrapped text")
struct QuoteWrappedTextTests {
    @Test("a speaker named across a line break is named on one line")
    func speakerAcrossLineBreak() throws {
        let text = """
        Plant to close as orders dry up

        Managers at the Tessaly glass works said the plant would close in the spring, while the union
        representing factory staff called the decision "a betrayal of everyone who built this place".

        """
        let quotes = QuoteFinder.analyze(ArticleParser.parse(text, format: .text, source: "plant"))
        let quote = try #require(quotes.first)
        #expect(quote.text == "a betrayal of everyone who built this place")
        let speaker = try #require(quote.speaker)
        #expect(!speaker.contains("\n"))
        #expect(speaker.hasSuffix("factory staff"))
    }
}
