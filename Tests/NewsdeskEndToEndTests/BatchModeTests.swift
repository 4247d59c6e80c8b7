import Foundation
import Testing

/// The built binary driven with -c, -f and standard input, as a desk's scripts drive it.
@Suite("newsdesk in batch mode")
struct BatchModeTests {
    @Test("articles --json on the seed reports its byline and no date of its own",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func seedArticleListing() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "articles", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        #expect(lines.count == 1)
        let articles = try #require(lines.first?["articles"] as? [[String: Any]])
        #expect(articles.count == 1)
        let article = try #require(articles.first)
        #expect(article["byline"] as? String == "Eniola Amadu")
        #expect(article["number"] as? Int == 1)
        #expect(article["current"] as? Bool == true)
        #expect(article["date"] is NSNull)
        #expect((article["title"] as? String)?.hasPrefix("Belarus released 52 prisoners") == true)
        #expect((article["words"] as? Int ?? 0) > 400)
        let keys = ["number", "title", "byline", "date", "words", "sentences", "source", "current"]
        #expect(Set(article.keys) == Set(keys))
    }

    @Test("show --json marks the two READ ALSO lines as boilerplate and nothing else",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func seedBoilerplate() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "show", NewsdeskProcess.seedArticle])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let paragraphs = try #require(try run.jsonLines().first?["paragraphs"] as? [[String: Any]])
        let boilerplate = paragraphs.filter { $0["boilerplate"] as? Bool == true }
        #expect(boilerplate.count == 2)
        #expect(boilerplate.allSatisfy { ($0["text"] as? String)?.hasPrefix("READ ALSO:") == true })
        // Offsets point into the file as loaded: slicing the file gives the paragraph back.
        let text = Array(try String(contentsOfFile: NewsdeskProcess.seedArticle, encoding: .utf8).unicodeScalars)
        for paragraph in paragraphs {
            let start = try #require(paragraph["start"] as? Int), end = try #require(paragraph["end"] as? Int)
            var view = String.UnicodeScalarView()
            try #require(0 <= start && start <= end && end <= text.count, "span \(start)..<\(end) lies in the text")
            view.append(contentsOf: text[start..<end])
            #expect(String(view) == paragraph["text"] as? String)
        }
    }

    @Test("commands on standard input: an unknown one is reported with its line, the rest still run",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func stdinErrorsCarryOn() throws {
        let run = try NewsdeskProcess.run([NewsdeskProcess.seedArticle], stdin: "articles\nnosuch\narticles\n")
        #expect(run.status == 1)
        #expect(run.stdoutLines.filter { $0.contains("Belarus released 52 prisoners") }.count == 2)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("<stdin>:2: unknown command 'nosuch'") == true)
    }

    @Test("--bail stops at the first failing line",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func bailStops() throws {
        let run = try NewsdeskProcess.run(["--bail", NewsdeskProcess.seedArticle], stdin: "articles\nnosuch\narticles\n")
        #expect(run.status == 1)
        #expect(run.stdoutLines.filter { $0.contains("Belarus released 52 prisoners") }.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("<stdin>:2:") == true)
    }

    @Test("a script file reports errors as SCRIPT:LINE: and skips comments and blank lines",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func scriptErrorsNameTheLine() throws {
        let directory = NewsdeskProcess.temporaryDirectory()
        let script = directory.appendingPathComponent("desk.nd")
        try "# morning run\n\narticles\nuse 9\nshow\n".write(to: script, atomically: true, encoding: .utf8)
        let run = try NewsdeskProcess.run(["-f", script.path, NewsdeskProcess.seedArticle])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["\(script.path):4: use: no article 9; there is 1 article (see articles)"])
        #expect(run.stdout.contains("READ ALSO"), "show after the failing line still ran")
    }

    @Test("source runs a script inside the session, and quit ends everything")
    func sourceAndQuit() throws {
        let directory = NewsdeskProcess.temporaryDirectory()
        try "load \(NewsdeskProcess.fixtureArticle)\nquit\narticles\n".write(
            to: directory.appendingPathComponent("inner.nd"), atomically: true, encoding: .utf8)
        let run = try NewsdeskProcess.run(["--json"], stdin: "source inner.nd\narticles\n", directory: directory)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        try #require(lines.count == 3, "load, quit and source each print one value; nothing after quit runs")
        #expect((lines[0]["loaded"] as? [[String: Any]])?.count == 1)
        #expect(lines[1]["quit"] as? Bool == true)
        #expect(lines[2]["source"] as? String == "inner.nd")
        #expect(lines.allSatisfy { $0["articles"] == nil })
    }

    @Test("-c commands run in order and a failing one is reported as -c:N",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func commandOptionsInOrder() throws {
        let run = try NewsdeskProcess.run(["-c", "date 2025-09-11", "-c", "date 2025-13-01", "-c", "articles", "--json",
                                           NewsdeskProcess.seedArticle])
        #expect(run.status == 1)
        let lines = try run.jsonLines()
        try #require(lines.count == 3, "every command prints exactly one JSON value, failures included")
        #expect(lines[0]["date"] as? String == "2025-09-11")
        #expect(lines[1]["error"] is String)
        #expect(((lines[2]["articles"] as? [[String: Any]])?.first?["date"]) as? String == "2025-09-11")
        #expect(run.stderrLines.first?.hasPrefix("-c:2: date: '2025-13-01' is not a date") == true)
    }

    @Test("--date is the reference date for an article without one, and date clear returns to it",
          .enabled(if: NewsdeskProcess.seedIsPresent, NewsdeskProcess.seedMissing))
    func defaultDate() throws {
        let run = try NewsdeskProcess.run(["--json", "--date", "2025-09-11", "-c", "date", "-c", "date 2024-01-02",
                                           "-c", "date clear", NewsdeskProcess.seedArticle])
        let dates = try run.jsonLines().map { $0["date"] as? String }
        #expect(dates == ["2025-09-11", "2024-01-02", "2025-09-11"])
    }

    @Test("an article on standard input loads with -")
    func articleFromStdin() throws {
        let story = "Harbour deal signed\nBy Ama Owusu\nThe port authority signed the deal on Monday.\n"
        let run = try NewsdeskProcess.run(["--json", "-c", "articles", "-"], stdin: story)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let article = try #require((try run.jsonLines().first?["articles"] as? [[String: Any]])?.first)
        #expect(article["title"] as? String == "Harbour deal signed")
        #expect(article["byline"] as? String == "Ama Owusu")
        #expect(article["source"] as? String == "<stdin>")
    }

    @Test("usage errors exit 2 with a hint")
    func usageErrors() throws {
        let unknown = try NewsdeskProcess.run(["--jsn"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown option '--jsn'; did you mean --json?"))
        let badDate = try NewsdeskProcess.run(["--date", "11/09/2025", "-c", "articles"])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("YYYY-MM-DD"))
        let missingValue = try NewsdeskProcess.run(["-c"])
        #expect(missingValue.status == 2)
    }

    @Test("an article that cannot be loaded from the command line exits 2 and names it")
    func unloadableArticle() throws {
        let missing = try NewsdeskProcess.run(["-c", "articles", "no-such-story.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-story.txt: no such file or directory"))
        #expect(missing.stdout.isEmpty)

        let directory = NewsdeskProcess.temporaryDirectory()
        let binary = directory.appendingPathComponent("scan.txt")
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).write(to: binary)
        let refused = try NewsdeskProcess.run(["-c", "articles", binary.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("binary file"))

        let page = directory.appendingPathComponent("page.html")
        try "<ul><li><a href=/>Home</a></li></ul>".write(to: page, atomically: true, encoding: .utf8)
        let html = try NewsdeskProcess.run(["-c", "articles", page.path])
        #expect(html.status == 2)
        #expect(html.stderr.contains("page.html: no article text found"))
    }

    @Test("a directory loads every article in it, in name order, the last one current")
    func directoryLoad() throws {
        let run = try NewsdeskProcess.run(["--json", "-c", "articles", "Fixtures/articles"])
        let articles = try #require(try run.jsonLines().first?["articles"] as? [[String: Any]])
        let names = try FileManager.default.contentsOfDirectory(atPath: NewsdeskProcess.fixtures + "/articles")
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        #expect(articles.compactMap { ($0["source"] as? String).map { ($0 as NSString).lastPathComponent } } == names)
        #expect(articles.last?["current"] as? Bool == true)
        #expect(articles.dropLast().allSatisfy { $0["current"] as? Bool == false })
    }

    @Test("load takes globs, and a path that fails is reported while the others still load")
    func globsAndPartialLoad() throws {
        let run = try NewsdeskProcess.run(["--json"], stdin: "load 'Fixtures/articles/*.md' Fixtures/articles/missing.txt\narticles\n")
        #expect(run.status == 1)
        let lines = try run.jsonLines()
        let loaded = try #require(lines.first?["loaded"] as? [[String: Any]])
        let markdown = try FileManager.default.contentsOfDirectory(atPath: NewsdeskProcess.fixtures + "/articles")
            .filter { $0.hasSuffix(".md") }
        #expect(loaded.count == markdown.count && !markdown.isEmpty)
        #expect((lines.first?["failed"] as? [[String: Any]])?.first?["path"] as? String == "Fixtures/articles/missing.txt")
        #expect(run.stderrLines == ["<stdin>:1: load: cannot load Fixtures/articles/missing.txt: no such file or directory"])
        #expect((lines.last?["articles"] as? [[String: Any]])?.count == markdown.count)
    }

    @Test("escape sequences in article text never reach the terminal")
    func hostileTextIsEscaped() throws {
        let directory = NewsdeskProcess.temporaryDirectory()
        let story = directory.appendingPathComponent("hostile.txt")
        try "Ransom note\u{1B}]0;pwned\u{07}\nThe \u{1B}[2Jscreen\u{9B}31m stays clean.\n".write(to: story, atomically: true, encoding: .utf8)
        let text = try NewsdeskProcess.run(["-c", "show", "-c", "articles", story.path])
        #expect(text.status == 0)
        #expect(!text.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" })
        #expect(text.stdout.contains("\\e[2J"))
        let json = try NewsdeskProcess.run(["--json", "-c", "show", story.path])
        #expect(!json.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" })
        #expect(json.stdout.contains("\\u001b[2J"))
    }

    @Test("the sample desk scripts in Fixtures/scripts run cleanly on the sample articles")
    func sampleScriptsRun() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: NewsdeskProcess.fixtures + "/scripts")
            .filter { $0.hasSuffix(".nd") }
        #expect(!scripts.isEmpty)
        for script in scripts {
            let run = try NewsdeskProcess.run(["--bail", "--json", "-f", "Fixtures/scripts/" + script, "Fixtures/articles"])
            #expect(run.status == 0, "\(script): \(run.stderr)")
            let lines = try run.jsonLines()
            #expect(!lines.isEmpty && lines.allSatisfy { $0["error"] == nil }, "\(script)")
        }
    }

    @Test("--help teaches: usage, options, commands and examples")
    func helpText() throws {
        let run = try NewsdeskProcess.run(["--help"])
        #expect(run.status == 0)
        for needle in ["Usage: newsdesk [OPTIONS] [ARTICLE ...]", "--command CMD", "--bail", "load PATH...", "Examples:", "Exit status:"] {
            #expect(run.stdout.contains(needle), "missing \(needle)")
        }
    }
}
