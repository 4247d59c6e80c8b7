import Testing
import TestSupport

/// The scoring behind `eval-people --real` and `eval-quotes --real` on a small made-up page.
@Suite("scoring people and quotations against real-page gold")
struct RealPagesScoringTests {
    static let page = "Anna Weiss, the club's coach, said: “We back the plan,” she said. “Not at any price.” "
        + "Mark Weiss disagreed."
    static let text = Array(page.unicodeScalars)

    static func range(of words: String, after start: Int = 0) -> Range<Int> {
        let scalars = Array(words.unicodeScalars)
        let at = (start...(text.count - scalars.count)).first { Array(text[$0..<$0 + scalars.count]) == scalars }!
        return at..<at + scalars.count
    }

    static let gold = [
        RealPageGold.Person(
            name: "Anna Weiss", title: "coach", mentions: [range(of: "Anna Weiss"), range(of: "she")]),
        RealPageGold.Person(name: "Mark Weiss", title: nil, mentions: [range(of: "Mark Weiss")]),
    ]

    @Test("a surname-only person goes to the gold person whose mentions it shares, not to the namesake")
    func matchesBySharedMentions() {
        let found = [
            RealPagesScoring.FoundPerson(
                name: "Weiss", title: "club's coach", mentions: [Self.range(of: "Anna Weiss"), Self.range(of: "she")]),
            RealPagesScoring.FoundPerson(name: "Club", title: nil, mentions: [Self.range(of: "club")]),
        ]
        let score = RealPagesScoring.scorePeople(gold: Self.gold, found: found, text: Self.text)
        #expect(score.matchedPeople == 1)
        #expect(score.goldPeople == 2 && score.foundPeople == 2)
        #expect(score.rightTitles == 1)
        #expect(score.goldMentions == 3 && score.foundGoldMentions == 2)
        #expect(score.goldPronouns == 1 && score.foundGoldPronouns == 1)
        #expect(score.notes.contains("missed person: Mark Weiss"))
        #expect(score.notes.contains { $0.hasPrefix("extra person: Club") })
    }

    @Test("quotations: exact despite a trailing comma, overlap for a longer span, speakers by name rule")
    func scoresQuotations() {
        let plan = Self.range(of: "We back the plan,")
        let price = Self.range(of: "Not at any price.")
        let gold = [
            RealPageGold.Quote(range: plan, speaker: "Anna Weiss", kind: "direct"),
            RealPageGold.Quote(range: price, speaker: "Anna Weiss", kind: "direct"),
        ]
        let found = [
            // Without its comma: still exact. Speaker by surname: right.
            RealPagesScoring.FoundQuote(range: plan.lowerBound..<plan.upperBound - 1, speaker: "Weiss", kind: "direct"),
            // Runs on past the closing mark: overlap only, and the namesake is the wrong speaker.
            RealPagesScoring.FoundQuote(
                range: price.lowerBound..<price.upperBound + 2, speaker: "Mark Weiss", kind: "partial"),
            RealPagesScoring.FoundQuote(range: Self.range(of: "coach"), speaker: nil, kind: "partial"),
        ]
        let score = RealPagesScoring.scoreQuotes(gold: gold, found: found, text: Self.text)
        #expect(score.gold == 2 && score.found == 3)
        #expect(score.exact == 1)
        #expect(score.overlapping == 2)
        #expect(score.namedSpeakers == 2 && score.rightSpeakers == 1)
        #expect(score.rightKinds == 1)
        #expect(score.endToEnd == 1)
        #expect(score.notes.contains { $0.hasPrefix("extra partial quotation (null)") })
    }

    @Test("name and title rules")
    func nameAndTitleRules() {
        #expect(RealPagesScoring.namesAgree("Tom Reyes", "Thomas Reyes"))
        #expect(RealPagesScoring.namesAgree("Trump", "Donald Trump"))
        #expect(RealPagesScoring.namesAgree("Patrick W. Carlineo Jr.", "Patrick Carlineo"))
        #expect(!RealPagesScoring.namesAgree("Joe Biden", "Hunter Biden"))
        #expect(RealPagesScoring.sameName("Mr. Trump", "Trump"))
        #expect(RealPagesScoring.titlesAgree("Rep.", "representative"))
        #expect(RealPagesScoring.titlesAgree("coach", "Wild coach"))
        #expect(RealPagesScoring.titlesAgree(nil, nil))
        #expect(!RealPagesScoring.titlesAgree("coach", nil))
        #expect(!RealPagesScoring.titlesAgree("Ukraine expert", "another witness"))
    }
}
