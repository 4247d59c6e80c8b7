import Foundation
import Testing

@testable import NewsCore

private func load(_ html: String, loader: ArticleLoader = ArticleLoader()) throws(ArticleLoader.Failure) -> Article {
    try loader.article(fromHTML: Array(html.utf8), source: "page.html", charset: nil)
}

private func reason(_ body: () throws(ArticleLoader.Failure) -> Article) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.reason
    }
}

@Suite("HTML pages: bad input")
struct HTMLBadInputTests {
    @Test("truncated, unclosed markup still gives the paragraphs a browser would show")
    func truncated() throws {
        let article = try load(
            "<html><body><div class=story><p>The council met on Monday and voted to close the pool."
                + "<p>Residents said they were sad about the vote and would write to the mayor <b>again")
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == [
            "The council met on Monday and voted to close the pool.",
            "Residents said they were sad about the vote and would write to the mayor again",
        ])
    }

    @Test("a page that is all scripts and styles has no article text")
    func allScripts() {
        let page = "<html><head><style>p{color:red}</style></head><body>"
            + String(
                repeating: "<script>document.write('<p>The council met on Monday and voted.</p>');</script>", count: 50)
            + "</body></html>"
        #expect(reason { () throws(ArticleLoader.Failure) in try load(page) } == "no article text found")
    }

    @Test("100,000 nested tags give the story before them, not a crash or a stack overflow")
    func deepNesting() throws {
        let page = "<html><body><p>The council met on Monday and voted to close the pool for the summer.</p>"
            + String(repeating: "<div>", count: 100_000) + "deep" + "</body></html>"
        let article = try load(page)
        let lead = "The council met on Monday and voted to close the pool for the summer."
        #expect(article.paragraphs.contains { $0.text == lead })
    }

    @Test("a story only after 100,000 nested tags is not found, and the message says the nesting is why")
    func storyBeyondTheNestingLimit() {
        let page = "<html><body>" + String(repeating: "<div>", count: 100_000)
            + "<p>The council met on Monday and voted to close the pool for the summer, the mayor said.</p></body></html>"
        #expect(reason { () throws(ArticleLoader.Failure) in try load(page) }
            == "no article text found: the page nests its tags over 256 levels deep, where the HTML parser stops reading")
    }

    @Test("NUL bytes are left out with a warning, not taken for a binary file")
    func nulBytes() throws {
        var bytes = Array("<p>The council met on Monday and voted to close the pool.</p>".utf8)
        bytes.insert(0, at: 20)
        bytes.insert(0, at: 10)
        let article = try ArticleLoader().article(fromHTML: bytes, source: "page.html", charset: nil)
        #expect(article.paragraphs.map(\.text) == ["The council met on Monday and voted to close the pool."])
        #expect(article.warnings == ["2 NUL bytes left out (first at offset 10)"])
    }

    @Test("a page over the size limit, or a gzip bomb that would expand past it, is refused")
    func sizeLimit() throws {
        let loader = ArticleLoader(maximumBytes: 5000)
        let big = "<p>" + String(repeating: "The council met on Monday. ", count: 200) + "</p>"
        #expect(reason { () throws(ArticleLoader.Failure) in try load(big, loader: loader) }?
            .hasPrefix("too large (5407 bytes; the limit is 5000") == true)
        let bomb = try gzip(Array(repeating: 0x20, count: 4 << 20))
        #expect(bomb.count < 5000)
        #expect(reason { () throws(ArticleLoader.Failure) in
            try loader.article(fromHTML: bomb, source: "bomb.html.gz", charset: nil)
        }?.hasPrefix("too large (more than 5000 bytes once decompressed") == true)
    }

    @Test("damaged gzip data and empty pages give their own messages")
    func damaged() {
        #expect(reason { () throws(ArticleLoader.Failure) in
            try ArticleLoader().article(fromHTML: [0x1F, 0x8B, 0x08, 0x00, 0x01], source: "x.html.gz", charset: nil)
        }?.hasPrefix("damaged gzip data") == true)
        #expect(reason { () throws(ArticleLoader.Failure) in try load("") } == "empty file")
        #expect(reason { () throws(ArticleLoader.Failure) in try load(" \n\t ") } == "only white space, no text")
    }
}
