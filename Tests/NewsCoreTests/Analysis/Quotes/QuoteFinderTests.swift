import Testing

@testable import NewsCore

/// One short article (a paragraph per line) and the quotations a careful editor would list.
struct QuoteCase: Sendable, CustomTestStringConvertible {
    struct Expected: Sendable {
        let text: String
        /// The speaker's name, or nil when the text does not say who it is.
        let speaker: String?
        let kind: Quotation.Kind

        init(_ text: String, _ speaker: String?, _ kind: Quotation.Kind = .direct) {
            self.text = text
            self.speaker = speaker
            self.kind = kind
        }
    }

    let rule: String
    let lines: [String]
    let expected: [Expected]
    /// True to read reported speech too (`--all`); only the indirect items are then compared.
    let all: Bool

    init(_ rule: String, _ lines: [String], _ expected: [Expected], all: Bool = false) {
        self.rule = rule
        self.lines = lines
        self.expected = expected
        self.all = all
    }

    var testDescription: String { rule }
}

extension QuoteCase {
    /// The case's lines as an article with a headline and one paragraph per line (blank lines
    /// between, so short lines are never joined as hard-wrapped text).
    var article: Article {
        ArticleParser.parse((["Headline of the test story"] + lines).joined(separator: "\n\n") + "\n", format: .text, source: "test")
    }

    /// Expects QuoteFinder to find exactly the expected quotations, in order, with their text,
    /// speaker and kind (only the indirect ones when the case reads reported speech).
    func check() {
        let found = QuoteFinder.analyze(article, includeReported: all).filter { !all || $0.kind == .indirect }
        let summary = found.map { "\($0.kind.rawValue) '\($0.text)' — \($0.speaker ?? "null")" }
        #expect(found.count == expected.count, "found: \(summary)")
        for (quote, expected) in zip(found, expected) {
            #expect(quote.text == expected.text, "found: \(summary)")
            #expect(quote.speaker == expected.speaker, "speaker of '\(quote.text)'")
            #expect(quote.kind == expected.kind, "kind of '\(quote.text)'")
        }
    }
}

/// The examples are the tests: each case is a news-writing convention, written as a new
/// sentence (never copied from a fixture), with the quotations it must give.
@Suite("QuoteFinder")
struct QuoteFinderTests {
    static let cases: [QuoteCase] = [
        QuoteCase("straight marks, inverted attribution with a title",
                  ["\"We will appeal,\" said Interior Minister Ana Torres."],
                  [.init("We will appeal,", "Ana Torres")]),
        QuoteCase("speaker before with a colon",
                  ["Finance Minister Raj Patel said: \"The budget is balanced.\""],
                  [.init("The budget is balanced.", "Raj Patel")]),
        QuoteCase("apostrophes never open a quotation",
                  ["The Smiths' shop, closed since the '90s, won't reopen, owner Jan Kowalski said on Monday.",
                   "\"It's over,\" he said."],
                  [.init("It's over,", "Jan Kowalski")]),
        QuoteCase("single marks nested inside double ones",
                  ["\u{201C}They call it \u{2018}progress\u{2019}, but it is not,\u{201D} said activist Maria Lopez."],
                  [.init("They call it \u{2018}progress\u{2019}, but it is not,", "Maria Lopez")]),
        QuoteCase("a quotation split by its attribution is two quotations by one speaker, neither holding the credit",
                  ["\u{201C}We are ready,\u{201D} Colonel Ahmed Saleh said, \u{201C}and we will not wait.\u{201D}"],
                  [.init("We are ready,", "Ahmed Saleh"), .init("and we will not wait.", "Ahmed Saleh")]),
        QuoteCase("an interrupted quotation whose credit adds a second verb ('wrote, adding,')",
                  ["Trustee chair Helen Osei wrote to members of the harbour trust on Friday.",
                   "\u{201C}We support the merger,\u{201D} Osei wrote, adding, \u{201C}but only on fair terms.\u{201D}"],
                  [.init("We support the merger,", "Helen Osei"), .init("but only on fair terms.", "Helen Osei")]),
        QuoteCase("an interrupted quotation with the speaker named after the verb",
                  ["\"The tunnel will open in May,\" said Transport Secretary Omar Haddad, \"if the inspectors agree.\""],
                  [.init("The tunnel will open in May,", "Omar Haddad"), .init("if the inspectors agree.", "Omar Haddad")]),
        QuoteCase("two quoted sentences with the attribution between stay two, same speaker",
                  ["\"We lost,\" said coach Dan Miller. \"We will be back.\""],
                  [.init("We lost,", "Dan Miller"), .init("We will be back.", "Dan Miller")]),
        QuoteCase("a quotation over two paragraphs: no closing mark, an opening mark on the next",
                  ["\"The first thing is safety. We have done our work.",
                   "\"The second thing is money,\" said Mayor Lina Berg."],
                  [.init("The first thing is safety. We have done our work.\n\n\"The second thing is money,", "Lina Berg")]),
        QuoteCase("an unclosed mark ends with its paragraph",
                  ["Union leader Kofi Mensah spoke at the gate. \"This will not stand.",
                   "The strike continues on Monday, and talks resume next week.",
                   "\"We are united,\" Mensah said."],
                  [.init("This will not stand.", "Kofi Mensah"), .init("We are united,", "Kofi Mensah")]),
        QuoteCase("a named organisation as the speaker",
                  ["\u{201C}Our network is safe,\u{201D} Orbital Telecom said in a statement."],
                  [.init("Our network is safe,", "Orbital Telecom")]),
        QuoteCase("a spokesperson speaks for the organisation named with them",
                  ["\"No decision has been made,\" a spokesman for Harbor Energy said."],
                  [.init("No decision has been made,", "Harbor Energy")]),
        QuoteCase("titles of works are not quotations",
                  ["Her new novel, \"The Quiet Harbour\", sold 40,000 copies, and the film \"Blue River\" opens in May."],
                  []),
        QuoteCase("a nickname between first name and surname is not a quotation",
                  ["Jorge \"The Hammer\" Ruiz won the fight in the third round."],
                  []),
        QuoteCase("a so-called term nobody says is not a quotation",
                  ["The so-called \"peace plan\" was rejected by both sides on Friday."],
                  []),
        QuoteCase("a partial quotation after \"described as\"",
                  ["Senator Amy Cole described the bill as \"a disaster for farmers\" during the debate."],
                  [.init("a disaster for farmers", "Amy Cole", .partial)]),
        QuoteCase("an ambiguous pronoun leaves the speaker unnamed",
                  ["Anna Berg and Maria Holm met on Tuesday to discuss the merger.",
                   "\"It went well,\" she said."],
                  [.init("It went well,", nil)]),
        QuoteCase("a credit after a dash",
                  ["\u{201C}Never give up on a match.\u{201D} \u{2014} Coach Mira Olsen"],
                  [.init("Never give up on a match.", "Mira Olsen")]),
        QuoteCase("the speaker in the paragraph before a colon",
                  ["Police Chief Tom Hardy addressed reporters outside the station, saying:",
                   "\u{201C}We have made three arrests and expect more.\u{201D}"],
                  [.init("We have made three arrests and expect more.", "Tom Hardy")]),
        QuoteCase("British single marks at the outer level",
                  ["\u{2018}We did nothing wrong,\u{2019} said company chairman Peter Black."],
                  [.init("We did nothing wrong,", "Peter Black")]),
        QuoteCase("curly and straight marks mixed",
                  ["\u{201C}It was fast,\" said driver Ken Ito after the race."],
                  [.init("It was fast,", "Ken Ito")]),
        QuoteCase("insisted as a verb of saying",
                  ["\"We paid in full,\" insisted lawyer Sara Klein."],
                  [.init("We paid in full,", "Sara Klein")]),
        QuoteCase("a quoted question",
                  ["\"Why now?\" asked Judge Omar Farouk."],
                  [.init("Why now?", "Omar Farouk")]),
        QuoteCase("an elided word with an apostrophe inside a quotation",
                  ["\"We rock 'n' roll every night,\" said singer Joe Dane."],
                  [.init("We rock 'n' roll every night,", "Joe Dane")]),
        QuoteCase("a scare quote is the words of the sentence's speaker",
                  ["Economist Lara Chen said the plan was \"wishful thinking\" and would fail."],
                  [.init("wishful thinking", "Lara Chen", .partial)]),
        QuoteCase("a labelled object after called",
                  ["The ministry of health, led by Minister Paul Ngata, called the report \"deeply flawed\"."],
                  [.init("deeply flawed", "ministry of health", .partial)]),
        QuoteCase("reported speech with that",
                  ["Prime Minister Ola Nord said that taxes would rise next year."],
                  [.init("taxes would rise next year", "Ola Nord", .indirect)], all: true),
        QuoteCase("according to",
                  ["Prices will fall next year, according to economist Mia Lund."],
                  [.init("Prices will fall next year", "Mia Lund", .indirect)], all: true),
        QuoteCase("told someone, then the report",
                  ["Mayor Tim Roe told reporters the bridge would reopen in May."],
                  [.init("the bridge would reopen in May", "Tim Roe", .indirect)], all: true),
        QuoteCase("warned that",
                  ["Health Minister Eva Sand warned that cases were rising again."],
                  [.init("cases were rising again", "Eva Sand", .indirect)], all: true),
        QuoteCase("was quoted as saying",
                  ["Coach Leo Marsh was quoted as saying he would stay at the club."],
                  [.init("he would stay at the club", "Leo Marsh", .indirect)], all: true),
        QuoteCase("an object after the verb is not a report",
                  ["Minister Eva Sand confirmed the appointment on Friday."],
                  [], all: true),
    ]

    /// A second set, written after the rules above and run once before any change, to see how
    /// the rules carry to sentences they were not written for (the first run passed 14 of 17;
    /// the fixes it led to are general: "according to" after a quotation, a lone organisation
    /// head as speaker).
    static let moreCases: [QuoteCase] = [
        QuoteCase("a title mention as the speaker",
                  ["Senator Joan Wade faces three charges of fraud.",
                   "\"I am not leaving,\" the senator said, adding that she would fight the charges."],
                  [.init("I am not leaving,", "Joan Wade")]),
        QuoteCase("an abbreviated title after the quotation",
                  ["\u{201C}It\u{2019}s the economy,\u{201D} Gov. Bill Hart told reporters on Monday."],
                  [.init("It\u{2019}s the economy,", "Bill Hart")]),
        QuoteCase("according to after a quotation",
                  ["\"We are out of water,\" according to aid worker Sami Nasser."],
                  [.init("We are out of water,", "Sami Nasser")]),
        QuoteCase("a dash inside the quotation",
                  ["\"We tried \u{2014} we really did,\" said coach Ivo Petrov."],
                  [.init("We tried \u{2014} we really did,", "Ivo Petrov")]),
        QuoteCase("a quoted question with a pronoun",
                  ["Councillor Rosa Diaz opposed the plan at Tuesday\u{2019}s meeting.",
                   "\"Who pays for this?\" she asked."],
                  [.init("Who pays for this?", "Rosa Diaz")]),
        QuoteCase("a song title is not a quotation",
                  ["The crowd sang \"Sweet Caroline\" as the final whistle blew."],
                  []),
        QuoteCase("straight single marks inside straight double ones",
                  ["\"He told me 'go home' and left,\" said witness Ana Ruiz."],
                  [.init("He told me 'go home' and left,", "Ana Ruiz")]),
        QuoteCase("an inch mark is not a quotation",
                  ["The 6'2\" forward, Marco Silva, scored twice on Saturday.",
                   "\"A great night,\" Silva said."],
                  [.init("A great night,", "Marco Silva")]),
        QuoteCase("a plural possessive before a partial quotation",
                  ["The players' union said the deal was \"unacceptable\"."],
                  [.init("unacceptable", "players' union", .partial)]),
        QuoteCase("a labelled paragraph outside an interview is not an answer",
                  ["Smith: I will run for the seat again next year."],
                  []),
        QuoteCase("a quotation running over a boilerplate line",
                  ["\"We will rebuild every house.",
                   "Advertisement",
                   "\"And we will do it this year,\" said Minister Ravi Nair."],
                  [.init("We will rebuild every house.", "Ravi Nair"), .init("And we will do it this year,", "Ravi Nair")]),
        QuoteCase("an unnamed spokeswoman names nobody",
                  ["\"No comment,\" said a spokeswoman."],
                  [.init("No comment,", nil)]),
        // The people layer does not take a name inside reported speech for a person; the
        // subject of "called" is still named as written, and it is never Pedro Alves.
        QuoteCase("a label's subject is its speaker, never the person further back",
                  ["Pedro Alves said Luis Gomes had called him \"a traitor\" in public."],
                  [.init("a traitor", "Luis Gomes", .partial)]),
        QuoteCase("warned after the quotation",
                  ["\"We will strike,\" union leader Kim Sung-ho warned."],
                  [.init("We will strike,", "Kim Sung-ho")]),
        QuoteCase("a pronoun with a colon",
                  ["Opposition leader Maria Kovacs spoke last in the debate.",
                   "She said: \"Enough is enough.\""],
                  [.init("Enough is enough.", "Maria Kovacs")]),
        QuoteCase("a paragraph of quotation alone goes on with the previous paragraph's speaker",
                  ["\u{201C}We are ready,\u{201D} said Fire Chief Dora Mills.",
                   "\u{201C}We have trained for this for years.\u{201D}"],
                  [.init("We are ready,", "Dora Mills"), .init("We have trained for this for years.", "Dora Mills")]),
        QuoteCase("an elided word in curly marks opens nothing",
                  ["The rock \u{2018}n\u{2019} roll band played on, singer Mia Kahn said."],
                  []),
        QuoteCase("a name in apposition after an inverted verb",
                  ["\"The water came in minutes,\" said one resident, Ann Lee."],
                  [.init("The water came in minutes,", "Ann Lee")]),
        QuoteCase("a quotation in parentheses is set off too",
                  ["The board met on Monday. (\"We will not comment on rumours,\" Delta Airlines said.)"],
                  [.init("We will not comment on rumours,", "Delta Airlines")]),
        QuoteCase("a group as the speaker of a scare quote",
                  ["Critics say the new rules are \"unworkable\" for small farms."],
                  [.init("unworkable", "Critics", .partial)]),
        QuoteCase("a colon hands over to the quotation of the person the sentence opens with",
                  ["Donald Grant, 72, who has lived on the island all his life, was blunt: \"Progress is progress.\""],
                  [.init("Progress is progress.", "Donald Grant")]),
        QuoteCase("an unnamed subject is the speaker, not a person further back",
                  ["Oscar Lind, whose lawyer said the charges were \"baseless and cruel\", denied wrongdoing."],
                  [.init("baseless and cruel", nil, .partial)]),
        QuoteCase("words after someone's claim are that person's, not the sentence subject's",
                  ["Governor Ines Duarte rejected Mayor Paulo Reis's claim that the vote was \"rigged from the start\"."],
                  [.init("rigged from the start", "Paulo Reis", .partial)]),
        QuoteCase("Q and A labels: the answers are the interviewee's",
                  ["We spoke to architect Lena Voss about her new library.",
                   "Q: Why timber?",
                   "A: Because it stores carbon and it is quick to build.",
                   "Q: And the cost?",
                   "A: Lower than concrete, once you count the time saved."],
                  [.init("Because it stores carbon and it is quick to build.", "Lena Voss"),
                   .init("Lower than concrete, once you count the time saved.", "Lena Voss")]),
        QuoteCase("doubled single marks as a wire's double quotation marks",
                  ["''We are here to stay,'' said union leader Ana Costa."],
                  [.init("We are here to stay,", "Ana Costa")]),
        QuoteCase("what a sign reads is not a quotation",
                  ["Protest leader Ida Berg said the mine must close, standing beside a sign reading \"Closed until the water is clean again\"."],
                  []),
        QuoteCase("police as the speaker of reported speech",
                  ["Police said two men were arrested near the harbour."],
                  [.init("two men were arrested near the harbour", "Police", .indirect)], all: true),
        QuoteCase("a plain object after said is not reported speech",
                  ["The minister said nothing more on Friday."],
                  [], all: true),
    ]

    @Test("more quotation conventions", arguments: moreCases)
    func moreConventions(_ example: QuoteCase) {
        conventions(example)
    }

    /// A third set, written last and run once before any change: the first run passed 11 of
    /// 12. The twelfth expected a quoted headline to be skipped, but the article reader does
    /// not take a line opening with a quotation mark for a headline, so it tested the reader,
    /// not these rules, and was dropped.
    static let heldOutCases: [QuoteCase] = [
        QuoteCase("attribution with an age and a comma",
                  ["\"We lost everything in an hour,\" Omar Haddad, 54, said outside the shelter."],
                  [.init("We lost everything in an hour,", "Omar Haddad")]),
        QuoteCase("a possessive before the verb names nobody",
                  ["\"We will appeal,\" said Ms. Laura Quinn's lawyer."],
                  [.init("We will appeal,", nil)]),
        QuoteCase("a statement as the colon's source",
                  ["The foreign ministry of Norway said in a statement on Friday evening: \"The talks will continue.\""],
                  [.init("The talks will continue.", "foreign ministry of Norway")]),
        QuoteCase("a present-tense feature attribution",
                  ["\u{201C}I still set two places at the table,\u{201D} says widow June Carter."],
                  [.init("I still set two places at the table,", "June Carter")]),
        QuoteCase("a quotation inside a question to the reader is not attributed by guess",
                  ["Who decided that \"affordable\" means half a million dollars?"],
                  []),
        QuoteCase("two speakers in one paragraph keep their own quotations",
                  ["\"Yes,\" said Judge Alan Price. \"No,\" replied defence lawyer Nina Bell."],
                  [.init("Yes,", "Alan Price"), .init("No,", "Nina Bell")]),
        QuoteCase("a scare quote in the reporter's voice with no speaker is left out",
                  ["The \"temporary\" bridge has now stood for eleven years."],
                  []),
        QuoteCase("reported speech cut before the next report",
                  ["Coach Ben Okafor said the team was tired and added that two players were injured."],
                  [.init("the team was tired", "Ben Okafor", .indirect), .init("two players were injured", "Ben Okafor", .indirect)],
                  all: true),
        QuoteCase("a direct quotation after said and a comma",
                  ["Mayor Grace Liu said, \"The pool will reopen in June.\""],
                  [.init("The pool will reopen in June.", "Grace Liu")]),
        QuoteCase("an attribution that names a quoted person's target, not the speaker",
                  ["\"He lied to us,\" Senator Rob Hale said of Governor Tim Ward."],
                  [.init("He lied to us,", "Rob Hale")]),
        QuoteCase("tweeted as a verb of saying",
                  ["\"Proud of this team,\" Prime Minister Karin Holt tweeted after the match."],
                  [.init("Proud of this team,", "Karin Holt")]),
    ]

    @Test("held-out quotation conventions", arguments: heldOutCases)
    func heldOutConventions(_ example: QuoteCase) {
        conventions(example)
    }

    @Test("quotation conventions", arguments: cases)
    func conventions(_ example: QuoteCase) {
        example.check()
    }
}
