import Testing
@testable import NewsShell

/// How the shell lays out several completion candidates after TAB.
@Suite("completion candidate list")
struct CandidateListTests {
    @Test("candidates fill columns top to bottom within the terminal width")
    func columns() throws {
        let items = ["articles", "date", "help", "history", "load", "quit", "show", "source", "use"]
        let lines = CandidateList.render(items, width: 40).split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 40 })
        try #require(lines.count == 3, "10-column cells, 4 per 40-column row, 9 items: 3 rows")
        #expect(lines[0].hasPrefix("articles"))
        #expect(lines[1].hasPrefix("date"), "the second item goes under the first")
        let all = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
        #expect(all == Set(items))
    }

    @Test("one per line when a single candidate is wider than the terminal")
    func narrowTerminal() {
        let items = ["1  A very long headline about a council budget vote", "2  Short"]
        #expect(CandidateList.render(items, width: 30) == items.joined(separator: "\n"))
    }

    @Test("control characters in candidates (file names, titles) are shown escaped")
    func escapesControls() {
        let rendered = CandidateList.render(["evil\u{1B}[2J.txt", "ok.txt"], width: 80)
        #expect(!rendered.unicodeScalars.contains("\u{1B}"))
        #expect(rendered.contains("evil\\e[2J.txt"))
    }
}
