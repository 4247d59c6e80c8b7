import Testing
@testable import NewsCore

/// Temporal expressions as news copy writes them, each read against a fixed reference date
/// (Thursday 2025-09-11): a table of cases in the manner of Duckling's corpora, grown whenever a
/// bug is found.
@Suite("temporal expressions")
struct TimexFinderTests {
    typealias Case = TimexCase

    static let reference = CalendarDate(year: 2025, month: 9, day: 11)!

    static let cases: [Case] = [
        // Full and partial dates.
        Case(sentence: "The deal was signed on Sept. 11, 2025, in Vilnius.", text: "Sept. 11, 2025", type: "DATE", value: "2025-09-11"),
        Case(sentence: "It was signed on 11 September 2025.", text: "11 September 2025", type: "DATE", value: "2025-09-11"),
        Case(sentence: "Filed 2025-09-11 at the court.", text: "2025-09-11", type: "DATE", value: "2025-09-11"),
        Case(sentence: "The letter is dated 9/11/2025 in US order.", text: "9/11/2025", type: "DATE", value: "2025-09-11"),
        Case(sentence: "Talks resume in mid-September.", text: "mid-September", type: "DATE", value: "2025-09", mod: "MID"),
        Case(sentence: "The plant closed in early 2021.", text: "early 2021", type: "DATE", value: "2021", mod: "START"),
        Case(sentence: "Rents rose sharply in the 1990s.", text: "the 1990s", type: "DATE", value: "199"),
        Case(sentence: "He was sentenced in 2021 to 15 years.", text: "2021", type: "DATE", value: "2021"),
        Case(sentence: "The vote was held on Thursday, Sept. 4, 2025.", text: "Thursday, Sept. 4, 2025", type: "DATE", value: "2025-09-04"),
        // Tense decides which way a weekday or a bare month points.
        Case(sentence: "Belarus released 52 prisoners on Thursday.", text: "Thursday", type: "DATE", value: "2025-09-11"),
        Case(sentence: "The minister resigned on Monday.", text: "Monday", type: "DATE", value: "2025-09-08"),
        Case(sentence: "The minister will resign on Monday.", text: "Monday", type: "DATE", value: "2025-09-15"),
        Case(sentence: "He was convicted in January.", text: "January", type: "DATE", value: "2025-01"),
        Case(sentence: "The council will revisit the plan in January.", text: "January", type: "DATE", value: "2026-01"),
        // Relative dates.
        Case(sentence: "The quake struck yesterday.", text: "yesterday", type: "DATE", value: "2025-09-10"),
        Case(sentence: "The regulator blocked a deal last week.", text: "last week", type: "DATE", value: "2025-W36"),
        Case(sentence: "Kestrel first approached Sahel two years ago.", text: "two years ago", type: "DATE", value: "2023"),
        Case(sentence: "A review was published earlier this month.", text: "earlier this month", type: "DATE", value: "2025-09"),
        Case(sentence: "Shareholders vote on the first of next month.", text: "the first of next month", type: "DATE", value: "2025-10-01"),
        Case(sentence: "The weather is now the bigger enemy.", text: "now", type: "DATE", value: "PRESENT_REF"),
        Case(sentence: "Prices have recently fallen.", text: "recently", type: "DATE", value: "PAST_REF"),
        Case(sentence: "Such floods were rare in the past, she said.", text: "the past", type: "DATE", value: "PAST_REF"),
        Case(sentence: "Rates may rise in the future.", text: "the future", type: "DATE", value: "FUTURE_REF"),
        // Durations.
        Case(sentence: "He was jailed for 15 years.", text: "15 years", type: "DURATION", value: "P15Y"),
        Case(sentence: "He has ruled for over three decades.", text: "over three decades", type: "DURATION", value: "P30Y", mod: "MORE_THAN"),
        Case(sentence: "It came a day after the vote.", text: "a day", type: "DURATION", value: "P1D"),
        Case(sentence: "It follows years of sanctions.", text: "years", type: "DURATION", value: "PXY"),
        Case(sentence: "After a nine-hour debate the budget passed.", text: "nine-hour", type: "DURATION", value: "PT9H"),
        Case(sentence: "The talks lasted an hour and a half.", text: "an hour and a half", type: "DURATION", value: "PT1H30M"),
        // Business-news periods.
        Case(sentence: "Sales fell in the second quarter.", text: "the second quarter", type: "DATE", value: "2025-Q2"),
        Case(sentence: "The plant will close by the end of 2026.", text: "the end of 2026", type: "DATE", value: "2026", mod: "END"),
        // Told in the past on a Thursday, "the weekend" is the one gone (ISO week 36's).
        Case(sentence: "Protests continued over the weekend.", text: "the weekend", type: "DATE", value: "2025-W36-WE"),
        Case(sentence: "Protests will continue over the weekend.", text: "the weekend", type: "DATE", value: "2025-W37-WE"),
        Case(sentence: "The deal closed on Sept. 1. A month later the firm was sold.", text: "A month later", type: "DATE", value: "2025-10"),
        Case(sentence: "The town has grown over the past few years.", text: "the past few years", type: "DURATION", value: "PXY"),
        Case(sentence: "It was founded in the 19th century.", text: "the 19th century", type: "DATE", value: "18"),
        Case(sentence: "The decade-long war ended.", text: "decade-long", type: "DURATION", value: "P10Y"),
        // Times and sets.
        Case(sentence: "The shock came at 10 a.m. local time.", text: "10 a.m. local time", type: "TIME", value: "2025-09-11T10:00"),
        Case(sentence: "Analysts meet at 6pm.", text: "6pm", type: "TIME", value: "2025-09-11T18:00"),
        Case(sentence: "He spoke on Wednesday evening.", text: "Wednesday evening", type: "TIME", value: "2025-09-10TEV"),
        Case(sentence: "The festival is held every year.", text: "every year", type: "SET", value: "P1Y"),
        Case(sentence: "She hauls pumps for me on Saturdays.", text: "Saturdays", type: "SET", value: "XXXX-WXX-6"),
    ]

    @Test("each expression is found with its extent, type and value", arguments: cases)
    func finds(_ item: Case) throws {
        try item.check()
    }

    @Test("names, modals and event names are not times", arguments: [
        "May Hendricks stayed in the lab.", "Prices may fall.", "May still jokes about it.",
        "Trump spoke at a 9/11 memorial.", "The firm employs 2000 people.", "Call 138-2010-2015 now that it is open.",
        "Councillor Gareth May defended the package.",
    ])
    func notTimes(_ sentence: String) {
        let found = TimelineFinder.timexes(in: sentence, reference: Self.reference)
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test("a comparison's base dates no event; the attribution's day dates the figure")
    func comparisonBase() throws {
        let article = ArticleParser.parse("Profits rose 5% from a year earlier, the company said on Tuesday.", format: .text, source: "test")
        let analysis = TimelineFinder.analyze(article, reference: Self.reference)
        #expect(analysis.timexes.map(\.value) == ["2024", "2025-09-09"])
        let event = try #require(analysis.events.first)
        #expect(analysis.events.count == 1)
        #expect(event.description == "Profits rose 5%")
        #expect(event.date == "2025-09-09")
    }

    @Test("the month May after a preposition is a month")
    func mayAsMonth() {
        let found = TimelineFinder.timexes(in: "You had a frightening experience in May.", reference: Self.reference)
        #expect(found.map(\.value) == ["2025-05"])
    }

    @Test("without a reference date nothing is invented")
    func underspecified() {
        let values = TimelineFinder.timexes(in: "Belarus released prisoners on Thursday, a year after talks began last week.", reference: nil)
            .map(\.value)
        #expect(values == ["XXXX-WXX-4", "P1Y", "XXXX-WXX"])
    }

    @Test("an expression at the very end of the text, with nothing after it")
    func atEnd() {
        #expect(TimelineFinder.timexes(in: "see you tomorrow", reference: Self.reference).map(\.value) == ["2025-09-12"])
        #expect(TimelineFinder.timexes(in: "the call is at 6pm", reference: Self.reference).map(\.value) == ["2025-09-11T18:00"])
        #expect(TimelineFinder.timexes(in: "Thursday 1 pm", reference: Self.reference).map(\.value) == ["2025-09-11T13:00"])
    }

    @Test("a clock time takes the day named in its own clause")
    func timeWithDay() {
        let found = TimelineFinder.timexes(in: "We meet tomorrow at 8:45 a.m., not at noon today.", reference: Self.reference)
        #expect(found.first?.value == "2025-09-12")
        #expect(found.dropFirst().first?.value == "2025-09-12T08:45")
    }
}
