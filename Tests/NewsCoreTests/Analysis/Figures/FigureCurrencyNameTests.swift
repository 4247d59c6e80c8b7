import Testing

@testable import NewsCore

/// Currencies named by word after the amount, including the "crowns" of English wire copy.
@Suite("figures: currencies named in words")
struct FigureCurrencyNameTests {
    @Test("crowns are money; the nationality before them picks the currency", arguments: [
        ("The insurer put the damage at 1.5 billion crowns.", "SEK", 1_500_000_000.0),
        ("The Danish firm paid 3 billion Danish crowns for it.", "DKK", 3_000_000_000.0),
        ("The plant cost 2 million Czech crowns to build.", "CZK", 2_000_000.0),
        ("Fares rose to 45 Norwegian kroner a trip.", "NOK", 45.0),
        ("The fine was 900 forints.", "HUF", 900.0),
    ])
    func crowns(sentence: String, code: String, value: Double) throws {
        let article = ArticleParser.parse("Story\n\n" + sentence + "\n", format: .text, source: "t")
        let figure = try #require(FigureFinder.analyze(article).first)
        #expect(figure.kind == .money)
        #expect(figure.unit == code)
        #expect(figure.value == value)
    }
}
