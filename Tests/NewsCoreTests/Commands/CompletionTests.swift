import Foundation
import Testing

@testable import NewsCore

/// A fresh directory under the system temporary directory, removed by `cleanUp`.
private struct TemporaryTree {
    let path: String

    init(files: [String], directories: [String]) throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("newsdesk-completion-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        for directory in directories {
            try manager.createDirectory(atPath: path + "/" + directory, withIntermediateDirectories: true)
        }
        for file in files {
            #expect(manager.createFile(atPath: path + "/" + file, contents: Data("Story text.\n".utf8)))
        }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

private func complete(_ line: String, session: Session = Session(), in directory: String = "/") -> Completion.Result? {
    Completion.complete(line, table: .standard, session: session, workingDirectory: directory)
}

private func twoArticleSession() -> Session {
    var session = Session()
    session.add([
        ArticleParser.parse("Harbour Ferry Strike Halts Crossings\nFerry crews walked off the job before dawn on Friday, stranding thousands of commuters on both shores.\n",
                            format: .text, source: "ferry.txt"),
        ArticleParser.parse("Council Closes Two Libraries\nThe district council voted on Tuesday night to close two branch libraries in the spring.\n",
                            format: .text, source: "libraries.txt"),
    ])
    return session
}

@Suite("Completion")
struct CompletionTests {
    @Test("a single matching command name completes with a trailing space",
          arguments: [("art", "articles "), ("lo", "load "), ("hi", "history "), ("qui", "quit "), ("quo", "quotes "), ("so", "source ")])
    func singleCommand(typed: String, completed: String) throws {
        let result = try #require(complete(typed))
        #expect(result.replacement == completed)
        #expect(result.wordStart == 0)
        #expect(result.candidates.count == 1)
    }

    @Test("several matching command names give their common prefix and are all listed")
    func severalCommands() throws {
        let result = try #require(complete("h"))
        #expect(result.replacement == "h")
        #expect(Set(result.candidates.map(\.value)) == ["help", "history"])

        let summaries = CommandTable([
            CommandSpec(name: "summarize", synopsis: "summarize", summary: "", details: "",
                        run: { _, _ throws(CommandError) in CommandOutput(StatusResult([])) }),
            CommandSpec(name: "summary", synopsis: "summary", summary: "", details: "",
                        run: { _, _ throws(CommandError) in CommandOutput(StatusResult([])) }),
        ])
        let longer = try #require(Completion.complete("s", table: summaries, session: Session(), workingDirectory: "/"))
        #expect(longer.replacement == "summar")
        #expect(longer.candidates.map(\.value) == ["summarize", "summary"])
    }

    @Test("no candidates means no completion")
    func nothingMatches() {
        #expect(complete("zz") == nil)
        #expect(complete("frobnicate x") == nil)
    }

    @Test("options of a command complete after a dash")
    func options() throws {
        let summary = try #require(complete("summary --"))
        #expect(summary.candidates.map(\.value) == ["--number", "--words", "--why", "--json"])
        #expect(summary.replacement == "--")
        #expect(summary.wordStart == 8)

        let quotes = try #require(complete("quotes --"))
        #expect(Set(quotes.candidates.map(\.value)) == ["--all", "--by", "--every", "--json"])
        #expect(quotes.replacement == "--")
        #expect(quotes.candidates.contains { $0.display.contains("--by NAME") })
    }

    @Test("an option's value completes from its word list")
    func optionValues() throws {
        let percent = try #require(complete("figures --kind p"))
        #expect(percent.replacement == "percent ")
        #expect(percent.wordStart == 15)

        let d = try #require(complete("figures --kind d"))
        #expect(Set(d.candidates.map(\.value)) == ["date", "duration"])
        #expect(d.replacement == "d")
    }

    @Test("use lists article numbers with their titles")
    func articleNumbers() throws {
        let session = twoArticleSession()
        let result = try #require(complete("use ", session: session))
        try #require(result.candidates.map(\.value) == ["1", "2"])
        #expect(result.candidates[0].display.contains("Harbour Ferry Strike Halts Crossings"))
        #expect(result.candidates[1].display.contains("Council Closes Two Libraries"))
        #expect(result.wordStart == 4)
        #expect(result.replacement == "")

        let second = try #require(complete("use 2", session: session))
        #expect(second.replacement == "2 ")
        #expect(complete("use 3", session: session) == nil)
    }

    @Test("load offers directories and article files only; directories end in / with no space")
    func loadPaths() throws {
        let tree = try TemporaryTree(files: ["alpha.txt", "alpine.md", "algebra.pdf", "album/inner.txt", ".alert.txt"],
                                     directories: ["album"])
        defer { tree.cleanUp() }

        let several = try #require(complete("load al", in: tree.path))
        #expect(several.candidates.map(\.value) == ["album/", "alpha.txt", "alpine.md"])
        #expect(several.replacement == "al")
        #expect(several.wordStart == 5)

        let directory = try #require(complete("load alb", in: tree.path))
        #expect(directory.replacement == "album/")
        #expect(directory.candidates.first?.isDirectory == true)

        let inside = try #require(complete("load album/", in: tree.path))
        #expect(inside.replacement == "album/inner.txt ")

        let file = try #require(complete("load alph", in: tree.path))
        #expect(file.replacement == "alpha.txt ")

        #expect(complete("load alg", in: tree.path) == nil, "a .pdf is not an article")
    }

    @Test("hidden files are offered only when the typed name starts with a dot")
    func hiddenFiles() throws {
        let tree = try TemporaryTree(files: [".draft.txt", "draft.txt"], directories: [])
        defer { tree.cleanUp() }
        let plain = try #require(complete("load ", in: tree.path))
        #expect(plain.candidates.map(\.value) == ["draft.txt"])
        let dotted = try #require(complete("load .d", in: tree.path))
        #expect(dotted.candidates.map(\.value) == [".draft.txt"])
    }

    @Test("source offers every file, not only articles")
    func sourcePaths() throws {
        let tree = try TemporaryTree(files: ["morning.nd", "morning.txt"], directories: [])
        defer { tree.cleanUp() }
        let result = try #require(complete("source mor", in: tree.path))
        #expect(result.candidates.map(\.value) == ["morning.nd", "morning.txt"])
        #expect(result.replacement == "morning.")
    }

    @Test("names with spaces are escaped so the line splits back to the file name")
    func escapedNames() throws {
        let tree = try TemporaryTree(files: ["my story.txt"], directories: ["old copy"])
        defer { tree.cleanUp() }
        let file = try #require(complete("load my", in: tree.path))
        #expect(file.replacement == #"my\ story.txt "#)
        let line = "load " + file.replacement
        #expect(try CommandWords.split(line).map(\.text) == ["load", "my story.txt"])

        let directory = try #require(complete("load old", in: tree.path))
        #expect(directory.replacement == #"old\ copy/"#)

        let quoted = try #require(complete(#"load "my"#, in: tree.path))
        #expect(quoted.replacement == #""my story.txt" "#)
        #expect(quoted.wordStart == 5)
    }

    @Test("completing inside an open quote gives a line that splits back to the file name",
          arguments: [(#"load "say"#, #"say "hi".txt"#), ("load 'it", "it's here.txt")])
    func completionInsideQuotes(line: String, file: String) throws {
        let tree = try TemporaryTree(files: [file], directories: [])
        defer { tree.cleanUp() }
        let result = try #require(complete(line, in: tree.path))
        let prefix = String(String.UnicodeScalarView(line.unicodeScalars.prefix(result.wordStart)))
        let completed = prefix + result.replacement
        #expect(try CommandWords.split(completed).map(\.text) == ["load", file], "completed to \(completed)")
    }

    @Test("paths under ~/ are looked up in the home directory")
    func homeDirectory() throws {
        let home = ArticleLoader.expandTilde("~")
        let name = "newsdesk-completion-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/" + name, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: home + "/" + name) }
        let result = try #require(complete("load ~/" + String(name.dropLast(4)), in: "/"))
        #expect(result.replacement == "~/" + name + "/")
        #expect(result.candidates.count == 1)

        let tilde = try #require(complete("load ~", in: "/"))
        #expect(tilde.replacement == "~/")
    }
}
