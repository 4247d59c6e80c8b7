import Foundation
import Testing
import TestSupport
@testable import NewsCore

/// The hand annotations of real news bodies (Fixtures/real/quotes-people) against the bodies
/// they point into (../shared/data/article-extraction/ground-truth.json, read at run time and
/// never copied). A gold file that drifts from its body, a quotation span that takes in its
/// marks or a mention that cuts a word fails here, before any measurement trusts it.
@Suite("real-page gold files of people and quotations")
struct RealPagesGoldTests {
    static let goldDirectory = TestFiles.inPackage("Fixtures/real/quotes-people").path
    static let groundTruth = TestFiles.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/data/article-extraction/ground-truth.json").path
    static let groundTruthIsPresent = FileManager.default.isReadableFile(atPath: groundTruth)
    static let groundTruthMissing: Comment =
        "needs ../shared/data/article-extraction/ground-truth.json beside the checkout"

    static let pronouns: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]
    static let openingMarks: Set<Unicode.Scalar> = ["\"", "“", "„", "«", "‘", "'", "`"]
    static let closingMarks: Set<Unicode.Scalar> = ["\"", "”", "»", "’", "'", "“"]

    @Test("every gold file parses, with unique ids, at least 20 pages, and only direct or partial quotations")
    func goldFilesParse() throws {
        let pages = try RealPages.loadGold(directory: Self.goldDirectory)
        #expect(pages.count >= 20)
        #expect(Set(pages.map(\.id)).count == pages.count)
        for page in pages {
            #expect(!page.people.isEmpty, "\(page.id) names nobody")
            for quote in page.quotes {
                #expect(["direct", "partial"].contains(quote.kind), "\(page.id): kind \(quote.kind)")
            }
            for person in page.people {
                #expect(!person.mentions.isEmpty, "\(page.id): \(person.name) has no mention")
            }
        }
    }

    @Test("every gold file fits its body", .enabled(if: groundTruthIsPresent, groundTruthMissing))
    func goldFitsBodies() throws {
        let pages = try RealPages.loadGold(directory: Self.goldDirectory)
        let bodies = try RealPages.loadBodies(path: Self.groundTruth)
        for page in pages {
            let body = try #require(bodies[page.id], "\(page.id) is not in the ground truth")
            let text = Array(body.unicodeScalars)
            checkPeople(page, text)
            checkQuotes(page, text)
        }
    }

    @Test("newsdesk loads each body unchanged, so gold offsets are offsets into the loaded text",
          .enabled(if: groundTruthIsPresent, groundTruthMissing))
    func bodiesLoadUnchanged() throws {
        let pages = try RealPages.loadGold(directory: Self.goldDirectory)
        let bodies = try RealPages.loadBodies(path: Self.groundTruth)
        for page in pages {
            let body = try #require(bodies[page.id])
            let article = try ArticleLoader().article(fromBytes: Array(body.utf8), source: page.id, format: .text)
            #expect(article.text.scalars == Array(body.unicodeScalars), "\(page.id) changes when loaded")
        }
    }

    func checkPeople(_ page: RealPageGold, _ text: [Unicode.Scalar]) {
        var seen: [Range<Int>] = []
        let body = String(String.UnicodeScalarView(text))
        for person in page.people {
            let surname = person.name.split(separator: " ").last.map(String.init) ?? person.name
            #expect(body.contains(person.name) || body.contains(surname), "\(page.id): \(person.name) not in the text")
            for mention in person.mentions {
                guard mention.lowerBound >= 0, mention.upperBound <= text.count, !mention.isEmpty else {
                    Issue.record("\(page.id): mention \(mention) of \(person.name) out of bounds")
                    continue
                }
                let words = RealPagesScoring.excerpt(text, mention)
                let nameLike = words.first?.isUppercase == true
                #expect(nameLike || Self.pronouns.contains(words.lowercased()),
                        "\(page.id): '\(words)' is neither a name nor a pronoun (\(person.name))")
                let before = mention.lowerBound > 0 ? text[mention.lowerBound - 1] : " "
                let after = mention.upperBound < text.count ? text[mention.upperBound] : " "
                #expect(!before.properties.isAlphabetic && !after.properties.isAlphabetic,
                        "\(page.id): '\(words)' at \(mention.lowerBound) cuts a word")
                #expect(!seen.contains { $0.overlaps(mention) }, "\(page.id): mention at \(mention.lowerBound) twice")
                seen.append(mention)
            }
        }
    }

    func checkQuotes(_ page: RealPageGold, _ text: [Unicode.Scalar]) {
        for quote in page.quotes {
            let span = quote.range
            guard span.lowerBound > 0, span.upperBound <= text.count, !span.isEmpty else {
                Issue.record("\(page.id): quotation \(span) out of bounds")
                continue
            }
            let first = text[span.lowerBound], last = text[span.upperBound - 1]
            #expect(!first.properties.isWhitespace && !last.properties.isWhitespace,
                    "\(page.id): quotation at \(span.lowerBound) keeps white space at an end")
            #expect(!Self.openingMarks.contains(first) && !["\"", "”"].contains(last),
                    "\(page.id): quotation at \(span.lowerBound) takes in a mark")
            // The mark that opens it: right before, or before white space inside the marks.
            var open = span.lowerBound - 1
            while open > 0, text[open] == " " { open -= 1 }
            #expect(Self.openingMarks.contains(text[open]), "\(page.id): no opening mark before \(span.lowerBound)")
            // The mark that closes it, or the end of the paragraph for a quotation that goes on.
            var close = span.upperBound
            while close < text.count, text[close] == " " { close += 1 }
            #expect(close == text.count || Self.closingMarks.contains(text[close]) || text[close] == "\n",
                    "\(page.id): no closing mark or paragraph end after \(span.upperBound)")
        }
    }
}
