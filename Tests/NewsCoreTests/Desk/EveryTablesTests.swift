import Testing

@testable import NewsCore

/// `once day.csv` after an `--every` command: one table for the day's copy, every row naming its
/// story, as CSV and Markdown tables are written from it.
@Suite("tables across articles")
struct EveryTablesTests {
    @Test("figures --every: each story's rows, led by the story's number and title, in story order")
    func figures() throws {
        let session = DeskStories.session([DeskStories.release, DeskStories.border])
        let result = try #require(try DeskStories.run("figures --every", session) as? any TabularResult)
        let table = result.table
        #expect(Array(table.columns.prefix(2)) == ["article", "article_title"])
        let storyNumbers = table.rows.map { $0[0] }
        #expect(storyNumbers.contains("1") && storyNumbers.contains("2"))
        #expect(storyNumbers == storyNumbers.sorted(), "story 1's rows before story 2's")
        let text = table.columns.firstIndex(of: "text")
        let written = table.rows.map { row in text.map { row[$0] } ?? row.joined(separator: " ") }
        #expect(written.contains { $0.contains("52") } && written.contains { $0.contains("50") })
        let rendered = try ResultRenderer.render(result, as: .csv)
        #expect(rendered.hasPrefix("article,article_title,"))
    }

    @Test("timeline --every: rows follow the merged chronology and say which date placed each event")
    func timeline() throws {
        let session = DeskStories.session([DeskStories.border, DeskStories.library])
        let result = try #require(try DeskStories.run("timeline --every", session) as? any TabularResult)
        let table = result.table
        #expect(table.columns.prefix(3) == ["article", "article_title", "placed_by"])
        let placed = table.rows.map { $0[2] }.filter { !$0.isEmpty }
        #expect(!placed.isEmpty)
        #expect(placed == placed.sorted(), "in time order")
        #expect(Set(table.rows.map { $0[0] }) == ["1", "2"])
    }

    @Test("brief has its own Markdown view, which once brief.md writes")
    func briefMarkdown() throws {
        let session = DeskStories.session([DeskStories.release, DeskStories.border])
        let result = try DeskStories.run("brief", session)
        let markdown = try #require(result as? any MarkdownRepresentable)
        #expect(markdown.markdown().hasPrefix("# Brief: 2 stories"))
    }
}
