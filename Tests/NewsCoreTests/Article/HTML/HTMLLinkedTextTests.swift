import Testing

@testable import NewsCore

private func load(_ html: String) throws -> Article {
    try ArticleLoader().article(fromHTML: Array(html.utf8), source: "page.html", charset: nil)
}

private func body(_ article: Article) -> [String] {
    article.paragraphs.filter { $0.kind == .body }.map(\.text)
}

private let story = """
    <p>The harbour board met for six hours on Tuesday and agreed the new berthing rules.</p>
    <p>Dredging will start in the spring, and the board said the cost would be met from reserves.</p>
    """

/// Links in a page's text: a sentence whose names are links is story, a run of links is not.
@Suite("linked text in web pages")
struct HTMLLinkedTextTests {
    @Test("a sentence whose names are nearly all links is kept as story")
    func linkedSentence() throws {
        let article = try load("""
            <html><body><article><h1>Harbour rules agreed</h1>
            <p><a href="/p/ines-ferraz">Ines Ferraz</a> has resigned from the
            <a href="/t/harbour-board">Northern Harbour Board</a>.</p>\(story)</article></body></html>
            """)
        #expect(body(article).first == "Ines Ferraz has resigned from the Northern Harbour Board.")
    }

    @Test("a line of links with no sentence around them stays out of the story")
    func linkRun() throws {
        let article = try load("""
            <html><body><article><h1>Harbour rules agreed</h1>\(story)
            <p><a href="/a">Ferry fares</a> | <a href="/b">Port strike ends</a> | <a href="/c">Tide tables</a></p>
            <p>More: <a href="/d">How the harbour board works and who sits on it</a></p>
            </article></body></html>
            """)
        #expect(body(article).contains { $0.hasPrefix("Dredging will start") })
        #expect(!body(article).contains { $0.contains("Tide tables") || $0.contains("who sits on it") })
    }

    @Test("a pop-up card of stories inside a sentence is left out and the name it hangs on stays")
    func hoverCard() throws {
        let article = try load("""
            <html><body><article><h1>Harbour rules agreed</h1>
            <p>The rules were proposed by <span class="person"><a href="/p/ines-ferraz">Ines Ferraz</a><span
            class="card"><span><img src="f.jpg" alt=""><a href="/p/ines-ferraz">Ines Ferraz</a>
            <a href="/s/1">Board chair quits over dredging row</a> <a href="/s/2">Ferry fares to rise in May</a>
            </span></span></span> last year.</p>\(story)</article></body></html>
            """)
        #expect(body(article).first == "The rules were proposed by Ines Ferraz last year.")
    }
}
