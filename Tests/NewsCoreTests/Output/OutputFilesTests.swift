import Foundation
import Testing
import TestSupport

@testable import NewsCore

private func scratchDirectory() throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("newsdesk-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Suite("output files: formats, CSV, Markdown, atomic writes")
struct OutputFilesTests {
    @Test("the extension picks the format, in any case; no extension is text",
          arguments: [("x.csv", OutputFormat.csv), ("a/B.MD", .markdown), ("r.markdown", .markdown),
                      ("p.json", .json), ("notes.txt", .text), ("notes", .text), (".csv", .text),
                      ("dir.csv/notes", .text)])
    func formatByExtension(_ path: String, _ format: OutputFormat) {
        #expect(OutputFormat(path: path) == format)
    }

    @Test("CSV quotes by RFC 4180 and a strict reader gets every field back")
    func csvRoundTrip() throws {
        let table = ResultTable(
            columns: ["name", "said"],
            rows: [["Ann \"Red\" Lee", "yes, and no"], ["Bo", "line one\nline two"], [" padded", "plain"],
                   ["short row"]])
        let text = CSVWriter.render(table)
        #expect(text.hasPrefix("name,said\r\n"))
        #expect(text.contains("\"Ann \"\"Red\"\" Lee\",\"yes, and no\"\r\n"))
        let records = try CSVReader.records(text)
        #expect(records == [["name", "said"], ["Ann \"Red\" Lee", "yes, and no"], ["Bo", "line one\nline two"],
                            [" padded", "plain"], ["short row", ""]])
    }

    @Test("escape sequences in article text reach neither CSV nor Markdown raw")
    func controlCharactersEscaped() throws {
        let table = ResultTable(columns: ["text"], rows: [["evil \u{1B}[2J\u{07} | title"]])
        let csv = CSVWriter.render(table)
        let markdown = MarkdownWriter.table(table)
        for written in [csv, markdown] {
            #expect(!written.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
        #expect(csv.contains("\\e[2J"), "shown escaped, not dropped")
        #expect(markdown.contains("\\| title"), "a pipe in a cell must not start a new column")
    }

    @Test("Markdown of a tabular result is a table; a result with its own view uses it; others are fenced")
    func markdownViews() throws {
        let people = PeopleResult(rows: [.init(name: "Ann Lee", title: "mayor", mentions: 3, quotes: 1)])
        let table = MarkdownWriter.render(people).split(separator: "\n").map(String.init)
        #expect(table == ["| name | title | mentions | quotes |", "| --- | --- | ---: | ---: |",
                          "| Ann Lee | mayor | 3 | 1 |"])
        struct Own: CommandResult, MarkdownRepresentable {
            var json: JSONValue { .null }
            func text(_ style: TextStyle) -> String { "text view" }
            func markdown() -> String { "# Own view" }
        }
        #expect(MarkdownWriter.render(Own()) == "# Own view")
        let status = StatusResult([], message: "uses ``` inside")
        let fenced = MarkdownWriter.render(status)
        #expect(fenced.hasPrefix("````\n") && fenced.hasSuffix("\n````"))
    }

    @Test("a result that is not a table has no CSV view, and says where to write it instead")
    func csvNeedsTable() {
        #expect(throws: CommandError.self) { try ResultRenderer.render(StatusResult([], message: "x"), as: .csv) }
    }

    @Test("an atomic write replaces the file whole, keeps its mode and leaves no temporary file")
    func atomicReplace() throws {
        let directory = try scratchDirectory()
        let path = directory + "/out.txt"
        try "old contents that are longer".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o640)
        let file = try AtomicFile(path: "out.txt", workingDirectory: directory)
        try file.write("new")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out.txt"])
    }

    @Test("a directory, a missing parent or a file as parent is refused before anything is written")
    func badTargets() throws {
        let directory = try scratchDirectory()
        try "x".write(toFile: directory + "/plain", atomically: false, encoding: .utf8)
        let cases = [(directory, "is a directory"), ("nowhere/x.csv", "no such directory nowhere"),
                     ("plain/x.csv", "plain is not a directory"), ("sub/", "is a directory"), ("", "no file name")]
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
        for (path, message) in cases {
            do {
                _ = try AtomicFile(path: path, workingDirectory: directory)
                Issue.record("\(path) should be refused")
            } catch {
                #expect(error.message.contains(message), "\(path): \(error.message)")
            }
        }
    }

    @Test("a directory without write permission is refused by name",
          .enabled(if: getuid() != 0, "root writes whatever the mode"))
    func unwritableDirectory() throws {
        let directory = try scratchDirectory()
        try FileManager.default.createDirectory(atPath: directory + "/locked", withIntermediateDirectories: true)
        chmod(directory + "/locked", 0o555)
        defer { chmod(directory + "/locked", 0o755) }
        do {
            _ = try AtomicFile(path: "locked/x.csv", workingDirectory: directory)
            Issue.record("a read-only directory should be refused")
        } catch {
            #expect(error.message == "cannot write locked/x.csv: permission denied in locked")
        }
    }

    @Test("a full device gives one clear error", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDevice() throws {
        let file = try AtomicFile(path: "/dev/full", workingDirectory: "/")
        #expect(file.isDevice)
        do {
            try file.write("anything")
            Issue.record("writing /dev/full should fail")
        } catch {
            #expect(error.message == "cannot write /dev/full: no space left on device")
        }
    }

    @Test("a continuing target keeps every result, each version of the file complete")
    func continuingTarget() throws {
        let directory = try scratchDirectory()
        var target = OutputTarget(file: try AtomicFile(path: "day.json", workingDirectory: directory), scope: .continuing)
        try target.truncate()
        #expect(try String(contentsOfFile: directory + "/day.json", encoding: .utf8) == "")
        _ = try target.write(PeopleResult(rows: []))
        _ = try target.write(HistoryResult(entries: ["a"]))
        let lines = try String(contentsOfFile: directory + "/day.json", encoding: .utf8).split(separator: "\n")
        #expect(lines == ["{\"people\":[]}", "{\"history\":[\"a\"]}"])
        #expect(target.results == 2)
    }

    @Test("a table narrower than its content fits the width; headers are never cut",
          arguments: [40, 50, 60, 100])
    func tableFitsWidth(_ width: Int) {
        var table = TextTable([.init("Figure"), .init("Kind"), .init("Value", alignRight: true), .init("Of"),
                               .init("Para", alignRight: true)])
        table.rows = [["(more than) 1,300 dockworkers and crane drivers", "count", "1,300", "dockworkers and crane drivers", "12"],
                      ["4.5%", "percent", "4.5%", "pay at the terminals over three years", "3"]]
        let lines = table.render(TextStyle(width: width)).split(separator: "\n").map(String.init)
        for line in lines { #expect(TextLayout.width(line) <= width, "\(width): \(line)") }
        let header = lines[0].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(header == ["Figure", "Kind", "Value", "Of", "Para"])
    }
}

@Suite("completion and help for the output and session commands")
struct OutputCompletionTests {
    private func complete(_ line: String, in directory: String = "/") -> Completion.Result? {
        Completion.complete(line, table: .standard, session: Session(), workingDirectory: directory)
    }

    @Test("pager completes on and off; every command completes --json; load completes --again")
    func words() throws {
        #expect(complete("pager o")?.candidates.map(\.value) == ["on", "off"])
        #expect(complete("people --j")?.replacement == "--json ")
        #expect(complete("load --ag")?.replacement == "--again ")
    }

    @Test("once and output complete paths, any extension")
    func paths() throws {
        let directory = (NSTemporaryDirectory() as NSString).appendingPathComponent("newsdesk-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: directory + "/reports", withIntermediateDirectories: true)
        #expect(complete("once rep", in: directory)?.replacement == "reports/")
        #expect(complete("output rep", in: directory)?.replacement == "reports/")
    }

    @Test("help explains the new commands and options", arguments: ["once", "output", "pager", "clear", "close", "load"])
    func help(_ name: String) throws {
        let spec = try #require(CommandTable.standard.command(named: name))
        #expect(!spec.details.isEmpty)
        let text = HelpResult(content: .command(spec.help)).text(.plain)
        #expect(text.contains("--json"))
        if name == "load" { #expect(text.contains("--again")) }
    }
}
