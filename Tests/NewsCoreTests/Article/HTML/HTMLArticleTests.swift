import Foundation
import Testing

@testable import NewsCore

/// Loads a fixture page of Fixtures/html through the loader, as `load` does.
private func page(_ name: String) throws -> Article {
    try ArticleLoader().loadFile(TestFiles.inPackage("Fixtures/html/\(name)").path)
}

private func kinds(_ article: Article) -> [Paragraph.Kind] { article.paragraphs.map(\.kind) }

private func body(_ article: Article) -> [String] {
    article.paragraphs.filter { $0.kind == .body }.map(\.text)
}

@Suite("HTML pages as articles")
struct HTMLArticleTests {
    @Test("a wire story page gives its headline, byline, date and body in order, without the page's furniture")
    func wireStory() throws {
        let article = try page("wire-story.html")
        #expect(article.format == .html)
        #expect(article.metadata.title == "Harbour ferry strike ends after pay deal")
        #expect(article.metadata.titleIsHeadline)
        // JSON-LD wins over <meta name="author"> and article:published_time.
        #expect(article.metadata.byline == "Mara Lindqvist and Tomas Erde")
        #expect(article.metadata.date == PartialDate(year: 2025, month: 3, day: 14))
        let text = body(article)
        #expect(text.first?.hasPrefix(
            "NORTHPORT, March 14 (Ledger) – Ferry crews on the harbour’s island routes") == true)
        #expect(text.contains("Timetable returns on Monday"))
        #expect(text.contains("North quay to Holm: hourly, with a late boat at 11 p.m."))
        #expect(text.contains("We will honour every season ticket for the days lost."))
        #expect(text.last == "Shopkeepers on Skerry Island said the stoppage had cost them a week of trade.")
        let everything = article.text.string
        for furniture in ["cookies", "Business", "Share on", "Related stories", "Island shops count", "Sign up",
                          "About time too", "Most read", "All rights reserved", "tracking", "analytics", "margin"] {
            #expect(!everything.contains(furniture), "kept page furniture: \(furniture)")
        }
    }

    @Test("the wire story's paragraphs carry their kinds: headline, standfirst, byline, caption, body, boilerplate")
    func wireStoryKinds() throws {
        let article = try page("wire-story.html")
        #expect(Array(kinds(article).prefix(3)) == [.headline, .standfirst, .byline])
        #expect(article.paragraphs[1].text.hasPrefix("Crews return to the island routes"))
        let caption = try #require(article.paragraphs.first { $0.kind == .caption })
        #expect(caption.text.hasPrefix("The morning ferry waits at the north quay"))
        #expect(!caption.isStory)
        let promo = try #require(article.paragraphs.first { $0.text.hasPrefix("READ MORE:") })
        #expect(promo.kind == .boilerplate && promo.isBoilerplate)
        #expect(!article.text.string.contains("Advertisement"))
        // The crosshead is body text for show, a heading for the analyzers.
        let crosshead = try #require(article.paragraphs.first { $0.text == "Timetable returns on Monday" })
        #expect(crosshead.kind == .body && crosshead.role == .heading)
    }

    @Test("offsets point into the extracted text, entities decoded and <br> kept as a line break")
    func offsets() throws {
        let article = try page("wire-story.html")
        for paragraph in article.paragraphs {
            #expect(article.text.folded(paragraph.range) == paragraph.text)
        }
        let timetable = try #require(article.paragraphs.first { $0.text.hasPrefix("The operator said") })
        #expect(article.text[timetable.range].contains("morning,\nwith extra sailings"))
        #expect(article.text.string.contains("87\u{00A0}percent") || article.text.string.contains("87 percent"))
        #expect(article.metadata.dateline.map { article.text[$0] } == "NORTHPORT, March 14 (Ledger) –")
    }

    @Test("a page with only <meta> tags for metadata takes its headline, author and date from them")
    func metaOnly() throws {
        let article = try page("meta-only.html")
        #expect(article.metadata.title == "Library reopens after two-year rebuild")
        #expect(article.metadata.byline == "Priya Ramaswamy")
        #expect(article.metadata.date == PartialDate(year: 2024, month: 11, day: 2))
        #expect(body(article).count == 3)
        #expect(kinds(article) == [.headline, .byline, .body, .body, .body])
    }

    @Test("a Windows-1252 page decodes its accents, curly quotes, ellipsis and euro sign")
    func windows1252() throws {
        let article = try page("windows-1252.html")
        #expect(article.metadata.title == "Café owners win fight over terrace")
        #expect(body(article) == [
            "The owners of the Café Renée on Market Square won their appeal on Tuesday, and may keep the terrace "
                + "the council had ordered them to remove.",
            "“We are relieved,” said Anaïs Dubreuil, who runs the café with her brother. "
                + "“The terrace pays the rent… and half the wages.”",
            "The council said it would not appeal the ruling, which costs it about €4,000 in legal fees.",
        ])
        #expect(article.warnings.isEmpty)
    }

    @Test("the server's charset wins over the page's own declaration")
    func charsetHint() throws {
        let bytes = try Array(Data(contentsOf: TestFiles.inPackage("Fixtures/html/windows-1252.html")))
        // Read as UTF-8 the 1252 bytes are invalid; each stray byte is then read as Windows-1252.
        let article = try ArticleLoader().article(fromHTML: bytes, source: "page", charset: "utf-8")
        #expect(article.metadata.title == "Café owners win fight over terrace")
        #expect(article.warnings.contains { $0.contains("declared UTF-8 but not valid UTF-8") })
    }

    @Test("a page with no article says so")
    func noArticle() throws {
        #expect(throws: ArticleLoader.Failure(
            path: TestFiles.inPackage("Fixtures/html/no-article.html").path, reason: "no article text found")) {
            try page("no-article.html")
        }
    }

    @Test("a gzip-compressed page loads as the page itself")
    func gzipPage() throws {
        let bytes = try Array(Data(contentsOf: TestFiles.inPackage("Fixtures/html/wire-story.html")))
        let compressed = try gzip(bytes)
        #expect(compressed.starts(with: [0x1F, 0x8B]))
        let article = try ArticleLoader().article(fromHTML: compressed, source: "page.html.gz", charset: nil)
        #expect(article.text == (try page("wire-story.html")).text)
    }

    @Test("text and Markdown articles get kinds from what the header reading found")
    func textKinds() {
        let article = ArticleParser.parse(
            "# Ferry Strike Ends\n\nBy Ann Lee\n\nPublished 14 March 2025\n\nCrews voted on Friday.\n\n"
                + "## Timetable\n\nBoats run Monday.\n\nAdvertisement\n",
            format: .markdown, source: "t.md")
        #expect(kinds(article) == [.headline, .byline, .dateline, .body, .body, .body, .boilerplate])
    }
}

/// `bytes` compressed by the system's gzip, as a saved `.html.gz` page is.
func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-c"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(bytes))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Array(data)
}
