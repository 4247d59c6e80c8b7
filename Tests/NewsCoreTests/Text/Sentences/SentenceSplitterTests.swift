import Testing

@testable import NewsCore

/// One input and the sentences a careful editor would mark in it.
struct SentenceCase: Sendable, CustomTestStringConvertible {
    let rule: String
    let input: String
    let expected: [String]

    init(_ rule: String, _ input: String, _ expected: [String]) {
        self.rule = rule
        self.input = input
        self.expected = expected
    }

    var testDescription: String { rule }
}

private func sentences(_ input: String) -> [String] {
    let text = ScalarText(input)
    return SentenceSplitter().split(text, in: 0..<text.count).map { text[$0] }
}

private func ranges(_ input: String) -> [Range<Int>] {
    let text = ScalarText(input)
    return SentenceSplitter().split(text, in: 0..<text.count)
}

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    static let titlesAndAbbreviationsCases: [SentenceCase] = [
        SentenceCase(
            "titles never end a sentence",
            "Mr. Ruiz met Gen. Okafor and Sen. Jane Lind on Tuesday. They spoke for an hour.",
            ["Mr. Ruiz met Gen. Okafor and Sen. Jane Lind on Tuesday.", "They spoke for an hour."]),
        SentenceCase(
            "U.S. before a capitalised noun stays in the sentence",
            "The U.S. Embassy issued a statement. The U.S. President did not comment.",
            ["The U.S. Embassy issued a statement.", "The U.S. President did not comment."]),
        SentenceCase(
            "U.S. ends a sentence before a typical opening word",
            "The talks moved to the U.S. They resumed on Monday.",
            ["The talks moved to the U.S.", "They resumed on Monday."]),
        SentenceCase(
            "U.S. before a lower-case word",
            "She has lived in the U.S. for a decade.",
            ["She has lived in the U.S. for a decade."]),
        SentenceCase(
            "month abbreviations before a number",
            "Talks began on Jan. 5 and ended on Sept. 30 with a deal. Both sides signed.",
            ["Talks began on Jan. 5 and ended on Sept. 30 with a deal.", "Both sides signed."]),
        SentenceCase(
            "a month abbreviation can end a sentence",
            "The law took effect in Jan. The courts upheld it.",
            ["The law took effect in Jan.", "The courts upheld it."]),
        SentenceCase(
            "dateline",
            "RIGA, Sept. 11 (Reuters) - Latvia freed 12 detainees on Thursday. Officials confirmed it.",
            [
                "RIGA, Sept. 11 (Reuters) - Latvia freed 12 detainees on Thursday.",
                "Officials confirmed it.",
            ]),
        SentenceCase(
            "company suffix before a job title",
            "Acme Inc. Chief Executive Dana Holt resigned. Shares of Acme Inc. (ACME) fell.",
            ["Acme Inc. Chief Executive Dana Holt resigned.", "Shares of Acme Inc. (ACME) fell."]),
        SentenceCase(
            "company suffix at the end of a sentence",
            "The deal was signed with Orbit Corp. It closed on Friday.",
            ["The deal was signed with Orbit Corp.", "It closed on Friday."]),
        SentenceCase(
            "No. before a number, St. before a name",
            "He lives at No. 5 Main St. in St. Louis with his brother.",
            ["He lives at No. 5 Main St. in St. Louis with his brother."]),
        SentenceCase(
            "page abbreviation",
            "The figures are on p. 12 of the report.",
            ["The figures are on p. 12 of the report."]),
        SentenceCase(
            "clock times",
            "The raid began at 5 a.m. Tuesday and ended at 9 p.m. Police gave no details.",
            ["The raid began at 5 a.m. Tuesday and ended at 9 p.m.", "Police gave no details."]),
        SentenceCase(
            "a clock time alone is not a sentence",
            "At 6 a.m. Mrs. Ortiz opened the shop.",
            ["At 6 a.m. Mrs. Ortiz opened the shop."]),
    ]

    static let initialsAndNumbersCases: [SentenceCase] = [
        SentenceCase(
            "middle initials",
            "John F. Kennedy was elected in 1960. Ana M. Ruiz wrote about it.",
            ["John F. Kennedy was elected in 1960.", "Ana M. Ruiz wrote about it."]),
        SentenceCase(
            "the pronoun I ends a sentence",
            "It was up to you and I. Did it matter?",
            ["It was up to you and I.", "Did it matter?"]),
        SentenceCase(
            "decimals, money and percentages",
            "Growth was 3.5 percent, costs rose to $1.2bn and inflation hit 4.5%. Markets rose.",
            [
                "Growth was 3.5 percent, costs rose to $1.2bn and inflation hit 4.5%.",
                "Markets rose.",
            ]),
        SentenceCase(
            "a number ends a sentence",
            "The ticket cost $250.50. It was worth it.",
            ["The ticket cost $250.50.", "It was worth it."]),
        SentenceCase(
            "a sentence can open with money",
            "Prices rose. $40 buys less now.",
            ["Prices rose.", "$40 buys less now."]),
        SentenceCase(
            "no space after the period",
            "It rained all day.Then it stopped at 1,000.Nobody minded.",
            ["It rained all day.", "Then it stopped at 1,000.", "Nobody minded."]),
        SentenceCase(
            "e-mail and web addresses",
            "Write to desk@news.example.org. See https://example.com/a.b?c=1. Or (www.NewsDesk.org). It helps.",
            [
                "Write to desk@news.example.org.", "See https://example.com/a.b?c=1.",
                "Or (www.NewsDesk.org).", "It helps.",
            ]),
    ]

    static let punctuationAndQuotesCases: [SentenceCase] = [
        SentenceCase(
            "question and exclamation marks",
            "Is it over? Nobody knows! Wait?! Yes.",
            ["Is it over?", "Nobody knows!", "Wait?!", "Yes."]),
        SentenceCase(
            "exclamation mark in a name",
            "He won on Jeopardy! last spring.",
            ["He won on Jeopardy! last spring."]),
        SentenceCase(
            "an ellipsis inside a sentence",
            "He paused … and went on. She said she was not sure... I think she was.",
            ["He paused … and went on.", "She said she was not sure... I think she was."]),
        SentenceCase(
            "an ellipsis and a period",
            "Nobody saw it coming.... Then the lights went out.",
            ["Nobody saw it coming....", "Then the lights went out."]),
        SentenceCase(
            "elision in brackets",
            "“The plan […] was never tested [...] at scale,” he wrote.",
            ["“The plan […] was never tested [...] at scale,” he wrote."]),
        SentenceCase(
            "quotation ending in a comma and its attribution",
            "Nobody was surprised. “It should never have happened in the first place,” she said. Officials declined to comment.",
            [
                "Nobody was surprised.",
                "“It should never have happened in the first place,” she said.",
                "Officials declined to comment.",
            ]),
        SentenceCase(
            "curly quotation closing after its stop",
            "He said: “We will win.” Then he left.",
            ["He said: “We will win.”", "Then he left."]),
        SentenceCase(
            "straight quotation closing after its stop",
            "He said: \"We will win.\" Then he left.",
            ["He said: \"We will win.\"", "Then he left."]),
        SentenceCase(
            "single curly quotation",
            "She whispered, ‘Run.’ Then she ran.",
            ["She whispered, ‘Run.’", "Then she ran."]),
        SentenceCase(
            "single straight quotation followed by a lower-case attribution",
            "He looked up, 'That is fine.' he said.",
            ["He looked up, 'That is fine.' he said."]),
        SentenceCase(
            "question in a quotation with a lower-case attribution",
            "“Why now?” she asked. Nobody answered.",
            ["“Why now?” she asked.", "Nobody answered."]),
        SentenceCase(
            "question in a quotation with a named attribution",
            "\"Why now?\" Ms. Lind asked. Nobody answered.",
            ["\"Why now?\" Ms. Lind asked.", "Nobody answered."]),
        SentenceCase(
            "question in a quotation followed by a new sentence",
            "“Is it over?” Nobody knew.",
            ["“Is it over?”", "Nobody knew."]),
        SentenceCase(
            "parentheses",
            "The vote was close (52 to 48). Then it was over. He teaches (he once worked as an engineer.) at the college. (The firm declined to comment.) Shares fell.",
            [
                "The vote was close (52 to 48).", "Then it was over.",
                "He teaches (he once worked as an engineer.) at the college.",
                "(The firm declined to comment.)", "Shares fell.",
            ]),
        SentenceCase(
            "possessive after an abbreviation",
            "The award went to Ruiz Jr.'s team.",
            ["The award went to Ruiz Jr.'s team."]),
    ]

    static let listsAndLinesCases: [SentenceCase] = [
        SentenceCase(
            "numbered list on one line",
            "1. Close the roads 2. Open the shelters",
            ["1. Close the roads", "2. Open the shelters"]),
        SentenceCase(
            "lettered list with parentheses",
            "a) sandbags b) pumps c) boats",
            ["a) sandbags", "b) pumps", "c) boats"]),
        SentenceCase(
            "bullets",
            "• Roads closed • Schools shut",
            ["• Roads closed", "• Schools shut"]),
        SentenceCase(
            "dash bullets on their own lines",
            "Closed today:\n- Main Street\n- Harbor Road",
            ["Closed today:\n- Main Street", "- Harbor Road"]),
        SentenceCase(
            "headline, byline and read-also lines without stops",
            "Storm closes coastal roads\nBy Ana Ruiz\nHeavy rain shut three roads on Monday, officials said.\nREAD ALSO: Flood warnings stay in place for the weekend\nCrews expect to reopen them by Friday.",
            [
                "Storm closes coastal roads", "By Ana Ruiz",
                "Heavy rain shut three roads on Monday, officials said.",
                "READ ALSO: Flood warnings stay in place for the weekend",
                "Crews expect to reopen them by Friday.",
            ]),
        SentenceCase(
            "a line ending in a colon runs on into the quotation",
            "The mayor ended with a warning, saying:\n“Stay home until the water drops.”",
            ["The mayor ended with a warning, saying:\n“Stay home until the water drops.”"]),
        SentenceCase(
            "a line ending in a function word runs on",
            "Talks were held with the\nPrime Minister on Friday.",
            ["Talks were held with the\nPrime Minister on Friday."]),
        SentenceCase(
            "a line broken before a lower-case word runs on",
            "The bridge stayed\nclosed until noon.",
            ["The bridge stayed\nclosed until noon."]),
        SentenceCase(
            "lower-case list lines",
            "sandbags\nwater pumps\nfirst aid, blankets\n",
            ["sandbags", "water pumps", "first aid, blankets"]),
        SentenceCase(
            "hard-wrapped prose joins lines broken before a capital",
            """
            The city council voted on Tuesday to close two schools and merge the
            students into a new campus, a decision that angered parents from both
            North Ridge and Lakeview, who had asked the council to wait one year.
            The vote was six to three.
            """,
            [
                "The city council voted on Tuesday to close two schools and merge the\nstudents into a new campus, a decision that angered parents from both\nNorth Ridge and Lakeview, who had asked the council to wait one year.",
                "The vote was six to three.",
            ]),
        SentenceCase(
            "Markdown heading and list lines after a stop",
            "He earned a Ph.D. in 2001.\n# Storm update\n* Roads closed",
            ["He earned a Ph.D. in 2001.", "# Storm update", "* Roads closed"]),
        SentenceCase(
            "a blank line always ends a sentence",
            "Storm warning\n\nresidents were told to stay home.",
            ["Storm warning", "residents were told to stay home."]),
    ]

    @Test(arguments: titlesAndAbbreviationsCases)
    func titlesAndAbbreviations(_ example: SentenceCase) {
        #expect(sentences(example.input) == example.expected)
    }

    @Test(arguments: initialsAndNumbersCases)
    func initialsAndNumbers(_ example: SentenceCase) {
        #expect(sentences(example.input) == example.expected)
    }

    @Test(arguments: punctuationAndQuotesCases)
    func punctuationAndQuotes(_ example: SentenceCase) {
        #expect(sentences(example.input) == example.expected)
    }

    @Test(arguments: listsAndLinesCases)
    func listsAndLines(_ example: SentenceCase) {
        #expect(sentences(example.input) == example.expected)
    }

    // MARK: Offsets

    @Test func offsetsCountScalarsAroundEmoji() {
        // 🎉 is one scalar; the family is five (three people, two joiners); a flag is two.
        #expect(ranges("Great news 🎉. Next one.") == [0..<13, 14..<23])
        #expect(ranges("👩‍👩‍👧 came. 🇱🇹 won.") == [0..<11, 12..<19])
    }

    @Test func offsetsCountCombiningMarks() {
        // "Cafe\u{301}" is five scalars.
        #expect(ranges("Cafe\u{301} closed. It reopened.") == [0..<13, 14..<26])
    }

    @Test func offsetsSkipCRLFLineEnds() {
        #expect(ranges("First line.\r\nSecond line.\r\n") == [0..<11, 13..<25])
        #expect(ranges("Roads closed\r\nRain kept falling.") == [0..<12, 14..<32])
    }

    @Test func sentencesStayInsideTheRange() {
        let text = ScalarText("Skip this. Take this one. And this. Skip.")
        let found = SentenceSplitter().split(text, in: 11..<35)
        #expect(found == [11..<25, 26..<35])
        #expect(found.map { text[$0] } == ["Take this one.", "And this."])
    }

    @Test func rangeCutMidSentenceEndsThere() {
        let text = ScalarText("He met Mr. Ruiz. Then")
        #expect(SentenceSplitter().split(text, in: 0..<9) == [0..<9])
        #expect(SentenceSplitter().split(text, in: 0..<0).isEmpty)
        #expect(SentenceSplitter().split(text, in: 17..<100) == [17..<21])
    }

    @Test func sentencesAreTrimmedOrderedAndDisjoint() {
        let text = ScalarText(
            "  Headline here\n\n Dr. Lee spoke at 9 a.m. Tuesday.  “Why?” he asked.\tOK!  ")
        let found = SentenceSplitter().split(text, in: 0..<text.count)
        #expect(
            found.map { text[$0] } == [
                "Headline here", "Dr. Lee spoke at 9 a.m. Tuesday.", "“Why?” he asked.", "OK!",
            ])
        for (earlier, later) in zip(found, found.dropFirst()) {
            #expect(earlier.upperBound <= later.lowerBound)
        }
        for range in found { #expect(range.trimmed(in: text) == range) }
    }

    // MARK: Scale

    @Test func pathologicalInputsStayLinear() {
        let chain = String(repeating: "a.", count: 100_000)
        let dots = String(repeating: ".", count: 100_000)
        let spaced = String(repeating: ". ", count: 100_000)
        let lines = String(repeating: "x\n", count: 100_000)
        for input in [chain, dots, spaced, lines] {
            let text = ScalarText(input)
            let found = SentenceSplitter().split(text, in: 0..<text.count)
            #expect(!found.isEmpty)
        }
    }
}
