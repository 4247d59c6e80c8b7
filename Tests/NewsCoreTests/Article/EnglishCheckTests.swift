import Testing

@testable import NewsCore

/// A story in another language is loaded, with a warning that the analyses are built for
/// English; English copy, however list-like, and short texts load without one. Every text is
/// written here.
@Suite("Loading: the not-English warning")
struct EnglishCheckTests {
    /// `count` copies of `paragraph`, one paragraph each, under a headline.
    private func article(_ paragraph: String, times count: Int) -> Article {
        let body = Array(repeating: paragraph, count: count).joined(separator: "\n\n")
        return ArticleParser.parse("Headline of the test story\n\n" + body + "\n", format: .text, source: "test")
    }

    @Test("a story in Spanish gets the warning")
    func spanish() throws {
        let parsed = article(
            "El ayuntamiento de la ciudad aprobó ayer un plan para reparar los puentes del río antes del"
                + " invierno, según explicó la alcaldesa en una rueda de prensa celebrada en el mercado central.",
            times: 6)
        let warning = try #require(parsed.warnings.first)
        #expect(warning.contains("does not read as English"))
    }

    @Test("a story in German, its web addresses left out, gets the warning")
    func germanWithAddresses() throws {
        let parsed = article(
            "Die Stadtwerke haben am Montag neue Preise für Strom und Wasser angekündigt, die ab Januar"
                + " gelten sollen; Details unter https://example.to/the-of-and-to-is-that-for-it-on-was.",
            times: 6)
        #expect(parsed.warnings.count == 1)
    }

    @Test("English copy, a short text and a list-like English page load without it")
    func english() {
        let story = article(
            "The council approved a plan on Monday to repair the bridges over the river before winter,"
                + " the mayor said at a news conference, and work will start in March.",
            times: 6)
        #expect(story.warnings.isEmpty)
        let short = article("Il sindaco ha parlato ieri sera in piazza.", times: 2)
        #expect(short.warnings.isEmpty)
        let list = article(
            "Best for travel: the Kestrel Go, a speaker that is light and loud, with a battery that lasts"
                + " all day. Price: $99. Colours: black, red, blue, green. Rating: 4.5 stars.",
            times: 6)
        #expect(list.warnings.isEmpty)
    }
}
