import Foundation
import Testing

/// The built binary's `people` command, as a script would run it.
@Suite("newsdesk people")
struct PeopleCommandTests {
    @Test("people --json on the seed lists its eight people once each, with their roles")
    func seedPeople() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "people", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        #expect(lines.count == 1)
        let people = try #require(lines.first?["people"] as? [[String: Any]])
        for person in people {
            #expect(Set(person.keys) == ["name", "title", "mentions", "quotes"])
            #expect(person["quotes"] is NSNull)
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
        #expect((people.first?["mentions"] as? Int ?? 0) >= 7)
        // Neither the byline's author nor a name from a READ ALSO line is a person of the story.
        #expect(!names.contains { $0.contains("Amadu") || $0.contains("Kirk") })
    }

    @Test("people prints an aligned table in text, quotes shown as -")
    func textTable() throws {
        let run = try NewsdeskProcess.run(["-c", "people", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdoutLines
        #expect(lines.first?.hasPrefix("Name") == true)
        #expect(lines.count == 9)
        let trump = try #require(lines.first { $0.hasPrefix("Donald Trump") })
        #expect(trump.contains(" - ") && trump.hasSuffix("U.S. President"))
    }

    @Test("people with no article loaded fails with advice")
    func noArticle() throws {
        let run = try NewsdeskProcess.run(["-c", "people"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("people: no article loaded"))
    }
}
