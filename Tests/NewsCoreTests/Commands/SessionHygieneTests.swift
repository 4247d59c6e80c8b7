import Foundation
import Testing

@testable import NewsCore

private final class Sink: OutputSink {
    var written: [String] = []
    var diagnostics: [Diagnostic] = []
    func write(_ text: String) { written.append(text) }
    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}

private func article(_ title: String, _ source: String) -> Article {
    ArticleParser.parse("\(title)\nThe council met on Friday and voted to approve the plan for the harbour.\n",
                        format: .text, source: source)
}

private func processor(in directory: String, _ articles: [(String, String)] = []) -> (CommandProcessor, Sink) {
    var session = Session()
    for (title, source) in articles { _ = session.place(article(title, source), identity: source) }
    let sink = Sink()
    let context = CommandContext(session: session, loader: ArticleLoader(workingDirectory: directory), table: .standard)
    return (CommandProcessor(context: context, settings: .init(), sink: sink), sink)
}

private func scratch(_ files: [String: String] = [:]) throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("newsdesk-hygiene-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    return path
}

@Suite("session hygiene and output redirection")
struct SessionHygieneTests {
    @Test("placing an article already loaded keeps one copy; replacing keeps its number and date")
    func placeKeepsOneCopy() {
        var session = Session()
        #expect(session.place(article("One", "a.txt"), identity: "/x/a.txt") == .added(1))
        #expect(session.place(article("Two", "b.txt"), identity: "/x/b.txt") == .added(2))
        session.setCurrentDate(CalendarDate(iso: "2025-01-02"))
        #expect(session.place(article("One", "./a.txt"), identity: "/x/a.txt") == .alreadyLoaded(1))
        #expect(session.entries.count == 2 && session.currentIndex == 0)
        _ = session.use(2)
        #expect(session.place(article("Two, edited", "b.txt"), identity: "/x/b.txt", replacing: true) == .reloaded(2))
        #expect(session.entries[1].article.metadata.title == "Two, edited")
        #expect(session.entries[1].dateOverride == CalendarDate(iso: "2025-01-02"))
        #expect(session.place(article("Stdin", "<stdin>"), identity: nil) == .added(3))
        #expect(session.place(article("Stdin", "<stdin>"), identity: nil) == .added(4))
    }

    @Test("closing renumbers the rest and keeps the current article current")
    func closeRenumbers() {
        var session = Session()
        for name in ["a", "b", "c", "d"] { _ = session.place(article(name, name), identity: name) }
        _ = session.use(3)
        #expect(session.close(1)?.article.source == "a")
        #expect(session.currentIndex == 1 && session.current?.article.source == "c")
        #expect(session.close(2)?.article.source == "c")
        #expect(session.current?.article.source == "d", "the one taking its number becomes current")
        #expect(session.close(2) != nil)
        #expect(session.current?.article.source == "b", "closing the last current falls back to the new last")
        #expect(session.close(5) == nil)
        #expect(session.close(1) != nil && session.currentIndex == nil)
    }

    @Test("load twice says so and keeps one copy; load --again reads the file afresh")
    func duplicateLoad() throws {
        let directory = try scratch(["a.txt": "Harbour plan approved\nThe council voted on Friday to approve the plan.\n"])
        let (processor, sink) = processor(in: directory)
        #expect(processor.execute("load a.txt") == .succeeded)
        #expect(processor.execute("load ./a.txt") == .succeeded)
        #expect(processor.context.session.entries.count == 1)
        #expect(sink.written.last?.contains("a.txt is already loaded as article 1") == true, "\(sink.written)")
        try "Harbour plan rejected\nThe council voted on Friday to reject the plan.\n"
            .write(toFile: directory + "/a.txt", atomically: true, encoding: .utf8)
        #expect(processor.execute("load --again a.txt") == .succeeded)
        #expect(processor.context.session.entries.count == 1)
        #expect(processor.context.session.entries[0].article.metadata.title == "Harbour plan rejected")
    }

    @Test("use matches whole words of titles and names every match when several do")
    func useWholeWords() throws {
        let (processor, sink) = processor(in: NSTemporaryDirectory(), [
            ("Dockworkers strike at Rotterdam", "strike.txt"), ("Airstrikes hit the border", "border.txt"),
            ("Council budget: strike averted", "budget.txt"),
        ])
        #expect(processor.execute("use airstrikes") == .succeeded)
        #expect(processor.context.session.currentIndex == 1)
        #expect(processor.execute("use rotterdam strike") == .succeeded)
        #expect(processor.context.session.currentIndex == 0)
        #expect(processor.execute("use strike") == .failed)
        let message = try #require(sink.diagnostics.last?.message)
        #expect(message.contains("matches 2 articles"), "\(message)")
        #expect(message.contains("1 “Dockworkers strike at Rotterdam”") && message.contains("3 “Council budget"))
        #expect(!message.contains("Airstrikes"), "a word inside another word is not a match")
        #expect(processor.execute("use stri") == .failed, "parts of words do not match")
        #expect(processor.execute("use BUDGET") == .succeeded, "any case")
    }

    @Test("once sends exactly the next result to the file; output keeps sending until output alone")
    func redirection() throws {
        let directory = try scratch()
        let (processor, sink) = processor(in: directory, [("Harbour plan approved", "a.txt")])
        #expect(processor.execute("once people.json") == .succeeded)
        #expect(sink.written.isEmpty, "scripts stay quiet, as sqlite3's do")
        #expect(processor.execute("people") == .succeeded)
        #expect(processor.execute("articles") == .succeeded)
        #expect(sink.written.count == 1 && sink.written[0].contains("Harbour plan approved"), "\(sink.written)")
        let json = try String(contentsOfFile: directory + "/people.json", encoding: .utf8)
        #expect(json.hasPrefix("{\"people\":"))

        #expect(processor.execute("output day.txt") == .succeeded)
        #expect(processor.execute("articles") == .succeeded)
        #expect(processor.execute("date") == .succeeded)
        #expect(processor.execute("output") == .succeeded)
        #expect(processor.execute("articles") == .succeeded)
        let day = try String(contentsOfFile: directory + "/day.txt", encoding: .utf8)
        #expect(day.contains("Harbour plan approved") && day.contains("reference date"))
        #expect(sink.written.count == 2)
    }

    @Test("a failed command takes the once file and writes nothing; a bad target leaves the session as it was")
    func onceFailures() throws {
        let directory = try scratch()
        let (processor, sink) = processor(in: directory)
        #expect(processor.execute("once x.csv") == .succeeded)
        #expect(processor.execute("people") == .failed)
        #expect(!FileManager.default.fileExists(atPath: directory + "/x.csv"))
        #expect(sink.diagnostics.contains { $0.message.contains("nothing written to x.csv") })
        #expect(processor.execute("once nowhere/x.csv") == .failed)
        #expect(processor.context.output.target == nil)
        #expect(processor.execute("articles") == .succeeded)
        #expect(sink.written.last?.contains("No articles loaded") == true)
    }

    @Test("--json on one command prints what newsdesk --json prints for it")
    func jsonPerCommand() throws {
        let (shell, shellSink) = processor(in: NSTemporaryDirectory(), [("Harbour plan approved", "a.txt")])
        let (script, scriptSink) = processor(in: NSTemporaryDirectory(), [("Harbour plan approved", "a.txt")])
        script.settings.json = true
        #expect(shell.execute("articles --json") == .succeeded)
        #expect(script.execute("articles") == .succeeded)
        #expect(shellSink.written == scriptSink.written)
        #expect(shell.execute("help people") == .succeeded)
        #expect(shellSink.written.last?.contains("--json") == true, "help lists the option every command takes")
    }

    @Test("option errors name the option as help lists it")
    func optionNames() throws {
        let (processor, sink) = processor(in: NSTemporaryDirectory(), [("Harbour plan approved", "a.txt")])
        #expect(processor.execute("summary -n many") == .failed)
        #expect(sink.diagnostics.last?.message == "summary: -n, --number N needs a whole number above zero, not 'many'")
        #expect(processor.execute("show --bogus") == .failed)
        let message = try #require(sink.diagnostics.last?.message)
        #expect(message.contains("(options: --json; usage: show"), "\(message)")
    }
}
