import Foundation
import Testing

@Suite("brief and --every, end to end")
struct BriefCommandTests {
    @Test("the morning-brief script over the fixture articles prints the reviewed Markdown in Fixtures/scripts")
    func morningBrief() throws {
        let run = try NewsdeskProcess.run(["--bail", "-f", "Fixtures/scripts/morning-brief.nd", "Fixtures/articles/"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let expected = try String(contentsOfFile: NewsdeskProcess.fixtures + "/scripts/morning-brief.md", encoding: .utf8)
        #expect(run.stdout == expected)
    }

    @Test("--every results name their articles by number and title")
    func everyNamesArticles() throws {
        let run = try NewsdeskProcess.run(["-c", "quotes --every", "-c", "people --every", "Fixtures/articles/"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Eleanor Whitcombe (Judge Eleanor Whitcombe) · direct · [3] Former pension fund boss jailed… ¶9"))
        #expect(run.stdout.contains("[8] 3×, 4 quoted"))
        let json = try NewsdeskProcess.run(["--json", "-c", "timeline --every", "Fixtures/articles/"])
        let value = try #require(try json.jsonLines().first)
        let articles = try #require(value["articles"] as? [[String: Any]])
        #expect(articles.count == 8)
        #expect(articles.allSatisfy { $0["number"] is Int && $0["title"] is String && $0["events"] != nil })
        let events = try #require(value["events"] as? [[String: Any]])
        #expect(!events.isEmpty && events.allSatisfy { $0["number"] is Int && $0["title"] is String })
    }

    @Test("--every with no articles loaded is one clear error and a failed command")
    func everyWithoutArticles() throws {
        let run = try NewsdeskProcess.run(["-c", "people --every"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines == ["-c:1: people --every: no articles loaded; load some first (load PATH)"])
    }
}
