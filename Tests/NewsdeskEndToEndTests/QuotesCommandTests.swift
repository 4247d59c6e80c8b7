import Foundation
import Testing

/// The built binary's `quotes` command on the seed article (read from ../shared/seed at run
/// time, never copied): the issue's acceptance check.
@Suite("newsdesk quotes")
struct QuotesCommandTests {
    /// The seed article's text, for checking offsets.
    static func seedScalars() throws -> [Unicode.Scalar] {
        Array(try String(contentsOfFile: NewsdeskProcess.seedArticle, encoding: .utf8).unicodeScalars)
    }

    static func quotes(_ command: String) throws -> [[String: Any]] {
        let run = try NewsdeskProcess.run(["--json", "-c", command, NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        #expect(lines.count == 1)
        return try #require(lines.first?["quotes"] as? [[String: Any]])
    }

    @Test("quotes --json on the seed gives exactly the six quotations, kinds, speakers and mentions",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func seedQuotes() throws {
        let quotes = try Self.quotes("quotes")
        let scalars = try Self.seedScalars()
        struct Expected {
            let start: String, kind: String, speaker: String, mention: String?
        }
        let expected = [
            Expected(start: "hostages", kind: "partial", speaker: "Donald Trump", mention: nil),
            Expected(start: "This is a trade ", kind: "direct", speaker: "Sviatlana Tsikhanouskaya", mention: "she"),
            Expected(start: "If Donald insists ", kind: "direct", speaker: "Alexander Lukashenko", mention: nil),
            Expected(start: "uphold the illusion of change", kind: "partial", speaker: "Vytis Jurkonis", mention: nil),
            Expected(start: "Real change would mean ", kind: "direct", speaker: "Vytis Jurkonis", mention: "he"),
            Expected(start: "chose their own fate", kind: "partial", speaker: "Alexander Lukashenko", mention: nil),
        ]
        #expect(quotes.count == expected.count, "\(quotes.map { $0["text"] ?? "" })")
        for (quote, want) in zip(quotes, expected) {
            let text = try #require(quote["text"] as? String)
            #expect(text.hasPrefix(want.start), "text: \(text)")
            #expect(quote["kind"] as? String == want.kind, "kind of \(text)")
            #expect(quote["speaker"] as? String == want.speaker, "speaker of \(text)")
            if let mention = want.mention { #expect(quote["mention"] as? String == mention, "mention of \(text)") }
            #expect(Set(quote.keys) == ["text", "start", "end", "speaker", "mention", "kind", "sentence"])
            // Offsets count scalars into the file and cover the words without their marks.
            let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
            var view = String.UnicodeScalarView()
            try #require(0 <= start && start < end && end <= scalars.count, "span \(start)..<\(end) lies in the text")
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == text)
            #expect(!["\u{201C}", "\u{201D}", "\""].contains(scalars[start]))
            #expect(quote["sentence"] is Int)
        }
        // The partials are the quoted words themselves; none comes from a READ ALSO line.
        #expect(quotes.compactMap { $0["text"] as? String }.filter { ["hostages", "uphold the illusion of change", "chose their own fate"].contains($0) }.count == 3)
        #expect(!quotes.contains { ($0["text"] as? String ?? "").contains("READ ALSO") || ($0["text"] as? String ?? "").contains("Kirk") })
    }

    @Test("quotes --all adds the seed's reported speech",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func seedReportedSpeech() throws {
        let quotes = try Self.quotes("quotes --all")
        let indirect = quotes.filter { $0["kind"] as? String == "indirect" }
        let speakers = indirect.compactMap { $0["speaker"] as? String }
        let mentions = indirect.compactMap { $0["mention"] as? String }
        #expect(speakers.contains { $0.contains("embassy in Vilnius") })
        #expect(mentions.contains { $0.contains("embassy spokesperson") })
        #expect(indirect.contains { $0["speaker"] as? String == "Sviatlana Tsikhanouskaya" && ($0["text"] as? String ?? "").contains("4%") })
        #expect(speakers.contains("Belta"))
        #expect(speakers.contains("John Coale"))
        #expect(speakers.contains("Poland"))
        // The six quotations are all still there.
        #expect(quotes.filter { $0["kind"] as? String != "indirect" }.count == 6)
    }

    @Test("quotes --by keeps one speaker's quotations, any part of the name",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func seedBySpeaker() throws {
        let quotes = try Self.quotes("quotes --by lukash")
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0["speaker"] as? String == "Alexander Lukashenko" })
    }

    @Test("quotes in text: numbered, speaker, paragraph, quotation",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func seedText() throws {
        let run = try NewsdeskProcess.run(["-c", "quotes", NewsdeskProcess.seedArticle])
        #expect(run.status == 0)
        let lines = run.stdoutLines
        #expect(lines.first?.hasPrefix("1  Donald Trump") == true)
        #expect(lines.contains { $0.hasPrefix("2  Sviatlana Tsikhanouskaya (she)") && $0.hasSuffix("paragraph 11") })
        #expect(lines.contains { $0.contains("\u{201C}Real change would mean") })
        #expect(lines.last?.hasPrefix("By speaker:") == true)
    }

    @Test("quotes with no article loaded fails with advice")
    func noArticle() throws {
        let run = try NewsdeskProcess.run(["-c", "quotes"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("quotes: no article loaded"))
    }
}
