import Testing
@testable import NewsCore

/// The classes of value errors found by reading every TempEval-3 TBAQ value miss by hand where
/// our value, not the annotation's convention, was wrong: relative expressions counted from the
/// day they name, halves and quarters of a year, counts written in words, the tense of a time in
/// brackets or fronted before a comma, "that same day" after a month, and a quarter named as a
/// comparison. Sentences written for this corpus; the reference is Thursday 2025-09-11 unless a
/// case says otherwise.
@Suite("timeline: anchors, year parts and counts")
struct TimexAnchorClassesTests {
    typealias Case = TimexCase

    static let cases: [Case] = [
        // Counted from the day the phrase names, not from the story's last date.
        Case(sentence: "The day before last Monday's vote, the mayor resigned.", text: "The day before last Monday",
             type: "DATE", value: "2025-09-07"),
        Case(sentence: "Shops reopen the day after Christmas.", text: "the day after Christmas", type: "DATE",
             value: "2025-12-26"),
        Case(sentence: "The trial should start the week of Oct. 6, lawyers said.", text: "the week of Oct. 6",
             type: "DATE", value: "2025-W41"),
        Case(sentence: "The mill closed last Oct. 23 after a fire.", text: "last Oct. 23", type: "DATE", value: "2024-10-23"),
        Case(sentence: "The bridge reopened last Sept. 2.", text: "last Sept. 2", type: "DATE", value: "2025-09-02"),
        Case(sentence: "The council will vote next March 4.", text: "next March 4", type: "DATE", value: "2026-03-04"),
        // Halves and quarters of a year written without their ordinal.
        Case(sentence: "Margins should recover in the last half of 2026.", text: "the last half of 2026", type: "DATE",
             value: "2026-H2"),
        Case(sentence: "Losses will last through the first two quarters of 2026.",
             text: "the first two quarters of 2026", type: "DATE", value: "2026-H1"),
        Case(sentence: "The retailer has lost money in the past two quarters.", text: "the past two quarters",
             type: "DURATION", value: "P2Q"),
        Case(sentence: "The lender must pay $3 million in interest every quarter.", text: "every quarter", type: "SET",
             value: "P1Q"),
        // Counts in words and with a word between the count and its unit.
        Case(sentence: "Prices will not move for a couple of years.", text: "a couple of years", type: "DURATION",
             value: "P2Y"),
        Case(sentence: "The lighthouse has stood for almost a hundred years.", text: "almost a hundred years",
             type: "DURATION", value: "P100Y", mod: "LESS_THAN"),
        Case(sentence: "The navy may stay for at least 20 more years.", text: "at least 20 more years",
             type: "DURATION", value: "P20Y", mod: "EQUAL_OR_MORE"),
        Case(sentence: "The lease can be extended for an additional year.", text: "an additional year",
             type: "DURATION", value: "P1Y"),
        // Centuries and decades written without digits of a year.
        Case(sentence: "She called herself a 20th century liberal.", text: "20th century", type: "DATE", value: "19"),
        Case(sentence: "Crime fell through the nineties.", text: "the nineties", type: "DATE", value: "199"),
        // Vague references.
        Case(sentence: "Over the years the club has shrunk.", text: "the years", type: "DURATION", value: "PXY"),
        Case(sentence: "The rest will be raised at a later date.", text: "a later date", type: "DATE", value: "FUTURE_REF"),
        Case(sentence: "Cities will one day run on sunlight, she said.", text: "one day", type: "DATE", value: "FUTURE_REF"),
        Case(sentence: "Shares were 2% higher at mid-afternoon yesterday.", text: "mid-afternoon yesterday",
             type: "TIME", value: "2025-09-10TAF", mod: "MID"),
        // A part of the day in the plural recurs, with the weekday joined to it by "and".
        Case(sentence: "The ferry sails on Friday nights from June 6.", text: "Friday nights", type: "SET",
             value: "XXXX-WXX-5TNI"),
        Case(sentence: "Buses will run on Monday and Tuesday mornings.", text: "Monday", type: "SET", value: "XXXX-WXX-1TMO"),
        // The tense of a time in brackets is its clause's; a fronted time takes the main verb's.
        Case(sentence: "\"The convoy will leave at dawn (6 a.m. Saturday),\" the minister said.",
             text: "6 a.m. Saturday", type: "TIME", value: "2025-09-13T06:00"),
        Case(sentence: "On Tuesday, the union plans to hold a rally, after talks collapsed last week.",
             text: "Tuesday", type: "DATE", value: "2025-09-16"),
        Case(sentence: "On Tuesday, the union planned to hold a rally, after talks collapsed last week.",
             text: "Tuesday", type: "DATE", value: "2025-09-09"),
    ]

    @Test("each expression is found with its extent, type and value", arguments: cases)
    func finds(_ item: Case) throws {
        try item.check()
    }

    /// Phrases opened by "the" that the finder's quick test of the next word must let through
    /// to the anchored-phrase and quarter patterns (`TimexFinder.anchorWordsAfterThe`,
    /// `yearPartWordsAfterThe`): one for each kind of word those lists hold.
    static let afterThe: [Case] = [
        Case(sentence: "Sales rose in the following week.", text: "the following week", type: "DATE", value: "2025-W38"),
        Case(sentence: "Sales rose in the previous week.", text: "the previous week", type: "DATE", value: "2025-W36"),
        Case(sentence: "Sales rose in the preceding month.", text: "the preceding month", type: "DATE", value: "2025-08"),
        Case(sentence: "Sales rose at the weekend.", text: "the weekend", type: "DATE", value: "2025-W36-WE"),
        Case(sentence: "Sales will rise in the near future.", text: "the near future", type: "DATE", value: "FUTURE_REF"),
        Case(sentence: "Sales will rise in the short term.", text: "the short term", type: "DATE", value: "FUTURE_REF"),
        Case(sentence: "Sales rose for the full year.", text: "the full year", type: "DATE", value: "2025"),
        Case(sentence: "The strike began on Sept. 3, and the port closed the same day.", text: "the same day",
             type: "DATE", value: "2025-09-03"),
        Case(sentence: "Sales rose the day before.", text: "the day before", type: "DATE", value: "2025-09-10"),
        Case(sentence: "Sales rose in the week of March 6.", text: "the week of March 6", type: "DATE", value: "2025-W10"),
        Case(sentence: "Sales rose in the first quarter.", text: "the first quarter", type: "DATE", value: "2025-Q1"),
        Case(sentence: "Sales rose in the last half of 1989.", text: "the last half of 1989", type: "DATE", value: "1989-H2"),
        Case(sentence: "Sales rose in the second half.", text: "the second half", type: "DATE", value: "2025-H2"),
        Case(sentence: "Sales rose at the end of the year.", text: "the end of the year", type: "DATE", value: "2025", mod: "END"),
    ]

    @Test("phrases opened by 'the' still reach the patterns the next word's facts gate", arguments: afterThe)
    func afterTheGate(_ item: Case) throws {
        try item.check()
    }

    @Test("'that same day' after a month is a day of that month; 'until then' is the day last named")
    func anaphoricDays() {
        let reference = CalendarDate(year: 2025, month: 9, day: 11)
        let month = TimelineFinder.timexes(
            in: "The mine flooded last March. Its owner was arrested that same day.", reference: reference)
        #expect(month.map(\.value) == ["2025-03", "2025-03-XX"])
        let until = TimelineFinder.timexes(in: "The offer ends on Sept. 30. Until then, holders may convert.", reference: reference)
        #expect(until.map(\.value) == ["2025-09-30", "2025-09-30"])
    }

    @Test("'the quarter a year ago' is the story's quarter a year back")
    func quarterAYearAgo() {
        let text = "The bank reported third-quarter profit of $4m. For the quarter a year ago, it lost $1m."
        let found = TimelineFinder.timexes(in: text, reference: CalendarDate(year: 2025, month: 10, day: 28))
        #expect(found.map(\.text) == ["third-quarter", "the quarter a year ago"])
        #expect(found.map(\.value) == ["2025-Q3", "2024-Q3"])
    }

    @Test("an earlier quarter named in the same report is a comparison, not the story's quarter")
    func comparedQuarter() {
        let text = "The mill posted a 20% gain in third-quarter profit. After a flat second quarter, sales recovered. "
            + "Charges taken in the year-earlier period also helped."
        let found = TimelineFinder.timexes(in: text, reference: CalendarDate(year: 2025, month: 11, day: 1))
        #expect(found.last?.text == "year-earlier period" || found.last?.text == "the year-earlier period")
        #expect(found.last?.value == "2024-Q3")
    }

    @Test("the last half of a decade and 'since then' are not read as a year's half or the last date")
    func notYearParts() {
        let reference = CalendarDate(year: 2025, month: 9, day: 11)
        let decade = TimelineFinder.timexes(in: "Sales were flat in the last half of the '80s.", reference: reference)
        #expect(!decade.contains { $0.value.hasSuffix("H2") }, "found \(decade.map(\.value))")
        let since = TimelineFinder.timexes(in: "The list began in 1950. Since then, 400 names were added.", reference: reference)
        #expect(since.map(\.text) == ["1950"])
    }
}
