import Foundation
import Testing

/// The built binary's `summary` command on the seed article, as a script would run it.
@Suite("newsdesk summary")
struct SummaryCommandTests {
    /// Words that make a sentence lean on the one before it when they open it.
    static let danglingOpeners = ["however", "but", "and", "yet", "also", "it", "its", "this", "that", "these",
                                  "those", "they", "their", "he", "she", "his", "her", "in exchange", "meanwhile"]

    static func seedScalars() throws -> [Unicode.Scalar] {
        Array(try String(contentsOfFile: NewsdeskProcess.seedArticle, encoding: .utf8).unicodeScalars)
    }

    @Test("""
          summary --json on the seed: three sentences in order, the lead first, none from boilerplate or \
          dangling; -n 5 gives five
          """,
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func seedSummary() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "summary", "-c", "summary -n 5", "-c", "show",
                                           NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        try #require(lines.count == 3)
        let three = try #require(lines[0]["sentences"] as? [[String: Any]])
        let five = try #require(lines[1]["sentences"] as? [[String: Any]])
        let paragraphs = try #require(lines[2]["paragraphs"] as? [[String: Any]])
        #expect(three.count == 3)
        #expect(five.count == 5)
        let scalars = try Self.seedScalars()
        let boilerplate = paragraphs.filter { $0["boilerplate"] as? Bool == true }
            .compactMap { paragraph -> Range<Int>? in
                guard let start = paragraph["start"] as? Int, let end = paragraph["end"] as? Int else { return nil }
                return start..<end
            }
        #expect(!boilerplate.isEmpty, "the seed has READ ALSO lines")
        for sentences in [three, five] {
            var previous = -1
            for item in sentences {
                #expect(Set(item.keys) == ["sentence", "start", "end", "text"])
                let index = try #require(item["sentence"] as? Int)
                let start = try #require(item["start"] as? Int)
                let end = try #require(item["end"] as? Int)
                let text = try #require(item["text"] as? String)
                #expect(index > previous, "article order")
                previous = index
                #expect(start < end && end <= scalars.count)
                var view = String.UnicodeScalarView()
                try #require(0 <= start && start <= end && end <= scalars.count,
                             "span \(start)..<\(end) lies in the text")
                view.append(contentsOf: scalars[start..<end])
                #expect(String(view) == text, "text is the article's text between start and end")
                #expect(!boilerplate.contains { $0.overlaps(start..<end) }, "\(text)")
                let lower = text.lowercased()
                for opener in Self.danglingOpeners {
                    #expect(!(lower.hasPrefix(opener + " ") || lower.hasPrefix(opener + ",")), "opens with '\(opener)': \(text)")
                }
            }
        }
        let lead = try #require(three.first?["text"] as? String)
        #expect(lead.hasPrefix("Belarus released 52 prisoners"))
        // Chosen greedily, a longer summary keeps the shorter one's sentences.
        let shortIndices = Set(three.compactMap { $0["sentence"] as? Int })
        #expect(shortIndices.isSubset(of: Set(five.compactMap { $0["sentence"] as? Int })))
    }

    @Test("summary --words keeps the total within the budget")
    func wordBudget() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "summary --words 70", NewsdeskProcess.fixtureArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let sentences = try #require(try run.jsonLines().first?["sentences"] as? [[String: Any]])
        let words = sentences.compactMap { $0["text"] as? String }.reduce(0) { $0 + $1.split(separator: " ").count }
        #expect(!sentences.isEmpty)
        #expect(words <= 70)
    }

    @Test("the text view shows each sentence beside the number of its paragraph",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func textView() throws {
        let run = try NewsdeskProcess.run(["-c", "summary", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdoutLines
        #expect(lines.count == 4, "a header and three sentences: \(lines)")
        #expect(lines.first?.contains("3 of") == true)
        // The lead is in paragraph 2, after the byline.
        let lead = try #require(lines.dropFirst().first)
        #expect(lead.trimmingCharacters(in: .whitespaces).hasPrefix("2  Belarus released 52 prisoners"))
        for line in lines.dropFirst() {
            let number = line.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }
            #expect(Int(number) != nil, "\(line)")
        }
    }

    @Test("summary --words below every sentence says so and cuts the best sentence with an ellipsis")
    func cutToBudget() throws {
        let run = try NewsdeskProcess.run(["-c", "summary --words 4", NewsdeskProcess.fixtureArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("…"))
        #expect(run.stdout.contains("No sentence fits in 4 words"))
        let jsonRun = try NewsdeskProcess.run(["--json", "-c", "summary --words 4", NewsdeskProcess.fixtureArticle])
        let json = try #require(try jsonRun.jsonLines().last?["sentences"] as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json.first?["cut"] as? Bool == true)
        #expect((json.first?["text"] as? String)?.split(separator: " ").count == 4)
    }

    @Test("summary --why adds a column naming the signals; help summary teaches the options")
    func why() throws {
        let run = try NewsdeskProcess.run(["-c", "summary --why", "-c", "help summary", NewsdeskProcess.fixtureArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdoutLines.first?.contains("Why") == true)
        #expect(run.stdoutLines.dropFirst().first?.contains("lead") == true)
        for option in ["--words N", "--why", "-n N", "…"] { #expect(run.stdout.contains(option), "\(option)") }
    }

    @Test("summary refuses a bad count and needs an article")
    func failures() throws {
        let bad = try NewsdeskProcess.run(["-c", "summary -n 0", NewsdeskProcess.fixtureArticle])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--number"))
        let none = try NewsdeskProcess.run(["-c", "summary"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("summary: no article loaded"))
    }
}
