import Foundation
import Testing
@testable import NewsCore

/// The fixture articles against their hand-written gold files (the gold format is FIXTURES.md in the shared
/// project notes; these tests read only Fixtures/ and need nothing beside the checkout).
///
/// Two kinds of check: the gold must still match its article (a gold file that drifts from
/// its text fails loudly), and what the loader reads off the top of each story (date, byline,
/// headline, boilerplate lines) must agree with what an editor marked.
@Suite("fixture articles against their gold files")
struct FixtureGoldTests {
    struct Fixture: CustomTestStringConvertible, Sendable {
        var name: String
        var articlePath: String
        var goldPath: String
        var testDescription: String { name }
    }

    static let root = TestFiles.packageRoot

    static let fixtures: [Fixture] = {
        let articles = root.appendingPathComponent("Fixtures/articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? []
        return names.sorted().compactMap { file in
            let name = (file as NSString).deletingPathExtension
            let gold = root.appendingPathComponent("Fixtures/gold/\(name).json").path
            guard FileManager.default.fileExists(atPath: gold) else { return nil }
            return Fixture(name: name, articlePath: articles.appendingPathComponent(file).path, goldPath: gold)
        }
    }()

    @Test("there are fixtures, each with a gold file")
    func fixturesExist() throws {
        #expect(Self.fixtures.count >= 8)
        let articles = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Fixtures/articles").path)
        #expect(articles.count == Self.fixtures.count, "every article has a gold file")
    }

    @Test("every gold span still matches its article's text", arguments: fixtures)
    func goldMatchesText(_ fixture: Fixture) throws {
        let text = ScalarText(try String(contentsOfFile: fixture.articlePath, encoding: .utf8))
        let gold = try Self.gold(fixture)
        for key in ["quotes", "figures", "timexes"] {
            for item in gold[key] as? [[String: Any]] ?? [] {
                let start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
                #expect(text[start..<end] == item["text"] as? String, "\(key) at \(start)..<\(end)")
            }
        }
        for key in ["sentences", "boilerplate"] {
            var previousEnd = 0
            for pair in gold[key] as? [[Int]] ?? [] {
                try #require(pair.count == 2, "\(key) span \(pair) is a start and an end")
                #expect(pair[0] < pair[1] && pair[0] >= previousEnd && pair[1] <= text.count,
                        "\(key) span \(pair) is ordered, non-empty and inside the text")
                previousEnd = pair.last ?? previousEnd
            }
        }
        for person in gold["people"] as? [[String: Any]] ?? [] {
            for mention in person["mentions"] as? [[Int]] ?? [] {
                try #require(mention.count == 2, "a mention is a start and an end")
                #expect(mention[0] < mention[1] && mention[1] <= text.count)
            }
        }
    }

    @Test("the loader reads the date, byline, headline and boilerplate the editor marked", arguments: fixtures)
    func metadataMatchesGold(_ fixture: Fixture) throws {
        let article = try ArticleLoader().loadFile(fixture.articlePath)
        let gold = try Self.gold(fixture)
        #expect(article.metadata.date?.complete?.iso == gold["date"] as? String)
        #expect(article.metadata.byline == gold["byline"] as? String)
        if let title = gold["title"] as? String {
            #expect(article.metadata.titleIsHeadline)
            #expect(article.metadata.title == title)
        } else {
            #expect(!article.metadata.titleIsHeadline, "no headline in the gold, so the title is the lead's start")
        }
        let boilerplate = article.paragraphs.filter(\.isBoilerplate).map { [$0.range.lowerBound, $0.range.upperBound] }
        #expect(boilerplate == gold["boilerplate"] as? [[Int]])
    }

    @Test("no sentence is taken from a boilerplate line", arguments: fixtures)
    func sentencesAvoidBoilerplate(_ fixture: Fixture) throws {
        let article = try ArticleLoader().loadFile(fixture.articlePath)
        for paragraph in article.paragraphs where paragraph.isBoilerplate {
            #expect(!article.sentences.contains { paragraph.range.overlaps($0) })
        }
    }

    @Test("everyone people lists in a fixture is someone the editor marked: no teams, places or stray words",
          arguments: fixtures)
    func peopleAreMarkedPeople(_ fixture: Fixture) throws {
        let gold = try Self.gold(fixture)
        guard let marked = gold["people"] as? [[String: Any]] else { return }
        let names = Set(marked.compactMap { $0["name"] as? String })
        let article = try ArticleLoader().loadFile(fixture.articlePath)
        let found = PeopleFinder.analyze(article).people.map(\.name)
        // A person found under part of the marked name ("Walter" for Walter Alder) is the same
        // person; a name none of the marked people carry is not.
        let markedWords = names.map { Set($0.split(separator: " ")) }
        let unmarked = found.filter { name in
            let words = Set(name.split(separator: " "))
            return !markedWords.contains { words.isSubset(of: $0) }
        }
        #expect(unmarked == [], "listed but not marked")
    }

    static func gold(_ fixture: Fixture) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture.goldPath))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
