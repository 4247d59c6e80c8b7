import Testing

@testable import NewsCore

/// `articles` says why an article has no date and how to give it one.
@Suite("articles: undated note")
struct ArticleListNoteTests {
    static func row(_ number: Int, date: String?) -> ArticleRow {
        ArticleRow(
            number: number, title: "Story \(number)", byline: nil, date: date, dateOrigin: nil, words: 100,
            sentences: 5, source: "s\(number).txt", isCurrent: number == 1)
    }

    @Test("undated articles are named with the reason and the command that sets a date")
    func undatedNamed() {
        let rows = [Self.row(1, date: "2025-01-02"), Self.row(2, date: nil), Self.row(3, date: nil)]
        let text = ArticleListResult(rows: rows).text(.plain)
        #expect(text.contains("Articles 2, 3 have no date: no date line found"))
        #expect(text.contains("use 2, then date YYYY-MM-DD"))
    }

    @Test("no note when every article has a date")
    func allDated() {
        let text = ArticleListResult(rows: [Self.row(1, date: "2025-01-02")]).text(.plain)
        #expect(!text.contains("no date"))
    }
}
