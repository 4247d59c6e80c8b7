import Testing

@testable import NewsCore

/// "X to Y" with money or percentages: a span, unless a change verb makes it two figures.
@Suite("figures: money and percentage spans")
struct FigureSpanTests {
    private func figures(_ sentence: String) -> [Figure] {
        FigureFinder.analyze(ArticleParser.parse("Story\n\n" + sentence + "\n", format: .text, source: "t"))
    }

    @Test("a span of money or percentages is one figure with its high end", arguments: [
        ("The plan would save $300m to $350m a year.", 300_000_000.0, 350_000_000.0),
        ("Analysts expect a 5% to 10% rise in prices.", 5.0, 10.0),
    ])
    func span(sentence: String, low: Double, high: Double) throws {
        let found = figures(sentence)
        #expect(found.count == 1)
        let figure = try #require(found.first)
        #expect(figure.value == low)
        #expect(figure.high == high)
    }

    @Test("after a change verb the two figures stay apart", arguments: [
        "Inflation rose 0.3% to 2.4% in March.",
        "Profit climbed $2m to $30m last year.",
        "The council cut the grant by $1m to $4m.",
    ])
    func change(sentence: String) {
        let found = figures(sentence)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.high == nil })
    }
}
