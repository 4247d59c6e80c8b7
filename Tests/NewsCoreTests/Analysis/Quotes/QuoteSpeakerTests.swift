import Testing

@testable import NewsCore

/// An article with the given first line as its headline and one paragraph per line after it.
private func story(headline: String, _ lines: [String]) -> Article {
    ArticleParser.parse(([headline] + lines).joined(separator: "\n\n") + "\n", format: .text, source: "speakers")
}

/// Who said it, on the classes of speaker error read on published political copy (issue 15):
/// appositives in a row between a name and its verb, a title-case headline that glues names
/// together, pronoun credits, organisations and the words a credit carries. Every sentence is
/// written here.
@Suite("Quotation speakers on real copy")
struct QuoteSpeakerTests {
    static let cases: [QuoteCase] = [
        QuoteCase("two appositives in a row between the name and the verb",
                  ["Maren Holt, a developer and spokeswoman for the Harbor Builders Coalition, which speaks for"
                   + " forty firms, said the rules were unfair.",
                   "\u{201C}Nobody asked the builders,\u{201D} she said."],
                  [.init("Nobody asked the builders,", "Maren Holt")]),
        QuoteCase("a role with a country, then a second appositive, then the verb",
                  ["Pierre Lamotte, the trade minister of Belgium, a founding member of the pact, said the tariff"
                   + " \u{201C}cannot stand without an answer.\u{201D}"],
                  [.init("cannot stand without an answer", "Pierre Lamotte", .partial)]),
        QuoteCase("a clause before the name is not an appositive",
                  ["The mayor has wanted the road closed, but Inspector Dana Whitby, head of the traffic unit,"
                   + " told reporters the lane would stay open \u{201C}for several more months\u{201D}."],
                  [.init("for several more months", "Dana Whitby", .partial)]),
        QuoteCase("a dated lead-in before the name that hands over with a colon",
                  ["On March 3, 2014, Hollis made the following remark:",
                   "\u{201C}The port will be busier than ever by the end of the decade.\u{201D}"],
                  [.init("The port will be busier than ever by the end of the decade.", "Hollis")]),
        QuoteCase("a lead-in before the subject of a partial quotation",
                  ["In recent weeks, Senator Oona Pratt has gone after the plan as a \u{201C}gift to the banks\u{201D}"
                   + " and a waste."],
                  [.init("gift to the banks", "Oona Pratt", .partial)]),
        QuoteCase("a full name with a known given name opening its clause is a person the pronoun can name",
                  ["At the meeting, Anna Varga had a question for the minister.",
                   "\u{201C}Who pays for the new bridge?\u{201D} she said."],
                  [.init("Who pays for the new bridge?", "Anna Varga")]),
        QuoteCase("a statement that is the subject of a judgement: the quoted verdict is the judge's",
                  ["Mayor Dan Ruiz spoke at the council on Monday.",
                   "The Harbor Ledger then ruled that Ruiz's statement about the budget was \u{201C}mostly true,\u{201D}"
                   + " after a week of checking."],
                  [.init("mostly true", "Harbor Ledger", .partial)]),
        QuoteCase("a claim with a that-clause is still its owner's words",
                  ["Mayor Dan Ruiz spoke at the council on Monday.",
                   "Ruiz's claim that there had been \u{201C}hundreds of complaints\u{201D} went unanswered."],
                  [.init("hundreds of complaints", "Dan Ruiz", .partial)]),
        QuoteCase("an adverb of manner between the subject and the verb",
                  ["Senator Oona Pratt spoke in Dover on Friday.",
                   "Pratt bluntly dismissed the harbour plan as a \u{201C}gift to the banks\u{201D} on Friday."],
                  [.init("gift to the banks", "Oona Pratt", .partial)]),
        QuoteCase("a noun ending in -ly stays the subject",
                  ["\u{201C}We only want the truth,\u{201D} the family said."],
                  [.init("We only want the truth,", nil)]),
        QuoteCase("a country of two words speaks as one",
                  ["New Zealand accused the shipping firm of \u{201C}reckless disregard for the reef.\u{201D}"],
                  [.init("reckless disregard for the reef", "New Zealand", .partial)]),
        QuoteCase("a given name that is also an organisation word opens a full name",
                  ["Former Mayor Bill Hanlon criticized the transit plan during a stop in Dover for his wife"
                   + " Grace Hanlon.",
                   "\u{201C}It makes no sense for the riders,\u{201D} Hanlon said."],
                  [.init("It makes no sense for the riders,", "Bill Hanlon")]),
        QuoteCase("two people with one surname both named in passing: the bare surname is the first named",
                  ["Questions about Grace Hanlon\u{2019}s health are not new.",
                   "Her doctor once worked in the office of former Mayor Bill Hanlon for a decade.",
                   "\u{201C}I was never seriously ill,\u{201D} Hanlon wrote in 2003."],
                  [.init("I was never seriously ill,", "Grace Hanlon")]),
        QuoteCase("a name, a preposition and the body it belongs to, then the verb",
                  ["David Tarrant at the Harbor Review agreed with the mayor about the budget.",
                   "\u{201C}The sums finally add up,\u{201D} he wrote."],
                  [.init("The sums finally add up,", "David Tarrant")]),
        QuoteCase("a quotation after a sentence whose last verb of saying is in a relative clause",
                  ["\u{201C}The port is ours,\u{201D} Mayor Ivo Brandt said at the dinner in Dover, where Ms. Ada Kell"
                   + " also spoke. \u{201C}The jobs are ours.\u{201D}"],
                  [.init("The port is ours,", "Ivo Brandt"), .init("The jobs are ours.", "Ivo Brandt")]),
        QuoteCase("labels given to claims nobody owns are the words of the verb that gives them",
                  ["The Harbor Ledger rated 40 percent of Green claims as \u{201C}false\u{201D} or \u{201C}pants on"
                   + " fire,\u{201D} in its review."],
                  [.init("false", "Harbor Ledger", .partial), .init("pants on fire", "Harbor Ledger", .partial)]),
        QuoteCase("a surname that is also a role opens a sentence with its appositive",
                  ["The mayor on Wednesday called on Howard Dean to apologize.",
                   "Dean, a former party chairman, poked at the mayor on Monday, tweeting, \u{201C}Notice the"
                   + " sniffing all the time.\u{201D}",
                   "He then defended the remark, saying, \u{201C}I stand by every word of it.\u{201D}"],
                  [.init("Notice the sniffing all the time.", "Howard Dean"),
                   .init("I stand by every word of it.", "Howard Dean")]),
        QuoteCase("a role held at a named body, a comma, then the name in apposition",
                  ["His former business partner at Harbor Mills, Lionel Vance, called him a master of the deal."
                   + " \u{201C}He could sell sand in a desert.\u{201D}"],
                  [.init("He could sell sand in a desert.", "Lionel Vance")]),
        QuoteCase("a phrase of saying with its preposition: the talker, not an earlier speaker",
                  ["\u{201C}Are we winning?\u{201D} Nora said, and as Governor Ray Alder went on about \u{201C}a rigged"
                   + " system\u{201D} and \u{201C}forgotten towns,\u{201D} she nodded along."],
                  [.init("Are we winning?", "Nora"), .init("a rigged system", "Ray Alder", .partial),
                   .init("forgotten towns", "Ray Alder", .partial)]),
        QuoteCase("a singer credited with the words she sings",
                  ["The singer Lena Ortiz opened the rally in Dover.",
                   "\u{201C}Keep the lights on for me,\u{201D} Ortiz sings to the crowd."],
                  [.init("Keep the lights on for me,", "Lena Ortiz")]),
        QuoteCase("a named body after a lead-in issues a statement calling something a label",
                  ["Following a hastily called, late meeting, the Harbor Council issued a statement calling the"
                   + " closure \u{201C}a plain breach of the port treaty\u{201D} on Friday."],
                  [.init("a plain breach of the port treaty", "Harbor Council", .partial)]),
        QuoteCase("an abbreviated legislator's title is not the speaker",
                  ["\u{201C}This hearing is a waste of everyone's morning,\u{201D} said Del. Marisol Trent of Guam."],
                  [.init("This hearing is a waste of everyone's morning,", "Marisol Trent")]),
        QuoteCase("a run-in subheading is a topic, not the speaker of a label after it",
                  ["Ferry Fares Divide Islands: Raising \u{201C}the burden on every commuter\u{201D} was never"
                   + " the aim of the board."],
                  [.init("the burden on every commuter", nil, .partial)]),
        QuoteCase("a quotation after a comma and 'tweeting' is set off on its own",
                  ["Ruth Calder, the party's former treasurer, mocked the budget on Sunday, tweeting,"
                   + " \u{201C}Count the zeros again. Then count them once more.\u{201D}"],
                  [.init("Count the zeros again. Then count them once more.", "Ruth Calder")]),
        QuoteCase("lower-case words after 'what X called' are the labeller's, not a name",
                  ["The harbor board condemned the dumping in what it called"
                   + " \u{201C}a reckless threat to the whole bay\u{201D} on Tuesday."],
                  [.init("a reckless threat to the whole bay", nil, .partial)]),
    ]

    @Test("speakers on real copy", arguments: cases)
    func speakers(_ example: QuoteCase) {
        let found = QuoteFinder.analyze(story(headline: "Headline of the test story", example.lines))
        let summary = found.map { "\($0.kind.rawValue) '\($0.text)' — \($0.speaker ?? "null")" }
        #expect(found.count == example.expected.count, "found: \(summary)")
        for (quote, expected) in zip(found, example.expected) {
            #expect(quote.text == expected.text, "found: \(summary)")
            #expect(quote.speaker == expected.speaker, "speaker of '\(quote.text)'")
            #expect(quote.kind == expected.kind, "kind of '\(quote.text)'")
        }
    }

    @Test("a few quoted words a verb of saying governs are kept, named speaker or not")
    func creditedShortQuotation() {
        let article = story(
            headline: "Headline of the test story",
            ["The harbor office, which reported \u{201C}nine new leaks\u{201D} on Friday, closed its pier.",
             "The pier is a \u{201C}long walk\u{201D} for anyone with a cart."])
        let found = QuoteFinder.analyze(article)
        #expect(found.map(\.text) == ["nine new leaks"], "found: \(found.map(\.text))")
        #expect(found.first?.kind == .partial)
    }

    @Test("a stage direction in brackets is nobody's words, closed or not")
    func stageDirection() {
        let article = story(
            headline: "Headline of the test story",
            ["\u{201C}We will fix the roads first, and the bridges after that,\u{201D} Hale said.",
             "\u{201C}(APPLAUSE.)",
             "HALE: The roads come first."])
        let texts = QuoteFinder.analyze(article).map(\.text)
        #expect(!texts.contains { $0.contains("APPLAUSE") }, "found: \(texts)")
        #expect(texts.contains("We will fix the roads first, and the bridges after that,"), "found: \(texts)")
    }

    @Test("'Mr.' never joins a person whose given name is a woman's, nor 'Ms.' a man's")
    func titleAgainstGivenName() {
        let article = story(
            headline: "Penhale Sees Trouble if Voters Stay Home",
            [
                "The campaign will send the senator's wife, Margaret Penhale, to three towns where voters stayed"
                    + " home last time.",
                "Mr. Penhale stayed in the capital for the budget vote.",
                "\u{201C}I will be back before the vote count,\u{201D} Ms. Penhale said.",
            ])
        let people = PeopleFinder.analyze(article).people
        let margaret = people.first { $0.name == "Margaret Penhale" }
        #expect(margaret != nil, "people: \(people.map(\.name))")
        // Her mentions are her full name and "Ms. Penhale", never "Mr. Penhale".
        #expect(margaret?.mentions.count == 2, "mentions: \(margaret?.mentions.map { "\($0.kind) \($0.range)" } ?? [])")
        // A headline that writes "if" small is still title case: "Sees" is not part of a name.
        #expect(!people.contains { $0.name.contains("Sees") }, "people: \(people.map(\.name))")
        #expect(QuoteFinder.analyze(article).map(\.speaker) == ["Margaret Penhale"])
    }

    @Test("a lower-case 'miss' before a first name is the verb, not a woman's title")
    func lowerCaseMiss() {
        let article = story(
            headline: "Headline of the test story",
            ["The founder, Tobias Wrenfield, died in May.",
             "\u{201C}We all miss Tobias every day,\u{201D} said Carla Dunmore, his partner."])
        let people = PeopleFinder.analyze(article).people
        #expect(!people.contains { $0.name == "Tobias" }, "people: \(people.map(\.name))")
        let tobias = people.first { $0.name == "Tobias Wrenfield" }
        #expect(tobias?.gender != .feminine)
    }

    @Test("a title-case headline does not glue two names and a verb into one person")
    func titleCaseHeadline() {
        let article = story(
            headline: "Ray Alder Calls Lena Ortiz \u{2018}A Menace\u{2019} Over Water Plan.",
            [
                "Gov. Ray Alder called Sen. Lena Ortiz a menace on Monday after she opposed his water plan.",
                "\u{201C}This plan will dry out the valley,\u{201D} Ortiz said.",
                "\u{201C}She is wrong,\u{201D} Alder said.",
            ])
        let names = PeopleFinder.analyze(article).people.map(\.name)
        #expect(names.contains("Lena Ortiz"), "people: \(names)")
        #expect(names.contains("Ray Alder"), "people: \(names)")
        #expect(!names.contains { $0.contains("Calls") }, "people: \(names)")
        let speakers = QuoteFinder.analyze(article).map { $0.speaker ?? "null" }
        #expect(speakers == ["Lena Ortiz", "Ray Alder"])
    }
}
