import Testing

@testable import NewsCore

/// Titles of works are not speech, even where their marks open as a set-off quotation's would,
/// and a name after a dash is a credit only when it ends the line. Classes seen on a published
/// arts feature (a filmography in brackets, "a BBC adaptation of “… & …”", a talent show's
/// name, "his book “…” — Name was …"); every sentence is written here.
@Suite("Quotations: titles of works and dash credits")
struct QuoteTitleTests {
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
    ]

    @Test("titles and dash credits", arguments: cases)
    func titles(_ example: QuoteCase) {
        example.check()
    }
}
