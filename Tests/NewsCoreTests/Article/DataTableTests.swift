import Testing

@testable import NewsCore

private func load(_ html: String) throws -> Article {
    try ArticleLoader().article(fromHTML: Array(html.utf8), source: "page.html", charset: nil)
}

/// A match report with a box score between its paragraphs, as sports and results pages have.
private let boxScorePage = """
    <html><body><article><h1>Harbour City edge Rivermouth in overtime</h1>
    <p>Harbour City beat Rivermouth 104-101 in overtime on Saturday, their third win in a row.</p>
    <table><thead><tr><th>Player</th><th>Min</th><th>Pts</th></tr></thead>
    <tbody><tr><td>Jo Marsh</td><td>38</td><td>31</td></tr>
    <tr><td>Ade Kolade</td><td>35</td><td>22</td></tr></tbody></table>
    <p>Marsh scored the last five points, and the crowd of 9,400 stayed long after the buzzer.</p>
    </article></body></html>
    """

@Suite("data tables in web pages and Markdown")
struct DataTableTests {
    @Test("each row of a data table is one line of the body, its cells joined by ' | '")
    func rowsAsLines() throws {
        let article = try load(boxScorePage)
        let rows = article.paragraphs.filter { $0.role == .table }
        #expect(rows.map(\.text) == ["Player | Min | Pts", "Jo Marsh | 38 | 31", "Ade Kolade | 35 | 22"])
        // Part of the body a reader sees (CONTRACT.md kinds), in reading order.
        #expect(rows.allSatisfy { $0.kind == .body })
        let body = article.paragraphs.filter { $0.kind == .body }.map(\.text)
        #expect(body.first?.hasPrefix("Harbour City beat") == true)
        #expect(body.last?.hasPrefix("Marsh scored") == true)
    }

    @Test("table rows are not sentences, so no analyzer reads cells as prose or counts bare cell numbers")
    func rowsAreNotAnalysed() throws {
        let article = try load(boxScorePage)
        for sentence in article.sentences {
            #expect(!article.text[sentence].contains("|"), "\(article.text[sentence])")
        }
        let figures = FigureFinder.analyze(article).map(\.text)
        #expect(figures.contains("9,400"))
        #expect(!figures.contains("38") && !figures.contains("31") && !figures.contains("22"))
    }

    @Test("a layout table whose cells hold paragraphs gives those paragraphs, not one row")
    func layoutTable() throws {
        let article = try load("""
            <html><body><table><tr><td><p>The council met on Monday and voted to close the pool for the summer.</p>
            <p>Residents said they would write to the mayor before the next meeting in June.</p></td>
            <td><p>Advertisement</p></td></tr></table></body></html>
            """)
        #expect(article.paragraphs.allSatisfy { $0.role != .table })
        #expect(article.paragraphs.filter(\.isStory).map(\.text) == [
            "The council met on Monday and voted to close the pool for the summer.",
            "Residents said they would write to the mayor before the next meeting in June.",
        ])
    }

    @Test("a Markdown pipe table is body a reader sees, not sentences; the prose around it is read")
    func markdownPipeTable() {
        let article = ArticleParser.parse("""
            # Harbour City edge Rivermouth in overtime

            Harbour City beat Rivermouth 104-101 in overtime on Saturday, before a crowd of 9,400.

            | Player | Min | Pts |
            | --- | ---: | ---: |
            | Jo Marsh | 38 | 31 |

            Marsh scored the last five points of the game, her coach said afterwards.
            """, format: .markdown, source: "r.md")
        let tables = article.paragraphs.filter { $0.role == .table }
        #expect(tables.count == 1)
        #expect(tables.first?.kind == .body)
        #expect(article.sentences.allSatisfy { !article.text[$0].contains("|") })
        #expect(article.paragraphs.filter(\.isStory).count == 2)
        let figures = FigureFinder.analyze(article).map(\.text)
        #expect(figures.contains("9,400") && !figures.contains("38"))
    }

    @Test("a Markdown paragraph with a pipe in its prose and no delimiter row is no table")
    func pipeInProse() {
        let article = ArticleParser.parse(
            "The vote split 5 | 4 along party lines, the clerk said on Monday after the meeting.",
            format: .markdown, source: "p.md")
        #expect(article.paragraphs.first?.role == .body)
    }
}
