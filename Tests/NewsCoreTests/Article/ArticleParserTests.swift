import Testing

@testable import NewsCore

// Every article here is invented for these tests.

private func parse(_ lines: [String], separator: String = "\n", format: Article.Format = .text) -> Article {
    ArticleParser.parse(lines.joined(separator: separator) + separator, format: format, source: "test")
}

/// Runs of white space folded to one space, ends trimmed.
private func folded(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" })
        .joined(separator: " ")
}

private let ferryLead = "Ferry crews at the Port of Kestrel walked off the job before dawn on Friday, stranding thousands of commuters on both shores of the estuary."

/// A line of page furniture and why it is one.
struct BoilerplateCase: Sendable, CustomTestStringConvertible {
    let line: String
    var testDescription: String { line }
}

struct DateLineCase: Sendable, CustomTestStringConvertible {
    let line: String
    let year: Int
    let month: Int
    let day: Int
    var testDescription: String { line }
}

@Suite("ArticleParser")
struct ArticleParserTests {
    @Test("headline, byline with two names and date line at the top are read as metadata")
    func headerLines() throws {
        let article = parse([
            "Harbour Ferry Strike Halts Morning Crossings",
            "By Ann Lee and Tom Fry",
            "Published 14 March 2025",
            ferryLead,
            "Union officials said the stoppage would last a full day unless talks with the port operator resumed before noon.",
        ])
        #expect(article.metadata.title == "Harbour Ferry Strike Halts Morning Crossings")
        #expect(article.metadata.titleIsHeadline)
        #expect(article.metadata.byline == "Ann Lee and Tom Fry")
        #expect(article.metadata.date == PartialDate(year: 2025, month: 3, day: 14))
        #expect(article.paragraphs.map(\.role) == [.heading, .byline, .dateLine, .body, .body])
        #expect(article.paragraphs.map(\.number) == [1, 2, 3, 4, 5])
    }

    @Test("a byline under a standfirst, and one with the outlet after a bar")
    func bylineAfterStandfirst() throws {
        let article = parse([
            "Harbour Ferry Strike Halts Morning Crossings",
            "",
            "A dispute over overtime leaves commuters stranded on both shores",
            "",
            "By Ann Lee | Harbour Daily",
            "",
            ferryLead,
        ])
        #expect(article.metadata.byline == "Ann Lee")
        #expect(article.paragraphs.map(\.role) == [.heading, .body, .byline, .body])
    }

    @Test("a Markdown byline whose name is a link")
    func markdownLinkedByline() throws {
        let article = parse([
            "# Harbour Ferry Strike Halts Morning Crossings",
            "",
            "By [Ann Lee](https://example.org/ann-lee)",
            "",
            ferryLead,
        ], format: .markdown)
        #expect(article.metadata.byline == "Ann Lee")
    }

    @Test("a byline's role words after a comma are not names")
    func bylineWithRole() throws {
        let article = parse([
            "Council Votes To Close Two Libraries",
            "By Jane Roe, Staff Writer",
            "The district council voted on Tuesday night to close two branch libraries in the spring, citing a shortfall of nearly a million pounds.",
        ])
        #expect(article.metadata.byline == "Jane Roe")
        try #require(article.paragraphs.count > 1)
        #expect(article.paragraphs[1].role == .byline)
    }

    @Test("a story sentence that starts with 'By the time' is not a byline")
    func byTheTimeIsStory() throws {
        let lead = "By the time the night ferry ran aground on a sandbank near Kestrel, most of its 212 passengers were asleep in their cabins."
        let article = parse([
            "Night Ferry Runs Aground Near Kestrel",
            lead,
            "Nobody was hurt, the operator said in a statement issued shortly after the vessel was refloated on the rising tide.",
        ])
        #expect(article.metadata.byline == nil)
        try #require(article.paragraphs.count > 1)
        #expect(article.paragraphs[1].role == .body)
        #expect(article.paragraphs[1].isStory)
        #expect(article.sentences.contains { article.text[$0] == lead })
        #expect(article.metadata.title == "Night Ferry Runs Aground Near Kestrel")
    }

    static let dateLines: [DateLineCase] = [
        DateLineCase(line: "Published 14 March 2025", year: 2025, month: 3, day: 14),
        DateLineCase(line: "March 2, 2025", year: 2025, month: 3, day: 2),
        DateLineCase(line: "2025-06-19", year: 2025, month: 6, day: 19),
        DateLineCase(line: "Updated: Thursday, Sept. 11, 2025 10:32 GMT", year: 2025, month: 9, day: 11),
        DateLineCase(line: "Nov. 20, 2019", year: 2019, month: 11, day: 20),
        DateLineCase(line: "Published on 20 November 2019", year: 2019, month: 11, day: 20),
        DateLineCase(line: "Posted 2019-11-20 at 10:32 GMT", year: 2019, month: 11, day: 20),
        DateLineCase(line: "Dated 25/12/2024", year: 2024, month: 12, day: 25),
        // Forms seen on real wire pages (issue 15).
        DateLineCase(line: "Dec. 3, 2021 4:05 p.m.", year: 2021, month: 12, day: 3),
        DateLineCase(line: "2021-12-03T16:05:00Z", year: 2021, month: 12, day: 3),
        DateLineCase(line: "Published 2022-04-09T08:15:30+02:00", year: 2022, month: 4, day: 9),
        DateLineCase(line: "December 2, 2021 / 11:40 PM / Updated an hour ago", year: 2021, month: 12, day: 2),
    ]

    @Test("a line holding only a publication date gives the article's date", arguments: dateLines)
    func dateLine(_ example: DateLineCase) throws {
        let article = parse([
            "Bridge Repairs Finish Early",
            example.line,
            "Engineers reopened the Tollgate bridge to traffic three weeks ahead of schedule, the highways agency said on its website.",
        ])
        #expect(article.metadata.date == PartialDate(year: example.year, month: example.month, day: example.day))
        try #require(article.paragraphs.count > 1)
        #expect(article.paragraphs[1].role == .dateLine)
        #expect(article.metadata.title == "Bridge Repairs Finish Early")
    }

    @Test("a dateline gives month and day and its own range in the text")
    func dateline() throws {
        let article = parse([
            "Dockworkers Stage Walkout in Lagos",
            "LAGOS, March 3 (Wirewatch) – Dockworkers at the city's main container terminal walked off the job on Monday over unpaid overtime, union leaders said.",
        ])
        #expect(article.metadata.date == PartialDate(year: nil, month: 3, day: 3))
        let range = try #require(article.metadata.dateline)
        #expect(article.text[range] == "LAGOS, March 3 (Wirewatch) –")
        #expect(article.metadata.title == "Dockworkers Stage Walkout in Lagos")
    }

    @Test("a dateline with its place in ordinary capitals needs a region after a comma, or a known place before a dash",
          arguments: [
              ("Springfield, Ill. — The council voted on Monday to close the old pool for good.", "Springfield, Ill. —"),
              ("Washington, DC, United States: Getting to the Moon has been done before, officials said.",
               "Washington, DC, United States:"),
              ("London — The mayor opened the new bridge on Monday, officials at the council said.", "London —"),
              ("Star Wars Jedi: Fallen Order is a game that is many things to many different people.", nil),
              ("Summary: the council voted on Monday to close the old pool for good, officials said.", nil),
              ("The IAAF - athletics' world governing body - has met anti-doping officials this week.", nil),
              ("Marsh — the club's captain — scored twice in the second half on Saturday night.", nil),
          ] as [(String, String?)])
    func mixedCaseDateline(_ line: String, _ expected: String?) {
        let article = parse(["Council Votes To Close The Pool", line])
        #expect(article.metadata.dateline.map { article.text[$0] } == expected)
    }

    static let boilerplateLines: [BoilerplateCase] = [
        "READ ALSO: Kestrel council names a new harbour master",
        "Advertisement",
        "Sign up for our morning briefing",
        "Share this article",
        "Like this report? Share it with a colleague!",
        "Follow us on X",
        "Photo: Kemi Ade/Wirewatch",
        // Wire furniture seen on real pages (issue 15).
        "Follow AP's full coverage of the ferry strike: https://example.org/hub/ferries",
        "More AP sailing: https://example.org/hub/sailing",
        "___",
        "(Graphic: Crossings cancelled by month )",
        "Originally published on harbourdaily.example",
        "Related: Ferry fares to rise in spring",
        // A press release's closing pointer.
        "For more information on the new ferry timetable and fares, please visit: www.harbourferries.example",
    ].map(BoilerplateCase.init)

    @Test("a sentence that opens like a press release's pointer but sends no one anywhere is story")
    func informationSentenceIsStory() {
        #expect(!BoilerplateDetector.isBoilerplate(
            "For more information about the crash, police asked witnesses to call the harbour station."))
        #expect(BoilerplateDetector.isBoilerplate(
            "To learn more about our clinical solutions, visit www.example.com"))
    }

    @Test("page furniture is boilerplate, left out of sentences, and its offsets still slice the text",
          arguments: boilerplateLines)
    func boilerplate(_ example: BoilerplateCase) throws {
        let article = parse([
            "Harbour Ferry Strike Halts Morning Crossings",
            ferryLead,
            example.line,
            "Union officials said the stoppage would last a full day unless talks with the port operator resumed before noon.",
        ])
        let furniture = try #require(article.paragraphs.first { $0.isBoilerplate })
        #expect(article.paragraphs.filter(\.isBoilerplate).count == 1)
        #expect(article.text[furniture.range] == example.line)
        #expect(!furniture.isStory)
        #expect(!article.sentences.contains { $0.overlaps(furniture.range) })
        // The story around it is still read.
        #expect(article.sentences.contains { article.text[$0] == ferryLead })
        #expect(article.sentences.contains { article.text[$0].hasPrefix("Union officials said") })
    }

    @Test("every paragraph's offsets slice the original text to its words")
    func paragraphOffsets() {
        let lines = [
            "Harbour Ferry Strike Halts Morning Crossings",
            "By Ann Lee and Tom Fry",
            ferryLead,
            "Advertisement",
            "Union officials said the stoppage would last a full day unless talks with the port operator resumed before noon.",
            "Share this article",
        ]
        let article = parse(lines)
        #expect(article.paragraphs.count == lines.count)
        for (paragraph, line) in zip(article.paragraphs, lines) {
            #expect(article.text[paragraph.range] == line)
            #expect(paragraph.text == line)
        }
        for sentence in article.sentences {
            #expect(article.paragraphs.contains { !$0.isBoilerplate && $0.range.contains(sentence.lowerBound) && sentence.upperBound <= $0.range.upperBound })
        }
    }

    static let wrappedFirst = [
        "The district council in Marrow Bay voted on Tuesday to spend four",
        "million pounds on new sea walls, after two winters of flooding left",
        "dozens of homes along the front empty and their owners in despair.",
    ]
    static let wrappedSecond = [
        "Residents who packed the public gallery cheered when the motion was",
        "carried, though several councillors warned that the money would only",
        "delay the problem unless the national government paid its share too.",
    ]

    @Test("hard-wrapped paragraphs are joined, one paragraph each, with LF or CRLF line ends",
          arguments: ["\n", "\r\n"])
    func hardWrapped(separator: String) throws {
        let lines = ["Council Approves Coastal Defences", ""] + Self.wrappedFirst + [""] + Self.wrappedSecond
        let article = parse(lines, separator: separator)
        #expect(article.paragraphs.count == 3)
        try #require(article.paragraphs.count == 3)
        #expect(article.metadata.title == "Council Approves Coastal Defences")
        for (paragraph, wrapped) in zip(article.paragraphs.dropFirst(), [Self.wrappedFirst, Self.wrappedSecond]) {
            let words = wrapped.joined(separator: " ")
            #expect(paragraph.text == words)
            let slice = article.text[paragraph.range]
            #expect(slice == wrapped.joined(separator: separator))
            #expect(folded(slice) == words)
        }
    }

    @Test("CRLF line ends keep one-line paragraphs exact")
    func crlfOffsets() {
        let lines = [
            "Harbour Ferry Strike Halts Morning Crossings",
            "By Ann Lee and Tom Fry",
            ferryLead,
            "Union officials said the stoppage would last a full day unless talks with the port operator resumed before noon.",
        ]
        let article = parse(lines, separator: "\r\n")
        #expect(article.paragraphs.count == lines.count)
        for (paragraph, line) in zip(article.paragraphs, lines) {
            #expect(article.text[paragraph.range] == line)
        }
        #expect(article.metadata.byline == "Ann Lee and Tom Fry")
        #expect(article.sentences.contains { article.text[$0] == ferryLead })
    }

    @Test("without a headline the title is the lead's first twelve words and an ellipsis")
    func leadTitleLong() {
        let article = parse([
            "Rescue teams pulled eleven fishermen from the sea off Cape Dorran on Sunday after their trawler capsized in a sudden storm, the coastguard said.",
            "The crew had been at sea for three days when the weather turned and the engine failed in heavy swell.",
        ])
        #expect(!article.metadata.titleIsHeadline)
        #expect(article.metadata.title == "Rescue teams pulled eleven fishermen from the sea off Cape Dorran on…")
        #expect(article.paragraphs.allSatisfy { $0.role == .body })
    }

    @Test("a short lead sentence is the whole title, without an ellipsis")
    func leadTitleShort() {
        let article = parse([
            "Fog closed the airport at Brenmouth on Tuesday morning.",
            "Flights were diverted to the mainland until the early afternoon, when the fog lifted and the runway lights were checked again by engineers.",
        ])
        #expect(!article.metadata.titleIsHeadline)
        #expect(article.metadata.title == "Fog closed the airport at Brenmouth on Tuesday morning.")
    }

    @Test("a title made from the lead leaves the dateline out")
    func leadTitleWithoutDateline() {
        let article = parse([
            "LAGOS, March 3 (Wirewatch) – Dockworkers at the city's main container terminal walked off the job on Monday over unpaid overtime, union leaders said.",
            "The terminal handles most of the country's imports of rice and fuel, and a long stoppage could push up prices within weeks.",
        ])
        #expect(!article.metadata.titleIsHeadline)
        #expect(article.metadata.title == "Dockworkers at the city's main container terminal walked off the job on…")
        #expect(article.metadata.date == PartialDate(year: nil, month: 3, day: 3))
    }

    @Test("a Markdown heading becomes the title, and emphasis does not hide a byline")
    func markdownHeading() {
        let article = parse([
            "# Ferry Strike Ends After Two Days",
            "",
            "*By Ann Lee*",
            "",
            "Crews returned to the Kestrel ferries on Sunday after managers agreed to review the rosters that had",
            "prompted the walkout.",
        ], format: .markdown)
        #expect(article.metadata.title == "Ferry Strike Ends After Two Days")
        #expect(article.metadata.titleIsHeadline)
        #expect(article.paragraphs.first?.role == .heading)
        #expect(article.metadata.byline == "Ann Lee")
        #expect(article.paragraphs.last?.text == "Crews returned to the Kestrel ferries on Sunday after managers agreed to review the rosters that had prompted the walkout.")
    }

    @Test("Markdown headings, one word or a crosshead mid-story, are headings and never story sentences")
    func markdownCrossheads() {
        let article = parse([
            "# Results",
            "",
            "Crews returned to the Kestrel ferries on Sunday after managers agreed to review the rosters.",
            "",
            "## What comes next",
            "",
            "The new rosters go to a vote of the crews on Friday, the union said in a statement.",
        ], format: .markdown)
        #expect(article.paragraphs.map(\.role) == [.heading, .body, .heading, .body])
        #expect(article.paragraphs.first?.isHeadline == true)
        #expect(article.metadata.title == "Results")
        #expect(article.paragraphs.filter(\.isStory).map(\.text) == [
            "Crews returned to the Kestrel ferries on Sunday after managers agreed to review the rosters.",
            "The new rosters go to a vote of the crews on Friday, the union said in a statement.",
        ])
    }

    @Test("a first paragraph ending in a quoted sentence is the lead, not a headline")
    func leadEndingInQuotation() {
        let article = parse([
            "Harbour Mayor Ines Ferraz is defending the city's new ferry campaign with the slogan “Sail, don't drive.”",
            "",
            "The slogan drew jokes online on Monday, but Ferraz said the campaign had done its job.",
        ])
        #expect(article.paragraphs.first?.isHeadline == false)
        #expect(article.paragraphs.filter(\.isStory).count == 2)
        let short = parse(["Ferry strike ends: “We are going back”", "", "Crews returned on Sunday."])
        #expect(short.paragraphs.first?.isHeadline == true)
    }

    @Test("the word count leaves out bylines, date lines and boilerplate")
    func wordCount() {
        let article = parse([
            "Ferry Crews Walk Out",                       // 4 words
            "By Ann Lee and Tom Fry",                     // byline: not counted
            "Published 14 March 2025",                    // date line: not counted
            "Crews at the port stopped work on Friday.",  // 8 words
            "Advertisement",                              // boilerplate: not counted
            "The union's leader said talks would resume.", // 7 words
            "Share this article",                         // boilerplate: not counted
        ])
        #expect(article.wordCount == 19)
    }
}
