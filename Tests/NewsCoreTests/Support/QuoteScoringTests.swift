import Testing
import TestSupport

/// The PolNeAR quotations measure on small made-up cases, so the numbers it prints mean what
/// its documentation says.
@Suite("QuoteScoring")
struct QuoteScoringTests {
    typealias Gold = QuoteScoring.Gold
    typealias Found = QuoteScoring.Predicted

    @Test("names: surnames match full names, first names must agree, titles and case are ignored")
    func names() {
        #expect(QuoteScoring.namesMatch("Barack Obama", "Obama"))
        #expect(QuoteScoring.namesMatch("Obama", "President Barack Obama"))
        #expect(QuoteScoring.namesMatch("Jon Tester", "Sens. Jon Tester"))
        #expect(QuoteScoring.namesMatch("Loretta E. Lynch", "Loretta Lynch"))
        #expect(QuoteScoring.namesMatch("J. Smith", "John Smith"))
        #expect(QuoteScoring.namesMatch("The New York Post", "New York Post"))
        #expect(QuoteScoring.namesMatch("Azucena Gonzàlez", "azucena gonzalez"))
        #expect(!QuoteScoring.namesMatch("Laura Bush", "George Bush"))
        #expect(!QuoteScoring.namesMatch("Heidi Cruz", "Ted Cruz"))
        #expect(!QuoteScoring.namesMatch("Jeh Johnson", "Gary Johnson"))
    }

    @Test("a gold speaker that is only a pronoun counts as unknown")
    func pronounSpeakers() {
        #expect(Gold(range: 0..<5, speaker: "He", mention: "he", kind: "direct").speaker == nil)
        #expect(Gold(range: 0..<5, speaker: "Heath", mention: "he", kind: "direct").speaker == "Heath")
    }

    @Test("spans: exact and overlap precision and recall")
    func spans() {
        let gold = [
            Gold(range: 10..<20, speaker: "Ann Lee", mention: "Lee", kind: "direct"),
            Gold(range: 30..<40, speaker: nil, mention: nil, kind: "partial"),
            Gold(range: 50..<60, speaker: "Bo Tan", mention: "he", kind: "direct"),
        ]
        let found = [
            Found(range: 10..<20, speaker: "Lee", mention: "Lee", kind: "direct"),  // exact, right
            Found(range: 30..<39, speaker: nil, mention: nil, kind: "partial"),  // overlap only
            Found(range: 70..<80, speaker: nil, mention: nil, kind: "direct"),  // extra
        ]
        let (tally, notes) = QuoteScoring.score(gold, found)
        #expect(tally.predictedOverlapping == 2 && tally.goldOverlapped == 2)
        #expect(tally.predictedExact == 1 && tally.goldExact == 1)
        #expect(abs(tally.overlapPrecision - 2.0 / 3) < 1e-9 && abs(tally.overlapRecall - 2.0 / 3) < 1e-9)
        #expect(abs(tally.exactF1 - 1.0 / 3) < 1e-9)
        #expect(notes.contains(QuoteScoring.Note(error: .missed, index: 2)))
        #expect(notes.contains(QuoteScoring.Note(error: .extra, index: 2)))
        #expect(notes.contains(QuoteScoring.Note(error: .endDiffers, index: 1)))
    }

    @Test("an interrupted quotation is found whole or piece by piece")
    func segments() {
        let gold = [Gold(range: 0..<30, segments: [0..<10, 20..<30], speaker: "Ann Lee", mention: nil, kind: "direct")]
        let whole = QuoteScoring.score(gold, [Found(range: 0..<30, speaker: "Ann Lee", mention: nil, kind: "direct")])
        #expect(whole.0.goldExact == 1 && whole.0.predictedExact == 1)
        let pieces = QuoteScoring.score(gold, [
            Found(range: 0..<10, speaker: "Ann Lee", mention: nil, kind: "direct"),
            Found(range: 20..<30, speaker: "Ann Lee", mention: nil, kind: "direct"),
        ])
        #expect(pieces.0.goldExact == 1 && pieces.0.predictedExact == 2)
        #expect(pieces.0.rightSpeakers == 1 && pieces.0.endToEndF1 == 1)
        let half = QuoteScoring.score(gold, [Found(range: 0..<10, speaker: "Ann Lee", mention: nil, kind: "direct")])
        #expect(half.0.goldExact == 0 && half.0.goldOverlapped == 1)
    }

    @Test("speakers, mentions, kinds and end to end")
    func speakers() {
        let gold = [
            Gold(range: 0..<10, speaker: "Ann Lee", mention: "Ms. Lee", kind: "direct"),
            Gold(range: 20..<30, speaker: "Bo Tan", mention: "Tan", kind: "partial"),
            Gold(range: 40..<50, speaker: nil, mention: "a source", kind: "direct"),
        ]
        let found = [
            Found(range: 0..<10, speaker: "Ann Lee", mention: "Lee", kind: "direct"),
            Found(range: 20..<30, speaker: nil, mention: nil, kind: "direct"),
            Found(range: 40..<50, speaker: "Cy Orr", mention: "Orr", kind: "direct"),
            Found(range: 60..<70, speaker: "Ann Lee", mention: "she", kind: "direct"),
        ]
        let (tally, notes) = QuoteScoring.score(gold, found)
        // Speakers are judged only where the gold knows one.
        #expect(tally.speakersJudged == 2 && tally.rightSpeakers == 1 && tally.nullSpeakers == 1)
        #expect(tally.mentionsJudged == 3 && tally.rightMentions == 1)
        #expect(tally.kindsJudged == 3 && tally.rightKinds == 2)
        // End to end: 1 of 2 gold with a speaker; predictions judged are the two on gold with a
        // speaker and the extra one, of which one is right.
        #expect(tally.goldEndToEnd == 1 && tally.goldWithSpeaker == 2)
        #expect(tally.predictedJudged == 3 && tally.predictedEndToEnd == 1)
        #expect(notes.contains(QuoteScoring.Note(error: .nullSpeaker, index: 1)))
        #expect(notes.contains(QuoteScoring.Note(error: .wrongKind, index: 1)))
    }
}
