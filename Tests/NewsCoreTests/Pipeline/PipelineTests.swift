import Testing

@testable import NewsCore

/// Analyses under the standard keys that report something checkable about the article: its
/// word count, its reference date and its title, so the pipeline's plumbing can be tested
/// apart from the analyzers.
private func stubAnalyses(failing: String? = nil) -> [PipelineAnalyzer.Analysis] {
    PipelineAnalyzer.standard.map(\.key).map { name in
        PipelineAnalyzer.Analysis(name) { report in
            if let failing, report.article.text.string.contains(failing) { throw CommandError("\(name): refused") }
            return .object([
                ("command", .string(name)), ("title", .string(report.article.metadata.title)),
                ("date", .optional(report.reference?.iso)), ("words", .int(report.article.wordCount)),
            ])
        }
    }
}

private func lines(_ texts: [String]) -> () -> PipelineRunner.Line? {
    var remaining = texts[...]
    var offset = 0
    return {
        guard let text = remaining.popFirst() else { return nil }
        defer { offset += text.utf8.count + 1 }
        return PipelineRunner.Line(.text(Array(text.utf8)), offset: offset)
    }
}

@Suite("Pipeline")
struct PipelineTests {
    @Test("a record's id comes back as given, with one key per analysis in CONTRACT order")
    func outputShape() throws {
        let analyzer = PipelineAnalyzer(analyses: stubAnalyses())
        let line = #"{"id": 42, "text": "Rain fell on the city today."}"#
        let (output, failed) = analyzer.process(line: Array(line.utf8), at: .init(line: 1, offset: 0))
        #expect(!failed)
        guard case .object(let members) = output else { Issue.record("not an object"); return }
        try #require(members.map(\.0) == ["id", "title", "byline", "date", "summary", "quotes", "figures", "timeline", "people"])
        #expect(members[0].1 == .int(42))
    }

    @Test("the record's date and title outrank what the text and --date say")
    func dateAndTitle() throws {
        let analyzer = PipelineAnalyzer(analyses: stubAnalyses(), defaultDate: CalendarDate(iso: "2020-01-01"))
        let line = #"{"id": "a", "text": "Rain fell on the city today.", "date": "2025-09-11", "title": "Wet"}"#
        let (output, _) = analyzer.process(line: Array(line.utf8), at: .init(line: 1, offset: 0))
        let serialized = output.serialized
        #expect(serialized.contains(#""date":"2025-09-11""#))
        #expect(serialized.contains(#""title":"Wet""#))
        let (fallback, _) = analyzer.process(line: Array(#"{"id": "b", "text": "Rain fell."}"#.utf8), at: .init(line: 2, offset: 40))
        #expect(fallback.serialized.contains(#""date":"2020-01-01""#))
    }

    @Test("bad lines give an error line with the id when there is one", arguments: [
        ("not json", JSONValue.null, "not JSON"),
        (#"["a"]"#, .null, "expected an object"),
        (#"{"id": "k"}"#, .string("k"), "no \"text\""),
        (#"{"text": "Rain fell."}"#, .null, "no \"id\""),
        (#"{"id": null, "text": "Rain fell."}"#, .null, "no \"id\""),
        (#"{"id": "cut", "text": "Rain fell"#, .string("cut"), "not JSON"),
        (#"{ "id" : 77 , "text": "Rain\x fell."}"#, .int(77), "not JSON"),
        (#"{"id": "k", "text": 5}"#, .string("k"), "must be a string"),
        (#"{"id": 3, "text": "x", "date": "11/09/2025"}"#, .int(3), "YYYY-MM-DD"),
        (#"{"id": 4, "text": "   "}"#, .int(4), "white space"),
        (#"{"id": 5, "text": "a\u0000b"}"#, .int(5), "binary"),
    ])
    func badLines(line: String, id: JSONValue, message: String) throws {
        let (output, failed) = PipelineAnalyzer(analyses: stubAnalyses()).process(line: Array(line.utf8), at: .init(line: 9, offset: 321))
        #expect(failed)
        guard case .object(let members) = output else { Issue.record("not an object"); return }
        try #require(members.map(\.0) == ["id", "error", "line", "offset"])
        #expect(members[0].1 == id)
        #expect(members[2].1 == .int(9))
        #expect(members[3].1 == .int(321))
        guard case .string(let error) = members[1].1 else { Issue.record("error is not a string"); return }
        #expect(error.hasPrefix("line 9: "))
        #expect(error.contains(message))
    }

    @Test("a command that fails on one article makes that line an error line")
    func commandFailure() {
        let (output, failed) = PipelineAnalyzer(analyses: stubAnalyses(failing: "poison"))
            .process(line: Array(#"{"id": 1, "text": "A poison pill."}"#.utf8), at: .init(line: 1, offset: 0))
        #expect(failed)
        #expect(output.serialized.contains("refused"))
    }

    @Test("outputs come in input order whatever the number of jobs, and failures are counted",
          arguments: [1, 2, 7])
    func order(jobs: Int) throws {
        var inputs: [String] = []
        for index in 0..<200 {
            inputs.append(index % 17 == 5 ? "{broken \(index)"
                : #"{"id": \#(index), "text": "\#(String(repeating: "Word ", count: index % 13 + 1))"}"#)
        }
        let runner = PipelineRunner(analyzer: PipelineAnalyzer(analyses: stubAnalyses()), jobs: jobs, batchLines: 8)
        var written: [String] = []
        var reports = 0
        let totals = runner.run(next: lines(inputs), write: { written.append($0) }, progress: { _ in reports += 1 })
        #expect(written.count == 200)
        #expect(totals.lines == 200)
        #expect(totals.failures == inputs.filter { $0.hasPrefix("{broken") }.count)
        #expect(reports == 25)
        for (index, line) in written.enumerated() {
            let value = try JSONParser.parse(Array(line.utf8))
            guard case .object(let members) = value else { Issue.record("line \(index) not an object"); continue }
            try #require(members.count >= 2, "line \(index) has an id and one more member")
            if index % 17 == 5 {
                #expect(members[0].1 == .null)
                #expect(members[1].0 == "error")
                // The error line says where its input starts, counted in bytes of the input.
                let offset = inputs[..<index].reduce(0) { $0 + $1.utf8.count + 1 }
                #expect(members.first { $0.0 == "offset" }?.1 == .int(offset))
            } else {
                #expect(members[0].1 == .int(index))
                #expect(line.contains(#""words":\#(index % 13 + 1)"#))
            }
        }
    }

    @Test("a line the reader had to skip for its length becomes an error line in its place, with its id")
    func tooLong() throws {
        var items: [PipelineRunner.Line] = [.init(.text(Array(#"{"id": 1, "text": "Fine."}"#.utf8)), offset: 0),
                                            .init(.tooLong(bytes: 999_999_999, head: Array(#"{"id": "big", "text": "aaa"#.utf8)), offset: 27),
                                            .init(.text(Array(#"{"id": 3, "text": "Fine."}"#.utf8)), offset: 1_000_000_027)]
        items.reverse()
        var written: [String] = []
        let totals = PipelineRunner(analyzer: PipelineAnalyzer(analyses: stubAnalyses()), jobs: 2)
            .run(next: { items.popLast() }, write: { written.append($0) })
        try #require(written.count == 3)
        #expect(totals.failures == 1)
        #expect(written[1].contains("too long (999999999 bytes"))
        #expect(written[1].hasSuffix(#""line":2,"offset":27}"#))
        // The id is read from the line's first bytes, which the reader keeps.
        #expect(written[1].hasPrefix(#"{"id":"big","error":"#))
        #expect(written[2].hasPrefix(#"{"id":3,"#))
    }

    @Test("blank lines hold no record and get no output line")
    func blankLines() throws {
        var items: [PipelineRunner.Line] = [.init(.text(Array(#"{"id": 1, "text": "Fine."}"#.utf8)), offset: 0),
                                            .init(.text([]), offset: 27),
                                            .init(.text(Array("  \r".utf8)), offset: 28),
                                            .init(.text(Array(#"{"id": 2, "text": "Fine."}"#.utf8)), offset: 32),
                                            .init(.text(Array("oops".utf8)), offset: 59)]
        items.reverse()
        var written: [String] = []
        let totals = PipelineRunner(analyzer: PipelineAnalyzer(analyses: stubAnalyses()), jobs: 1)
            .run(next: { items.popLast() }, write: { written.append($0) })
        try #require(written.count == 3)
        #expect(totals.failures == 1)
        #expect(written[1].hasPrefix(#"{"id":2,"#))
        // Messages name the line as it stands in the file, blank lines counted.
        #expect(written[2].contains("line 5:"))
        #expect(written[2].hasSuffix(#""line":5,"offset":59}"#))
    }

    @Test("with generated ids a record without one is named by its line and marked, and others keep theirs")
    func generatedIDs() throws {
        var analyzer = PipelineAnalyzer(analyses: stubAnalyses())
        analyzer.generatesIDs = true
        let (output, failed) = analyzer.process(
            line: Array(#"{"text": "Rain fell."}"#.utf8), at: .init(line: 12, offset: 400))
        #expect(!failed)
        guard case .object(let members) = output else { Issue.record("not an object"); return }
        #expect(members[0].1 == .string("line-12"))
        #expect(members[1].0 == "id_generated" && members[1].1 == .bool(true))
        let (given, _) = analyzer.process(line: Array(#"{"id": 8, "text": "Rain."}"#.utf8), at: .init(line: 13, offset: 430))
        #expect(given.serialized.hasPrefix(#"{"id":8,"title""#))
    }

    @Test("a record's text is read as Markdown when it says so or opens with a heading, else as plain text",
          arguments: [
              (##"{"id": 1, "text": "# Rates held\n\nThe bank kept rates at 4%."}"##, "Rates held"),
              (###"{"id": 2, "text": "## Rates held\n\nThe bank kept rates at 4%.", "format": "markdown"}"###, "Rates held"),
              (##"{"id": 3, "text": "# Rates held\n\nThe bank kept rates at 4%.", "format": "text"}"##, "# Rates held"),
              (##"{"id": 4, "text": "#MeToo marches\n\nThousands marched on Sunday."}"##, "#MeToo marches"),
          ])
    func markdownRecords(line: String, title: String) throws {
        let analyzer = PipelineAnalyzer(analyses: stubAnalyses())
        let (output, failed) = analyzer.process(line: Array(line.utf8), at: .init(line: 1, offset: 0))
        #expect(!failed)
        #expect(output.serialized.contains(#""title":"\#(title)""#), "\(output.serialized)")
    }

    @Test("a format other than text or markdown is an error line naming the choices")
    func unknownFormat() {
        let analyzer = PipelineAnalyzer(analyses: stubAnalyses())
        let line = #"{"id": "z", "text": "Rain fell.", "format": "rtf"}"#
        let (output, failed) = analyzer.process(line: Array(line.utf8), at: .init(line: 1, offset: 0))
        #expect(failed)
        #expect(output.serialized.contains(#"\"format\" is \"text\" or \"markdown\", not 'rtf'"#))
    }
}
