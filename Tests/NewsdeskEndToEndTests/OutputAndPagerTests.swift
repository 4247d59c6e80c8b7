import Foundation
import Testing
import TestSupport

/// A pager that announces itself, swallows the text, and waits for Enter on the terminal, so a
/// test can see when paging starts and that the shell waits for it.
private let markerPager = "printf 'PAGER-START\\n'; wc -l | sed 's/^ */PAGER-LINES /'; read key </dev/tty; printf 'PAGER-END\\n'"

private let longArticle = NewsdeskProcess.fixtures + "/articles/feature-river-town.txt"
private let strikeArticle = NewsdeskProcess.fixtures + "/articles/wire-port-strike.txt"

@Suite("the pager, once and output, and a tidy session, through the built binary", .serialized)
struct OutputAndPagerTests {
    @Test("a result taller than the screen goes through the pager and the shell waits for it; a short one does not")
    func pagerForTallOnly() throws {
        let shell = try PTYSession([longArticle], home: NewsdeskProcess.temporaryDirectory(),
                                   environment: ["NEWSDESK_PAGER": markerPager])
        #expect(shell.waitFor("]> "))
        var mark = shell.mark
        shell.type("date\r")
        #expect(shell.waitFor("reference date", after: mark))
        #expect(shell.waitFor("]> ", after: mark + 1))
        #expect(!shell.transcript.contains("PAGER-START"), "a short result is printed straight")

        mark = shell.mark
        shell.type("show\r")
        #expect(shell.waitFor("PAGER-START", after: mark), "screen: \(shell.screenText)")
        #expect(shell.waitFor("PAGER-LINES", after: mark))
        #expect(!shell.waitFor("]> ", after: mark + 1, seconds: 1), "no prompt while the pager is open")
        shell.type("q\r")
        #expect(shell.waitFor("PAGER-END", after: mark))
        #expect(shell.waitFor("]> ", after: mark + 2), "the prompt comes back when the pager ends")

        mark = shell.mark
        shell.type("show --json\r")
        #expect(shell.waitFor("{\"title\":", after: mark))
        #expect(shell.waitFor("]> ", after: mark + 1))
        #expect(shell.transcript.components(separatedBy: "PAGER-START").count == 2, "JSON is never paged")
        shell.type("quit\r")
        #expect(shell.waitForExit() == 0)
    }

    @Test("pager off holds for every later result until pager on", .timeLimit(.minutes(1)))
    func pagerOffHolds() throws {
        let shell = try PTYSession([longArticle], home: NewsdeskProcess.temporaryDirectory(),
                                   environment: ["NEWSDESK_PAGER": markerPager])
        #expect(shell.waitFor("]> "))
        shell.type("pager off\r")
        #expect(shell.waitFor("Pager off."))
        for _ in 0..<2 {
            let mark = shell.mark
            shell.type("show\r")
            #expect(shell.waitFor("]> ", after: mark + 5), "the prompt follows the article at once")
        }
        #expect(!shell.transcript.contains("PAGER-START"))
        var mark = shell.mark
        shell.type("pager on\r")
        #expect(shell.waitFor("Pager on (", after: mark))
        mark = shell.mark
        shell.type("show\r")
        #expect(shell.waitFor("PAGER-START", after: mark))
        shell.type("\r")
        #expect(shell.waitFor("]> ", after: mark + 2))
        shell.type("quit\r")
        #expect(shell.waitForExit() == 0)
    }

    @Test("--no-pager starts the shell with paging off")
    func noPagerOption() throws {
        let shell = try PTYSession(["--no-pager", longArticle], home: NewsdeskProcess.temporaryDirectory(),
                                   environment: ["NEWSDESK_PAGER": markerPager])
        #expect(shell.waitFor("]> "))
        let mark = shell.mark
        shell.type("show\r")
        #expect(shell.waitFor("]> ", after: mark + 5))
        #expect(!shell.transcript.contains("PAGER-START"))
        shell.type("quit\r")
        #expect(shell.waitForExit() == 0)
    }

    @Test("with no pager named, less -FRX pages a tall result and q returns to the prompt",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/less"), "needs less"))
    func lessByDefault() throws {
        let shell = try PTYSession([longArticle], home: NewsdeskProcess.temporaryDirectory())
        #expect(shell.waitFor("]> "))
        let mark = shell.mark
        shell.type("show\r")
        #expect(shell.waitFor("After the flood", after: mark))
        #expect(!shell.waitFor("]> ", after: mark + 1, seconds: 1.5), "less holds the screen: \(shell.screenText)")
        shell.type("q")
        #expect(shell.waitFor("]> ", after: mark + 1), "q leaves less: \(shell.screenText)")
        shell.type("quit\r")
        #expect(shell.waitForExit() == 0)
    }

    @Test("once x.csv then figures writes a CSV whose rows are the JSON result's figures")
    func onceCSVMatchesJSON() throws {
        let directory = NewsdeskProcess.temporaryDirectory()
        let csvPath = directory.appendingPathComponent("x.csv").path
        let shell = try PTYSession([strikeArticle], home: NewsdeskProcess.temporaryDirectory())
        #expect(shell.waitFor("]> "))
        var mark = shell.mark
        shell.type("once \(csvPath)\r")
        #expect(shell.waitFor("The next result goes to", after: mark))
        mark = shell.mark
        shell.type("figures\r")
        #expect(shell.waitFor("(CSV written to", after: mark))
        #expect(!shell.screenText.contains("Figure       Kind"), "the table went to the file, not the screen")
        mark = shell.mark
        shell.type("date\r")
        #expect(shell.waitFor("reference date", after: mark), "once is for one result only")
        shell.type("quit\r")
        #expect(shell.waitForExit() == 0)

        let records = try CSVReader.records(try String(contentsOfFile: csvPath, encoding: .utf8))
        let header = try #require(records.first)
        let rows = Array(records.dropFirst())
        let run = try NewsdeskProcess.run(["--json", "-c", "figures", strikeArticle])
        let figures = try #require(try run.jsonLines().first?["figures"] as? [[String: Any]])
        #expect(rows.count == figures.count && !rows.isEmpty)
        #expect(Array(header.prefix(9)) == ["text", "start", "end", "value", "high", "kind", "unit", "of", "sentence"])
        for (row, figure) in zip(rows, figures) {
            #expect(row.count == header.count)
            for (column, cell) in zip(header, row) where column != "paragraph" {
                let value = figure[column]
                switch value {
                case nil, is NSNull: #expect(cell == "", "\(column)")
                case let text as String: #expect(cell == text, "\(column)")
                case let number as NSNumber: #expect(Double(cell) == number.doubleValue, "\(column): \(cell)")
                default: Issue.record("unexpected JSON value for \(column)")
                }
            }
        }
    }

    @Test("loading a file already loaded is refused with its message, and one copy is kept")
    func duplicateLoadInShell() throws {
        let shell = try PTYSession([strikeArticle], home: NewsdeskProcess.temporaryDirectory())
        #expect(shell.waitFor("]> "))
        var mark = shell.mark
        shell.type("load Fixtures/articles/wire-port-strike.txt\r")
        #expect(shell.waitFor("is already loaded as article 1", after: mark))
        #expect(shell.waitFor("load --again reads it afresh", after: mark))
        mark = shell.mark
        shell.type("articles --json\r")
        #expect(shell.waitFor("{\"articles\":[{\"number\":1,", after: mark))
        #expect(!shell.screenText.contains("\"number\":2"))
        shell.type("quit\r")
        #expect(shell.waitForExit() == 0)
    }

    @Test("bad once and output targets: one clear error each, and the session goes on")
    func badTargets() throws {
        let directory = NewsdeskProcess.temporaryDirectory()
        let commands = ["once \(directory.path)", "articles", "once nowhere/at/all.csv", "articles",
                        "once /dev/full", "articles", "output /dev/full", "articles", "articles",
                        "once x.csv", "help", "articles"]
        let run = try NewsdeskProcess.run(commands.flatMap { ["-c", $0] } + [strikeArticle], directory: directory)
        #expect(run.status == 1)
        #expect(run.stderrLines == [
            "-c:1: once: cannot write \(directory.path): is a directory",
            "-c:3: once: cannot write nowhere/at/all.csv: no such directory nowhere/at",
            "-c:6: once: cannot write /dev/full: no space left on device",
            "-c:8: output: cannot write /dev/full: no space left on device; results go to the terminal again",
            "-c:11: once: this result is not a table, so it has no CSV view; write it to a .txt, .md or .json file",
        ], "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "Dockworkers at the port").count - 1 == 4,
                "every articles not sent to a broken file still printed: \(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.csv").path))
    }

    @Test("article text with escape sequences reaches no file raw, in any format")
    func filesSanitised() throws {
        let name = "hostile.txt"
        let text = "Ransom \u{1B}]0;title\u{07}note\n\nBy Ann\u{1B}[31m Lee\n\n"
            + "Mr. Tom Hale said the \u{1B}[2J screen, 52 \u{9B}1;31m prisoners, stays \u{202E}clean.\n"
        let directory = try Hostile.directory(with: [name: Array(text.utf8)])
        var commands: [String] = []
        for format in ["txt", "md", "csv", "json"] {
            commands += ["once show.\(format)", "show", "once figures.\(format)", "figures",
                         "once quotes.\(format)", "quotes --all", "once people.\(format)", "people"]
        }
        let run = try NewsdeskProcess.run(commands.flatMap { ["-c", $0] } + [name], directory: directory)
        #expect(run.status == 0, "\(run.stderr)")
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file != name {
            let written = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            let body = file.hasSuffix(".csv") ? written.replacingOccurrences(of: "\r\n", with: "\n") : written
            #expect(Hostile.unsafeScalars(body).isEmpty, "\(file): \(written.debugDescription)")
        }
        let show = try String(contentsOf: directory.appendingPathComponent("show.csv"), encoding: .utf8)
        #expect(show.contains("\\e[2J"), "shown escaped, not dropped")
    }

    @Test("use names every article a word matches; close removes one and renumbers the rest")
    func useAndClose() throws {
        let run = try NewsdeskProcess.run(
            ["-c", "use the", "-c", "close 2", "-c", "use pension", NewsdeskProcess.fixtures + "/articles/"])
        #expect(run.stderr.contains("use: 'the' matches 4 articles: "), "\(run.stderr)")
        #expect(run.stdout.contains("Closed article 2: Brightwater council"), "\(run.stdout)")
        #expect(run.stdout.contains("Article 2 is current: Former pension fund boss"), "numbers move up after close")
    }
}

@Suite("clear in the shell and outside it", .serialized)
struct ClearScreenTests {
    @Test("clear wipes the terminal's screen in the shell; in a script it writes nothing")
    func clear() throws {
        let shell = try PTYSession([strikeArticle], home: NewsdeskProcess.temporaryDirectory())
        #expect(shell.waitFor("]> "))
        let mark = shell.mark
        shell.type("clear\r")
        #expect(shell.waitFor("]> ", after: mark + 1))
        #expect(shell.transcript.contains("\u{1B}[2J"))
        shell.type("quit\r")
        #expect(shell.waitForExit() == 0)
        let run = try NewsdeskProcess.run(["-c", "clear", "-c", "date", strikeArticle])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}"))
    }
}

@Suite("Markdown files read as an editor would paste them")
struct MarkdownFileTests {
    @Test("quotes become a numbered list, the timeline a dated list, people a table")
    func markdownViews() throws {
        let directory = NewsdeskProcess.temporaryDirectory()
        let commands = ["once q.md", "quotes", "once t.md", "timeline", "once p.md", "people"]
        let run = try NewsdeskProcess.run(commands.flatMap { ["-c", $0] } + [strikeArticle], directory: directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty, "every result went to its file")
        let read = { (name: String) in try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) }
        let quotes = try read("q.md").split(separator: "\n").map(String.init)
        #expect(quotes.first?.hasPrefix("1. **Marieke Dekker** (direct, ¶") == true, "\(quotes)")
        #expect(quotes.first?.contains("“We did not choose this fight,”") == true)
        let timeline = try read("t.md")
        #expect(timeline.contains("- **2025-03-13** — "), "\(timeline)")
        let people = try read("p.md").split(separator: "\n").map(String.init)
        #expect(people.prefix(2) == ["| name | title | mentions | quotes |", "| --- | --- | ---: | ---: |"])
    }
}
