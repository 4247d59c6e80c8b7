import Testing

@testable import NewsCore

/// A quotation carried over paragraphs past page furniture (a promo line, "Advertisement") is
/// given as its story parts with one speaker; the furniture is in neither part. Seen on a
/// published web page whose quotation ran over two photo captions and a "SEE MORE:" promo.
@Suite("Quotations: page furniture inside a quotation over paragraphs")
struct QuoteFurnitureTests {
    static let cases: [QuoteCase] = [
        QuoteCase("a promo line inside a quotation over paragraphs is left out of it",
                  ["Commander Lena Brandt said: \u{201C}The crews are tired. They have worked for a week.",
                   "SEE MORE: Floods: 300 homes cut off in the valley",
                   "\u{201C}We will still be here on Sunday.\u{201D}"],
                  [.init("The crews are tired. They have worked for a week.", "Lena Brandt"),
                   .init("We will still be here on Sunday.", "Lena Brandt")]),
        QuoteCase("story paragraphs back to back stay one quotation",
                  ["Commander Lena Brandt said: \u{201C}The crews are tired.",
                   "\u{201C}We will still be here on Sunday.\u{201D}"],
                  [.init("The crews are tired.\n\n\u{201C}We will still be here on Sunday.", "Lena Brandt")]),
    ]

    @Test("furniture inside a quotation", arguments: cases)
    func furniture(_ example: QuoteCase) {
        example.check()
    }
}
