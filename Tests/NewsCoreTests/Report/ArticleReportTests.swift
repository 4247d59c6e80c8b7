import Testing

@testable import NewsCore

private let story = """
    Port Workers Walk Out

    GDANSK, March 3 (Reuters) - About 1,200 dock workers walked out on Thursday, the union said.

    "We will stay out until the board listens," said union leader Anna Nowak, 52. Exports fell 4% last year.
    """

/// Runs command `name` on the session's current article and returns its JSON.
private func commandJSON(_ name: String, _ session: Session) throws -> JSONValue {
    var context = CommandContext(session: session, loader: ArticleLoader(), table: .standard)
    let spec = try #require(CommandTable.standard.command(named: name))
    return try spec.run(Invocation(name: name), &context).result.json
}

@Suite("ArticleReport")
struct ArticleReportTests {
    @Test("a pipeline line, read without a session, holds the JSON each command prints for that article and date")
    func pipelineMatchesCommands() throws {
        let record: JSONValue = .object([("id", .string("port")), ("text", .string(story)),
                                         ("date", .string("2025-03-07")), ("title", .string("Strike"))])
        let (line, failed) = PipelineAnalyzer(defaultDate: CalendarDate(iso: "2020-01-01"))
            .process(line: Array(record.serialized.utf8), at: .init(line: 1, offset: 0))
        #expect(!failed)
        guard case .object(let members) = line else { Issue.record("not an object"); return }

        var article = try ArticleLoader().article(fromBytes: Array(story.utf8), source: "port")
        article.metadata.title = "Strike"
        article.metadata.titleIsHeadline = true
        var session = Session(defaultDate: CalendarDate(iso: "2020-01-01"))
        session.add([article])
        session.setCurrentDate(CalendarDate(iso: "2025-03-07"))
        #expect(members.map(\.0) == ["id"] + PipelineAnalyzer.standard.map(\.key))
        #expect(members.first { $0.0 == "title" }?.1 == .string("Strike"))
        #expect(members.first { $0.0 == "date" }?.1 == .string("2025-03-07"))
        for (key, value) in members.dropFirst() where !["title", "byline", "date"].contains(key) {
            let printed = try commandJSON(key, session)
            #expect(value == printed, "\(key)")
        }
    }

    @Test("the reference date: a set date wins, then the article's own, then the fallback")
    func referenceDateOrder() throws {
        let dated = ArticleParser.parse(story, format: .text, source: "port.txt")
        let undated = ArticleParser.parse("Rain fell on Thursday.\n", format: .text, source: "rain.txt")
        let set = CalendarDate(iso: "2025-03-07"), fallback = CalendarDate(iso: "2024-12-30")
        #expect(ReferenceDate(of: dated, set: set, fallback: fallback) == ReferenceDate(date: set!, origin: .userSet))
        // "March 3" has no year: it is taken in the year nearest the fallback.
        #expect(ReferenceDate(of: dated, set: nil, fallback: fallback)?.origin == .article)
        #expect(ReferenceDate(of: undated, set: nil, fallback: fallback)
                == ReferenceDate(date: fallback!, origin: .commandLine))
        #expect(ReferenceDate(of: undated, set: nil, fallback: nil) == nil)
    }
}
