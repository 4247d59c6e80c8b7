import Foundation
import Testing
@testable import NewsCore

/// The finder on whole articles: which paragraphs it reads, sentence indices, the "$" of the
/// story's country, and the command's result views.
@Suite("figures in articles")
struct FigureArticleTests {
    static func article(_ lines: [String]) -> Article {
        ArticleParser.parse(lines.joined(separator: "\n") + "\n", format: .text, source: "test")
    }

    static let story = article([
        "Harbour board approves $40m dredging plan",
        "By Jane Roe",
        "Published 3 March 2025",
        "HALIFAX, March 3 (Wire) – The harbour board approved a $40m plan to dredge 3 km of channel.",
        "READ ALSO: 5 things to know about 9/11 memorials",
        "Canadian shippers said the work would take 18 months and cut delays by 20%.",
        "Advertisement",
    ])

    @Test("headline and story are read; byline, date line, dateline and boilerplate are not")
    func paragraphsRead() {
        let figures = FigureFinder.analyze(Self.story)
        #expect(figures.map(\.text) == ["$40m", "$40m", "3 km", "18 months", "20%"])
        #expect(!figures.contains { $0.text.contains("March") || $0.text == "9/11" || $0.text == "5" })
        for figure in figures {
            #expect(Self.story.text[figure.range] == figure.text)
            #expect(figure.sentence != nil, "\(figure.text) has a sentence")
            if let sentence = figure.sentence { #expect(Self.story.sentences[sentence].contains(figure.range.lowerBound)) }
        }
    }

    @Test("a bare $ is the dollar of the country the story names, unless it names the United States")
    func dollarOfTheStory() {
        #expect(FigureFinder.analyze(Self.story).first?.unit == "CAD")
        let american = Self.article(["Canadian and U.S. officials agreed a $5m fund on Monday."])
        #expect(FigureFinder.analyze(american).first?.unit == "USD")
    }

    @Test("JSON has the contract's keys and counts that add up to the figures listed")
    func resultJSON() throws {
        let result = FiguresResult(figures: FigureFinder.analyze(Self.story))
        let data = Data(result.json.serialized.utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let figures = try #require(object["figures"] as? [[String: Any]])
        for figure in figures {
            #expect(Set(figure.keys) == ["text", "start", "end", "value", "high", "kind", "unit", "of", "sentence"])
        }
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts.values.reduce(0, +) == figures.count)
        #expect(counts["money"] == 2)
    }

    @Test("--kind keeps one kind; the text view ends with the counts")
    func filterAndText() throws {
        let percent = FiguresResult(figures: FigureFinder.analyze(Self.story), kindFilter: .percent)
        #expect(percent.figures.map(\.text) == ["20%"])
        let text = FiguresResult(figures: FigureFinder.analyze(Self.story)).text(.plain)
        #expect(text.split(separator: "\n").last == "5 figures: percent 1, money 2, quantity 1, duration 1")
        let first = try #require(FigureFinder.analyze(Self.story).first)
        #expect(FiguresResult.describe(first) == "CAD 40,000,000")
    }

    @Test("the text view shows decimals as written, up to four places", arguments: [
        ("The yield rose to 1.786%.", "1.786%"),
        ("The euro fetched $1.1075.", "USD 1.1075"),
        ("Output grew 2.5%.", "2.5%"),
    ])
    func decimalsAsWritten(sentence: String, shown: String) throws {
        let figure = try #require(FigureFinder.find(in: ScalarText(sentence)).first)
        #expect(FiguresResult.describe(figure) == shown)
    }
}
