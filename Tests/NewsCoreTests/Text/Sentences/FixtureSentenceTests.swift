import Foundation
import Testing
@testable import NewsCore

/// Sentences of a fixture article against its gold file: the checks the seed article's test
/// makes, on a story the project owns, so they run in a clone without `../shared`.
@Suite("sentences of a fixture article")
struct FixtureSentenceTests {
    static let article = TestFiles.inPackage("Fixtures/articles/court-fraud-sentencing.txt").path
    static let gold = TestFiles.inPackage("Fixtures/gold/court-fraud-sentencing.json")

    static func goldSentences() throws -> [Range<Int>] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as? [String: Any]
        let pairs = try #require(object?["sentences"] as? [[Int]])
        return try pairs.map { pair in
            try #require(pair.count == 2 && pair[0] <= pair[1], "a gold sentence is a start and an end")
            return pair[0]..<pair[1]
        }
    }

    @Test("every sentence the editor marked around a quotation is found whole, attribution included")
    func quotationSentencesIntact() throws {
        let article = try ArticleLoader().loadFile(Self.article)
        let quoted = try Self.goldSentences().filter { article.text[$0].contains("\"") }
        #expect(quoted.count >= 5, "the fixture quotes its people in several sentences")
        for range in quoted {
            #expect(article.sentences.contains(range), "not found whole: \(article.text[range])")
        }
        // One of them closes its quotation with a comma inside the marks and goes on to say who
        // spoke: it must not be cut at the closing mark.
        let attributed = quoted.filter { article.text[$0].hasPrefix("\"") && article.text[$0].contains(",\" ") }
        #expect(!attributed.isEmpty)
        for range in attributed { #expect(article.sentences.contains(range)) }
        #expect(!article.sentences.contains { article.text[$0].hasSuffix(",\"") }, "no sentence ends at ,\"")
    }

    @Test("every sentence lies inside one story paragraph, none in a boilerplate line")
    func sentencesInsideStoryParagraphs() throws {
        let article = try ArticleLoader().loadFile(Self.article)
        #expect(!article.sentences.isEmpty)
        #expect(article.paragraphs.contains { $0.isBoilerplate }, "the fixture has boilerplate lines")
        for range in article.sentences {
            let paragraph = try #require(article.paragraph(containing: range.lowerBound))
            #expect(!paragraph.isBoilerplate)
            #expect(range.upperBound <= paragraph.range.upperBound)
        }
    }
}
