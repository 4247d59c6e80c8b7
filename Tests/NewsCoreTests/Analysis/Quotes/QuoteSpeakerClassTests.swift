import Testing

@testable import NewsCore

/// Who said it, on the classes of speaker error left on published political copy after the first
/// rounds of issue 15: a description standing for the person the story named, a pronoun credit
/// after a sentence that brings in a new person, a quotation alone in its paragraph after a paragraph about its speaker, and "it" for a body
/// named earlier in the sentence. Every sentence is written here.
@Suite("Quotation speakers: classes from real copy")
struct QuoteSpeakerClassTests {
    static let cases: [QuoteCase] = [
        // Descriptions.
        QuoteCase("a description with a place in it stands for the person the story just named",
                  ["Senator Walter Brandt spoke to farmers in Ames on Tuesday.",
                   "Brandt repeated his pledge to cut fuel taxes.",
                   "\u{201C}The harvest pays for this country,\u{201D} the Iowa farmer said."],
                  [.init("The harvest pays for this country,", "Walter Brandt")]),
        QuoteCase("a description whose role word is the person's title names that person",
                  ["Democratic nominee Helen Marsh and Republican nominee Karl Vogt met in Reno.",
                   "Vogt spoke first and Marsh answered.",
                   "\u{201C}We can win the West,\u{201D} the Republican nominee said."],
                  [.init("We can win the West,", "Karl Vogt")]),
        QuoteCase("a description opening a sentence whose verb of saying comes second after 'and'",
                  ["Senator Walter Brandt spoke to farmers in Ames on Tuesday.",
                   "Brandt did not say how he would pay for the plan.",
                   "The Iowa senator also outlined a water plan and vowed to fine \u{201C}those who poison the"
                   + " rivers.\u{201D}"],
                  [.init("those who poison the rivers", "Walter Brandt", .partial)]),
        QuoteCase("a description of the other sex never names a man",
                  ["Rep. Ana Ortiz met Mayor Tom Reyes at the station, where she spoke about the new line.",
                   "He then left for the council.",
                   "\u{201C}The trains will run,\u{201D} the former congresswoman said."],
                  [.init("The trains will run,", "Ana Ortiz")]),
        QuoteCase("an unnamed role with no proper word in it stays unnamed",
                  ["Mayor Tom Reyes opened the new station on Monday.",
                   "\u{201C}I saw the whole thing,\u{201D} the driver said."],
                  [.init("I saw the whole thing,", nil)]),
        QuoteCase("a bare gendered role stands for the one person of that gender just named",
                  ["The singer Tomas Vilja and his wife, Greta, spoke about the tour on Sunday.",
                   "\u{201C}We never know what the road brings,\u{201D} said the singer."],
                  [.init("We never know what the road brings,", "Tomas Vilja")]),
        QuoteCase("'the woman' after a named woman is somebody new",
                  ["Mayor Ruth Adler opened the new bridge on Sunday.",
                   "\u{201C}It shook when the trucks went over,\u{201D} the woman said."],
                  [.init("It shook when the trucks went over,", nil)]),
        // Pronoun credits after a sentence that brings a person in.
        QuoteCase("'she said' after a sentence naming a new person goes to her, not the earlier speaker",
                  ["The plan would raise rents, said Mira Chandler, an economist at a university.",
                   "The issue has split the council, with Councillor Joan Pike \u{2014} who wants a rent freeze"
                   + " \u{2014} attacking the plan.",
                   "\u{201C}This plan would price out every teacher in town,\u{201D} she said at the hearing."],
                  [.init("This plan would price out every teacher in town,", "Joan Pike")]),
        QuoteCase("'he said' after a sentence that introduces a person as an object goes to him",
                  ["\u{201C}The rally was a success,\u{201D} said Tom Brill, who organised it.",
                   "While Brill had the crowd, the vote still worries Omar Haddad, head of the county party.",
                   "\u{201C}Crowds do not vote. People do,\u{201D} he said."],
                  [.init("The rally was a success,", "Tom Brill"), .init("Crowds do not vote. People do,", "Omar Haddad")]),
        QuoteCase("'he said' stays with the speaker of the sentence before when that sentence credits him",
                  ["Coach Dan Avery praised his goalkeeper, Leo Marsh, after the match.",
                   "Avery said the defence had held up well against Paul Ortega, the league's top scorer.",
                   "\u{201C}We kept our shape for ninety minutes,\u{201D} he said."],
                  [.init("We kept our shape for ninety minutes,", "Dan Avery")]),
        // Nested reports: the verb that governs the quotation decides.
        QuoteCase("a label given by a person inside another's report is the labeller's",
                  ["Lena Ortiz said her predecessor, Mark Hollis, had dubbed the committee's plan"
                   + " \u{201C}the slow road.\u{201D}"],
                  [.init("the slow road", "Mark Hollis", .partial)]),
        QuoteCase("a quotation a verb of saying opens with a comma is that verb's, whoever reports it after",
                  ["Omar Vance was charged with making threats on Monday.",
                   "The clerk who took the call recalled that Vance said, \u{201C}I know where you park,\u{201D}"
                   + " the prosecutor's office said."],
                  [.init("I know where you park,", "Omar Vance")]),
        QuoteCase("a credit after words that finish the quoted sentence",
                  ["\u{201C}The mayor wants a bigger deal than the small one\u{201D} announced in May, said Dan Hale,"
                   + " a scholar at the institute."],
                  [.init("The mayor wants a bigger deal than the small one", "Dan Hale")]),
        // Carry-over.
        QuoteCase("a quotation alone in its paragraph after a paragraph of partial quotations by one person",
                  ["Several lawmakers demanded the breakup of the lender.",
                   "In a statement on Monday, candidate Rosa Delgado was more careful. Though she called the"
                   + " fees \u{201C}a disgrace\u{201D} and asked for refunds, Delgado kept to the general case.",
                   "\u{201C}Any lender that cannot be run safely should be split up.\u{201D}"],
                  [.init("a disgrace", "Rosa Delgado", .partial),
                   .init("Any lender that cannot be run safely should be split up.", "Rosa Delgado")]),
        QuoteCase("a quotation right after a sentence about a named person, with no verb of saying, is hers",
                  ["On \u{201C}Morning Desk,\u{201D} Sen. Ada Brook, who lost the primary to Hale, named young voters"
                   + " as the party's best hope. \u{201C}They are tired of being talked down to.\u{201D}"],
                  [.init("They are tired of being talked down to.", "Ada Brook")]),
        // Verbs that do not govern the quotation.
        QuoteCase("a second verb joined by 'and' to a document's verb of saying is the document owner's",
                  ["Lawyers for Mara Lind filed papers in the case on Monday.",
                   "However, Mara Lind's brief said the claim was false and dismissed the reports as"
                   + " \u{201C}old and misread stories.\u{201D}"],
                  [.init("old and misread stories", "Mara Lind", .partial)]),
        QuoteCase("a participle clause opening the sentence shares the subject of the main clause",
                  ["Senator Ada Brook spoke to reporters on Monday.",
                   "After saying the budget was \u{201C}a mess from top to bottom,\u{201D} she was \u{201C}rushed"
                   + " out of the chamber\u{201D} by her aides."],
                  [.init("a mess from top to bottom", "Ada Brook", .partial),
                   .init("rushed out of the chamber", "Ada Brook", .partial)]),
        QuoteCase("a lone quotation after a paragraph that brings a person in with a role beside the name",
                  ["The clinic asked for help from one of the study's authors, Nils Okafor, a chest doctor at"
                   + " the city hospital.",
                   "\u{201C}The body overreacts to the feathers, again and again.\u{201D}",
                   "Okafor spoke to the patient by phone."],
                  [.init("The body overreacts to the feathers, again and again.", "Nils Okafor")]),
        QuoteCase("a lone quotation after a paragraph naming two people with roles stays unattributed",
                  ["The panel heard from Nils Okafor, a chest doctor, and Petra Lund, a nurse at the clinic.",
                   "\u{201C}The body overreacts to the feathers.\u{201D}"],
                  [.init("The body overreacts to the feathers.", nil)]),
        // "it" for a body named earlier in its sentence.
        QuoteCase("'what it called' names the body that opens the sentence",
                  ["The Harbor Safety Council on Friday condemned the dumping and vowed to act against what it"
                   + " called \u{201C}a plain threat to the bay.\u{201D}"],
                  [.init("a plain threat to the bay", "Harbor Safety Council", .partial)]),
    ]

    @Test("speakers by class", arguments: cases)
    func speakers(_ example: QuoteCase) {
        example.check()
    }
}
