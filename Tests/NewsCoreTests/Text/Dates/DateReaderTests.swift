import Testing
@testable import NewsCore

/// The one date reader over layer atoms: the dates figures report and the timeline can place.
@Suite("date reader")
struct DateReaderTests {
    /// The first date in `text`, with the text it spans.
    static func read(_ text: String) -> (date: DateReading, written: String)? {
        let scalars = ScalarText(text)
        let run = AtomRun(text: scalars)
        let reader = DateReader(run)
        for index in 0..<run.count {
            if let date = reader.read(at: index) {
                let range = run[date.start].range.lowerBound..<run[date.end - 1].range.upperBound
                return (date, scalars[range])
            }
        }
        return nil
    }

    @Test("dates as news copy writes them", arguments: [
        ("on Nov. 20, 2019 the", "Nov. 20, 2019", 2019, 11, 20),
        ("held on 20 November 2019.", "20 November 2019", 2019, 11, 20),
        ("filed 2019-11-20 in", "2019-11-20", 2019, 11, 20),
        ("since 9/11 the", "9/11", nil, 9, 11),
        ("dated 25/12/2024 and", "25/12/2024", 2024, 12, 25),
        ("by March 3 it", "March 3", nil, 3, 3),
        ("on the first of April", "first of April", nil, 4, 1),
        ("the 14th Feb. meeting", "14th Feb.", nil, 2, 14),
    ] as [(String, String, Int?, Int?, Int)])
    func dates(text: String, written: String, year: Int?, month: Int?, day: Int) throws {
        let found = try #require(Self.read(text))
        #expect(found.written == written)
        #expect(found.date.year == year)
        #expect(found.date.month == month)
        #expect(found.date.day == day)
    }

    @Test("a span of days in one month keeps its last day")
    func span() throws {
        let found = try #require(Self.read("from Jan. 2-22 the"))
        #expect(found.written == "Jan. 2-22")
        #expect(found.date.day == 2)
        #expect(found.date.lastDay == 22)
    }

    @Test("a day relative to another month names no month")
    func relative() throws {
        let found = try #require(Self.read("due on the fifth of next month"))
        #expect(found.written == "fifth")
        #expect(found.date.month == nil)
        #expect(found.date.day == 5)
    }

    @Test("fractions, clock times, a lower-case 'may' and years alone are not dates", arguments: [
        "about 3/4 of them", "at May 5:30 pm", "you may 5 times", "back in 2019 it", "rates rose 12 percent",
    ])
    func notDates(text: String) {
        #expect(Self.read(text) == nil)
    }
}
