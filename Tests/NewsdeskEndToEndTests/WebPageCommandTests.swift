import Foundation
import Testing
import TestSupport

/// `newsdesk URL`, `load URL` and `{"url"}` records through the built binary, against a server
/// the test runs on 127.0.0.1. The checks hold for any HTML reader: sources, messages, words.
@Suite("web pages through the binary")
struct WebPageCommandTests {
    static let story = """
        <html><head><title>Council closes Elm Street bridge</title></head><body>
        <article><h1>Council closes Elm Street bridge</h1>
        <p>The city council voted on Tuesday to close the Elm Street bridge for repairs, officials said.</p>
        <p>Repairs will cost $4 million and take about a year, the mayor told reporters.</p></article></body></html>
        """

    static let server: LocalHTTPServer = {
        do {
            return try LocalHTTPServer { path in
                switch path {
                case "/story": return .page(story)
                case "/moved": return .redirect(to: "/story")
                case "/wire.txt":
                    return .page(
                        "Bridge shut\n\nThe Elm Street bridge closed on Tuesday for repairs.", type: "text/plain")
                case "/slow", "/slow-shell":
                    return LocalHTTPServer.Response(headers: [("Content-Type", "text/html")], body: Array(story.utf8),
                                                    delay: 60)
                case "/report.pdf":
                    return LocalHTTPServer.Response(
                        headers: [("Content-Type", "application/pdf")], body: Array("%PDF".utf8))
                default: return LocalHTTPServer.Response(status: 404)
                }
            }
        } catch {
            fatalError("cannot start the local test server: \(error)")
        }
    }()

    @Test("newsdesk URL loads the page; articles shows the final address after redirects as its source")
    func launchWithAddress() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "articles", Self.server.url("/moved")])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(run.jsonLines().first?["articles"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["source"] as? String == Self.server.url("/story"))
    }

    @Test("load URL failures are one line each and the session goes on")
    func loadFailures() throws {
        let missing = Self.server.url("/nothing"), pdf = Self.server.url("/report.pdf")
        let run = try NewsdeskProcess.run([
            "-c", "load \(missing) \(pdf) ftp://example.org/story", "-c", "load \(Self.server.url("/wire.txt"))",
            "-c", "articles",
        ])
        #expect(run.status == 1)
        #expect(run.stderrLines == [
            "-c:1: load: \(missing): HTTP 404",
            "-c:1: load: \(pdf): not an HTML page (application/pdf)",
            "-c:1: load: ftp://example.org/story: ftp:// addresses are not supported;"
                + " only http:// and https:// pages can be loaded",
        ])
        #expect(run.stdout.contains("Bridge shut"), "the text/plain page loaded after the failures: \(run.stdout)")
    }

    @Test("NEWSDESK_TIMEOUT bounds a slow download; a bad value is a usage error")
    func timeout() throws {
        let slow = Self.server.url("/slow")
        let run = try NewsdeskProcess.run(["-c", "load \(slow)"], environment: ["NEWSDESK_TIMEOUT": "0.5"])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["-c:1: load: \(slow): timed out after 0.5 s (set NEWSDESK_TIMEOUT to wait longer)"])
        let bad = try NewsdeskProcess.run(["-c", "articles"], environment: ["NEWSDESK_TIMEOUT": "soon"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("NEWSDESK_TIMEOUT must be a number of seconds above 0, not 'soon'"))
    }

    @Test("a file:// address on the command line is refused with exit status 2")
    func fileScheme() throws {
        let run = try NewsdeskProcess.run(["-c", "articles", "file:///etc/hostname"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot load file:///etc/hostname: file:// addresses are not loaded"))
    }

    @Test("--jsonl fetches url records and reads html records without fetching")
    func pipeline() throws {
        let html = "<p>The Elm Street bridge closed on Tuesday, the mayor said.</p>"
        let input = [
            #"{"id": 1, "url": "\#(Self.server.url("/moved"))"}"#,
            #"{"id": 2, "html": "\#(html)", "url": "\#(Self.server.url("/never-asked"))"}"#,
            #"{"id": 3, "url": "\#(Self.server.url("/nothing"))"}"#,
        ].joined(separator: "\n") + "\n"
        let run = try NewsdeskProcess.run(["--jsonl", "-"], stdin: input)
        #expect(run.status == 1)
        let lines = try run.jsonLines()
        try #require(lines.count == 3)
        #expect(lines[0]["error"] == nil && lines[0]["summary"] != nil)
        #expect(lines[1]["error"] == nil && lines[1]["summary"] != nil)
        #expect(lines[2]["error"] as? String == "line 3: \(Self.server.url("/nothing")): HTTP 404")
        #expect(!Self.server.requestedPaths.contains("/never-asked"))
    }

    @Test("Ctrl-C in the shell abandons a download and the shell goes on")
    func controlCAbandonsDownload() throws {
        let shell = try PTYSession([], home: NewsdeskProcess.temporaryDirectory())
        #expect(shell.waitFor("newsdesk> "))
        shell.type("load \(Self.server.url("/slow-shell"))\r")
        let asked = Date().addingTimeInterval(30)
        while !Self.server.requestedPaths.contains("/slow-shell"), Date() < asked { usleep(20_000) }
        #expect(Self.server.requestedPaths.contains("/slow-shell"), "the download started")
        let before = shell.mark
        shell.type("\u{03}")
        #expect(shell.waitFor("download abandoned (interrupted)", after: before), "\(shell.transcript)")
        #expect(shell.waitFor("newsdesk> ", after: before))
        shell.type("quit\r")
        #expect(shell.waitForExit() == 1, "a failed load makes the exit status 1")
    }
}
