import Testing

@testable import NewsCore

/// Classes of quotation error seen on published web pages nobody here annotated: titles of
/// works read as speech where their marks open as a set-off quotation's would (a filmography in
/// brackets, "a BBC adaptation of “… & …”", a talent show's name), a name after a dash taken
/// for a credit though it opens the reporter's next clause, and the place in a role ("the prime
/// minister of Britain said") taken for the speaker. Every sentence is written here.
@Suite("Quotations: classes from unannotated web pages")
struct QuoteWebPageClassTests {
    static let cases: [QuoteCase] = [
        QuoteCase("titles listed in brackets after a name are a filmography, not speech",
                  ["Her son, the director Theo Marsh (\u{201C}Cold Harbor,\u{201D} \u{201C}The Long Field\u{201D}),"
                   + " remembers the year too. \u{201C}It was a strange time for all of us,\u{201D} he said."],
                  [.init("It was a strange time for all of us,", "Theo Marsh")]),
        QuoteCase("one title and its year in brackets",
                  ["The novelist Ines Corbett (\u{201C}Saltmarsh\u{201D}, 2019) said the prize money would go to"
                   + " her village library."],
                  []),
        QuoteCase("a spoken sentence in brackets is still a quotation",
                  ["Mayor Dana Okoro (\u{201C}We will rebuild the bridge\u{201D}) spoke for ten minutes."],
                  [.init("We will rebuild the bridge", "Dana Okoro")]),
        QuoteCase("a title with an ampersand after 'of' is a work",
                  ["Before that, Victor Hale \u{2014} fresh from a stage version of \u{201C}Salt & Iron\u{201D}"
                   + " \u{2014} had signed with the studio, Hale said."],
                  []),
        QuoteCase("a talent show named after 'competition' is a work",
                  ["Grace Okafor, who won the singing competition \u{201C}Sing It Loud\u{201D} in 2011, told"
                   + " reporters she was ready for the tour."],
                  []),
        QuoteCase("a name after a dash that goes on as a clause's subject is no credit",
                  ["The economist Ravi Menon spoke at the forum on Monday.",
                   "He had warned of the panic in his book \u{201C}Glassfloor\u{201D} \u{2014} Menon was not"
                   + " surprised by the crash."],
                  []),
        QuoteCase("a name after a dash that ends the line is a credit",
                  ["Readers wrote in all week about the closure of the pool.",
                   "\u{201C}My children learned to swim there\u{201D} \u{2014} Nora Quist, Leith"],
                  [.init("My children learned to swim there", "Nora Quist")]),
        QuoteCase("a kin noun before a role marks the gender a name like Charlie leaves open",
                  ["The tale of how singer Rosa Vance came to write the song began with a fall.",
                   "\u{201C}I could not stop hearing tunes,\u{201D} Vance said.",
                   "Vance\u{2019}s son, filmmaker Charlie Dunne (\u{201C}Low Tide\u{201D}), recalls it. \u{201C}We were"
                   + " worried,\u{201D} he said.",
                   "The singer was not looking for a new career. \u{201C}I liked music, that was all,\u{201D} she said."],
                  [.init("I could not stop hearing tunes,", "Rosa Vance"), .init("We were worried,", "Charlie Dunne"),
                   .init("I liked music, that was all,", "Rosa Vance")]),
        QuoteCase("a fragment opened by an ellipsis and set off alone is a heading, not the last speaker's",
                  ["\u{201C}The roads are open,\u{201D} said Colonel Ana Brandt, the army spokeswoman.",
                   "\u{201C}\u{2026} block the evacuation of the families from the old quarter of the city\u{201D}",
                   "The ministry had said the army was blocking the roads."],
                  [.init("The roads are open,", "Ana Brandt")]),
        QuoteCase("a body's name opening the sentence speaks through its participle of saying",
                  ["The singer took to social media on Monday.",
                   "Harbor Records denied the claims, saying they were \u{201C}plainly false.\u{201D}"],
                  [.init("plainly false", "Harbor Records", .partial)]),
        QuoteCase("a fronted day before a name and its appositive is never the speaker",
                  ["On Monday, the Harbor Times, the voice of the port board, warned that there is"
                   + " \u{201C}no room for delay\u{201D}."],
                  [.init("no room for delay", "Harbor Times", .partial)]),
        QuoteCase("a role of a place is an unnamed speaker, not the place",
                  ["Talks went on all week.",
                   "The prime minister of Ruritania said the offer was \u{201C}final and fair\u{201D} on Monday.",
                   "The ambassador to Britain called the plan \u{201C}a dead end\u{201D} in a statement."],
                  [.init("final and fair", nil, .partial), .init("a dead end", nil, .partial)]),
        QuoteCase("a body before its spokesperson still speaks through them",
                  ["A spokesman for Ruritania said the offer was \u{201C}final and fair\u{201D} on Monday."],
                  [.init("final and fair", "Ruritania", .partial)]),
    ]

    @Test("classes from web pages", arguments: cases)
    func classes(_ example: QuoteCase) {
        example.check()
    }
}
