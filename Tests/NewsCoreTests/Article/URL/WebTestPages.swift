import Foundation
import TestSupport

@testable import NewsCore

/// The pages the web-loading tests fetch from their own server on 127.0.0.1, and helpers to
/// load them. The stories are written for these tests.
enum WebTestPages {
    static let plainStory = """
        Council closes Elm Street bridge

        The city council voted on Tuesday to close the Elm Street bridge for repairs, officials said.

        Repairs will cost $4 million and take about a year, the mayor told reporters.
        """

    static let htmlStory = """
        <!DOCTYPE html><html><head><title>Council closes Elm Street bridge</title></head>
        <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
        <article><h1>Council closes Elm Street bridge</h1>
        <p>The city council voted on Tuesday to close the Elm Street bridge for repairs, officials said.</p>
        <p>Repairs will cost $4 million and take about a year, the mayor told reporters.</p>
        </article></body></html>
        """

    /// Words of the story's first paragraph, which any reading of either page keeps.
    static let storyWords = "close the Elm Street bridge for repairs"

    /// One server for every web test in this target; it lives as long as the test run.
    static let server: LocalHTTPServer = {
        do {
            return try LocalHTTPServer(routes: route)
        } catch {
            fatalError("cannot start the local test server: \(error)")
        }
    }()

    @Sendable static func route(_ path: String) -> LocalHTTPServer.Response {
        if path.hasPrefix("/hop/"), let left = Int(path.dropFirst(5)) {
            return left > 0 ? .redirect(to: "/hop/\(left - 1)") : .page(htmlStory)
        }
        switch path {
        case "/story.html": return .page(htmlStory)
        case "/story.txt": return .page(plainStory, type: "text/plain; charset=utf-8")
        case "/story.xhtml": return .page(htmlStory, type: "application/xhtml+xml")
        case "/latin1.txt":
            var body = Array("The caf".utf8) + [0xE9]
            body += Array(" on Main Street reopened on Monday, its owner said.".utf8)
            body += Array(" Queues formed before eight.".utf8)
            return LocalHTTPServer.Response(headers: [("Content-Type", "text/plain; charset=ISO-8859-1")], body: body)
        case "/untyped": return LocalHTTPServer.Response(body: Array(plainStory.utf8))
        case "/missing": return LocalHTTPServer.Response(status: 404, headers: [("Content-Type", "text/html")],
                                                         body: Array("<p>Not here</p>".utf8))
        case "/broken": return LocalHTTPServer.Response(status: 500)
        case "/slow": return LocalHTTPServer.Response(headers: [("Content-Type", "text/html")],
                                                      body: Array(htmlStory.utf8), delay: 60)
        case "/report.pdf":
            return LocalHTTPServer.Response(
                headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.4".utf8))
        case "/big.txt":
            return .page(String(repeating: "The bridge stays shut. ", count: 10_000), type: "text/plain")
        case "/endless": return LocalHTTPServer.Response(headers: [("Content-Type", "text/plain")], endless: true)
        case "/gzip":
            return LocalHTTPServer.Response(
                headers: [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
                body: LocalHTTPServer.gzip(Array(htmlStory.utf8)))
        case "/empty": return .page("  \n")
        case "/to-file": return .redirect(to: "file:///etc/passwd")
        default: return LocalHTTPServer.Response(status: 404)
        }
    }

    /// A loader with a 64 KB limit and a minute's timeout: long enough that no test but the
    /// timeout's own depends on how busy the machine is.
    static func loader(timeout: Double = 60) -> ArticleLoader {
        var loader = ArticleLoader(maximumBytes: 64 << 10)
        loader.web.timeout = timeout
        return loader
    }

    /// Why loading `path` from the server (or `address` as given) failed, or nil if it loaded.
    static func failure(_ address: String, loader: ArticleLoader = loader(),
                        shouldStop: () -> Bool = { false }) -> String? {
        do {
            _ = try loader.loadPage(address, shouldStop: shouldStop)
            return nil
        } catch {
            return error.reason
        }
    }
}
