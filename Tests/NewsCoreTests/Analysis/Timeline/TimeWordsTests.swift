import Testing
@testable import NewsCore

/// The timeline's view of the token layer: how it groups atoms, and the facts it carries per
/// form, which the date patterns rely on.
@Suite("timeline tokens")
struct TimeWordsTests {
    static func tokens(_ body: String) throws -> (Article, TimeWords) {
        let article = ArticleParser.parse("Port Strike Ends\n\n\(body)\n", format: .text, source: "test")
        let layer = article.tokens
        var vocabulary = TimeVocabulary(layer)
        let paragraph = try #require(article.paragraphs.last)
        return (article, TimeWords(layer, atoms: layer.atoms(in: paragraph.range), vocabulary: &vocabulary))
    }

    static func texts(_ body: String) throws -> [String] {
        let (article, tokens) = try tokens(body)
        return tokens.map { article.text[$0.range] }
    }

    @Test("letters and digits that touch stay apart; hyphens join letter runs; numbers keep commas and one stop",
          arguments: [
              ("Talks end at 6pm on 10.30am.", ["Talks", "end", "at", "6", "pm", "on", "10.30", "am", "."]),
              ("Some 1,300 left in mid-September.", ["Some", "1,300", "left", "in", "mid-September", "."]),
              ("A 15-year term in the 1990s.", ["A", "15", "-", "year", "term", "in", "the", "1990", "s", "."]),
              ("U.S.-led talks at 9 a.m. ended.", ["U.S.", "-", "led", "talks", "at", "9", "a.m.", "ended", "."]),
              ("It cost 6.5bn in 2009-10.", ["It", "cost", "6.5", "bn", "in", "2009", "-", "10", "."]),
          ])
    func grouping(body: String, expected: [String]) throws {
        #expect(try Self.texts(body) == expected)
    }

    @Test("a possessive is one token of its own kind; a plural's lone apostrophe is a mark")
    func possessives() throws {
        let (article, tokens) = try Self.tokens("Smith's aide met the workers’ union.")
        let possessive = try #require(tokens.firstIndex { $0.kind == .possessive })
        #expect(article.text[tokens[possessive].range] == "'s")
        let apostrophe = try #require(tokens.firstIndex { article.text[$0.range] == "’" })
        #expect(tokens[apostrophe].kind == .mark)
        #expect(tokens[apostrophe].has(.apostrophe))
    }

    @Test("facts come with each form: months, weekdays, units, counts, numbers, tense cues")
    func facts() throws {
        let (article, tokens) = try Self.tokens("On Thursday, Sept. 11, three decades later, 1,300 were sentenced.")
        func facts(_ text: String) throws -> TimeFacts {
            let index = try #require(tokens.firstIndex { article.text[$0.range] == text })
            return tokens.facts(index)
        }
        #expect(try facts("Thursday").weekday == 4)
        #expect(try facts("Sept").month == 9)
        #expect(try facts("Sept").has(.monthAbbreviation))
        #expect(try facts("three").count == 3)
        #expect(try facts("decades").unit == .decade)
        #expect(try facts("1,300").number == 1_300)
        #expect(try facts("11").integer == 11)
        #expect(try facts("sentenced").has(.pastVerb))
        #expect(try facts("On").has(.canStart) == false)
        #expect(try facts("Thursday").has(.canStart))
    }

    @Test("the dateline's tokens carry the layer's flag, so events can start after it")
    func dateline() throws {
        let text = "Port Strike Ends\n\nROTTERDAM, May 2 (Newsline) – Dockworkers walked out on Monday.\n"
        let article = ArticleParser.parse(text, format: .text, source: "test")
        let layer = article.tokens
        var vocabulary = TimeVocabulary(layer)
        let paragraph = try #require(article.paragraphs.last)
        let tokens = TimeWords(layer, atoms: layer.atoms(in: paragraph.range), vocabulary: &vocabulary)
        let cut = tokens.prefix { $0.inDateline }.count
        #expect(cut > 0)
        let story = tokens.dropping(first: cut)
        let first = try #require(story.first)
        #expect(article.text[first.range] == "Dockworkers")
    }
}
