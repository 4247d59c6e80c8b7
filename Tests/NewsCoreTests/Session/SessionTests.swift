import Testing

@testable import NewsCore

private let storyLine = "Crews at the Port of Kestrel stopped work before dawn on Friday, stranding thousands of commuters on both shores of the estuary."

private func article(_ header: [String], source: String = "story.txt") -> Article {
    ArticleParser.parse((header + [storyLine]).joined(separator: "\n") + "\n", format: .text, source: source)
}

/// An article whose own date is complete: a date line with a year.
private let datedArticle = article(["Ferry Crews Walk Out", "Published 14 March 2025"], source: "dated.txt")
/// An article dated only by a dateline's month and day.
private func datelineArticle(_ monthDay: String) -> Article {
    ArticleParser.parse("KESTREL, \(monthDay) (Wirewatch) – \(storyLine)\n", format: .text, source: "wire.txt")
}
/// An article with no date at all.
private let undatedArticle = article(["Ferry Crews Walk Out"], source: "undated.txt")

private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

@Suite("Session")
struct SessionTests {
    @Test("adding articles numbers them from 1 and makes the last one current")
    func add() {
        var session = Session()
        #expect(session.current == nil)
        #expect(session.currentIndex == nil)
        let firstNumbers = session.add([datedArticle, undatedArticle])
        #expect(firstNumbers == [1, 2])
        #expect(session.current?.article.source == "undated.txt")
        let thirdNumbers = session.add([datelineArticle("March 3")])
        #expect(thirdNumbers == [3])
        #expect(session.current?.article.source == "wire.txt")
        let noNumbers = session.add([])
        #expect(noNumbers.isEmpty)
        #expect(session.current?.article.source == "wire.txt", "adding nothing leaves the current article alone")
        #expect(session.entries.count == 3)
    }

    @Test("use picks an article by 1-based number and refuses numbers out of range")
    func use() {
        var session = Session()
        session.add([datedArticle, undatedArticle])
        let usedFirst = session.use(1)
        #expect(usedFirst)
        #expect(session.current?.article.source == "dated.txt")
        for bad in [0, 3, -1] {
            let used = session.use(bad)
            #expect(!used)
            #expect(session.current?.article.source == "dated.txt")
        }
        var empty = Session()
        let usedEmpty = empty.use(1)
        #expect(!usedEmpty)
        #expect(empty.current == nil)
    }

    @Test("a date set by the user wins over everything")
    func userSetDate() throws {
        var session = Session(defaultDate: date("2020-01-01"))
        session.add([datedArticle])
        session.setCurrentDate(date("2025-09-11"))
        let reference = try #require(session.current.flatMap { session.referenceDate(of: $0) })
        #expect(reference.date == date("2025-09-11"))
        #expect(reference.origin == .userSet)

        session.setCurrentDate(nil)
        let cleared = try #require(session.current.flatMap { session.referenceDate(of: $0) })
        #expect(cleared.date == date("2025-03-14"))
        #expect(cleared.origin == .article)
    }

    @Test("the article's own full date wins over --date")
    func articleDate() throws {
        let session = Session(defaultDate: date("2020-01-01"))
        let entry = Session.Entry(article: datedArticle, dateOverride: nil)
        let reference = try #require(session.referenceDate(of: entry))
        #expect(reference.date == date("2025-03-14"))
        #expect(reference.origin == .article)
    }

    @Test("a dateline's month and day take their year from --date, nearest first",
          arguments: [("March 3", "2025-06-01", "2025-03-03"),
                      ("Dec. 31", "2026-01-02", "2025-12-31"),
                      ("Jan. 2", "2025-12-30", "2026-01-02")])
    func datelineDate(monthDay: String, defaultDate: String, expected: String) throws {
        let wire = datelineArticle(monthDay)
        #expect(wire.metadata.date?.year == nil)
        let session = Session(defaultDate: date(defaultDate))
        let reference = try #require(session.referenceDate(of: Session.Entry(article: wire, dateOverride: nil)))
        #expect(reference.date == date(expected))
        #expect(reference.origin == .article)
    }

    @Test("--date is used when the article gives no date")
    func commandLineDate() throws {
        let session = Session(defaultDate: date("2025-09-11"))
        let reference = try #require(session.referenceDate(of: Session.Entry(article: undatedArticle, dateOverride: nil)))
        #expect(reference.date == date("2025-09-11"))
        #expect(reference.origin == .commandLine)
    }

    @Test("with no date anywhere there is no reference date")
    func noDate() {
        let session = Session()
        #expect(session.referenceDate(of: Session.Entry(article: undatedArticle, dateOverride: nil))?.date == nil)
        #expect(session.referenceDate(of: Session.Entry(article: datelineArticle("March 3"), dateOverride: nil))?.date == nil,
                "a month and day alone give no year to read them in")
    }

    @Test("ISO dates parse exactly and only when they exist",
          arguments: [("2024-02-29", true), ("2000-02-29", true), ("2025-02-28", true), ("2025-12-31", true),
                      ("2025-02-29", false), ("1900-02-29", false), ("2025-04-31", false), ("2025-13-01", false),
                      ("2025-00-10", false), ("2025-01-00", false), ("2025-1-01", false), ("25-01-01", false),
                      ("2025/01/01", false), ("2025-01-01T10", false), (" 2025-01-01", false), ("+025-01-01", false),
                      ("２０２５-01-01", false), ("0999-12-31", false), ("", false), ("2025-01-01-", false)])
    func isoValidation(text: String, valid: Bool) {
        let parsed = CalendarDate(iso: text)
        #expect((parsed != nil) == valid)
        if let parsed { #expect(parsed.iso == text) }
    }

    @Test("dates order chronologically and print zero-padded")
    func ordering() {
        #expect(date("2025-01-31") < date("2025-02-01"))
        #expect(date("2024-12-31") < date("2025-01-01"))
        #expect(CalendarDate(year: 2025, month: 3, day: 4)?.iso == "2025-03-04")
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
    }

    @Test("a month and day are placed in the year nearest the reference",
          arguments: [(12, 31, "2026-01-02", "2025-12-31"), (1, 2, "2025-12-30", "2026-01-02"),
                      (6, 15, "2025-06-10", "2025-06-15"), (2, 29, "2025-03-01", "2024-02-29"),
                      (7, 1, "2025-01-01", "2025-07-01")])
    func nearest(month: Int, day: Int, reference: String, expected: String) {
        let partial = PartialDate(year: nil, month: month, day: day)
        #expect(partial.nearest(to: date(reference)) == date(expected))
    }

    @Test("a complete partial date is itself whatever the reference")
    func nearestComplete() {
        let full = PartialDate(year: 2019, month: 5, day: 1)
        #expect(full.complete == date("2019-05-01"))
        #expect(full.nearest(to: date("2025-05-01")) == date("2019-05-01"))
    }
}
