import Testing
@testable import NewsCore

/// The summarizer's rules for what may never be chosen, the word budget, the headline and
/// nut-graf signals and `--why`, each on sentences made up for the test.
@Suite("summary rules")
struct SummaryRulesTests {
    static func article(_ lines: [String], format: Article.Format = .text) -> Article {
        ArticleParser.parse(lines.joined(separator: "\n") + "\n", format: format, source: "test")
    }

    static func texts(_ summary: Summary, _ article: Article) -> [String] {
        summary.sentences.map { article.text[$0.range] }
    }

    static let ferry = article([
        "Ferry operator cuts winter sailings to the islands",
        "Island Ferries will cut its winter timetable to two sailings a day from November, the company said on Tuesday.",
        "Dec. 3, 2021 4:05 p.m.",
        "The company blamed fuel costs, which have risen by 40% since last winter, and a shortage of crew.",
        "Islanders said the cuts would leave them without a way to reach the hospital on the mainland.",
        "Updated 4 December 2021",
        "Council leader Mary Innes said she would ask the government to step in with a subsidy of £2m.",
    ])

    @Test("a date line standing as a sentence is never chosen, however many sentences are asked for")
    func dateLines() {
        let texts = Self.texts(Summarizer.summarize(Self.ferry, options: SummaryOptions(sentences: 10)), Self.ferry)
        #expect(texts.count == 4, "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("Dec.") || $0.hasPrefix("Updated") }, "\(texts)")
    }

    @Test("date-line recognition: dates and time furniture only, with a number", arguments: [
        ("Dec. 3, 2021 4:05 p.m.", true), ("Updated Tuesday 3 June 2025 10:14 GMT", true),
        ("On 3 June 2025 the council met to vote.", false), ("December was the wettest month on record.", false),
    ])
    func dateLineRule(_ sample: (String, Bool)) throws {
        let article = ArticleParser.parse("Some headline here\n\nA first sentence of the story comes here.\n\n"
                                          + sample.0 + "\n", format: .text, source: "test")
        let sentence = SummaryStory.storySentences(of: article).first { article.text[$0.range] == sample.0 }
        if let sentence {
            #expect(FeatureReader.isDateLine(article.tokens, sentence.words) == sample.1, "\(sample.0)")
        } else {
            #expect(sample.1, "only a date line may be left out of the story before the summarizer sees it")
        }
    }

    @Test("a wire dateline is cut off the lead however it is written", arguments: [
        "LONDON (AP) — Britain's rail unions called off Friday's strike after a late offer on pay.",
        "NEW YORK, Dec 3 (Reuters) - Britain's rail unions called off Friday's strike after a late offer on pay.",
        "LONDON — Britain's rail unions called off Friday's strike after a late offer on pay.",
    ])
    func wireDatelines(_ lead: String) throws {
        let article = Self.article([lead, "Talks had gone on for eleven hours at the conciliation service in London."])
        let first = try #require(Summarizer.summarize(article).sentences.first)
        #expect(article.text[first.range].hasPrefix("Britain's rail unions"), "\(article.text[first.range])")
    }

    @Test("a lead opening with a word in capitals but no dateline keeps it")
    func capitalsWithoutDateline() throws {
        let article = Self.article(["NASA launched its new weather satellite from Florida on Tuesday morning.",
                                    "The satellite will watch hurricanes form over the Atlantic for ten years."])
        let first = try #require(Summarizer.summarize(article).sentences.first)
        #expect(article.text[first.range].hasPrefix("NASA launched"))
    }

    @Test("'Some of those funds' joins only right after the sentence it leans on")
    func partitiveOpener() {
        let article = Self.article([
            "The government set aside $4bn for flood defences in the spring budget, the treasury said.",
            "Ministers promised new sea walls along the east coast and dredging of three rivers by 2027.",
            "Some of those funds could be spent on flood defences and sea walls instead, the treasury said.",
            "Engineers warned that the east coast walls were already failing in places after the storms.",
        ])
        let summary = Summarizer.summarize(article, options: SummaryOptions(sentences: 3))
        let indices = summary.sentences.map(\.sentence)
        for (slot, index) in indices.enumerated() where article.text[summary.sentences[slot].range].hasPrefix("Some") {
            #expect(indices.contains(index - 1), "chosen without the sentence before it")
        }
        let two = Self.texts(Summarizer.summarize(article, options: SummaryOptions(sentences: 2)), article)
        #expect(!two.contains { $0.hasPrefix("Some of those") }, "\(two)")
    }

    @Test("a sentence in the middle of a quotation joins only right after the sentence that opens it")
    func quotationContinuation() {
        let article = Self.article([
            "Forty miners were brought to the surface on Friday after two days trapped in a collapsed tunnel of the Kessel mine, the company said.",
            "“We heard them on the second morning and sang. Rescue teams drilled through the collapsed tunnel of the Kessel mine for two days to bring the forty miners to the surface,” said Ola Berg.",
            "Officials said an inquiry would begin next week.",
        ])
        for count in 1...3 {
            let summary = Summarizer.summarize(article, options: SummaryOptions(sentences: count))
            let indices = summary.sentences.map(\.sentence)
            for (slot, index) in indices.enumerated()
            where article.text[summary.sentences[slot].range].hasPrefix("Rescue teams") {
                #expect(indices.contains(index - 1), "the quotation's second sentence was chosen without its first")
            }
        }
    }

    @Test("a lead whose pronoun points ahead to the people it names still stands alone and comes first")
    func cataphoricLead() {
        let article = Self.article([
            "Their savings spent and their visas void, nearly 150 workers returned home on Wednesday after being deported.",
            "Most had paid agents thousands of dollars to arrange their journeys through three countries.",
            "Officials at the airport said more flights carrying deported workers were expected this month.",
        ])
        let texts = Self.texts(Summarizer.summarize(article, options: SummaryOptions(sentences: 1)), article)
        #expect(texts.first?.hasPrefix("Their savings spent") == true, "\(texts)")

        // A demonstrative at the top still points back, at a standfirst the text lost.
        let pointing = Self.article([
            "This comes after nearly 150 workers returned home on Wednesday after being deported.",
            "Most had paid agents thousands of dollars to arrange their journeys through three countries.",
            "Officials at the airport said more flights carrying deported workers were expected this month.",
        ])
        let chosen = Self.texts(Summarizer.summarize(pointing, options: SummaryOptions(sentences: 1)), pointing)
        #expect(chosen.first?.hasPrefix("This comes") == false, "\(chosen)")
    }

    // MARK: the word budget

    @Test("--words: the whole sentences chosen never exceed the budget, and more budget never gives less")
    func budgetWithinLimit() {
        var previous = 0
        for budget in [18, 25, 40, 60, 90] {
            let summary = Summarizer.summarize(Self.ferry, options: SummaryOptions(words: budget))
            let words = summary.sentences.reduce(0) { $0 + Self.ferry.text[$1.range].split(separator: " ").count }
            #expect(words <= budget, "budget \(budget)")
            #expect(words >= previous, "budget \(budget)")
            #expect(summary.sentences.allSatisfy { !$0.isCut })
            previous = words
        }
    }

    @Test("--words below every sentence's length: the best sentence, cut to exactly that many words")
    func budgetCut() throws {
        let summary = Summarizer.summarize(Self.ferry, options: SummaryOptions(words: 5))
        let only = try #require(summary.sentences.first)
        #expect(summary.sentences.count == 1)
        #expect(only.isCut)
        #expect(Self.ferry.text[only.range] == "Island Ferries will cut its")
        let result = SummaryResult(summary, of: Self.ferry, words: 5)
        let text = result.text(.plain)
        #expect(text.contains("Island Ferries will cut its…"))
        #expect(text.contains("No sentence fits in 5 words"))
    }

    @Test("--words exactly one sentence long gives that sentence whole")
    func budgetExact() throws {
        let lead = "Island Ferries will cut its winter timetable to two sailings a day from November, the company said on Tuesday."
        let count = lead.split(separator: " ").count
        let summary = Summarizer.summarize(Self.ferry, options: SummaryOptions(words: count))
        let texts = Self.texts(summary, Self.ferry)
        #expect(texts.first == lead)
        #expect(summary.sentences.allSatisfy { !$0.isCut })
    }

    @Test("-n with --words: whichever limit is reached first")
    func budgetAndCount() {
        let one = Summarizer.summarize(Self.ferry, options: SummaryOptions(sentences: 1, words: 500))
        #expect(one.sentences.count == 1)
        let tight = Summarizer.summarize(Self.ferry, options: SummaryOptions(sentences: 5, words: 40))
        #expect(tight.sentences.count == 2)
    }

    // MARK: signals

    @Test("the headline's words come from the title, whether it heads the text or is given beside it")
    func headlineTerms() throws {
        var bare = ArticleParser.parse(Self.ferry.text.string.split(separator: "\n").dropFirst().joined(separator: "\n"),
                                       format: .text, source: "bare")
        bare.metadata.title = "Ferry operator cuts winter sailings to the islands"
        bare.metadata.titleIsHeadline = true
        for article in [Self.ferry, bare] {
            let reading = SummaryReading.of(article)
            let stems = Set(reading.headline.map { reading.terms.stems[Int($0)] })
            let expected = ["ferry", "operator", "cuts", "winter", "sailings", "islands"].map(PorterStemmer.stem)
            #expect(stems == Set(expected), "\(stems)")
        }
    }

    @Test("a sentence holding the headline's words scores higher than one that does not, other things equal")
    func headlineSignal() {
        let article = Self.article([
            "Library closes for repairs",
            "Workers began emptying the shelves of the town's old reading rooms on a wet Monday morning.",
            "The library will close for repairs to its roof for six months, the council said.",
            "The museum will close for cleaning of its halls for six months, the council said.",
        ])
        let summary = Summarizer.summarize(article, options: SummaryOptions(sentences: 10))
        let library = summary.sentences.first { article.text[$0.range].hasPrefix("The library") }
        let museum = summary.sentences.first { article.text[$0.range].hasPrefix("The museum") }
        #expect((library?.signals.headline ?? 0) > (museum?.signals.headline ?? 0))
    }

    @Test("after an anecdotal lead, the nut graf is chosen")
    func nutGraf() throws {
        let article = Self.article([
            "Coastal town weighs a buyout as the sea rises",
            "The paint on Ada Finch's porch is still streaked grey where the water stood last winter.",
            "She has swept the sand out of her kitchen four times since she bought the place with her late husband.",
            "Gulls wheel over the empty lot next door, where a neighbour's cottage stood until the storm.",
            "The coastal town of Merrow is weighing a government buyout of 140 homes as the sea rises, officials said.",
            "Ada Finch sometimes walks to the harbour in the evening to watch the fishing boats come in and unload.",
            "Her grandson helps her carry the shopping up from the village shop on Saturdays.",
        ])
        let summary = Summarizer.summarize(article)
        let nut = try #require(summary.sentences.first { article.text[$0.range].hasPrefix("The coastal town") })
        #expect(nut.signals.nutGraf > 0)
        #expect(summary.sentences.first.map { article.text[$0.range].hasPrefix("The paint") } == true,
                "the lead still comes first")
    }

    @Test("--why names the lead and the signals that chose each sentence, largest first")
    func why() throws {
        let summary = Summarizer.summarize(Self.ferry)
        let result = SummaryResult(summary, of: Self.ferry, showsWhy: true)
        let lead = try #require(result.rows.first)
        let reasons = SummaryResult.reasons(lead.signals)
        #expect(reasons.first == "lead")
        #expect(reasons.contains { $0.hasPrefix("early") })
        #expect(result.text(.plain).contains("Why"))
        guard case .object(let members) = result.json, case .array(let rows)? = members.first?.1,
              case .object(let row)? = rows.first else { Issue.record("JSON shape"); return }
        #expect(row.map(\.0) == ["sentence", "start", "end", "text", "why"])
        let plain = SummaryResult(summary, of: Self.ferry)
        guard case .object(let plainMembers) = plain.json, case .array(let plainRows)? = plainMembers.first?.1,
              case .object(let plainRow)? = plainRows.first else { Issue.record("JSON shape"); return }
        #expect(plainRow.map(\.0) == ["sentence", "start", "end", "text"], "the contract's shape without --why")
    }

    @Test("Markdown links show as their text and emphasis marks are left out of the text view", arguments: [
        ("The [Commission report](http://example.com/report) found 40 errors.", "The Commission report found 40 errors."),
        ("Prices rose **sharply** in May.", "Prices rose sharply in May."),
        ("A [bracket] stays, and so does a_b or 2 * 3.", "A [bracket] stays, and so does a_b or 2 * 3."),
    ])
    func markdownDisplay(_ sample: (String, String)) {
        #expect(SummaryDisplay.plain(sample.0) == sample.1)
    }
}
