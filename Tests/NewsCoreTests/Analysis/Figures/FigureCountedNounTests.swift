import Testing
@testable import NewsCore

/// What a count or percentage counts, read from the words around it.
@Suite("figures: what is counted")
struct FigureCountedNounTests {
    static func of(_ sentence: String) -> [String?] {
        FigureFinder.find(in: ScalarText(sentence)).map(\.of)
    }

    @Test(arguments: [
        ("Rescuers freed 31 miners from the shaft.", "miners"),
        ("The firm hired 120 software engineers last year.", "software engineers"),
        ("Police detained 17 protesters of several nationalities.", "protesters"),
        ("Dozens of residents were evacuated.", "residents"),
        ("He faces nine counts of bribery.", "counts of bribery"),
        ("The agency cut 12% of its workforce.", "its workforce"),
        ("Nearly two-thirds of the houses were damaged.", "the houses"),
        ("The board raised water charges by 6%.", "water charges"),
        ("The insurer holds a market share of 18%.", "market share"),
        ("The survey covered 400 pupils, and 150 left.", "pupils"),
        ("A crowd of 30,000 watched the parade.", "crowd"),
    ])
    func counted(_ sentence: String, _ expected: String) {
        #expect(Self.of(sentence).contains(expected), "of: \(Self.of(sentence))")
    }

    @Test("a percentage measures the share its clause names, and a second share joined to it the same")
    func shareOfClause() {
        let article = ArticleParser.parse("The share of renters who moved rose from 8% to 11% last year.\n", format: .text, source: "test")
        #expect(FigureFinder.analyze(article).map(\.of) == ["renters", "renters"])
    }

    @Test("a percentage change counts the subject of its verb, past an appositive")
    func subjectOfChange() {
        #expect(Self.of("Shares in Halden Mining, the country's largest producer, fell 7%.") == ["Shares in Halden Mining"])
        #expect(Self.of("He said wages at the plant had risen by 3% this year.") == ["wages at the plant"])
        #expect(Self.of("Unemployment rose to 5.1 per cent.") == ["Unemployment"])
        #expect(Self.of("Phone sales rise 6% as prices fall") == ["Phone sales"])
        #expect(Self.of("Shares were up 3.3% in late trading.") == ["Shares"])
    }

    @Test("a change named after a percentage is not what it counts")
    func changeNoun() {
        #expect(Self.of("Workers want a 9% increase.") == [nil])
        #expect(Self.of("Councils approved a 3% tax rise.") == ["tax"])
    }

    @Test("a clause after the count is not part of what it counts")
    func clauseBoundary() {
        #expect(Self.of("The 200 releases Smith had asked for never came.") == ["releases"])
        #expect(Self.of("Three companies said they would bid.") == ["companies"])
    }
}
