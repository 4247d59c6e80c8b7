import Testing

@testable import NewsCore

/// Classes of quotation error seen in newspaper-archive copy (doubled apostrophes for double
/// marks, dashes around asides) and on web pages nobody here annotated: a single-quoted word
/// inside an archive quotation, a title opening a sentence, a name that modifies the noun after
/// the marks, a credit after words that finish the quoted sentence, a document as a credit. Every sentence is written here.
@Suite("Quotations: archive copy and documents")
struct QuotePrintArchiveClassTests {
    static let cases: [QuoteCase] = [
        QuoteCase("a single-quoted word inside a quotation in doubled apostrophes stays inside it",
                  ["The filing is thin. The agency ''asks only that lenders list every 'material' loan, whatever"
                   + " its size. The rest stay hidden,'' the auditors wrote."],
                  [.init("asks only that lenders list every 'material' loan, whatever its size. The rest stay hidden",
                         nil, .partial)]),
        QuoteCase("a quotation in doubled apostrophes runs over paragraphs like one in double marks",
                  ["''We will not sell the mill,'' said Ada Brennan, the owner. ''It has fed this town for a"
                   + " century.",
                   "''My grandfather built it with his hands.''"],
                  [.init("We will not sell the mill,", "Ada Brennan"),
                   .init("It has fed this town for a century.\n\n''My grandfather built it with his hands.", "Ada Brennan")]),
        QuoteCase("words after the closing mark that finish the sentence come before the credit",
                  ["Senator Ruth Vale has pressed the plan all year.",
                   "\u{201C}I have respect for the arithmetic\u{201D} of the Vale plan, Mr. Okonjo said."],
                  [.init("I have respect for the arithmetic", "Okonjo")]),
        QuoteCase("a title opening the reporter's sentence is not a quotation",
                  ["\u{201C}Northern Lights\u{201D} opens at the Playhouse on Friday.",
                   "\u{201C}It was hard to write,\u{201D} said the playwright Lena Ford."],
                  [.init("It was hard to write,", "Lena Ford")]),
        QuoteCase("a chant opening the sentence before its verb of chanting is still speech",
                  ["\u{201C}Open The Gates\u{201D} chanted the crowd outside the depot."],
                  [.init("Open The Gates", nil)]),
        QuoteCase("a name that runs up to the marks modifies the noun after them and says nothing",
                  ["Those Lyft \u{201C}easy money\u{201D} adverts were everywhere in 2016."],
                  []),
    ]

    @Test("archive copy classes", arguments: cases)
    func classes(_ example: QuoteCase) {
        example.check()
    }

    @Test("a document that reads credits the quotation to the document")
    func documentReads() throws {
        let example = QuoteCase(
            "reads", ["\u{201C}A start-up from Leeds, Airwell was founded to clean the air in malls,\u{201D} the"
                      + " shop notice reads."], [])
        let quotations = QuoteFinder.analyze(example.article)
        try #require(quotations.count == 1)
        #expect(quotations[0].mention == "the shop notice")
        #expect(quotations[0].speaker == nil)
    }
}
