import Foundation
import Testing
import TestSupport

@testable import NewsCore

/// A fetcher that must not be called: it counts calls and fails them.
private final class ForbiddenFetcher: PageFetcher, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var calls: Int { lock.lock(); defer { lock.unlock() }; return count }

    func fetch(
        _ address: WebAddress, limits: PageLimits, shouldStop: () -> Bool
    ) throws(PageFetchFailure) -> FetchedPage {
        lock.lock()
        count += 1
        lock.unlock()
        throw .other("no fetching here")
    }
}

/// Pipeline records that carry HTML or only an address.
@Suite("Pipeline html and url records")
struct PipelineWebRecordTests {
    private func member(_ key: String, of output: JSONValue) -> JSONValue? {
        guard case .object(let members) = output else { return nil }
        return members.first { $0.0 == key }?.1
    }

    @Test("a record with html is read as a page without fetching its url, which is only its source")
    func htmlRecord() throws {
        let fetcher = ForbiddenFetcher()
        var loader = ArticleLoader()
        loader.web.fetcher = fetcher
        let analyzer = PipelineAnalyzer(analyses: [.init("source") { .string($0.article.source) },
                                                   .init("text") { .string($0.article.text.string) }],
                                        loader: loader)
        let html = WebTestPages.htmlStory.replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        let line = #"{"id": "a1", "html": "\#(html)", "url": "https://news.example/bridge"}"#
        let (output, failed) = analyzer.process(line: Array(line.utf8), at: .init(line: 1, offset: 0))
        #expect(!failed, "\(output.serialized)")
        #expect(member("source", of: output) == .string("https://news.example/bridge"))
        guard case .string(let text)? = member("text", of: output) else { Issue.record("no text"); return }
        #expect(text.contains(WebTestPages.storyWords))
        #expect(fetcher.calls == 0)
    }

    @Test("a record with only a url fetches the page; its final address is the source")
    func urlRecord() throws {
        let server = WebTestPages.server
        let analyzer = PipelineAnalyzer(analyses: [.init("source") { .string($0.article.source) },
                                                   .init("title") { .string($0.article.metadata.title) }],
                                        loader: WebTestPages.loader())
        let line = #"{"id": 7, "url": "\#(server.url("/hop/2"))"}"#
        let (output, failed) = analyzer.process(line: Array(line.utf8), at: .init(line: 1, offset: 0))
        #expect(!failed, "\(output.serialized)")
        #expect(member("id", of: output) == .int(7))
        #expect(member("source", of: output) == .string(server.url("/hop/0")))
    }

    @Test("a url record that cannot be fetched is an error line naming the address, and the run goes on")
    func failedURLRecord() throws {
        let server = WebTestPages.server
        let analyzer = PipelineAnalyzer(analyses: [.init("title") { .string($0.article.metadata.title) }],
                                        loader: WebTestPages.loader())
        let lines = [#"{"id": 1, "url": "\#(server.url("/missing"))"}"#,
                     #"{"id": 2, "url": "\#(server.url("/story.txt"))"}"#]
        var remaining = lines[...]
        var written: [String] = []
        PipelineRunner(analyzer: analyzer, jobs: 2).run(
            next: { remaining.popFirst().map { .init(.text(Array($0.utf8)), offset: 0) } }, write: { written.append($0) })
        #expect(written == [
            #"{"id":1,"error":"line 1: \#(server.url("/missing")): HTTP 404","line":1,"offset":0}"#,
            #"{"id":2,"title":"Council closes Elm Street bridge"}"#,
        ])
    }

    @Test("records with both text and html, or a non-string url, are refused")
    func badRecords() {
        let analyzer = PipelineAnalyzer(analyses: [])
        let cases: [(String, String)] = [
            (#"{"id": 1, "text": "a", "html": "<p>b</p>"}"#, "give \"text\" or \"html\", not both"),
            (#"{"id": 2, "url": 5}"#, "\"url\" must be a string"),
            (#"{"id": 3, "html": null}"#, "no \"text\", \"html\" or \"url\" field"),
        ]
        for (line, message) in cases {
            let (output, failed) = analyzer.process(line: Array(line.utf8), at: .init(line: 4, offset: 0))
            #expect(failed)
            #expect(member("error", of: output) == .string("line 4: \(message)"))
        }
    }
}
