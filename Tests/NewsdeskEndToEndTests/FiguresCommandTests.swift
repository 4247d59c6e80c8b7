import Foundation
import Testing

/// The built binary's `figures` command on the seed article, as the acceptance asks.
@Suite("newsdesk figures")
struct FiguresCommandTests {
    @Test("figures --json on the seed finds exactly its seven figures, none from READ ALSO lines",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func seedFigures() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "figures", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        #expect(lines.count == 1)
        let object = try #require(lines.first)
        let figures = try #require(object["figures"] as? [[String: Any]])
        for figure in figures {
            #expect(Set(figure.keys) == ["text", "start", "end", "value", "high", "kind", "unit", "of", "sentence"])
        }
        func figure(_ text: String) -> [String: Any]? { figures.first { $0["text"] as? String == text } }
        #expect(figures.map { $0["text"] as? String ?? "" }
                == ["52", "three decades", "1,300–1,400", "2021", "15 years", "4%", "14"])

        let prisoners = try #require(figure("52"))
        #expect(prisoners["kind"] as? String == "count" && prisoners["value"] as? Int == 52)
        #expect(prisoners["of"] as? String == "prisoners")
        let range = try #require(figure("1,300–1,400"))
        #expect(range["kind"] as? String == "count" && range["value"] as? Int == 1300 && range["high"] as? Int == 1400)
        #expect(range["of"] as? String == "releases")
        let sentence = try #require(figure("15 years"))
        #expect(sentence["kind"] as? String == "duration" && sentence["unit"] as? String == "year" && sentence["value"] as? Int == 15)
        let year = try #require(figure("2021"))
        #expect(year["kind"] as? String == "year" && year["of"] is NSNull)
        let share = try #require(figure("4%"))
        #expect(share["kind"] as? String == "percent" && share["value"] as? Int == 4)
        #expect(share["of"] as? String == "Belarus\u{2019}s political prisoners")
        let nationals = try #require(figure("14"))
        #expect(nationals["kind"] as? String == "count" && nationals["of"] as? String == "foreign nationals")
        let decades = try #require(figure("three decades"))
        #expect(decades["kind"] as? String == "duration" && decades["value"] as? Int == 30 && decades["unit"] as? String == "year")

        // Nothing from the READ ALSO lines ("9/11", "100%"); offsets point at the text.
        #expect(figure("9/11") == nil && figure("100%") == nil)
        let text = try String(contentsOfFile: NewsdeskProcess.seedArticle, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for item in figures {
            let start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
            var view = String.UnicodeScalarView()
            try #require(0 <= start && start <= end && end <= scalars.count, "span \(start)..<\(end) lies in the text")
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == item["text"] as? String)
        }
        // Counts per kind add up to the figures listed.
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts == ["count": 3, "percent": 1, "duration": 2, "year": 1])
    }

    @Test("figures --kind percent lists only percentages, with matching counts",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func kindFilter() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "figures --kind percent", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try #require(try run.jsonLines().first)
        let figures = try #require(object["figures"] as? [[String: Any]])
        #expect(figures.map { $0["text"] as? String } == ["4%"])
        #expect(object["counts"] as? [String: Int] == ["percent": 1])
    }

    @Test("an unknown kind fails and names the kinds there are")
    func unknownKind() throws {
        let run = try NewsdeskProcess.run(["-c", "figures --kind prices", NewsdeskProcess.fixtureArticle])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown kind 'prices'"))
        #expect(run.stderr.contains("count, percent, money, quantity, duration, year, date, ordinal"))
    }

    @Test("the text view lists figures in order and ends with counts per kind",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func textView() throws {
        let run = try NewsdeskProcess.run(["-c", "figures", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdoutLines
        #expect(lines.first?.hasPrefix("Figure") == true)
        #expect(lines.last == "7 figures: count 3, percent 1, duration 2, year 1")
        let decades = try #require(lines.first { $0.contains("three decades") })
        #expect(decades.hasPrefix("(over) three decades") && decades.contains("30 year"))
    }
}
