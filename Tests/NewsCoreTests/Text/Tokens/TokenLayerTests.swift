import Testing
@testable import NewsCore

/// The one token layer every analyzer reads: what a word is, the flags each token carries, and
/// the story sentences with the dateline cut once.
@Suite("token layer")
struct TokenLayerTests {
    static func layer(_ body: String, headline: String = "Port Strike Ends") -> (Article, TokenLayer) {
        let article = ArticleParser.parse("\(headline)\n\n\(body)\n", format: .text, source: "test")
        return (article, article.tokens)
    }

    static func words(_ body: String) -> [String] {
        let (article, layer) = layer(body)
        return layer.words.filter { $0.has(.story) }.map { article.analysisText[$0.range] }
    }

    @Test("words are what a reader takes as one word", arguments: [
        ("U.S.-led forces crossed.", ["U.S.-led", "forces", "crossed", "."]),
        ("Gen. Ann Smith's aide left.", ["Gen.", "Ann", "Smith", "'s", "aide", "left", "."]),
        ("It cost $6.5bn in 2009-10.", ["It", "cost", "$", "6.5bn", "in", "2009-10", "."]),
        ("Some 1,300 prisoners, mid-September.", ["Some", "1,300", "prisoners", ",", "mid-September", "."]),
        ("The workers’ union won't sign.", ["The", "workers", "’", "union", "won't", "sign", "."]),
        ("J. Smith met Covid-19 patients at 6pm.", ["J.", "Smith", "met", "Covid-19", "patients", "at", "6pm", "."]),
    ])
    func words(body: String, expected: [String]) {
        #expect(Self.words(body) == expected)
    }

    @Test("atoms split a word into letter runs, digit runs and marks")
    func atoms() throws {
        let (article, layer) = Self.layer("It cost $6.5bn.")
        let index = try #require(layer.words.firstIndex { article.analysisText[$0.range] == "6.5bn" })
        let parts = layer.wordAtoms[index].map { article.analysisText[layer.atoms[$0].range] }
        #expect(parts == ["6", ".", "5", "bn"])
        #expect(layer.wordAtoms[index].allSatisfy { Int(layer.atomWord[$0]) == index })
    }

    @Test("equal forms share one id; keys drop full stops")
    func vocabulary() throws {
        let (article, layer) = Self.layer("Said the U.S. envoy: the talks said little.")
        let said = layer.words.filter { layer.form($0) == "said" }
        #expect(said.count == 2)
        #expect(Set(said.map(\.word)).count == 1)
        let us = try #require(layer.words.first { article.analysisText[$0.range] == "U.S." })
        #expect(layer.key(us) == "us")
        #expect(layer.bare(us) == "u.s")
        #expect(layer.classes(said[0]).contains(.speechVerb))
    }

    @Test("quotation flags come from the one quotation-mark pass")
    func quotations() throws {
        let (article, layer) = Self.layer("“We will not back down,” Ms. Reyes said on Friday.")
        let inside = layer.words.filter { $0.has(.inQuote) }.map { article.analysisText[$0.range] }
        #expect(inside == ["We", "will", "not", "back", "down", ","])
        let marks = layer.words.filter { $0.has(.quoteMark) }.map { article.analysisText[$0.range] }
        #expect(marks == ["“", "”"])
        #expect(layer.quotations.count == 1)
        let said = try #require(layer.words.first { layer.form($0) == "said" })
        #expect(!said.has(.inQuote))
    }

    @Test("the dateline is cut once: its words are not story text and the lead starts after it")
    func dateline() throws {
        let (article, layer) = Self.layer("VILNIUS, Sept. 11 (Reuters) - Belarus freed 52 prisoners on Thursday.")
        let dateline = try #require(article.metadata.dateline)
        let lead = try #require(layer.storySentences.first { !$0.isHeading })
        #expect(lead.range.lowerBound >= dateline.upperBound)
        let first = layer.words[lead.words.lowerBound]
        #expect(article.analysisText[first.range] == "Belarus")
        #expect(first.has(.sentenceStart))
        let vilnius = try #require(layer.words.first { article.analysisText[$0.range] == "VILNIUS" })
        #expect(vilnius.has(.dateline))
        #expect(!vilnius.has(.story))
        #expect(vilnius.has(.allCaps))
    }

    @Test("headings are read but are not story text; page furniture is flagged")
    func paragraphKinds() throws {
        let (article, layer) = Self.layer("The strike ended on Friday.\n\nREAD ALSO: Dockers vote again")
        let headline = try #require(layer.storySentences.first)
        #expect(headline.isHeading)
        let port = layer.words[headline.words.lowerBound]
        #expect(port.has(.heading) && !port.has(.story))
        let read = try #require(layer.words.first { article.analysisText[$0.range] == "READ" })
        #expect(read.has(.boilerplate))
        #expect(read.sentence == -1)
    }

    @Test("word ranges over a scalar range leave out a word the range cuts")
    func wordsInRange() {
        let (article, layer) = Self.layer("The strike ended on Friday.")
        let text = article.analysisText.string
        let start = text.distance(from: text.startIndex, to: text.range(of: "ended")!.lowerBound)
        let range = layer.words(in: start..<(start + 7))
        #expect(range.map { article.analysisText[layer.words[$0].range] } == ["ended"])
    }

    @Test("atoms of a web or e-mail address are marked as a link, and only those")
    func links() {
        let (article, layer) = Self.layer("See www.example.com/2024 or mail desk@news.org, not 2024 figures.")
        let linked = layer.atoms.filter { $0.has(.inLink) }.map { article.analysisText[$0.range] }
        #expect(linked == ["www", ".", "example", ".", "com", "/", "2024", "desk", "@", "news", ".", "org", ","])
        let linkedWords = layer.words.filter { $0.has(.inLink) }.map { article.analysisText[$0.range] }
        #expect(linkedWords.contains("www"))
        #expect(!linkedWords.contains("figures"))
    }

    @Test("a bare line's atom run has the items, forms and flags of a layer's")
    func lineRun() {
        let text = ScalarText("VILNIUS, Sept. 11 (Reuters) — U.S.-led talks’ 1,300 O'Neill's")
        let layerRun = AtomRun(text: text), lineRun = AtomRun(line: text)
        #expect(lineRun.count == layerRun.count)
        #expect(lineRun.atoms.map(\.range) == layerRun.atoms.map(\.range))
        #expect(lineRun.atoms.map(lineRun.lower) == layerRun.atoms.map(layerRun.lower))
        #expect(lineRun.atoms.map(\.possessive) == layerRun.atoms.map(\.possessive))
        #expect(lineRun.atoms.map(\.isUpperCase) == layerRun.atoms.map(\.isUpperCase))
        #expect(lineRun.atoms.map(\.spaceBefore) == layerRun.atoms.map(\.spaceBefore))
        #expect(lineRun.atoms.map(lineRun.lower).contains("u.s"))
    }
}

/// Word tables read by interned forms: the same answers as a look-up by string.
@Suite("word tables")
struct WordTableTests {
    @Test("a form's value by id equals its value by string, for forms with and without stops")
    func byIDAndByString() throws {
        let table = WordTable(["said": 1, "us": 2, "gen": 3, "année": 4])
        let article = ArticleParser.parse("Title\n\nGen. Said told the U.S. envoy: SAID année.\n", format: .text,
                                          source: "test")
        let layer = article.tokens
        for word in layer.words where word.isWord {
            #expect(table.value(ofKey: word.word, in: layer.vocabulary) == table.value(layer.key(word)))
            #expect(table.value(ofBare: word.word, in: layer.vocabulary) == table.value(layer.bare(word)))
        }
        let us = try #require(layer.words.first { layer.form($0) == "u.s." })
        #expect(table.value(ofKey: us.word, in: layer.vocabulary) == 2)
        #expect(table.value(ofForm: us.word, in: layer.vocabulary) == nil)
        let accented = try #require(layer.words.first { layer.form($0) == "année" })
        #expect(table.value(ofForm: accented.word, in: layer.vocabulary) == 4)
    }

    @Test("many words: every one is found, and words not in the table are not")
    func manyWords() {
        let words = (0..<5000).map { "w\($0)" }
        let table = WordTable(Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) }))
        #expect(words.indices.allSatisfy { table.value(words[$0]) == $0 })
        #expect(table.value("w5000") == nil && table.value("") == nil)
    }

    @Test("interning: equal forms share an id whatever their case, and the table grows past its first size")
    func interning() {
        var vocabulary = Vocabulary()
        let ids = (0..<3000).map { vocabulary.intern("form\($0)") }
        #expect(Set(ids).count == 3000)
        let text = ScalarText("FORM17 Form17 form17")
        let again = [0..<6, 7..<13, 14..<20].map { vocabulary.intern(text.scalars, $0) }
        #expect(again == [ids[17], ids[17], ids[17]])
        #expect(vocabulary.id(of: "form2999") == ids[2999])
        #expect(vocabulary.id(of: "form3000") == nil)
    }
}
