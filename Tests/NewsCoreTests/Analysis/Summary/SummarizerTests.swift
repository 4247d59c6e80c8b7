import Testing
@testable import NewsCore

/// The summarizer's rules, each on a short article written for the test.
@Suite("summarizer")
struct SummarizerTests {
    static func article(_ lines: [String], format: Article.Format = .text) -> Article {
        ArticleParser.parse(lines.joined(separator: "\n") + "\n", format: format, source: "test")
    }

    static func texts(_ summary: Summary, _ article: Article) -> [String] {
        summary.sentences.map { article.text[$0.range] }
    }

    /// A plain story: lead, background, a dangling "However" sentence packed with the story's
    /// words, quotes and colour.
    static let harbour = article([
        "Harbour workers strike over pay at Eastport",
        "By Jo Bell",
        "Published 3 May 2025",
        "Harbour workers at Eastport walked out on Monday over pay, halting cargo at the country's second-largest port.",
        "The union said 2,400 members joined the strike after talks with the port authority collapsed last week.",
        "However, the harbour workers strike at Eastport port over pay may end if the port authority and the union resume talks.",
        "READ ALSO: Ferry fares to rise in June",
        "Port authority chief Mara Olsen said the offer of a 5% rise was fair and final.",
        "Olsen added that the authority would seek a court order if the walkout continued past Friday.",
        "It was the first strike at the port since 2019.",
        "“We will stay out until they listen,” said union leader Tom Reyes, who has led the union for ten years.",
        "Shipping firms have begun sending vessels to other ports, costing the port an estimated $3 million a day.",
    ])

    @Test("the lead comes first and the sentences come in article order")
    func leadFirstInOrder() throws {
        let summary = Summarizer.summarize(Self.harbour)
        #expect(summary.sentences.count == 3)
        let first = try #require(Self.texts(summary, Self.harbour).first)
        #expect(first.hasPrefix("Harbour workers at Eastport walked out"))
        let indices = summary.sentences.map(\.sentence)
        #expect(indices == indices.sorted())
        #expect(Set(indices).count == indices.count)
    }

    @Test("headline, byline, date line and boilerplate are never chosen, whatever the length")
    func onlyStorySentences() {
        let summary = Summarizer.summarize(Self.harbour, options: SummaryOptions(sentences: 20))
        for sentence in summary.sentences {
            let paragraph = Self.harbour.paragraph(containing: sentence.range.lowerBound)
            #expect(paragraph?.isStory == true, "\(Self.harbour.text[sentence.range])")
        }
        #expect(summary.sentences.allSatisfy { !Self.harbour.text[$0.range].contains("READ ALSO") })
    }

    @Test("sentences that lean on an unnamed antecedent are not chosen while others remain")
    func noDanglingOpeners() {
        let summary = Summarizer.summarize(Self.harbour, options: SummaryOptions(sentences: 5))
        let texts = Self.texts(summary, Self.harbour)
        #expect(summary.sentences.count == 5)
        #expect(!texts.contains { $0.hasPrefix("However") }, "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("It was") }, "\(texts)")
    }

    @Test("with every usable sentence taken, a dangling one may follow the sentence it leans on")
    func repairAfterAntecedent() {
        let summary = Summarizer.summarize(Self.harbour, options: SummaryOptions(sentences: 20))
        let slots = summary.sentences.map(\.sentence)
        #expect(summary.sentences.contains { Self.harbour.text[$0.range].hasPrefix("However") })
        for (position, sentence) in summary.sentences.enumerated() where Self.harbour.text[sentence.range].hasPrefix("However") {
            #expect(position > 0 && slots[position - 1] == sentence.sentence - 1)
        }
    }

    @Test("a pronoun-led sentence joins only when the people layer resolves it to someone already named")
    func resolvedPronoun() {
        let named = Self.article([
            "Finance minister Carl Berg announced cuts of $2 billion to the national health budget on Tuesday.",
            "Wards shut.",
            "He said the health budget cuts would be reversed once the economy recovered next year.",
        ])
        let texts = Self.texts(Summarizer.summarize(named), named)
        #expect(texts.count == 2, "\(texts)")
        #expect(texts.last?.hasPrefix("He said") == true)
        // Nobody the lead names can be "he": the sentence stays out.
        let ambiguous = Self.article([
            "Finance minister Anna Berg announced cuts of $2 billion to the national health budget on Tuesday, her office said.",
            "Wards shut.",
            "He said the health budget cuts would be reversed once the economy recovered next year.",
        ])
        #expect(Summarizer.summarize(ambiguous).sentences.count == 1)
    }

    @Test("-n and --words limit the summary; with both, the first limit reached wins")
    func limits() {
        for count in 1...4 {
            #expect(Summarizer.summarize(Self.harbour, options: SummaryOptions(sentences: count)).sentences.count == count)
        }
        let words = { (summary: Summary) in
            summary.sentences.reduce(0) { $0 + Self.harbour.text[$1.range].split(separator: " ").count }
        }
        let budget = Summarizer.summarize(Self.harbour, options: SummaryOptions(words: 45))
        #expect(budget.sentences.count >= 2)
        #expect(words(budget) <= 45)
        let wide = Summarizer.summarize(Self.harbour, options: SummaryOptions(words: 500))
        #expect(wide.sentences.count > 3, "only --words: as many sentences as fit")
        let both = Summarizer.summarize(Self.harbour, options: SummaryOptions(sentences: 2, words: 500))
        #expect(both.sentences.count == 2)
        let tiny = Summarizer.summarize(Self.harbour, options: SummaryOptions(words: 3))
        #expect(tiny.sentences.count == 1, "a budget smaller than every sentence gives the lead, cut")
        #expect(tiny.sentences.first?.isCut == true)
        #expect(tiny.sentences.first.map { Self.harbour.text[$0.range] } == "Harbour workers at")
    }

    @Test("a sentence repeating a chosen one is left out")
    func noRepeats() {
        let article = Self.article([
            "Floods close the main road into Millbrook after two days of rain, stranding 300 drivers.",
            "Two days of rain closed the main road into Millbrook, stranding some 300 drivers in floods.",
            "Council engineers said the bridge at Fenwick would be inspected before any traffic returns.",
            "Schools in the valley will stay shut until Thursday, the education office said.",
            "The Met Office expects another 40 mm of rain on Wednesday night across the county.",
        ])
        let texts = Self.texts(Summarizer.summarize(article), article)
        #expect(texts.first?.hasPrefix("Floods close") == true)
        #expect(!texts.contains { $0.hasPrefix("Two days of rain") }, "\(texts)")
    }

    @Test("a dateline is cut off the lead and the offsets still give exactly the text shown")
    func datelineCut() throws {
        let article = Self.article([
            "NAIROBI, May 2 (Wirewatch) – Kenya's central bank cut its main lending rate by half a point on Thursday, citing slowing inflation.",
            "The bank's committee voted seven to two for the cut, its second this year.",
            "Inflation fell to 4.1% in April from 5.0% in March, the statistics office said.",
        ])
        let summary = Summarizer.summarize(article)
        let lead = try #require(summary.sentences.first)
        #expect(article.text[lead.range].hasPrefix("Kenya's central bank"))
        #expect(lead.sentence == 0)
        #expect(lead.paragraph == 1)
        let credited = Self.article([
            "(Wirewatch) -- Kenya's central bank cut its main lending rate by half a point on Thursday.",
            "The bank's committee voted seven to two for the cut, its second this year.",
        ])
        let creditedLead = try #require(Summarizer.summarize(credited).sentences.first)
        #expect(credited.text[creditedLead.range].hasPrefix("Kenya's central bank"))
    }

    @Test("interview labels are cut off and questions are not summary sentences")
    func interviews() {
        let article = Self.article([
            "# Talking tides with an engineer", "",
            "Nadia Rahm has built sea walls on three continents and now advises the port of Aberdale.", "",
            "**Q:** What worries you most about the new harbour wall?", "",
            "**Rahm:** The wall was designed for the storms of 1990, and the sea has risen since then by 12 cm.", "",
            "**Q:** Can it be fixed?", "",
            "**Rahm:** Raising the wall by one metre would cost about £40m and take four years of work.", "",
        ], format: .markdown)
        let texts = Self.texts(Summarizer.summarize(article), article)
        #expect(!texts.isEmpty)
        #expect(!texts.contains { $0.hasSuffix("?") }, "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("Rahm") || $0.hasPrefix("Q") || $0.contains("**") }, "\(texts)")
    }

    @Test("the same articles as background give the same summary in any load order, every time")
    func backgroundOrderIndependent() {
        let other1 = Self.article(["Council approves harbour budget with higher fees for shipping lines on Monday night."])
        let other2 = Self.article(["Union members at a rival port vote on strike action over pay and pensions this week."])
        let forward = SummaryBackground(articles: [Self.harbour, other1, other2])
        let backward = SummaryBackground(articles: [other2, other1, Self.harbour])
        let first = Summarizer.summarize(Self.harbour, options: SummaryOptions(sentences: 4), background: forward)
        #expect(first == Summarizer.summarize(Self.harbour, options: SummaryOptions(sentences: 4), background: backward))
        #expect(first == Summarizer.summarize(Self.harbour, options: SummaryOptions(sentences: 4), background: forward))
        #expect(forward.documents == 3)
    }

    @Test("an article with no story text gives an empty summary; one of fragments gives its first lines")
    func empty() {
        let article = Self.article(["By Jo Bell", "Advertisement"])
        #expect(Summarizer.summarize(article).sentences.isEmpty)
        let fragments = Self.article(["Roads shut.", "Schools closed.", "More rain due.", "Stay home."])
        #expect(Self.texts(Summarizer.summarize(fragments, options: SummaryOptions(sentences: 2)), fragments)
                == ["Roads shut.", "Schools closed."])
    }

    @Test("the centrality graph stays bounded on a long document")
    func boundedGraph() {
        let vectors = (0..<5_000).map { index in
            TermVector(counts: [index % 97: 1, (index * 7) % 89 + 100: 2], weight: { _ in 1 })
        }
        let anchors = Centrality.chooseAnchors(vectors)
        #expect(anchors.count == Centrality.anchorLimit)
        #expect(Array(anchors.prefix(Centrality.leadAnchors)) == Array(0..<Centrality.leadAnchors))
        let scores = Centrality.scores(Array(vectors.prefix(300)))
        #expect(scores.count == 300)
        #expect(scores.max() == 1)
    }

    @Test("anchor cosines read through the term index equal TermVector.cosine to the last bit")
    func anchorCosines() {
        // Weights that are not whole numbers, so a different order of summing would show.
        let vectors = (0..<40).map { index in
            TermVector(counts: [index % 7: 1 + index % 3, index % 11 + 7: 2, (index * 5) % 13 + 20: 1, 40 + index: 1],
                       weight: { 1 + Double($0 % 9) / 7 })
        } + [TermVector()]
        let anchors = Centrality.chooseAnchors(vectors)
        let cosines = Centrality.anchorCosines(vectors, anchors)
        #expect(cosines.count == anchors.count * vectors.count)
        for (slot, anchor) in anchors.enumerated() {
            for index in vectors.indices {
                #expect(cosines[slot * vectors.count + index] == vectors[index].cosine(vectors[anchor]),
                        "vector \(index), anchor \(anchor)")
            }
        }
    }
}

/// How a sentence's opening decides whether it can stand alone.
@Suite("summary sentence openers")
struct SummaryOpenerTests {
    /// The opener of `sentence` read as the last sentence of a short article, where the
    /// sentence starts in the article, and the article's term stems (by term id).
    static func read(_ sentence: String) -> (opener: SentenceOpener, start: Int, stems: [String]) {
        let article = ArticleParser.parse("Headline\n\n" + sentence + "\n", format: .text, source: "opener")
        let layer = article.tokens
        guard let lead = SummaryStory.storySentences(of: article).last else { return (.free, 0, []) }
        let terms = SummaryTerms(layer, reading: [lead.words])
        var words: [SummaryWord] = []
        _ = terms.words(lead.words, of: layer, into: &words)
        let marks = SentenceMarks(layer, article.analysisText, lead.words)
        let opener = SentenceOpener.classify(words, of: terms, quoteLed: marks.isQuoteLed, hasComma: marks.hasComma)
        return (opener, lead.range.lowerBound, terms.stems)
    }

    static func opener(_ sentence: String) -> SentenceOpener { read(sentence).opener }

    static let dangling = [
        "However, the number falls short of what was asked.", "But officials said the talks would go on.",
        "In exchange, Washington will ease sanctions.", "It also quoted the head of the delegation.",
        "This is the third such strike in a year.", "They were released on Friday.", "Both men deny the charges.",
        "As a result, prices rose by 3%.", "Meanwhile, the army sent more troops.", "Because that is where it hides.",
        "Some of those funds could be frozen by the court.", "Most of them were freed within a week.",
        "Those funds were meant for schools in the north.",
    ]

    static let standing = [
        "Belarus released 52 prisoners on Thursday.", "This year the festival moved to June.",
        "Because of the strike, ferries were cancelled.", "The union says the plan would cost 600 jobs.",
        "Opposition leader Jane Roe welcomed the step.", "In 2021, the court jailed him for 15 years.",
        "Some 300 people marched through the capital.", "Most economists expect rates to fall.",
    ]

    @Test("connectives and unnamed references make a sentence dangle", arguments: dangling)
    func danglingOpeners(_ sentence: String) {
        #expect(Self.opener(sentence) == .connective || Self.opener(sentence) == .referring)
    }

    @Test("sentences that name their subject stand alone", arguments: standing)
    func freeOpeners(_ sentence: String) {
        #expect(Self.opener(sentence) == .free)
    }

    @Test("personal pronouns and referring nouns wait for their antecedent")
    func conditional() {
        let pronoun = Self.read("He added that pay had risen 4.5% last year.")
        #expect(pronoun.opener == .pronoun(pronoun.start..<(pronoun.start + 2)))
        if case .pronoun = Self.opener("“Real change would mean an end to repression,” he said.") {} else {
            Issue.record("a quotation attributed to a pronoun depends on who 'he' is")
        }
        let noun = Self.read("The move came after weeks of talks.")
        if case .referringNoun(let term) = noun.opener {
            #expect(term >= 0 && noun.stems[Int(term)] == PorterStemmer.stem("move"))
        } else {
            Issue.record("'The move' waits for the sentence that tells of the move")
        }
        #expect(Self.opener("“We will not give up,” Dekker said.") == .free)
    }
}

/// How the summarizer reads the token layer: story sentences, terms per word form.
@Suite("summary reading")
struct SummaryReadingTests {
    static func article(_ body: String) -> Article {
        ArticleParser.parse("# Port news\n\n" + body + "\n", format: .markdown, source: "reading")
    }

    @Test("a hyphenated word compares by its parts; a stop-ended form by the form without it")
    func terms() throws {
        let article = Self.article("The strike-hit port reopened after the strike ended in mid-September, "
                                   + "Gen. Roe said. Gen Roe added that September was calm.")
        let layer = article.tokens
        let reading = SummaryReading.of(article)
        func parts(_ form: String) throws -> [SummaryTerms.Part] {
            Array(reading.terms.parts(of: try #require(layer.vocabulary.id(of: form))))
        }
        let hyphenated = try parts("strike-hit")
        try #require(hyphenated.count == 2)
        #expect(hyphenated[0].term == (try parts("strike")).first?.term)
        #expect(hyphenated[0].term >= 0)
        let month = try parts("mid-september")
        #expect(month.map(\.lower) == ["mid", "september"])
        #expect(month.last?.term == (try parts("september")).first?.term)
        #expect((try parts("gen.")).first?.lower == "gen")
        #expect((try parts("gen.")).first?.term == (try parts("gen")).first?.term)
        #expect((try parts("the")).first?.term == -1)
        #expect(reading.storyStems.contains(PorterStemmer.stem("reopened")))
    }

    @Test("stems are numbered by their bytes in order of first appearance")
    func stemTable() {
        var table = StemTable(capacity: 2)
        func id(_ stem: String) -> Int32 {
            var stem = stem
            return stem.withUTF8 { table.id(of: $0) }
        }
        let words = (0..<300).map { "stem\($0)" }
        #expect(words.map(id) == (0..<300).map(Int32.init))
        #expect(id("stem7") == 7)
        #expect(id("") == 300)
        #expect(table.count == 301)
        #expect(table.string(42) == "stem42")
        #expect(table.strings.prefix(3) == ["stem0", "stem1", "stem2"])
    }

    @Test("an agency credit opening the lead and an interview's speaker labels are not shown; a one-off label-like opening is")
    func creditsAndLabels() throws {
        let article = Self.article("(AP) — Ferries sail again after a week of strikes, the port said on Friday.\n\n"
                                   + "Okafor: We will rebuild the harbour before the winter storms arrive.\n\n"
                                   + "Q — When will the ferries run on time again?\n\n"
                                   + "Okafor: When the new crews have finished their training in March.\n\n"
                                   + "Harbour Watch: Ferry Tales is the new film about the crossing, out in May.")
        let story = SummaryStory.storySentences(of: article)
        try #require(story.count == 5)
        let text = story.map { article.analysisText[$0.range] }
        #expect(text[0].hasPrefix("Ferries sail"))
        #expect(text[1].hasPrefix("We will rebuild"))
        #expect(text[2].hasPrefix("When will"))
        #expect(text[3].hasPrefix("When the new crews"))
        #expect(text[4].hasPrefix("Harbour Watch: Ferry Tales"))
        let layer = article.tokens
        #expect(story.allSatisfy { layer.words[$0.words.lowerBound].range.lowerBound == $0.range.lowerBound })
    }
}
