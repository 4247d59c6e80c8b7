import Testing

@testable import NewsCore

private func brief(_ texts: [String]) throws -> BriefResult {
    try #require(try DeskStories.run("brief", DeskStories.session(texts)) as? BriefResult)
}

@Suite("brief")
struct BriefTests {
    @Test("each story gives its title, byline, date and lead without the dateline")
    func storyEssentials() throws {
        let result = try brief([DeskStories.release, DeskStories.border])
        let first = result.brief.stories[0]
        #expect(first.story == StoryLabel(number: 1, title: "Belarus frees 52 prisoners after US talks"))
        #expect(first.byline == "Anna Reed")
        #expect(first.date == "2025-09-11")
        let lead = try #require(first.lead)
        #expect(lead.hasPrefix("Belarus freed 52 prisoners on Thursday"))
        #expect(!lead.contains("VILNIUS"))
    }

    @Test("the quotations chosen are by named people, direct and longest first, two voices before one")
    func quotations() throws {
        let text = """
            Council backs ferry terminal
            By Jo Banks
            March 3, 2025

            The council backed the terminal on Monday.

            "It is a long time coming," said harbour master Grace Okoye. "We have waited twelve years for this, and the island has waited longer than any of us."

            "No," an official said, "not a word more than we must, and not a penny more than we have, and not a day later than we promised."

            Councillor Piet Lindqvist, who voted against the plan, said: "The costs will double before the first ferry docks."

            Okoye called the vote "the day the island got its harbour back".
            """
        let result = try brief([text])
        let quotes = result.brief.stories[0].quotes
        #expect(quotes.count == 2)
        #expect(quotes.map(\.quotation.speaker) == ["Grace Okoye", "Piet Lindqvist"])
        #expect(quotes.allSatisfy { $0.quotation.kind == .direct })
        #expect(quotes[0].quotation.text.contains("waited twelve years"))
        #expect(quotes[1].role?.contains("Councillor") == true)
    }

    @Test("key figures are amounts, the lead's first; ages, scores and years are not key figures")
    func keyFigures() throws {
        let text = """
            Port strike strands 47 ships
            By Ann Lee
            March 13, 2025

            Dockworkers walked out on Thursday, leaving 47 container ships at anchor and costing €8 million a day.

            The union, founded in 1990, says 1,300 jobs are at risk. Its leader, 52, said the port handled 38% of the traffic.
            """
        let result = try brief([text])
        let figures = result.brief.stories[0].figures
        #expect(figures.count == 3)
        #expect(figures.map(\.figure.kind).allSatisfy { ![.year, .date, .ordinal].contains($0) })
        #expect(figures.map(\.phrase).contains { $0.hasPrefix("47 ") })
        #expect(figures.map(\.phrase).contains("€8 million"))
        #expect(!figures.map(\.phrase).contains("52"))
        #expect(figures.map(\.figure.range.lowerBound) == figures.map(\.figure.range.lowerBound).sorted())
    }

    @Test("across stories: one timeline naming stories, people quoted in more than one, figures that disagree")
    func acrossStories() throws {
        let result = try brief([DeskStories.release, DeskStories.border, DeskStories.library])
        #expect(result.brief.sharedSpeakers.map(\.name) == ["Alexander Lukashenko", "Sviatlana Tsikhanouskaya"])
        #expect(result.brief.disagreements.map(\.thing) == ["prisoners"])
        #expect(Set(result.brief.chronology.entries.map(\.story.number)) == [1, 2, 3])
        let text = result.text(.plain)
        #expect(text.hasPrefix("Brief: 3 stories"))
        #expect(text.contains("Timeline across stories"))
        #expect(text.contains("Alexander Lukashenko (President): quoted 3 times in [1]"))
        #expect(text.contains("prisoners (count): 52 in [1]"))
    }

    @Test("the Markdown view has a heading per story, quotations as block quotes and the sections across stories")
    func markdown() throws {
        let result = try brief([DeskStories.release, DeskStories.border, DeskStories.library])
        let markdown = result.markdown()
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# Brief: 3 stories, 10 September 2025 to 12 September 2025")
        #expect(lines.contains("## 1. Belarus frees 52 prisoners after US talks"))
        #expect(lines.contains("*By Anna Reed · 11 September 2025*"))
        #expect(lines.contains { $0.hasPrefix("> “We have shown goodwill") })
        #expect(lines.contains("> — Alexander Lukashenko, President"))
        #expect(lines.filter { $0.hasPrefix("## ") }.suffix(3)
                == ["## Timeline", "## Quoted in more than one story", "## Figures that disagree"])
        #expect(lines.contains { $0.hasPrefix("- **11 September 2025** — ") && $0.hasSuffix("(1)") })
        #expect(!markdown.contains("\n\n\n"))
    }

    @Test("Markdown escapes what a story's words would otherwise turn into markup")
    func markdownEscapes() {
        #expect(BriefMarkdown.inline("a *bold* [link](x) <b>") == "a \\*bold\\* \\[link\\](x) \\<b\\>")
        #expect(BriefMarkdown.paragraph("# not a heading") == "\\# not a heading")
        #expect(BriefMarkdown.paragraph("1. not a list") == "1\\. not a list")
        #expect(BriefMarkdown.inline("bell \u{7} here") == "bell \\x07 here")
    }

    @Test("a long quotation is cut after its last whole sentence within the limit")
    func longQuotation() {
        let sentence = "This sentence has exactly ten words in it for counting."
        let long = Array(repeating: sentence, count: 8).joined(separator: " ")
        let quotation = Quotation(range: 0..<long.unicodeScalars.count, text: long, speaker: "A B", mention: nil,
                                  mentionRange: nil, kind: .direct, sentence: 0, paragraph: 1)
        let shown = BriefWords.quoted(quotation)
        #expect(shown.hasSuffix("counting. …"))
        #expect(shown.split(separator: " ").count == 61)
    }

    @Test("dates read as an editor writes them")
    func humanDates() {
        #expect(HumanDate.format("2025-03-03") == "3 March 2025")
        #expect(HumanDate.format("2025-03") == "March 2025")
        #expect(HumanDate.format("2025") == "2025")
        #expect(HumanDate.format("2025-W09") == "week of 24 February 2025")
        #expect(HumanDate.format("2025-06-18T14:00") == "18 June 2025, 14:00")
        #expect(HumanDate.rewrite("after 2025-03-13") == "after 13 March 2025")
    }

    @Test("JSON holds the count of stories and each article's brief under its number and title")
    func json() throws {
        let result = try brief([DeskStories.release, DeskStories.border])
        #expect(result.json.member("stories") == .int(2))
        guard case .array(let articles)? = result.json.member("articles") else { Issue.record("no articles"); return }
        #expect(articles.map { $0.member("number") } == [.int(1), .int(2)])
        #expect(articles[0].member("byline") == .string("Anna Reed"))
        #expect(articles[0].member("lead") != nil)
        guard case .array(let quotes)? = articles[0].member("quotes") else { Issue.record("no quotes"); return }
        #expect(quotes.count == 2)
        guard case .object(let keys) = result.json else { return }
        #expect(keys.map(\.0) == ["stories", "articles", "timeline", "people", "disagreements"])
    }

    @Test("brief --markdown prints the Markdown view and keeps the JSON")
    func markdownOption() throws {
        let session = DeskStories.session([DeskStories.release])
        let result = try DeskStories.run("brief --markdown", session)
        #expect(result.text(.plain).hasPrefix("# Brief: 1 story"))
        #expect(result.json.member("stories") == .int(1))
    }
}
