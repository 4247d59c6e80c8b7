import Foundation
import Testing

/// The built binary's commands on a fixture article, checked against its gold file: what the
/// seed article's tests prove, proved again on a story the project owns, so that a clone without
/// `../shared` still checks every command end to end.
@Suite("newsdesk commands on a fixture article")
struct FixtureCommandTests {
    static let name = "court-fraud-sentencing"
    static let article = NewsdeskProcess.fixtures + "/articles/\(name).txt"

    static func gold() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: NewsdeskProcess.fixtures + "/gold/\(name).json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func scalars() throws -> [Unicode.Scalar] {
        Array(try String(contentsOfFile: article, encoding: .utf8).unicodeScalars)
    }

    /// The text between `start` and `end` of the article, failing the test when the span is not
    /// inside it.
    static func slice(_ scalars: [Unicode.Scalar], _ item: [String: Any]) throws -> String {
        let start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
        try #require(0 <= start && start <= end && end <= scalars.count, "span \(start)..<\(end) lies in the text")
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// The one JSON value a single command prints.
    static func json(_ command: String, _ options: [String] = []) throws -> [String: Any] {
        let run = try NewsdeskProcess.run(options + ["--json", "-c", command, article])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        try #require(lines.count == 1, "one JSON value for \(command)")
        return try #require(lines.first)
    }

    static func boilerplate() throws -> [Range<Int>] {
        try #require(try gold()["boilerplate"] as? [[Int]]).compactMap { pair in
            pair.count == 2 && pair[0] <= pair[1] ? pair[0]..<pair[1] : nil
        }
    }

    static func inBoilerplate(_ item: [String: Any], _ boilerplate: [Range<Int>]) -> Bool {
        guard let start = item["start"] as? Int, let end = item["end"] as? Int, start <= end else { return false }
        return boilerplate.contains { $0.overlaps(start..<end) || $0.contains(start) }
    }

    @Test("articles --json reports the gold title, byline and date, with the contract's keys")
    func articleListing() throws {
        let gold = try Self.gold()
        let articles = try #require(try Self.json("articles")["articles"] as? [[String: Any]])
        try #require(articles.count == 1)
        let article = try #require(articles.first)
        #expect(article["title"] as? String == gold["title"] as? String)
        #expect(article["byline"] as? String == gold["byline"] as? String)
        #expect(article["date"] as? String == gold["date"] as? String)
        #expect(article["current"] as? Bool == true)
        let keys = ["number", "title", "byline", "date", "words", "sentences", "source", "current"]
        #expect(Set(article.keys) == Set(keys))
    }

    @Test("show --json marks exactly the gold boilerplate lines, and offsets slice the file")
    func showBoilerplate() throws {
        let paragraphs = try #require(try Self.json("show")["paragraphs"] as? [[String: Any]])
        let marked = paragraphs.filter { $0["boilerplate"] as? Bool == true }
            .compactMap { paragraph -> [Int]? in
                guard let start = paragraph["start"] as? Int, let end = paragraph["end"] as? Int else { return nil }
                return [start, end]
            }
        #expect(marked == (try Self.gold()["boilerplate"] as? [[Int]]))
        let scalars = try Self.scalars()
        for paragraph in paragraphs {
            #expect(try Self.slice(scalars, paragraph) == paragraph["text"] as? String)
        }
    }

    @Test("figures --json finds the gold figures with their kinds, values and units, none from boilerplate")
    func figures() throws {
        let object = try Self.json("figures")
        let figures = try #require(object["figures"] as? [[String: Any]])
        let gold = try #require(try Self.gold()["figures"] as? [[String: Any]])
        let fields = ["start", "end", "text", "kind", "unit"]
        func described(_ item: [String: Any]) -> [String] {
            fields.map { "\(item[$0] ?? NSNull())" } + ["\((item["value"] as? NSNumber)?.doubleValue ?? -1)",
                                                       "\((item["high"] as? NSNumber)?.doubleValue ?? -1)"]
        }
        #expect(figures.map(described) == gold.map(described))
        let scalars = try Self.scalars()
        let boilerplate = try Self.boilerplate()
        for figure in figures {
            #expect(Set(figure.keys) == ["text", "start", "end", "value", "high", "kind", "unit", "of", "sentence"])
            #expect(try Self.slice(scalars, figure) == figure["text"] as? String)
            #expect(!Self.inBoilerplate(figure, boilerplate), "\(figure["text"] ?? "")")
        }
        let members = try #require(figures.first { $0["text"] as? String == "8,400" })
        #expect(members["of"] as? String == "members of the scheme")
        // Counts per kind add up to the figures listed.
        let counts = try #require(object["counts"] as? [String: Int])
        var expected: [String: Int] = [:]
        for figure in figures { expected[figure["kind"] as? String ?? "?", default: 0] += 1 }
        #expect(counts == expected)
    }

    @Test("figures --kind keeps one kind, and the text view ends with the counts")
    func figureFilterAndText() throws {
        let object = try Self.json("figures --kind percent")
        let figures = try #require(object["figures"] as? [[String: Any]])
        let gold = try #require(try Self.gold()["figures"] as? [[String: Any]])
        let percentages = gold.filter { $0["kind"] as? String == "percent" }.compactMap { $0["text"] as? String }
        #expect(!percentages.isEmpty)
        #expect(figures.compactMap { $0["text"] as? String } == percentages)
        #expect(object["counts"] as? [String: Int] == ["percent": percentages.count])

        let run = try NewsdeskProcess.run(["-c", "figures", Self.article])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdoutLines.first?.hasPrefix("Figure") == true)
        #expect(run.stdoutLines.last?.hasPrefix("\(gold.count) figures: ") == true, "\(run.stdoutLines.last ?? "")")
    }

    @Test("quotes --json gives exactly the gold quotations: spans, kinds and speakers")
    func quotes() throws {
        let quotes = try #require(try Self.json("quotes")["quotes"] as? [[String: Any]])
        let gold = try #require(try Self.gold()["quotes"] as? [[String: Any]])
        func described(_ item: [String: Any]) -> [String] {
            ["start", "end", "text", "kind", "speaker"].map { "\(item[$0] ?? NSNull())" }
        }
        #expect(quotes.map(described) == gold.map(described))
        let scalars = try Self.scalars()
        let boilerplate = try Self.boilerplate()
        for quote in quotes {
            #expect(Set(quote.keys) == ["text", "start", "end", "speaker", "mention", "kind", "sentence"])
            let text = try Self.slice(scalars, quote)
            #expect(text == quote["text"] as? String)
            #expect(!text.hasPrefix("\"") && !text.hasPrefix("\u{201C}"), "offsets leave the marks out")
            #expect(quote["sentence"] is Int)
            #expect(!Self.inBoilerplate(quote, boilerplate))
        }
    }

    @Test("quotes --by keeps one speaker; --all adds reported speech and keeps every quotation")
    func quoteOptions() throws {
        let gold = try #require(try Self.gold()["quotes"] as? [[String: Any]])
        let judge = try #require(try Self.json("quotes --by whitcombe")["quotes"] as? [[String: Any]])
        #expect(judge.count == gold.filter { $0["speaker"] as? String == "Eleanor Whitcombe" }.count)
        #expect(!judge.isEmpty && judge.allSatisfy { $0["speaker"] as? String == "Eleanor Whitcombe" })

        let all = try #require(try Self.json("quotes --all")["quotes"] as? [[String: Any]])
        let indirect = all.filter { $0["kind"] as? String == "indirect" }
        #expect(!indirect.isEmpty)
        #expect(indirect.contains { $0["speaker"] as? String == "Rachel Osei" })
        #expect(all.filter { $0["kind"] as? String != "indirect" }.count == gold.count)
    }

    @Test("quotes in text: numbered lines with speaker and paragraph, then a count by speaker")
    func quoteText() throws {
        let run = try NewsdeskProcess.run(["-c", "quotes", Self.article])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let first = try #require((try Self.gold()["quotes"] as? [[String: Any]])?.first?["speaker"] as? String)
        #expect(run.stdoutLines.first?.hasPrefix("1  \(first)") == true)
        #expect(run.stdoutLines.contains { $0.contains("paragraph ") })
        #expect(run.stdoutLines.last?.hasPrefix("By speaker:") == true)
    }

    @Test("people --json lists the gold people once each, most mentioned first, not the byline's author")
    func people() throws {
        let people = try #require(try Self.json("people")["people"] as? [[String: Any]])
        let gold = try #require(try Self.gold()["people"] as? [[String: Any]])
        let names = people.compactMap { $0["name"] as? String }
        #expect(Set(names) == Set(gold.compactMap { $0["name"] as? String }))
        #expect(names.count == Set(names).count)
        for person in people {
            #expect(Set(person.keys) == ["name", "title", "mentions", "quotes"])
            #expect(person["quotes"] is Int)
        }
        let mentions = people.compactMap { $0["mentions"] as? Int }
        #expect(mentions == mentions.sorted(by: >))
        for name in ["Desmond Hale", "Maureen Tully"] {
            let title = gold.first { $0["name"] as? String == name }?["title"] as? String
            #expect(people.first { $0["name"] as? String == name }?["title"] as? String == title, "title of \(name)")
        }
        let byline = try #require(try Self.gold()["byline"] as? String)
        #expect(!names.contains(byline))

        let run = try NewsdeskProcess.run(["-c", "people", Self.article])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdoutLines.first?.hasPrefix("Name") == true)
        #expect(run.stdoutLines.count == people.count + 1)
    }

    @Test("timeline --json gives the gold expressions and events, dated and in order, none from boilerplate")
    func timeline() throws {
        let object = try Self.json("timeline")
        let timexes = try #require(object["timexes"] as? [[String: Any]])
        let events = try #require(object["events"] as? [[String: Any]])
        let gold = try Self.gold()
        let goldTimexes = try #require(gold["timexes"] as? [[String: Any]])
        func described(_ item: [String: Any]) -> [String] {
            ["start", "end", "text", "type", "value"].map { "\(item[$0] ?? NSNull())" }
        }
        #expect(timexes.map(described) == goldTimexes.map(described))
        let boilerplate = try Self.boilerplate()
        for timex in timexes {
            #expect(Set(timex.keys) == ["text", "start", "end", "type", "value"])
            #expect(!Self.inBoilerplate(timex, boilerplate))
        }
        let goldEvents = try #require(gold["events"] as? [[String: Any]])
        #expect(events.map { $0["date"] as? String } == goldEvents.map { $0["date"] as? String })
        for event in events {
            #expect(Set(event.keys) == ["date", "event", "sentence", "timex"])
            let index = try #require(event["timex"] as? Int)
            #expect(timexes.indices.contains(index))
        }
    }

    @Test("date in a session changes the reference the timeline reads weekdays against")
    func dateCommand() throws {
        let run = try NewsdeskProcess.run(["--json", Self.article], stdin: "timeline\ndate 2025-03-21\ntimeline\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        try #require(lines.count == 3)
        let before = try #require(lines.first?["timexes"] as? [[String: Any]])
        let after = try #require(lines.last?["timexes"] as? [[String: Any]])
        func friday(_ timexes: [[String: Any]]) -> String? {
            timexes.first { $0["text"] as? String == "Friday" }?["value"] as? String
        }
        #expect(friday(before) == (try Self.gold()["date"] as? String))
        #expect(friday(after) == "2025-03-21")
    }

    @Test("summary: sentences in article order, the lead first, none from boilerplate or left dangling")
    func summary() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "summary", "-c", "summary -n 5", Self.article])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        try #require(lines.count == 2)
        let three = try #require(lines.first?["sentences"] as? [[String: Any]])
        let five = try #require(lines.last?["sentences"] as? [[String: Any]])
        #expect(three.count == 3)
        #expect(five.count == 5)
        let scalars = try Self.scalars()
        let boilerplate = try Self.boilerplate()
        for sentences in [three, five] {
            let chosen = Set(sentences.compactMap { $0["sentence"] as? Int })
            var previous = -1
            for item in sentences {
                #expect(Set(item.keys) == ["sentence", "start", "end", "text"])
                let index = try #require(item["sentence"] as? Int)
                #expect(index > previous, "article order")
                previous = index
                let text = try Self.slice(scalars, item)
                #expect(text == item["text"] as? String)
                #expect(!Self.inBoilerplate(item, boilerplate))
                // A sentence that leans on the one before it ("He described…") may only come
                // right after that sentence.
                let lower = text.lowercased()
                let dangling = SummaryCommandTests.danglingOpeners.contains {
                    lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ",")
                }
                #expect(!dangling || chosen.contains(index - 1), "left dangling: \(text)")
            }
        }
        let lead = try #require(three.first?["text"] as? String)
        #expect(lead.hasPrefix("A former pension fund manager"), "the lead, after headline, byline and date")
        let shortIndices = Set(three.compactMap { $0["sentence"] as? Int })
        #expect(shortIndices.isSubset(of: Set(five.compactMap { $0["sentence"] as? Int })))

        let text = try NewsdeskProcess.run(["-c", "summary", Self.article])
        #expect(text.stdoutLines.count == 4, "a header and three sentences: \(text.stdoutLines)")
        #expect(text.stdoutLines.first?.contains("3 of") == true)
    }

    @Test("standard input: an unknown command is reported with its line and the rest run; --bail stops there")
    func standardInputErrors() throws {
        let title = try #require(try Self.gold()["title"] as? String)
        let run = try NewsdeskProcess.run([Self.article], stdin: "articles\nnosuch\narticles\n")
        #expect(run.status == 1)
        #expect(run.stdoutLines.filter { $0.contains(title) }.count == 2)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("<stdin>:2: unknown command 'nosuch'") == true)
        let bailed = try NewsdeskProcess.run(["--bail", Self.article], stdin: "articles\nnosuch\narticles\n")
        #expect(bailed.status == 1)
        #expect(bailed.stdoutLines.filter { $0.contains(title) }.count == 1)
    }

    @Test("-c commands run in order, a failing one is reported as -c:N, and date sets the listing's date")
    func commandOptionsInOrder() throws {
        let run = try NewsdeskProcess.run(["-c", "date 2025-09-11", "-c", "date 2025-13-01", "-c", "articles",
                                           "--json", Self.article])
        #expect(run.status == 1)
        let lines = try run.jsonLines()
        try #require(lines.count == 3, "every command prints exactly one JSON value, failures included")
        #expect(lines[0]["date"] as? String == "2025-09-11")
        #expect(lines[1]["error"] is String)
        #expect(((lines[2]["articles"] as? [[String: Any]])?.first?["date"]) as? String == "2025-09-11")
        #expect(run.stderrLines.first?.hasPrefix("-c:2: date: '2025-13-01' is not a date") == true)
    }

    @Test("the timeline's text view: date column, a rail in one column, the expression and its paragraph")
    func timelineText() throws {
        let run = try NewsdeskProcess.run(["-c", "timeline", Self.article])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdoutLines
        let event = try #require(lines.firstIndex { $0.hasPrefix("2014") && $0.contains("\u{25CF}") })
        try #require(event + 1 < lines.count, "a line under the event names its expression")
        #expect(lines[event + 1].contains("\u{2502} \u{201C}2014\u{201D} \u{B7} \u{B6}"))
        func column(_ line: String, _ mark: Character) -> Int? {
            line.firstIndex(of: mark).map { line.distance(from: line.startIndex, to: $0) }
        }
        #expect(column(lines[event], "\u{25CF}") == column(lines[event + 1], "\u{2502}"), "the rail runs in one column")
    }

    @Test("--date is the reference for an article without a date of its own, and date clear returns to it")
    func defaultDate() throws {
        let directory = NewsdeskProcess.temporaryDirectory()
        let story = directory.appendingPathComponent("undated.txt")
        try "Harbour deal signed\nThe port authority signed the deal on Monday.\n"
            .write(to: story, atomically: true, encoding: .utf8)
        let run = try NewsdeskProcess.run(["--json", "--date", "2025-09-11", "-c", "date", "-c", "date 2024-01-02",
                                           "-c", "date clear", story.path])
        let dates = try run.jsonLines().map { $0["date"] as? String }
        #expect(dates == ["2025-09-11", "2024-01-02", "2025-09-11"])
    }
}
