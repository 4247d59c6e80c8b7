import Foundation
import Testing

/// The built binary's `timeline` command on the seed article (read from ../shared/seed at run
/// time), as a script would run it.
@Suite("newsdesk timeline")
struct TimelineCommandTests {
    static func timeline(_ arguments: [String]) throws -> (timexes: [[String: Any]], events: [[String: Any]]) {
        let run = try NewsdeskProcess.run(arguments + ["--json", "-c", "timeline", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let line = try #require(try run.jsonLines().first)
        return (try #require(line["timexes"] as? [[String: Any]]), try #require(line["events"] as? [[String: Any]]))
    }

    static func value(of text: String, in timexes: [[String: Any]]) -> String? {
        timexes.first { $0["text"] as? String == text }?["value"] as? String
    }

    /// Indices of the three events the issue names, in the order they are listed.
    static func keyEvents(_ events: [[String: Any]]) throws -> (losik: Int, drones: Int, release: Int) {
        let texts = events.map { $0["event"] as? String ?? "" }
        return (try #require(texts.firstIndex { $0.contains("Losik") && $0.contains("sentenced") }),
                try #require(texts.firstIndex { $0.contains("Poland") && $0.contains("shot down") }),
                try #require(texts.firstIndex { $0.contains("released 52 prisoners") }))
    }

    @Test("--date 2025-09-11: Thursday, 2021, 15 years, over three decades; the three events dated and in order",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func withDate() throws {
        let (timexes, events) = try Self.timeline(["--date", "2025-09-11"])
        #expect(Self.value(of: "Thursday", in: timexes) == "2025-09-11")
        #expect(Self.value(of: "2021", in: timexes) == "2021")
        #expect(Self.value(of: "15 years", in: timexes) == "P15Y")
        let decades = try #require(timexes.first { ($0["text"] as? String)?.hasSuffix("three decades") == true })
        #expect(decades["value"] as? String == "P30Y")
        #expect(decades["text"] as? String == "over three decades")
        for timex in timexes {
            // Exactly CONTRACT.md's keys; the modifier stays in the text ("over three decades").
            #expect(Set(timex.keys) == ["text", "start", "end", "type", "value"])
            #expect(["DATE", "TIME", "DURATION", "SET"].contains(timex["type"] as? String ?? ""))
        }
        let key = try Self.keyEvents(events)
        #expect(key.losik < key.drones && key.drones < key.release)
        #expect(events[key.losik]["date"] as? String == "2021")
        #expect(events[key.drones]["date"] as? String == "2025-09-10")
        #expect(events[key.release]["date"] as? String == "2025-09-11")
        for event in events {
            #expect(Set(event.keys) == ["date", "event", "sentence", "timex"])
            let index = try #require(event["timex"] as? Int)
            #expect(timexes.indices.contains(index))
        }
    }

    @Test("without a date Thursday stays a weekday and the order of events is the same",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func withoutDate() throws {
        let (timexes, events) = try Self.timeline([])
        #expect(Self.value(of: "Thursday", in: timexes) == "XXXX-WXX-4")
        let key = try Self.keyEvents(events)
        #expect(key.losik < key.drones && key.drones < key.release)
        #expect(events[key.release]["date"] is NSNull)
        let (_, dated) = try Self.timeline(["--date", "2025-09-11"])
        #expect(events.map { $0["event"] as? String } == dated.map { $0["event"] as? String })
    }

    @Test("nothing comes from the READ ALSO lines",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func skipsBoilerplate() throws {
        let (timexes, events) = try Self.timeline(["--date", "2025-09-11"])
        let text = try String(contentsOfFile: NewsdeskProcess.seedArticle, encoding: .utf8)
        // Scalar ranges of the READ ALSO lines (offsets in JSON count Unicode scalars).
        var readAlso: [Range<Int>] = []
        var lineStart = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if line.hasPrefix("READ ALSO") { readAlso.append(lineStart..<(lineStart + length)) }
            lineStart += length + 1
        }
        #expect(readAlso.count == 2)
        for timex in timexes {
            let start = try #require(timex["start"] as? Int)
            #expect(!readAlso.contains { $0.contains(start) }, "timex \(timex["text"] ?? "") in a READ ALSO line")
        }
        #expect(!events.contains { ($0["event"] as? String ?? "").contains("Kirk") || ($0["event"] as? String ?? "").contains("tariffs") })
    }

    @Test("date YYYY-MM-DD in a session changes the timeline at once",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func dateCommand() throws {
        let run = try NewsdeskProcess.run(["--json", NewsdeskProcess.seedArticle], stdin: "timeline\ndate 2025-09-11\ntimeline\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        #expect(lines.count == 3)
        let before = try #require(lines.first?["timexes"] as? [[String: Any]])
        let after = try #require(lines.last?["timexes"] as? [[String: Any]])
        #expect(Self.value(of: "Thursday", in: before) == "XXXX-WXX-4")
        #expect(Self.value(of: "Thursday", in: after) == "2025-09-11")
    }

    @Test("the text view is a vertical timeline: date column, rail, expression and paragraph",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func textView() throws {
        let run = try NewsdeskProcess.run(["--date", "2025-09-11", "-c", "timeline", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdoutLines
        let release = try #require(lines.firstIndex { $0.hasPrefix("2025-09-11") && $0.contains("● Belarus released 52 prisoners") })
        try #require(release + 1 < lines.count, "a line under the release names its expression")
        #expect(lines[release + 1].contains("│ “Thursday” · ¶2"))
        let drones = try #require(lines.firstIndex { $0.hasPrefix("2025-09-10") })
        #expect(drones < release)
        let rail = lines[release].firstIndex(of: "●").map { lines[release].distance(from: lines[release].startIndex, to: $0) }
        let nextRail = lines[release + 1].firstIndex(of: "│").map { lines[release + 1].distance(from: lines[release + 1].startIndex, to: $0) }
        #expect(rail == nextRail, "the rail runs in one column")
    }

    @Test("timeline with no article loaded fails with advice")
    func noArticle() throws {
        let run = try NewsdeskProcess.run(["-c", "timeline"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("timeline: no article loaded"))
    }
}
