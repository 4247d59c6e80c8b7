import Foundation
import NewsCore
import Testing

@Suite("hardening: scripts, end to end")
struct HardeningScriptTests {
    static let article = "Fixtures/articles/court-fraud-sentencing.txt"

    @Test("a 10,000-line script runs to the end: one JSON value per command, comments and blanks skipped")
    func longScript() throws {
        let cycle = ["articles", "date", "# a comment", "", "use 1", "people", "help use"]
        let lines = (0..<10_000).map { cycle[$0 % cycle.count] }
        let directory = try Hostile.directory(with: ["desk.nd": Array(lines.joined(separator: "\n").utf8)])
        let run = try NewsdeskProcess.run(["--json", "-f", directory.appendingPathComponent("desk.nd").path, Self.article])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let values = try run.jsonLines()
        #expect(values.count == lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.count)
        #expect(values.allSatisfy { $0["error"] == nil })
    }

    @Test("an over-long line, unterminated quotes, a lone backslash and unknown commands give SCRIPT:LINE: errors and the script goes on")
    func badLines() throws {
        let lines = [
            "articles",
            "show " + String(repeating: "x", count: CommandProcessor.maximumLineLength),
            "load \"Fixtures/articles/never closed.txt",
            "use 'pension",
            "use pension\\",
            "artciles",
            "date",
        ]
        let directory = try Hostile.directory(with: ["bad.nd": Array(lines.joined(separator: "\n").utf8)])
        let run = try NewsdeskProcess.run(["-f", "bad.nd", NewsdeskProcess.packageRoot.path + "/" + Self.article], directory: directory)
        #expect(run.status == 1)
        #expect(run.stderrLines == [
            "bad.nd:2: line too long (over the limit of \(CommandProcessor.maximumLineLength) bytes)",
            "bad.nd:3: unterminated quote (\") in command line",
            "bad.nd:4: unterminated quote (') in command line",
            "bad.nd:5: command line ends with a lone backslash",
            "bad.nd:6: unknown command 'artciles'; did you mean articles?",
        ])
        #expect(run.stdout.contains("reference date: 2025-03-14"), "the last line still ran")
    }

    @Test("an unknown option to any command of the table is a SCRIPT:LINE: error naming the command")
    func unknownOptions() throws {
        let names = CommandTable.standard.commands.map(\.name)
        let lines = names.map { "\($0) --no-such-option" } + ["articles"]
        let directory = try Hostile.directory(with: ["options.nd": Array(lines.joined(separator: "\n").utf8)])
        let run = try NewsdeskProcess.run(["-f", "options.nd", NewsdeskProcess.packageRoot.path + "/" + Self.article], directory: directory)
        #expect(run.status == 1)
        #expect(run.stderrLines.count == names.count)
        for (index, name) in names.enumerated() where index < run.stderrLines.count {
            #expect(run.stderrLines[index].hasPrefix("options.nd:\(index + 1): \(name): "), "\(run.stderrLines[index])")
            #expect(run.stderrLines[index].contains("'--no-such-option'"))
        }
        #expect(run.stdout.contains("392"), "the articles line after them still ran")
    }

    @Test("on standard input the same errors read <stdin>:LINE:, and --bail stops at the first")
    func standardInput() throws {
        let input = "articles\nuse \"open\nshow --bogus\narticles\n"
        let run = try NewsdeskProcess.run([Self.article], stdin: input)
        #expect(run.status == 1)
        #expect(run.stderrLines == ["<stdin>:2: unterminated quote (\") in command line",
                                    "<stdin>:3: show: unknown option '--bogus' (options: --json; usage: show [N | N-M])"])
        let bailed = try NewsdeskProcess.run(["--bail", "--json", Self.article], stdin: input)
        #expect(bailed.status == 1)
        #expect(bailed.stderrLines == ["<stdin>:2: unterminated quote (\") in command line"])
        #expect(try bailed.jsonLines().count == 2, "the listing and the error, nothing after")
    }

    @Test("a script with CRLF line ends runs as with LF; a binary script is refused")
    func scriptEncodings() throws {
        let directory = try Hostile.directory(with: [
            "dos.nd": Array("articles\r\nuse 1\r\n# note\r\ndate\r\n".utf8),
            "image.nd": [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D],
        ])
        let dos = try NewsdeskProcess.run(["--json", "-f", "dos.nd", NewsdeskProcess.packageRoot.path + "/" + Self.article], directory: directory)
        #expect(dos.status == 0 && dos.stderr.isEmpty)
        #expect(try dos.jsonLines().count == 3)
        let image = try NewsdeskProcess.run(["-f", "image.nd", NewsdeskProcess.packageRoot.path + "/" + Self.article], directory: directory)
        #expect(image.status == 1)
        #expect(image.stderr.contains("cannot read script image.nd: binary file, not a command script"))
    }
}
