import Foundation
import Testing
import TestSupport

@testable import NewsCore

/// Web pages fetched from a server the test runs on 127.0.0.1, through the real URLSession
/// fetcher. The checks hold for any HTML reader: words of the visible story, sources, messages.
@Suite("Loading web pages")
struct PageLoadingTests {
    let server = WebTestPages.server

    @Test("an HTML page loads with the story's words and its address as source")
    func htmlPage() throws {
        let article = try WebTestPages.loader().loadPage(server.url("/story.html"))
        #expect(article.text.string.contains(WebTestPages.storyWords))
        #expect(article.source == server.url("/story.html"))
    }

    @Test("a text/plain page is read as a text article: headline, words, no markup")
    func plainPage() throws {
        let article = try WebTestPages.loader().loadPage(server.url("/story.txt"))
        #expect(article.metadata.title == "Council closes Elm Street bridge")
        #expect(article.text.string.contains(WebTestPages.storyWords))
        #expect(article.warnings.isEmpty)
    }

    @Test("application/xhtml+xml is accepted as HTML")
    func xhtmlPage() throws {
        let article = try WebTestPages.loader().loadPage(server.url("/story.xhtml"))
        #expect(article.text.string.contains(WebTestPages.storyWords))
    }

    @Test("the header's charset decodes a Latin-1 text page without a warning")
    func latin1Page() throws {
        let article = try WebTestPages.loader().loadPage(server.url("/latin1.txt"))
        #expect(article.text.string.contains("The café on Main Street"))
        #expect(article.warnings.isEmpty)
    }

    @Test("a page the server sends without a content type is read by what it starts with")
    func untypedPage() throws {
        let article = try WebTestPages.loader().loadPage(server.url("/untyped"))
        #expect(article.metadata.title == "Council closes Elm Street bridge")
    }

    @Test("a chain of redirects is followed and the final address becomes the source")
    func redirectChain() throws {
        let article = try WebTestPages.loader().loadPage(server.url("/hop/3"))
        #expect(article.source == server.url("/hop/0"))
        #expect(article.text.string.contains(WebTestPages.storyWords))
    }

    @Test("five redirects are followed, a sixth is refused")
    func redirectLimit() {
        #expect(WebTestPages.failure(server.url("/hop/5")) == nil)
        #expect(WebTestPages.failure(server.url("/hop/6")) == "too many redirects (more than 5)")
    }

    @Test("a redirect to a file:// address is refused")
    func redirectToFile() {
        let reason = WebTestPages.failure(server.url("/to-file"))
        #expect(reason == "redirected to an address that is not an http:// or https:// page")
    }

    @Test("an error status is reported by its number")
    func errorStatus() {
        #expect(WebTestPages.failure(server.url("/missing")) == "HTTP 404")
        #expect(WebTestPages.failure(server.url("/broken")) == "HTTP 500")
    }

    @Test("a server slower than the timeout gives up at the timeout, naming it")
    func slowServer() {
        let reason = WebTestPages.failure(server.url("/slow"), loader: WebTestPages.loader(timeout: 0.5))
        #expect(reason == "timed out after 0.5 s (set NEWSDESK_TIMEOUT to wait longer)")
    }

    @Test("a page of another type is refused by its type")
    func wrongType() {
        #expect(WebTestPages.failure(server.url("/report.pdf")) == "not an HTML page (application/pdf)")
    }

    @Test("a body the server announces as over the limit is refused with its size")
    func oversized() throws {
        let reason = try #require(WebTestPages.failure(server.url("/big.txt")))
        #expect(reason == "too large (230000 bytes; the limit is 65536, set NEWSDESK_MAX_ARTICLE_MB to raise it)")
    }

    @Test("an endless body stops at the size limit")
    func endless() {
        let reason = WebTestPages.failure(server.url("/endless"))
        #expect(reason
            == "too large (more than 65536 bytes; the limit is 65536, set NEWSDESK_MAX_ARTICLE_MB to raise it)")
    }

    @Test("a gzip-encoded page is decoded")
    func gzipPage() throws {
        let article = try WebTestPages.loader().loadPage(server.url("/gzip"))
        #expect(article.text.string.contains(WebTestPages.storyWords))
    }

    @Test("a page with no text says no article text was found")
    func emptyPage() throws {
        let reason = try #require(WebTestPages.failure(server.url("/empty")))
        #expect(reason.hasPrefix("no article text found"))
    }

    @Test("asking to stop abandons a download in progress")
    func abandoned() {
        let start = Date()
        let reason = WebTestPages.failure(server.url("/slow")) { Date().timeIntervalSince(start) > 0.2 }
        #expect(reason == "download abandoned (interrupted)")
    }

    @Test("a port nothing listens on gives a plain connection message")
    func refused() throws {
        let port = try ClosedPort()
        defer { port.close() }
        let reason = WebTestPages.failure("http://127.0.0.1:\(port.port)/story.html")
        #expect(reason == "cannot connect to 127.0.0.1 port \(port.port) (connection refused or host unreachable)")
    }

    @Test("load takes web addresses beside paths and reports each failure by its address")
    func loadMixesPathsAndAddresses() {
        let outcome = WebTestPages.loader().load([server.url("/story.txt"), server.url("/missing"), "ftp://example/x"])
        #expect(outcome.articles.map(\.source) == [server.url("/story.txt")])
        #expect(outcome.failures.map(\.description) == [
            "\(server.url("/missing")): HTTP 404",
            "ftp://example/x: ftp:// addresses are not supported; only http:// and https:// pages can be loaded",
        ])
    }
}
