import Foundation
import Testing
@testable import NewsCore

/// The reference article beside the checkout (../shared/seed), read but never copied here.
@Suite("sentences of the seed article", .enabled(if: TestFiles.seedIsPresent, TestFiles.seedMissing))
struct SeedSentenceTests {
    static let seed = TestFiles.seedArticle

    @Test("a quotation that ends inside its marks stays one sentence with its attribution")
    func quotationSentencesIntact() throws {
        let article = try ArticleLoader().loadFile(Self.seed)
        let sentences = article.sentences.map { article.text[$0] }
        let quoted = sentences.filter { $0.hasPrefix("\u{201C}") }
        #expect(quoted.count == 3, "three paragraphs open with a quotation: \(quoted)")
        for sentence in quoted {
            #expect(sentence.hasSuffix(".") || sentence.hasSuffix(".\u{201D}"), "ends where the paragraph does: \(sentence)")
            #expect(!sentence.hasSuffix(",\u{201D}"), "not cut at the closing mark: \(sentence)")
        }
        #expect(quoted.contains { $0.contains("\u{201D} she said, urging") })
        #expect(quoted.contains { $0.hasSuffix("\u{201D} he said.") })
        // Every sentence lies inside one story paragraph, none in a READ ALSO line.
        for range in article.sentences {
            let paragraph = try #require(article.paragraph(containing: range.lowerBound))
            #expect(!paragraph.isBoilerplate)
            #expect(range.upperBound <= paragraph.range.upperBound)
        }
    }
}
