import Testing
import TestSupport

/// The scoring behind `newsdesk-eval real`, on a page made up for the test.
@Suite("real-page scoring")
struct FigureTimelineScoringTests {
    // "Sales fell by 30 to 126 units, a 19% drop, on Monday; in 2018 they rose."
    //  figures: 30 at 14..<16, 126 at 20..<23, 19% at 33..<36, 2018 at 55..<59
    let goldFigures: [FigureTimelineGold.Figure] = [
        .init(start: 14, end: 16, value: 30, kind: "count", of: "units"),
        .init(start: 20, end: 23, value: 126, kind: "count", of: "units"),
        .init(start: 33, end: 36, value: 19, kind: "percent", unit: "%", of: "sales"),
        .init(start: 55, end: 59, value: 2018, kind: "year"),
    ]

    @Test("figures: exact spans match; value, kind, unit and the counted noun are scored on matches")
    func figures() {
        let found: [FigureTimelineScoring.FoundFigure] = [
            .init(range: 14..<23, value: 30, high: 126, kind: "count", of: "units"),  // a range for change + level
            .init(range: 33..<36, value: 19, kind: "percent", unit: "%", of: "the sales"),
            .init(range: 55..<59, value: 2018, kind: "count"),
            .init(range: 60..<62, value: 3, kind: "count"),
        ]
        let (tally, notes) = FigureTimelineScoring.figures(goldFigures, found)
        #expect(tally.gold == 4 && tally.found == 4)
        #expect(tally.matched == 2)
        #expect(tally.overlapping == 4)
        #expect(tally.valueRight == 2)
        #expect(tally.kindRight == 1)
        #expect(tally.unitRight == 2)
        #expect(tally.ofGold == 1 && tally.ofRight == 1 && tally.ofHeadRight == 1)
        #expect(notes.filter { $0.message.hasPrefix("missed") }.count == 2)
        #expect(notes.filter { $0.message.hasPrefix("extra") }.count == 2)
        let score = FigureTimelineScoring.prf(tally.matched, found: tally.found, gold: tally.gold)
        #expect(score.p == 0.5 && score.r == 0.5 && score.f1 == 0.5)
    }

    @Test("a value within 0.01% of the gold agrees; a range's upper end must agree too")
    func values() {
        #expect(FigureTimelineScoring.close(12.9e9, 12.9e9 + 1000))
        #expect(!FigureTimelineScoring.close(12.9e9, 12.8e9))
        #expect(FigureTimelineScoring.close(nil, nil))
        #expect(!FigureTimelineScoring.close(50e9, nil))
    }

    @Test("the counted noun's head: plural, possessive and trailing modifiers set aside")
    func headNouns() {
        #expect(FigureTimelineScoring.headNoun("crates of apples") == "crate")
        #expect(FigureTimelineScoring.headNoun("the bank's London-listed bonds") == "bond")
        #expect(FigureTimelineScoring.headNoun("the people") == "people")
        #expect(FigureTimelineScoring.headNoun("older voters who stayed at home") == "voter")
        #expect(FigureTimelineScoring.headNoun(nil) == nil)
    }

    @Test("timexes: strict needs the exact span, relaxed an overlap; values compared on relaxed matches")
    func timexes() {
        let gold: [FigureTimelineGold.Timex] = [
            .init(start: 40, end: 46, type: "DATE", value: "2019-11-18"),
            .init(start: 52, end: 59, type: "DATE", value: "2018"),
            .init(start: 0, end: 5, type: "DURATION", value: "P1W"),
        ]
        let found: [FigureTimelineScoring.FoundTimex] = [
            .init(range: 37..<46, type: "DATE", value: "2019-11-25"),
            .init(range: 55..<59, type: "DATE", value: "2018"),
            .init(range: 70..<75, type: "SET", value: "P1D"),
        ]
        var tally = FigureTimelineScoring.TimelineTally()
        let notes = FigureTimelineScoring.timexes(gold, found, into: &tally)
        #expect(tally.gold == 3 && tally.found == 3)
        #expect(tally.strict == 0 && tally.relaxed == 2)
        #expect(tally.typeRight == 2 && tally.valueRight == 1)
        #expect(notes.contains { $0.message == "timex missed (DURATION P1W)" })
        #expect(notes.contains { $0.message.hasPrefix("timex extra") })
    }

    @Test("events: found when placed inside the gold clause, dated right when the dates agree")
    func events() {
        let gold: [FigureTimelineGold.Event] = [
            .init(date: "2019-11-18", start: 0, end: 46),
            .init(date: "2018", start: 48, end: 70),
            .init(date: "2019-10", start: 80, end: 100),
        ]
        let found: [FigureTimelineScoring.FoundEvent] = [
            .init(date: "2018", anchor: 55..<59),
            .init(date: "2019-11-25", anchor: 40..<46),
            .init(date: "2019-10", anchor: 120..<128),
        ]
        var tally = FigureTimelineScoring.TimelineTally()
        let notes = FigureTimelineScoring.events(gold, found, into: &tally)
        #expect(tally.goldEvents == 3 && tally.foundEvents == 3)
        #expect(tally.eventsFound == 2)
        #expect(tally.eventsDatedRight == 1)
        #expect(notes.map(\.message) == ["event dated 2019-11-25, gold 2019-11-18", "event missed (2019-10)"])
    }
}
