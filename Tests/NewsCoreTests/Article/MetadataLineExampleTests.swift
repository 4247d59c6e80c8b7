import Testing

@testable import NewsCore

// Issue 15, "Metadata lines": date, byline and furniture lines of wire and network pages, each
// read from plain text and from Markdown. Every article here is invented for these tests.

/// Paragraphs one per line in plain text, separated by blank lines in Markdown (where a single
/// line end continues the paragraph).
private func parse(_ lines: [String], _ format: Article.Format) -> Article {
    let separator = format == .markdown ? "\n\n" : "\n"
    return ArticleParser.parse(lines.joined(separator: separator) + "\n", format: format, source: "test")
}

private let headline = "Tollgate Bridge Reopens Three Weeks Early"
private let standfirst = "Engineers finished the deck repairs ahead of a winter deadline"
private let lead = "Engineers reopened the Tollgate bridge to traffic three weeks ahead of schedule, the highways agency said on its website."
private let second = "Drivers had faced a twelve-mile detour through the village of Marrow since the spring, the agency said."

struct MetadataFormatCase: Sendable, CustomTestStringConvertible {
    let line: String
    let format: Article.Format
    var testDescription: String { "\(line) (\(format))" }
}

@Suite("Metadata lines (issue 15)")
struct MetadataLineExampleTests {
    static let formats: [Article.Format] = [.text, .markdown]

    static let dateLines: [(String, PartialDate)] = [
        ("Nov. 8, 2023 6:20 p.m.", PartialDate(year: 2023, month: 11, day: 8)),
        ("2023-11-08T18:20:00Z", PartialDate(year: 2023, month: 11, day: 8)),
        ("November 7, 2023 / 10:55 PM / Updated 2 hours ago", PartialDate(year: 2023, month: 11, day: 7)),
        ("Updated: Nov. 8, 2023 at 6:20 a.m. EST", PartialDate(year: 2023, month: 11, day: 8)),
    ]

    @Test("wire date lines give the article's date in text and Markdown", arguments: formats)
    func dateLines(_ format: Article.Format) throws {
        for (line, date) in Self.dateLines {
            let article = parse([headline, line, lead], format)
            #expect(article.metadata.date == date, "\(line)")
            try #require(article.paragraphs.count == 3, "\(line)")
            #expect(article.paragraphs[1].role == .dateLine, "\(line)")
            #expect(!article.paragraphs[1].isStory, "\(line)")
        }
    }

    static let timeOnlyUpdates = [
        "Updated 7:42 AM EST", "Updated: 11:05 p.m. ET", "Last updated 09:30 GMT", "Updated at 3:15 PM",
    ]

    @Test("a time-only update line is furniture: no date, not story, and the date line above still counts",
          arguments: formats)
    func timeOnlyUpdate(_ format: Article.Format) throws {
        for line in Self.timeOnlyUpdates {
            let article = parse([headline, "Nov. 8, 2023", line, lead, second], format)
            #expect(article.metadata.date == PartialDate(year: 2023, month: 11, day: 8), "\(line)")
            try #require(article.paragraphs.count == 5, "\(line)")
            #expect(!article.paragraphs[2].isStory, "\(line)")
            #expect(!article.sentences.contains { $0.overlaps(article.paragraphs[2].range) }, "\(line)")
            #expect(article.metadata.title == headline)
        }
        // Without any date line the article has no date: an update time is not a date.
        let undated = parse([headline, Self.timeOnlyUpdates[0], lead], format)
        #expect(undated.metadata.date == nil)
    }

    @Test("a clock time inside a story sentence is not furniture", arguments: formats)
    func timeInStory(_ format: Article.Format) {
        let sentence = "Updated figures released at 9:15 AM showed traffic back to normal levels."
        let article = parse([headline, lead, sentence], format)
        #expect(article.paragraphs.last?.isStory == true)
    }

    @Test("a byline under a standfirst, plain and with the outlet after a bar", arguments: formats)
    func bylineAfterStandfirst(_ format: Article.Format) throws {
        for (line, name) in [("By Marta Kowalczyk", "Marta Kowalczyk"),
                             ("By Leo Brandt | BRIDGE Weekly", "Leo Brandt"),
                             ("By Leo Brandt | Tollgate Post", "Leo Brandt")] {
            let article = parse([headline, standfirst, line, lead], format)
            #expect(article.metadata.byline == name, "\(line)")
            try #require(article.paragraphs.count == 4)
            #expect(article.paragraphs[2].role == .byline, "\(line)")
            #expect(article.paragraphs[1].isStory, "\(line)")
        }
    }

    @Test("a Markdown byline whose name is a link, alone or with the outlet after a bar")
    func markdownLinkedByline() throws {
        for line in ["By [Marta Kowalczyk](https://example.org/staff/marta)",
                     "By [Marta Kowalczyk](https://example.org/staff/marta) | Tollgate Post",
                     "By **[Marta Kowalczyk](https://example.org/staff/marta)**"] {
            let article = parse(["# " + headline, standfirst, line, lead], .markdown)
            #expect(article.metadata.byline == "Marta Kowalczyk", "\(line)")
        }
    }

    static let furniture: [MetadataFormatCase] = [
        "Follow AP's full coverage of the bridge works at https://example.org/hub/roads",
        "More AP cycling: https://example.org/hub/cycling",
        "(Graphic: Daily crossings before and after the closure )",
        "Originally published on tollgatepost.example",
        "Related: Marrow villagers count the cost of a summer of detours",
        "SEE ALSO: Highways agency names new regional chief",
        "MORE: Three more bridges due for inspection",
        "RELATED COVERAGE: Councils ask for repair funds",
        "CLICK HERE TO GET THE TOLLGATE POST APP",
    ].flatMap { line in formats.map { MetadataFormatCase(line: line, format: $0) } }

    @Test("wire and network furniture is boilerplate and no sentence", arguments: furniture)
    func boilerplate(_ example: MetadataFormatCase) throws {
        let article = parse([headline, lead, example.line, second], example.format)
        let found = try #require(article.paragraphs.first { $0.isBoilerplate })
        #expect(article.paragraphs.filter(\.isBoilerplate).count == 1)
        #expect(article.text[found.range] == example.line)
        #expect(!article.sentences.contains { $0.overlaps(found.range) })
        #expect(article.sentences.contains { article.text[$0] == lead })
        #expect(article.sentences.contains { article.text[$0] == second })
    }

    @Test("a lone rule of underscores is no story in text and Markdown", arguments: formats)
    func loneRule(_ format: Article.Format) {
        let article = parse([headline, lead, "___", second], format)
        #expect(!article.paragraphs.contains { $0.isStory && article.text[$0.range].contains("_") })
        #expect(!article.sentences.contains { article.text[$0].contains("___") })
    }

    static let markdownPromos = [
        "[Marrow villagers count the cost of a summer of detours](https://example.org/news/marrow)",
        "**[Marrow villagers count the cost of a summer of detours](https://example.org/news/marrow)**",
        "**Related:** [Marrow villagers count the cost](https://example.org/news/marrow)",
        "*Read more:* [Three more bridges due for inspection](https://example.org/news/bridges)",
    ]

    @Test("a Markdown paragraph that is only a link to another story is a promo", arguments: markdownPromos)
    func markdownPromo(_ line: String) throws {
        let article = parse(["# " + headline, lead, line, second], .markdown)
        let promo = try #require(article.paragraphs.first { article.text[$0.range].contains("example.org") })
        #expect(promo.isBoilerplate)
        #expect(!article.sentences.contains { $0.overlaps(promo.range) })
        #expect(article.sentences.contains { article.text[$0] == second })
    }

    @Test("a story sentence with a link in it is still story")
    func linkInStory() throws {
        let line = "The agency published [its inspection report](https://example.org/report) on Friday, and it found no faults."
        let article = parse(["# " + headline, lead, line], .markdown)
        #expect(article.paragraphs.last?.isStory == true)
    }

    @Test("the date command says why there is no date and how to set one")
    func undatedDateCommand() {
        let text = DateResult(article: 2, date: nil, origin: nil).text(.plain)
        #expect(text.contains("no date line found"))
        #expect(text.contains("date YYYY-MM-DD"))
        let dated = DateResult(article: 2, date: "2023-11-08", origin: "date line").text(.plain)
        #expect(dated.contains("2023-11-08"))
        #expect(!dated.contains("no date line found"))
    }
}
