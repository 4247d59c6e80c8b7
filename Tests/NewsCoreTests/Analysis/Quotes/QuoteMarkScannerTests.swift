import Testing

@testable import NewsCore

private func article(_ paragraphs: [String]) -> Article {
    ArticleParser.parse((["Headline of the test story"] + paragraphs).joined(separator: "\n\n") + "\n", format: .text, source: "test")
}

private func spans(_ paragraphs: [String]) -> [String] {
    let article = article(paragraphs)
    return QuoteMarkScanner.spans(in: article).map { article.text[$0.content] }
}

@Suite("QuoteMarkScanner")
struct QuoteMarkScannerTests {
    @Test("apostrophes, decades and plural possessives open nothing")
    func apostrophes() {
        #expect(spans(["Don't ask the Smiths' neighbours about the '90s or the \u{2019}80s, the critics\u{2019} view."]).isEmpty)
        #expect(spans(["It\u{2019}s the \u{2018}90s again, rock \u{2019}n\u{2019} roll."]).isEmpty)
    }

    @Test("a stray mark never swallows the rest of the article")
    func boundedRecovery() {
        let found = spans(["He wrote \"this will end badly and left.", "Nothing here is quoted at all.", "\"Later,\" she said."])
        #expect(found == ["this will end badly and left.", "Later,"])
    }

    @Test("an opening mark while one is open ends the first quotation there")
    func reopened() {
        #expect(spans(["\u{201C}First part without an end. \u{201C}Second part,\u{201D} he said."]) == ["First part without an end.", "Second part,"])
    }

    @Test("a quotation runs on over a paragraph that opens with a mark, also past boilerplate")
    func continuation() {
        #expect(spans(["\u{201C}One.", "\u{201C}Two.", "\u{201C}Three,\u{201D} she said."]) == ["One.\n\n\u{201C}Two.\n\n\u{201C}Three,"])
        #expect(spans(["\"One.", "Advertisement", "\"Two,\" she said."]) == ["One.\n\nAdvertisement\n\n\"Two,"])
        // No opening mark on the next paragraph: the quotation ends with its own paragraph.
        #expect(spans(["\"One.", "Two, she said."]) == ["One."])
    }

    @Test("nested single marks stay inside the double quotation; single marks alone quote too")
    func nesting() {
        #expect(spans(["\u{201C}They call it \u{2018}reform\u{2019}, I call it theft,\u{201D} he said."]) == ["They call it \u{2018}reform\u{2019}, I call it theft,"])
        #expect(spans(["\u{2018}We are ready,\u{2019} she said."]) == ["We are ready,"])
        #expect(spans(["'We are ready,' she said."]) == ["We are ready,"])
    }

    @Test("straight and curly marks mixed, and an inch mark")
    func mixed() {
        #expect(spans(["\u{201C}Fast,\" said the driver, who is 6'2\" tall."]) == ["Fast,"])
    }
}
