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
        ("filed 2018.04.05 in", "2018.04.05", 2018, 4, 5),
        ("filed 2018/04/05 in", "2018/04/05", 2018, 4, 5),
        ("moved to 05.04.2019 after", "05.04.2019", 2019, 4, 5),
        ("since 9/11 the", "9/11", nil, 9, 11),
        ("dated 25/12/2024 and", "25/12/2024", 2024, 12, 25),
        ("by March 3 it", "March 3", nil, 3, 3),
        ("on the first of April", "first of April", nil, 4, 1),
        ("the 14th Feb. meeting", "14th Feb.", nil, 2, 14),
        ("VILNIUS, Sept. 11 (Reuters)", "Sept. 11", nil, 9, 11),
        ("Published 14 March 2025", "14 March 2025", 2025, 3, 14),
        ("Thursday, 20 November, 2019", "20 November, 2019", 2019, 11, 20),
        ("the 4th of july is near", "4th of july", nil, 7, 4),
        ("the 12 of Nov", "12 of Nov", nil, 11, 12),
        ("born 04th jan 2019", "04th jan 2019", 2019, 1, 4),
        ("Tim says:30 December is OK", "30 December", nil, 12, 30),
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
        "the 2009-10 season", "on Feb. 30 it", "it cost 1-1/2 points", "paid $12 December bills", "in march 5 of them",
    ])
    func notDates(text: String) {
        #expect(Self.read(text) == nil)
    }

    /// The date read in `text` by each of its three users: figures (a layer's atoms), the
    /// metadata reader (a bare line's atoms) and the timeline (its words, as a TIMEX3 mention).
    static func readers(_ text: String) throws -> [(written: String, year: Int?, month: Int?, day: Int)] {
        let scalars = ScalarText(text)
        var found: [(written: String, year: Int?, month: Int?, day: Int)] = []
        let layerRun = AtomRun(text: scalars)
        let lineRun = AtomRun(line: scalars)
        for run in [layerRun, lineRun] {
            let reader = DateReader(run)
            let date = try #require((0..<run.count).lazy.compactMap { reader.read(at: $0) }.first)
            let range = run[date.start].range.lowerBound..<run[date.end - 1].range.upperBound
            found.append((scalars[range], date.year, date.month, date.day))
        }
        let line = try #require(DateFinder.dates(in: text).first)
        let lineRange = lineRun[line.tokens.lowerBound].range.lowerBound
            ..< lineRun[line.tokens.upperBound - 1].range.upperBound
        found.append((scalars[lineRange], line.date.year, line.date.month, line.date.day))
        let layer = TokenLayer(text: scalars)
        var vocabulary = TimeVocabulary(layer)
        let words = TimeWords(layer, atoms: 0..<layer.atoms.count, vocabulary: &vocabulary)
        let mention = try #require(TimexFinder.find(words).first)
        guard case let .calendar(year, month, day) = mention.meaning, let day else {
            Issue.record("the timeline read \(mention.meaning) in \(text)")
            return found
        }
        found.append((scalars[mention.range], year, month, day))
        return found
    }

    @Test("figures, the metadata reader and the timeline read a date the same way", arguments: [
        ("Nov. 20, 2019", 2019, 11, 20), ("20 November 2019", 2019, 11, 20), ("2019-11-20", 2019, 11, 20),
        ("Sept. 11", nil, 9, 11), ("Published 14 March 2025", 2025, 3, 14), ("4th of July 1776", 1776, 7, 4),
    ] as [(String, Int?, Int, Int)])
    func sameEverywhere(text: String, year: Int?, month: Int, day: Int) throws {
        let readings = try Self.readers(text)
        #expect(readings.count == 4)
        let written = text.replacingOccurrences(of: "Published ", with: "")
        for reading in readings {
            #expect(reading.written == written)
            #expect(reading.year == year)
            #expect(reading.month == month)
            #expect(reading.day == day)
        }
    }
}
