import Testing
@testable import NewsCore

/// The classes of timeline errors issue 16 found on real copy, each with sentences written for
/// this corpus: anchoring to the publication day, years in every position, sets and vague
/// references, durations as bare plurals and clock readings, quarters, and words that look like
/// times but are names or game time. The reference is Thursday 2025-09-11 unless a case says
/// otherwise.
@Suite("timeline: classes from real copy")
struct TimexNewsClassesTests {
    typealias Case = TimexCase

    static let cases: [Case] = [
        // Anchoring: the verb that governs the expression decides, not a later clause's.
        Case(sentence: "The agency on Monday announced it will cut 200 jobs.", text: "Monday", type: "DATE", value: "2025-09-08"),
        Case(sentence: "The ferry operator said it will resume sailings on Saturday.", text: "Saturday", type: "DATE", value: "2025-09-13"),
        Case(sentence: "The mayor signs the order on Thursday.", text: "Thursday", type: "DATE", value: "2025-09-11"),
        Case(sentence: "The hearing was postponed until Monday.", text: "Monday", type: "DATE", value: "2025-09-15"),
        Case(sentence: "Crews could reopen the tunnel as soon as Tuesday.", text: "Tuesday", type: "DATE", value: "2025-09-16"),
        Case(sentence: "The tenants will meet again next Tuesday.", text: "next Tuesday", type: "DATE", value: "2025-09-16"),
        Case(sentence: "The landlord raised the rent last Friday.", text: "last Friday", type: "DATE", value: "2025-09-05"),
        Case(sentence: "The tender offer was extended to Sept. 30.", text: "Sept. 30", type: "DATE", value: "2025-09-30"),
        Case(sentence: "The dividend is payable Oct. 15 to holders of record.", text: "Oct. 15", type: "DATE", value: "2025-10-15"),
        Case(sentence: "Trading in the shares is to resume on Monday.", text: "Monday", type: "DATE", value: "2025-09-15"),
        Case(sentence: "The union was planning to strike on Monday.", text: "Monday", type: "DATE", value: "2025-09-15"),
        Case(sentence: "The sale should be completed by Aug. 1.", text: "Aug. 1", type: "DATE", value: "2026-08-01"),
        Case(sentence: "Shares have risen 12% since year-end.", text: "year-end", type: "DATE", value: "2024-12-31"),
        Case(sentence: "Flooding over the weekend closed two schools.", text: "the weekend", type: "DATE", value: "2025-W36-WE"),
        Case(sentence: "The plant opened in June last year.", text: "June last year", type: "DATE", value: "2024-06"),
        // A past perfect sets a deadline or a plan behind the story (reference Thursday).
        Case(sentence: "Most members had filed their reports by Wednesday.", text: "Wednesday", type: "DATE", value: "2025-09-10"),
        Case(sentence: "The offer had been due to expire on Friday.", text: "Friday", type: "DATE", value: "2025-09-05"),
        Case(sentence: "Until Tuesday, the police had not named a suspect.", text: "Tuesday", type: "DATE", value: "2025-09-09"),
        Case(sentence: "The fund had bought 3,000 shares through Aug. 29.", text: "Aug. 29", type: "DATE", value: "2025-08-29"),
        Case(sentence: "The team had hoped to win when the final is played in November.", text: "November", type: "DATE", value: "2025-11"),
        // Years said in words, as broadcast transcripts write them.
        Case(sentence: "The bridge was rebuilt in nineteen eighty-six after the flood.", text: "nineteen eighty-six", type: "DATE", value: "1986"),
        Case(sentence: "Prices collapsed in the winter of nineteen ninety-one.", text: "the winter of nineteen ninety-one", type: "DATE", value: "1991-WI"),
        Case(sentence: "In nineteen ninety-one Charles Keating was convicted.", text: "nineteen ninety-one", type: "DATE", value: "1991"),
        Case(sentence: "March nineteen seventy four was the wettest month.", text: "March nineteen seventy four", type: "DATE", value: "1974-03"),
        Case(sentence: "He promised new trams by the year two thousand.", text: "the year two thousand", type: "DATE", value: "2000"),
        // Holidays dated by name, the year chosen by the tense.
        Case(sentence: "The boat capsized on Thanksgiving Day.", text: "Thanksgiving Day", type: "DATE", value: "2024-11-28", reference: "2025-02-03"),
        Case(sentence: "The market will close early on Christmas Eve.", text: "Christmas Eve", type: "DATE", value: "2025-12-24"),
        // "current" before a noun is now, as TimeML marks it; accounts and rivers are not.
        Case(sentence: "Its current chairman joined in May.", text: "current", type: "DATE", value: "PRESENT_REF"),
        Case(sentence: "Sales for the current fiscal year will be flat.", text: "the current fiscal year", type: "DATE", value: "2025"),
        // Years everywhere, ranges as two years.
        Case(sentence: "Officers described a 2010 raid on the depot.", text: "2010", type: "DATE", value: "2010"),
        Case(sentence: "Voters still remember his 2007 campaign.", text: "2007", type: "DATE", value: "2007"),
        Case(sentence: "The factory grew into 1990 and beyond.", text: "1990", type: "DATE", value: "1990"),
        Case(sentence: "Archives from the 1990s were lost.", text: "the 1990s", type: "DATE", value: "199"),
        Case(sentence: "Results for fiscal 2024 were restated.", text: "fiscal 2024", type: "DATE", value: "2024"),
        Case(sentence: "Records from the year 2008 were sealed.", text: "year 2008", type: "DATE", value: "2008"),
        // Sets.
        Case(sentence: "Volunteers sweep the beach every morning.", text: "every morning", type: "SET", value: "XXXX-XX-XXTMO"),
        Case(sentence: "The club renews its kit each season.", text: "each season", type: "SET", value: "P1Y"),
        Case(sentence: "Pilgrims walk to the shrine each August.", text: "each August", type: "SET", value: "XXXX-08"),
        Case(sentence: "Licences are renewed annually.", text: "annually", type: "SET", value: "P1Y"),
        Case(sentence: "The inspectors visit twice a year.", text: "twice a year", type: "SET", value: "P1Y"),
        Case(sentence: "She writes a weekly column on gardening.", text: "weekly", type: "SET", value: "P1W"),
        // Vague references as TimeML writes them.
        Case(sentence: "The pier was busier at the time.", text: "the time", type: "DATE", value: "PAST_REF"),
        Case(sentence: "Fares are higher now than a decade ago.", text: "now", type: "DATE", value: "PRESENT_REF"),
        Case(sentence: "The library will soon close on Sundays.", text: "soon", type: "DATE", value: "FUTURE_REF"),
        Case(sentence: "Nobody can say what the near future holds.", text: "the near future", type: "DATE", value: "FUTURE_REF"),
        Case(sentence: "Demand should stay weak in the near term.", text: "the near term", type: "DATE", value: "FUTURE_REF"),
        Case(sentence: "The council hopes to balance the books by the end of the year.", text: "the end of the year", type: "DATE", value: "2025", mod: "END"),
        Case(sentence: "Spending fell this fiscal year.", text: "this fiscal year", type: "DATE", value: "2025"),
        Case(sentence: "The bank plans to close the deal by year-end.", text: "year-end", type: "DATE", value: "2025-12-31"),
        Case(sentence: "Growth over the past year was slow.", text: "the past year", type: "DURATION", value: "P1Y"),
        // Durations as bare plurals, fractions and clock readings of elapsed time.
        Case(sentence: "The repairs took weeks.", text: "weeks", type: "DURATION", value: "PXW"),
        Case(sentence: "Days later, the bridge reopened.", text: "Days", type: "DURATION", value: "PXD"),
        Case(sentence: "The dispute began months ago.", text: "months ago", type: "DURATION", value: "PXM"),
        Case(sentence: "She ran the marathon in 2:11:09.", text: "2:11:09", type: "DURATION", value: "PT2H11M9S"),
        Case(sentence: "The families lived in tents for 2 1/2 years.", text: "2 1/2 years", type: "DURATION", value: "P2Y6M"),
        Case(sentence: "The alarm rang for a minute and a half.", text: "a minute and a half", type: "DURATION", value: "PT1M30S"),
        Case(sentence: "In the last twenty four hours the river rose.", text: "the last twenty four hours", type: "DURATION", value: "PT24H"),
        Case(sentence: "Sales for the nine months ended June 30 rose.", text: "the nine months", type: "DURATION", value: "P9M"),
        Case(sentence: "The trial was delayed almost two years ago.", text: "almost two years ago", type: "DATE", value: "2023", mod: "LESS_THAN"),
        // Quarters of a year are dates (reference late October).
        Case(sentence: "Profit doubled in the third quarter.", text: "the third quarter", type: "DATE", value: "2025-Q3", reference: "2025-10-28"),
        Case(sentence: "The bakery posted third-quarter losses.", text: "third-quarter", type: "DATE", value: "2025-Q3", reference: "2025-10-28"),
        Case(sentence: "Net sales for this year's second quarter were flat.", text: "this year's second quarter", type: "DATE", value: "2025-Q2", reference: "2025-10-28"),
        Case(sentence: "Costs fell in the 2024 fourth quarter.", text: "the 2024 fourth quarter", type: "DATE", value: "2024-Q4", reference: "2025-10-28"),
        Case(sentence: "Margins narrowed during the quarter.", text: "the quarter", type: "DATE", value: "2025-Q3", reference: "2025-10-28"),
        // Reported speech: a past form in a clause of time under "would" is the future told back.
        Case(sentence: "The bank said it would sell the bonds as soon as trading opened Monday.", text: "Monday", type: "DATE", value: "2025-09-15"),
        Case(sentence: "The council said it would vote once the inspectors reported on Tuesday.", text: "Tuesday", type: "DATE", value: "2025-09-16"),
        Case(sentence: "The bank sold the bonds as soon as trading opened Monday.", text: "Monday", type: "DATE", value: "2025-09-08"),
        // Two subjects joined by "and" take a plural present with no "-s": a schedule.
        Case(sentence: "The mayor and the union leader meet separately Monday with the mediator.", text: "Monday", type: "DATE", value: "2025-09-15"),
        Case(sentence: "She and Premier Novak meet Friday in the capital.", text: "Friday", type: "DATE", value: "2025-09-12"),
        // An unplaced past: "several years ago" is TimeML's PAST_REF, not a duration.
        Case(sentence: "The mill closed several years ago.", text: "several years ago", type: "DATE", value: "PAST_REF"),
        Case(sentence: "The vault was emptied a few months ago.", text: "a few months ago", type: "DATE", value: "PAST_REF"),
        // "that year", "that same day", "later that year": the time the story last named.
        Case(sentence: "The ferry sank in June 1998 and the owner sold the line later that year.", text: "later that year", type: "DATE", value: "1998"),
        Case(sentence: "Police arrived on Oct. 23, 2019. Earlier that day, the family called the station.", text: "Earlier that day", type: "DATE", value: "2019-10-23"),
        Case(sentence: "The strike began on March 3. That same day, the port closed.", text: "That same day", type: "DATE", value: "2025-03-03"),
        Case(sentence: "Imports peaked in 1988; that year, tariffs doubled.", text: "that year", type: "DATE", value: "1988"),
        Case(sentence: "The firm was founded in March 2001. The following month, it hired 40 staff.", text: "The following month", type: "DATE", value: "2001-04"),
        Case(sentence: "The ferry line opened in 1995 and closed two years later.", text: "two years later", type: "DATE", value: "1997"),
        Case(sentence: "The plant opened in 1995. Output was 4% higher than a year earlier.", text: "a year earlier", type: "DATE", value: "2024"),
        Case(sentence: "The permit was signed on 2018.04.05 in Oslo.", text: "2018.04.05", type: "DATE", value: "2018-04-05"),
        Case(sentence: "The concert moved to 05.04.2019 after the storm.", text: "05.04.2019", type: "DATE", value: "2019-04-05"),
        Case(sentence: "The chain earned $2m in the third quarter, against $3m in the corresponding period last year.", text: "the corresponding period last year", type: "DATE", value: "2024-Q3", reference: "2025-10-28"),
        Case(sentence: "Sales in the third quarter fell, and the current quarter began well.", text: "the current quarter", type: "DATE", value: "2025-Q4", reference: "2025-10-28"),
        Case(sentence: "The offer runs until 5 p.m. EST, Nov. 6, the company said.", text: "5 p.m. EST, Nov. 6", type: "TIME", value: "2025-11-06T17:00"),
        // A weekday in the possessive dates its noun, an event already told, unless a word looks ahead.
        Case(sentence: "The tenants said they would appeal Wednesday's ruling.", text: "Wednesday", type: "DATE", value: "2025-09-10"),
        Case(sentence: "Fans queued ahead of Saturday's final.", text: "Saturday", type: "DATE", value: "2025-09-13"),
        Case(sentence: "Shares closed at $4 on Sept. 5, down 3% from the previous Friday.", text: "the previous Friday", type: "DATE", value: "2025-08-29"),
        Case(sentence: "The strike began on Sept. 3 and ended the following Monday.", text: "the following Monday", type: "DATE", value: "2025-09-08"),
        Case(sentence: "The talks began a week or so ago.", text: "a week or so ago", type: "DATE", value: "2025-W36"),
        Case(sentence: "Officials said that third-quarter profit fell.", text: "third-quarter", type: "DATE", value: "2025-Q3", reference: "2025-10-28"),
    ]

    @Test("each expression is found with its extent, type and value", arguments: cases)
    func finds(_ item: Case) throws {
        try item.check()
    }

    @Test("names, versions, game time and rates are not times", arguments: [
        "She read USA Today on the train.",
        "The host of Good Morning America left the show.",
        "He spoke on the Today programme about taxes.",
        "Producers of \"This Week\" cut the interview.",
        "The firmware for the model 2010 printer is late.",
        "The Hawks scored 14 points in the third quarter.",
        "The visitors led at the start of the second half and scored again.",
        "Santos equalised with 3:08 to play.",
        "The airline flies four times to Lisbon, up from three flights a week.",
        "The club sold 1900 tickets.",
        "The current account deficit narrowed.",
        "Swimmers were swept away by a strong current.",
        "Nineteen thirty-two firms bid for the contract.",
        "The nurses said that day care was too dear.",
    ])
    func notTimes(_ sentence: String) {
        let found = TimelineFinder.timexes(in: sentence, reference: CalendarDate(year: 2025, month: 9, day: 11))
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test("a range of years gives both years")
    func yearRanges() {
        let reference = CalendarDate(year: 2025, month: 9, day: 11)
        let spans = TimelineFinder.timexes(in: "She chaired the board in 2009-2010.", reference: reference)
        #expect(spans.map(\.value) == ["2009", "2010"])
        let short = TimelineFinder.timexes(in: "The drought of 1957-58 emptied the dam.", reference: reference)
        #expect(short.map(\.value) == ["1957", "1958"])
        let season = TimelineFinder.timexes(in: "The 2019-20 season ended early.", reference: reference)
        #expect(season.map(\.value) == ["2019", "2020"])
        #expect(TimelineFinder.timexes(in: "Call 138-2010-2015 today.", reference: reference).map(\.value) == ["2025-09-11"])
    }

    @Test("a quarterly report reads 'the latest quarter' and 'a year earlier' against its quarter")
    func storyQuarter() {
        let text = "The chain reported third-quarter profit of $2m. Sales in the latest quarter rose 4%, "
            + "against a loss a year earlier. The year-ago results were restated."
        let found = TimelineFinder.timexes(in: text, reference: CalendarDate(year: 2025, month: 10, day: 28))
        #expect(found.map(\.text) == ["third-quarter", "the latest quarter", "a year earlier", "year-ago"])
        #expect(found.map(\.value) == ["2025-Q3", "2025-Q3", "2024-Q3", "2024-Q3"])
    }

    @Test("a quarter still to come is no quarter the company reports on")
    func forecastQuarter() {
        let text = "The insurer will take a fourth-quarter charge for the storm. Claims fell in the latest "
            + "quarter, against a rise a year ago."
        let found = TimelineFinder.timexes(in: text, reference: CalendarDate(year: 2025, month: 10, day: 28))
        #expect(found.map(\.value) == ["2025-Q4", "2025-Q3", "2024-Q3"])
    }
}
