import Foundation
import Testing

@testable import NewsCore

/// Keeps everything the processor hands over, in order.
private final class RecordingSink: OutputSink {
    var written: [String] = []
    var diagnostics: [Diagnostic] = []

    func write(_ text: String) { written.append(text) }
    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// A temporary directory holding the given files.
private func makeDirectory(_ files: [String: String]) throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("newsdesk-processor-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, contents) in files {
        try contents.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }
    return path
}

private func makeProcessor(json: Bool = false, bail: Bool = false, directory: String = NSTemporaryDirectory(),
                           session: Session = Session()) -> (CommandProcessor, RecordingSink) {
    let sink = RecordingSink()
    let context = CommandContext(session: session, loader: ArticleLoader(workingDirectory: directory), table: .standard)
    let processor = CommandProcessor(context: context, settings: .init(json: json, bail: bail), sink: sink)
    return (processor, sink)
}

private func sessionWithOneArticle() -> Session {
    var session = Session()
    session.add([ArticleParser.parse(
        "Ferry Crews Walk Out\nCrews at the Port of Kestrel stopped work before dawn on Friday, stranding thousands of commuters.\n",
        format: .text, source: "ferry.txt")])
    return session
}

private func jsonObject(_ line: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(value as? [String: Any])
}

@Suite("CommandProcessor")
struct CommandProcessorTests {
    @Test("an unknown command fails with its location and a suggestion")
    func unknownCommand() throws {
        let (processor, sink) = makeProcessor()
        #expect(processor.execute("artciles", at: "desk.nd:4") == .failed)
        let error = try #require(sink.errors.first)
        #expect(sink.errors.count == 1)
        #expect(error.location == "desk.nd:4")
        #expect(error.formatted.hasPrefix("desk.nd:4: unknown command 'artciles'"))
        #expect(error.message.contains("did you mean articles?"))
        #expect(sink.written.isEmpty)
        #expect(processor.failureCount == 1)
    }

    @Test("in the interactive shell (no location) errors read 'error: …'")
    func unknownCommandInShell() throws {
        let (processor, sink) = makeProcessor()
        #expect(processor.execute("shwo") == .failed)
        let error = try #require(sink.errors.first)
        #expect(error.location == nil)
        #expect(error.formatted.hasPrefix("error: unknown command 'shwo'"))
        #expect(error.message.contains("did you mean show?"))
    }

    @Test("an unknown command with no near name points to help")
    func unknownCommandNoSuggestion() throws {
        let (processor, sink) = makeProcessor()
        #expect(processor.execute("xylophone", at: "-c:1") == .failed)
        let error = try #require(sink.errors.first)
        #expect(error.formatted.hasPrefix("-c:1: unknown command 'xylophone'"))
        #expect(error.message.contains("help"))
        #expect(!error.message.contains("did you mean"))
    }

    @Test("blank lines and comments succeed silently")
    func blankLines() {
        let (processor, sink) = makeProcessor()
        #expect(processor.run(lines: ["", "   ", "# a comment"], origin: "s.nd") == .succeeded)
        #expect(sink.written.isEmpty)
        #expect(sink.diagnostics.isEmpty)
        #expect(processor.failureCount == 0)
    }

    @Test("without --bail every line runs; with --bail the run stops at the first failure")
    func bail() {
        let lines = ["help", "bogus", "help", "also-bogus"]

        let (going, goingSink) = makeProcessor()
        #expect(going.run(lines: lines, origin: "s.nd") == .failed)
        #expect(goingSink.written.count == 2)
        #expect(goingSink.errors.map(\.location) == ["s.nd:2", "s.nd:4"])
        #expect(going.failureCount == 2)

        let (bailing, bailingSink) = makeProcessor(bail: true)
        #expect(bailing.run(lines: lines, origin: "s.nd") == .bailed)
        #expect(bailingSink.written.count == 1, "the help after the failure must not run")
        #expect(bailingSink.errors.map(\.location) == ["s.nd:2"])
        #expect(bailing.failureCount == 1)
    }

    @Test("in JSON mode every command writes exactly one JSON line, failures as {\"error\": …}")
    func jsonLines() throws {
        let (processor, sink) = makeProcessor(json: true, session: sessionWithOneArticle())
        let lines = ["articles", "bogus", "use 7", "show", "date 2025-02-30", "help", "summary --nope"]
        _ = processor.run(lines: lines, origin: "-c")
        try #require(sink.written.count == lines.count)
        let objects = try sink.written.map(jsonObject)
        for line in sink.written { #expect(!line.contains("\n")) }
        #expect(objects[0]["articles"] != nil)
        #expect((objects[1]["error"] as? String)?.contains("unknown command 'bogus'") == true)
        #expect(objects[2]["error"] is String)
        #expect(objects[3]["paragraphs"] != nil)
        #expect(objects[4]["error"] is String)
        #expect(objects[5]["commands"] != nil)
        #expect(objects[6]["error"] is String)
        #expect(processor.failureCount == 4)
        // Failures still go to standard error too, with their locations.
        #expect(sink.errors.map(\.location) == ["-c:2", "-c:3", "-c:5", "-c:7"])
    }

    @Test("in JSON mode a sourced script prints one line per command and one summary line")
    func jsonSource() throws {
        let directory = try makeDirectory(["desk.nd": "help\nbogus\n# comment\n"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (processor, sink) = makeProcessor(json: true, directory: directory)
        _ = processor.run(lines: ["source desk.nd", "quit"], origin: "-c")
        let objects = try sink.written.map(jsonObject)
        try #require(objects.count == 4, "help, the error, the source summary and quit")
        #expect(objects[0]["commands"] != nil)
        #expect(objects[1]["error"] is String)
        #expect(objects[2]["source"] as? String == "desk.nd")
        #expect(objects[2]["failed"] as? Int == 1)
        #expect(objects[3]["quit"] as? Bool == true)
    }

    @Test("quit ends the run and nothing after it runs")
    func quit() {
        let (processor, sink) = makeProcessor()
        #expect(processor.execute("quit") == .quit)
        #expect(processor.run(lines: ["help", "exit", "help", "bogus"], origin: "s.nd") == .quit)
        #expect(sink.written.count == 1)
        #expect(sink.errors.isEmpty)
    }

    @Test("source runs a script with SCRIPT:LINE locations, and scripts may source scripts")
    func sourceScripts() throws {
        let directory = try makeDirectory([
            "outer.nd": "help\nsource inner.nd\nouter-typo\n",
            "inner.nd": "# inner script\ninner-typo\nhelp\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (processor, sink) = makeProcessor(directory: directory)
        _ = processor.execute("source outer.nd", at: "-c:1")
        #expect(sink.errors.map(\.location) == ["inner.nd:2", "outer.nd:3"])
        #expect(sink.errors.first?.formatted.hasPrefix("inner.nd:2: unknown command 'inner-typo'") == true)
        #expect(sink.written.count == 2, "both help commands ran")
        #expect(processor.failureCount == 2)
    }

    @Test("quit inside a sourced script ends the caller's run too")
    func quitInScript() throws {
        let directory = try makeDirectory(["stop.nd": "help\nquit\nhelp\n"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (processor, sink) = makeProcessor(directory: directory)
        #expect(processor.run(lines: ["source stop.nd", "help"], origin: "-c") == .quit)
        #expect(sink.written.count == 1)
    }

    @Test("--bail stops inside a sourced script and the caller's run")
    func bailInScript() throws {
        let directory = try makeDirectory(["bad.nd": "bogus\nhelp\n"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (processor, sink) = makeProcessor(bail: true, directory: directory)
        #expect(processor.run(lines: ["source bad.nd", "help"], origin: "-c") == .bailed)
        #expect(sink.written.isEmpty)
        #expect(sink.errors.map(\.location) == ["bad.nd:1"])
    }

    @Test("a script that sources itself stops with an error instead of recursing forever")
    func selfSourcing() throws {
        let directory = try makeDirectory(["loop.nd": "source loop.nd\n"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (processor, sink) = makeProcessor(directory: directory)
        _ = processor.execute("source loop.nd", at: "-c:1")
        #expect(sink.errors.count == 1)
        #expect(sink.errors.first?.message.contains("nested") == true)
        #expect(sink.errors.first?.location == "loop.nd:1")
        #expect(processor.failureCount >= 1)
    }

    @Test("sourcing a script that does not exist fails")
    func missingScript() throws {
        let directory = try makeDirectory([:])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (processor, sink) = makeProcessor(directory: directory)
        #expect(processor.execute("source nowhere.nd", at: "-c:1") == .failed)
        #expect(sink.errors.first?.message.contains("nowhere.nd") == true)
        #expect(processor.failureCount == 1)
    }

    @Test("a line longer than the limit is refused, not parsed")
    func overlongLine() throws {
        let (processor, sink) = makeProcessor()
        let line = "help " + String(repeating: "x", count: CommandProcessor.maximumLineLength)
        #expect(processor.execute(line, at: "<stdin>:1") == .failed)
        let error = try #require(sink.errors.first)
        #expect(error.message.contains("too long"))
        #expect(sink.written.isEmpty, "help must not have run")

        // A line exactly at the limit is parsed as usual.
        let (atLimit, atLimitSink) = makeProcessor()
        _ = atLimit.execute(String(repeating: "x", count: CommandProcessor.maximumLineLength), at: "<stdin>:2")
        #expect(atLimitSink.errors.first?.message.contains("unknown command") == true)
    }

    @Test("date with an invalid date fails and leaves the reference date as it was",
          arguments: ["2025-02-29", "2025-13-01", "yesterday", "2025-9-11"])
    func invalidDate(argument: String) throws {
        let (processor, sink) = makeProcessor(session: sessionWithOneArticle())
        #expect(processor.execute("date 2025-03-01") == .succeeded)
        #expect(processor.execute("date \(argument)") == .failed)
        #expect(processor.context.session.current?.dateOverride == CalendarDate(year: 2025, month: 3, day: 1))
        #expect(sink.errors.first?.message.contains(argument) == true)
        #expect(processor.failureCount == 1)
    }

    @Test("date sets and clears the current article's reference date")
    func validDate() throws {
        let (processor, _) = makeProcessor(session: sessionWithOneArticle())
        #expect(processor.execute("date 2024-02-29") == .succeeded)
        #expect(processor.context.session.current?.dateOverride == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(processor.execute("date clear") == .succeeded)
        #expect(processor.context.session.current?.dateOverride == nil)
    }

    @Test("failureCount counts every failed command")
    func failureCount() {
        let (processor, _) = makeProcessor()
        _ = processor.run(lines: ["help", "nope", "show", "help", "use 1", "help --bogus"], origin: "s.nd")
        #expect(processor.failureCount == 4)
    }
}
