import Foundation
import Testing
import TestSupport

/// The hand-marked real pages (Fixtures/real/figures-timeline) against the bodies they were marked
/// on. The bodies live in ../shared, so these tests run only where it is present.
@Suite("real-page gold files against their bodies")
struct FigureTimelineGoldTests {
    static let directory = TestFiles.inPackage("Fixtures/real/figures-timeline").path
    static let bodiesPath = ArticleExtractionBodies.defaultPath(root: TestFiles.packageRoot.path)
    static let bodiesPresent = FileManager.default.isReadableFile(atPath: bodiesPath)

    @Test("every gold file decodes, and there are at least twenty")
    func goldFilesDecode() throws {
        let loaded = try #require(ArticleExtractionBodies.goldFiles(in: Self.directory))
        #expect(loaded.unreadable.isEmpty, "unreadable: \(loaded.unreadable)")
        #expect(loaded.pages.count >= 20)
        #expect(loaded.pages.allSatisfy { $0.source == "article-extraction" })
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory).filter { $0.hasSuffix(".json") }
        #expect(Set(names) == Set(loaded.pages.map { "\($0.id).json" }), "each file is named by its page id")
    }

    @Test("every gold file is well-formed against its page body",
          .enabled(if: bodiesPresent, "needs ../shared/data/article-extraction/ground-truth.json beside the checkout"))
    func goldMatchesBodies() throws {
        let bodies = try #require(ArticleExtractionBodies.load(Self.bodiesPath))
        let pages = try #require(ArticleExtractionBodies.goldFiles(in: Self.directory)).pages
        for page in pages {
            let body = try #require(bodies[page.id], "page \(page.id) is in the data set")
            #expect(page.problems(body: body).isEmpty, "\(page.id.prefix(12)): \(page.problems(body: body))")
        }
    }

    @Test("the checks catch a span out of bounds, a span with no number, a bad kind and a bad date")
    func checksCatchMistakes() {
        let body = "Sales rose 12% to $4.5m on Tuesday."
        let good = FigureTimelineGold(
            id: "x", date: "2019-11-20",
            figures: [.init(start: 11, end: 14, value: 12, kind: "percent", unit: "%", of: "sales")],
            timexes: [.init(start: 27, end: 34, type: "DATE", value: "2019-11-19")],
            events: [.init(date: "2019-11-19", start: 0, end: 34)])
        #expect(good.problems(body: body).isEmpty)
        var bad = good
        bad.date = "20 Nov 2019"
        bad.figures.append(.init(start: 30, end: 40, value: 1, kind: "count"))
        bad.figures.append(.init(start: 0, end: 5, value: 1, kind: "count"))
        bad.figures.append(.init(start: 18, end: 23, value: 4.5e6, kind: "cash", unit: "USD"))
        bad.events.append(.init(date: "Tuesday", start: 27, end: 34))
        bad.timexes.append(.init(start: 27, end: 34, type: "DAY", value: "2019-11-19"))
        let problems = bad.problems(body: body)
        #expect(problems.count == 6, "\(problems)")
        #expect(problems.contains { $0.contains("outside") })
        #expect(problems.contains { $0.contains("'Sales' has no digit") })
        #expect(problems.contains { $0.contains("kind 'cash'") })
        #expect(problems.contains { $0.contains("'Tuesday' is not ISO") })
        #expect(problems.contains { $0.contains("type 'DAY'") })
    }

    @Test("ISO dates and partial dates as TIMEX3 writes them are accepted, others refused")
    func isoDates() {
        for date in ["2019-11-19", "2019-11", "2019", "202", "13", "2019-W47", "2019-W46-WE", "2020-SU"] {
            #expect(FigureTimelineGold.isISODate(date), "\(date)")
        }
        for date in ["2019-13", "19-11-2019", "Tuesday", "2019-W4", "2019-11-32", ""] {
            #expect(!FigureTimelineGold.isISODate(date), "\(date)")
        }
    }
}
