import Foundation
import Testing

/// The built binary's `people` command, as a script would run it.
@Suite("newsdesk people")
struct PeopleCommandTests {
    @Test("people --json on the seed lists its eight people once each, with their roles",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func seedPeople() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "people", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        #expect(lines.count == 1)
        let people = try #require(lines.first?["people"] as? [[String: Any]])
        for person in people {
            #expect(Set(person.keys) == ["name", "title", "mentions", "quotes"])
            #expect(person["quotes"] is Int)
        }
        let names = people.compactMap { $0["name"] as? String }
        let expected: [String: String] = [
            "Donald Trump": "U.S. President", "Alexander Lukashenko": "President",
            "Vladimir Putin": "Russian President", "Ihar Losik": "journalist",
            "Ales Bialiatski": "Nobel Peace Prize laureate", "Sviatlana Tsikhanouskaya": "opposition leader",
            "John Coale": "head of the U.S. delegation", "Vytis Jurkonis": "of Freedom House",
        ]
        #expect(Set(names) == Set(expected.keys))
        #expect(names.count == expected.count)
        for person in people {
            let name = try #require(person["name"] as? String)
            #expect(person["title"] as? String == expected[name], "title of \(name)")
        }
        // Most mentioned first; "Donald" inside a quotation counts for Trump.
        let mentions = people.compactMap { $0["mentions"] as? Int }
        #expect(mentions == mentions.sorted(by: >))
        #expect(names.first == "Donald Trump")
        // Quotation counts as `quotes` attributes them (reported speech not counted).
        let quotes = Dictionary(uniqueKeysWithValues: people.compactMap { person -> (String, Int)? in
            guard let name = person["name"] as? String, let count = person["quotes"] as? Int else { return nil }
            return (name, count)
        })
        #expect(quotes["Alexander Lukashenko"] == 2)
        #expect(quotes["Vytis Jurkonis"] == 2)
        #expect(quotes["Sviatlana Tsikhanouskaya"] == 1)
        #expect(quotes["Donald Trump"] == 1)
        #expect(quotes["John Coale"] == 0, "reported speech is not a quotation")
        #expect((people.first?["mentions"] as? Int ?? 0) >= 7)
        // Neither the byline's author nor a name from a READ ALSO line is a person of the story.
        #expect(!names.contains { $0.contains("Amadu") || $0.contains("Kirk") })
    }

    @Test("people prints an aligned table in text with each person's quotation count",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func textTable() throws {
        let run = try NewsdeskProcess.run(["-c", "people", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdoutLines
        #expect(lines.first?.hasPrefix("Name") == true)
        #expect(lines.count == 9)
        let trump = try #require(lines.first { $0.hasPrefix("Donald Trump") })
        #expect(trump.split(separator: " ").contains("1") && trump.hasSuffix("U.S. President"))
        let putin = try #require(lines.first { $0.hasPrefix("Vladimir Putin") })
        #expect(putin.split(separator: " ").contains("0"))
    }

    @Test("people with no article loaded fails with advice")
    func noArticle() throws {
        let run = try NewsdeskProcess.run(["-c", "people"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("people: no article loaded"))
    }
}
