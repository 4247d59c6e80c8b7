import Testing

@testable import NewsCore

/// An article with a headline and one paragraph per line.
private func story(_ lines: [String]) -> Article {
    ArticleParser.parse(
        (["Headline of the test story"] + lines).joined(separator: "\n\n") + "\n", format: .text, source: "real")
}

/// Conventions of published copy that the first example sets did not cover, one case per class
/// of error seen on real stories (issue 15). Every sentence is written here.
@Suite("QuoteFinder on conventions of real copy")
struct QuoteRealCopyTests {
    static let cases: [QuoteCase] = [
        QuoteCase("a partial quotation leaves the reporter's full stop inside the marks out",
                  ["Opposition leader Carla Brandt called the budget \"a gift to developers.\""],
                  [.init("a gift to developers", "Carla Brandt", .partial)]),
        QuoteCase("a newspaper opening the sentence that hands over with a colon",
                  ["The Harbor Ledger reports:", "\"Fares will rise by a fifth in the spring.\""],
                  [.init("Fares will rise by a fifth in the spring.", "Harbor Ledger")]),
        QuoteCase("a name, a long appositive, then the verb",
                  ["\u{201C}We will sue,\u{201D} Mara Quist, the attorney general of the state and one of twelve"
                   + " officials suing the agency over the rule, said on Monday."],
                  [.init("We will sue,", "Mara Quist")]),
        QuoteCase("a bare surname the people layer does not know is still the subject of said",
                  ["\"We will not give in,\" Okafor said."],
                  [.init("We will not give in,", "Okafor")]),
        QuoteCase("an inverted credit with a name alone",
                  ["\"The roads are closed until noon,\" said Brannigan."],
                  [.init("The roads are closed until noon,", "Brannigan")]),
        QuoteCase("a nationality as the subject names nobody",
                  ["\"We were never asked,\" Canadians said in letters to the council."],
                  [.init("We were never asked,", nil)]),
        QuoteCase("a credit after a horizontal bar",
                  ["\u{201C}Vote early and bring a neighbour.\u{201D} \u{2015} Lena Marsh"],
                  [.init("Vote early and bring a neighbour.", "Lena Marsh")]),
        QuoteCase("a party and state tag in brackets between the name and the verb",
                  ["\u{201C}The bill is dead,\u{201D} Rep. Dora Quill (D-Ore.) said Friday."],
                  [.init("The bill is dead,", "Dora Quill")]),
        QuoteCase("a party and state tag between commas",
                  ["\u{201C}We have the votes,\u{201D} Senate leader Amos Pell, R-Tex., said Tuesday."],
                  [.init("We have the votes,", "Amos Pell")]),
        QuoteCase("a figure inside the role after an inverted verb",
                  ["\"The vote was fair,\" said 9/11 survivor Rosa Dunn."],
                  [.init("The vote was fair,", "Rosa Dunn")]),
        QuoteCase("according to X before a whole quoted sentence",
                  ["According to Dr. Ines Ruiz, \u{201C}The trial worked better than anyone hoped.\u{201D}"],
                  [.init("The trial worked better than anyone hoped.", "Ines Ruiz")]),
        QuoteCase("a writer named before the outlet they write for",
                  ["\u{201C}Turnout will be low,\u{201D} wrote Tobias Wren for the Harbor Ledger."],
                  [.init("Turnout will be low,", "Tobias Wren")]),
        QuoteCase("a bare surname goes to the person introduced first, not a relative named in passing",
                  ["Senator Ted Vale spoke first at the hearing on Monday.",
                   "Reporters showed a photo of Nora Vale leaving the building.",
                   "\u{201C}I will not apologise,\u{201D} Vale said."],
                  [.init("I will not apologise,", "Ted Vale")]),
        QuoteCase("Ms. with a shared surname goes to the woman",
                  ["Senator Ted Vale spoke first at the hearing on Monday.",
                   "His wife, Nora Vale, watched from the gallery.",
                   "\u{201C}We are proud of him,\u{201D} Ms. Vale said."],
                  [.init("We are proud of him,", "Nora Vale")]),
        QuoteCase("a list of credited comments on consecutive lines, a middle initial in a name",
                  ["Readers wrote in after the debate.",
                   "\u{201C}The bridge is a disgrace.\u{201D} \u{2015} Pia Lund\n"
                   + "\u{201C}Nobody asked the farmers.\u{201D} \u{2015}\u{00A0}Omar J. Haidari."],
                  [.init("The bridge is a disgrace.", "Pia Lund"), .init("Nobody asked the farmers.", "Omar J. Haidari")]),
        QuoteCase("a report speaks for the body that issued it",
                  ["\"Growth will slow sharply next year,\" the OECD report stated."],
                  [.init("Growth will slow sharply next year,", "OECD")]),
        QuoteCase("an inverted verb opening the sentence is not part of the name",
                  ["Said Brannock: \u{201C}The vote was never close.\u{201D}"],
                  [.init("The vote was never close.", "Brannock")]),
        QuoteCase("a word capitalised only because it opens the sentence names nobody",
                  ["Partial minutes as follows:", "\"We adjourn until Monday.\""],
                  [.init("We adjourn until Monday.", nil)]),
        QuoteCase("an inverted verb, the outlet's name, then the writer: he wrote goes to the writer",
                  ["The polls barely moved, noted the Ledger's Ivo Brandt.",
                   "\u{201C}Debates rarely change minds,\u{201D} he wrote."],
                  [.init("Debates rarely change minds,", "Ivo Brandt")]),
        QuoteCase("an open pronoun attribution goes on with the speaker named just before",
                  ["Ana Ruiz, a scholar at the Harbor Institute, said the plan left the matter open.",
                   "\"I see no details at all,\" she said after reading it."],
                  [.init("I see no details at all,", "Ana Ruiz")]),
        QuoteCase("an organisation named just before is no one's she",
                  ["The Harbor Tenants Coalition said rents had doubled.",
                   "\"We were never consulted,\" she said."],
                  [.init("We were never consulted,", nil)]),
        QuoteCase("a transcript quoted turn by turn: each label starts a quotation and names its speaker",
                  ["Senator Ida Brandt told the host on Sunday that she would not run.",
                   "\"HOST: Will you run again?",
                   "\"BRANDT: Not this year. My family comes first.\""],
                  [.init("HOST: Will you run again?", "Host"),
                   .init("BRANDT: Not this year. My family comes first.", "Ida Brandt")]),
        QuoteCase("a person's name modifying a role before another name: the last name speaks",
                  ["Mayor Lena Okafor lost the vote on Tuesday.",
                   "\"We will appeal the ruling,\" Okafor lawyer Sam Reyes said."],
                  [.init("We will appeal the ruling,", "Sam Reyes")]),
        QuoteCase("a quotation right after a sentence ending with its attribution",
                  ["The talks may drag on into the spring, Councillor Aida Brenn said. "
                   + "\"Nobody wants to give ground before the election.\""],
                  [.init("Nobody wants to give ground before the election.", "Aida Brenn")]),
        QuoteCase("doubled single marks as the double quotation marks of wire copy on the web",
                  ["\u{2018}\u{2018}We stayed calm at the end,\u{2019}\u{2019} guard Nia Brooks said."],
                  [.init("We stayed calm at the end,", "Nia Brooks")]),
        QuoteCase("TeX marks: two backticks open, two straight single marks close",
                  ["``It was a long night,'' said coach Ole Brandt."],
                  [.init("It was a long night,", "Ole Brandt")]),
        QuoteCase("guillemets",
                  ["\u{00AB}We are ready\u{00BB}, Minister Jean Roux said on Monday."],
                  [.init("We are ready", "Jean Roux")]),
        QuoteCase("a low opening mark closed by a high one",
                  ["\u{201E}We are ready,\u{201C} said Minister Anna Vogel."],
                  [.init("We are ready,", "Anna Vogel")]),
        QuoteCase("a line with a quotation and 'on Twitter' is not a follow prompt",
                  ["Will Farrow wrote on Twitter: \"What a finish.\""],
                  [.init("What a finish.", "Will Farrow")]),
        QuoteCase("the broadcaster is the one organisation named in capitals just before",
                  ["The BBC reported the result first.", "\"The crowd was loud,\" the broadcaster said."],
                  [.init("The crowd was loud,", "BBC")]),
        QuoteCase("a missing closing mark never swallows the credit after it",
                  ["\"We will appeal the ruling, said lawyer Ana Ruiz outside the court.",
                   "The hearing resumes on Monday."],
                  [.init("We will appeal the ruling,", "Ana Ruiz")]),
        QuoteCase("the credit in the next sentence, pointing back at the quotation",
                  ["Coach Rita Alvarez spoke after the match.",
                   "\"Defence wins titles.\" That was how Alvarez put it."],
                  [.init("Defence wins titles.", "Rita Alvarez")]),
        QuoteCase("a short and a full given name with one surname are one person",
                  ["Tom Reyes scored twice in the first half.",
                   "\"We were lucky,\" Thomas Reyes said afterwards."],
                  [.init("We were lucky,", "Tom Reyes")]),
        QuoteCase("an outlet's name running into a surname: the outlet is not part of the name",
                  ["Senator Hugo Lind spoke to reporters on Monday.",
                   "In an interview with the Harbor Post Lind said, \"The port needs dredging.\""],
                  [.init("The port needs dredging.", "Hugo Lind")]),
        QuoteCase("a programme named after a possessive is a title, not speech",
                  ["Mayor Ruth Ames told Channel Nine's \"Morning Report Live\" that the bridge would reopen."],
                  []),
        QuoteCase("a programme named after on is a title even beside a verb of saying",
                  ["Governor Paul Ennis said on \"Sunday With Mara\" that he would sign the bill."],
                  []),
    ]

    @Test("conventions of real copy", arguments: cases)
    func conventions(_ example: QuoteCase) {
        let found = QuoteFinder.analyze(story(example.lines))
        let summary = found.map { "\($0.kind.rawValue) '\($0.text)' — \($0.speaker ?? "null")" }
        #expect(found.count == example.expected.count, "found: \(summary)")
        for (quote, expected) in zip(found, example.expected) {
            #expect(quote.text == expected.text, "found: \(summary)")
            #expect(quote.speaker == expected.speaker, "speaker of '\(quote.text)'")
            #expect(quote.kind == expected.kind, "kind of '\(quote.text)'")
        }
    }
}
