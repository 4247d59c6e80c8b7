import Foundation
import Testing

@testable import NewsCore

/// A fresh temporary directory for one test.
private func scratchDirectory() throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("newsdesk-hardening-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Every paragraph and sentence span lies inside the text, in order, without overlap, and each
/// sentence lies inside one paragraph.
private func expectSpansSound(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(throws: Never.self, sourceLocation: sourceLocation) { try HostileInputHarness.checkSpans(article) }
    for sentence in article.sentences {
        let holder = article.paragraph(containing: sentence.lowerBound)
        #expect(holder.map { $0.range.contains(sentence.upperBound - 1) } == true,
                "sentence \(sentence) crosses a paragraph boundary", sourceLocation: sourceLocation)
    }
}

@Suite("hardening: loading bad and odd files")
struct HardeningLoadingTests {
    @Test("the size limit refuses bigger files, bigger byte buffers and endless devices, naming the variable that raises it")
    func sizeLimit() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loader = ArticleLoader(maximumBytes: 1000, workingDirectory: directory)
        let sentence = "The council met on Monday. "
        try String(repeating: sentence, count: 30).write(toFile: directory + "/small.txt", atomically: true, encoding: .utf8)
        try String(repeating: sentence, count: 40).write(toFile: directory + "/big.txt", atomically: true, encoding: .utf8)
        #expect(throws: Never.self) { try loader.loadFile("small.txt") }
        for failure in [
            Result { () throws(ArticleLoader.Failure) in try loader.loadFile("big.txt") },
            Result { () throws(ArticleLoader.Failure) in try loader.article(fromBytes: Array(repeating: 65, count: 1001), source: "<stdin>") },
            Result { () throws(ArticleLoader.Failure) in try loader.loadFile("/dev/zero") },
        ] {
            guard case .failure(let error) = failure else { Issue.record("loaded past the limit"); continue }
            #expect(error.reason.hasPrefix("too large"))
            #expect(error.reason.contains("the limit is 1000"))
            #expect(error.reason.contains("NEWSDESK_MAX_ARTICLE_MB"))
        }
    }

    @Test("bounded reading stops one byte past the limit and reads a short pipe whole")
    func boundedRead() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let payload = Array("Short story from a pipe.\n".utf8)
        _ = payload.withUnsafeBytes { write(ends[1], $0.baseAddress!, $0.count) }
        close(ends[1])
        defer { close(ends[0]) }
        #expect(try ArticleLoader(maximumBytes: 100).readBounded(ends[0]) == payload)
        let zero = open("/dev/zero", O_RDONLY)
        defer { close(zero) }
        #expect(throws: ArticleLoader.Failure.self) { try ArticleLoader(maximumBytes: 1 << 20).readBounded(zero) }
    }

    @Test("a file that cannot be opened gives the reason, not a crash",
          .enabled(if: geteuid() != 0, "root reads files whatever their mode; the end-to-end test covers this as another user"))
    func unreadableFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "Locked away.".write(toFile: directory + "/locked.txt", atomically: true, encoding: .utf8)
        chmod(directory + "/locked.txt", 0o000)
        #expect(throws: ArticleLoader.Failure(path: "locked.txt", reason: "permission denied")) {
            try ArticleLoader(workingDirectory: directory).loadFile("locked.txt")
        }
    }

    @Test("a missing path, a directory without articles and a pattern matching nothing each say what is wrong")
    func missingThings() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/scans", withIntermediateDirectories: true)
        try Data([0x25, 0x50]).write(to: URL(fileURLWithPath: directory + "/scans/page.pdf"))
        let loader = ArticleLoader(workingDirectory: directory)
        let outcome = loader.load(["gone.txt", "scans", "x[1m.txt", "scans/*.txt"])
        #expect(outcome.articles.isEmpty)
        #expect(outcome.failures.map(\.reason) == [
            "no such file or directory",
            "no article files (.txt, .md, .html, or those gzip-compressed) in this directory",
            "no such file or directory, and nothing matches it as a pattern",
            "no such file or directory, and nothing matches it as a pattern",
        ])
    }

    @Test("empty, white-space-only and NUL-carrying input is refused with its reason",
          arguments: [
              ([], "empty file"),
              (Array(" \n\t\r\n  \u{3000}\n".utf8), "only white space, no text"),
              (Array("%PDF-1.4\n".utf8) + [0, 1, 2], "binary file, not text (NUL byte at offset 9)"),
              ([0xEF, 0xBB, 0xBF], "only white space, no text"),
          ] as [([UInt8], String)])
    func refusedContent(bytes: [UInt8], reason: String) {
        #expect(throws: ArticleLoader.Failure(path: "in.txt", reason: reason)) {
            try ArticleLoader().article(fromBytes: bytes, source: "in.txt")
        }
    }

    @Test("invalid UTF-8 anywhere is read as Windows-1252 and the warning names the file offset of the first bad byte",
          arguments: [
              (Array("Caf".utf8) + [0xE9] + Array(" opens.".utf8), 3, "Café opens."),
              ([0xEF, 0xBB, 0xBF] + Array("Half".utf8) + [0xC3], 7, "HalfÃ"),
              (Array("Cut off ".utf8) + [0xE2, 0x80], 8, "Cut off â\u{20AC}"),
              (Array("Quote ".utf8) + [0x93, 0x79, 0x65, 0x73, 0x94], 6, "Quote “yes”"),
          ] as [([UInt8], Int, String)])
    func invalidUTF8(bytes: [UInt8], offset: Int, text: String) throws {
        let article = try ArticleLoader().article(fromBytes: bytes, source: "in.txt")
        #expect(article.warnings == ["not valid UTF-8 (first bad byte at offset \(offset)); read as Windows-1252"])
        #expect(article.text.string == text)
    }

    @Test("CRLF and lone CR line ends split paragraphs and sentences as LF does, offsets exact",
          arguments: ["\r\n", "\r", "\n"])
    func lineEnds(end: String) throws {
        let lines = ["Port strike halts ferries", "", "Crews walked out on Thursday. Talks failed.", "",
                     "Ferries stay in port until Monday.", ""]
        let text = lines.joined(separator: end)
        let article = try ArticleLoader().article(fromBytes: Array(text.utf8), source: "crlf.txt")
        #expect(article.paragraphs.map { article.text[$0.range] } == [
            "Port strike halts ferries", "Crews walked out on Thursday. Talks failed.", "Ferries stay in port until Monday.",
        ])
        #expect(article.sentences.map { article.text[$0] } == [
            "Port strike halts ferries", "Crews walked out on Thursday.", "Talks failed.", "Ferries stay in port until Monday.",
        ])
        #expect(!article.paragraphs.contains { $0.text.unicodeScalars.contains("\r") })
        expectSpansSound(article)
    }

    @Test("mixed line ends in one file (CRLF, CR, LF) each end a line exactly once")
    func mixedLineEnds() throws {
        let text = "Headline here\r\n\r\nFirst paragraph.\r\rSecond paragraph.\n\nThird paragraph.\r\n"
        let article = ArticleParser.parse(text, format: .text, source: "mixed.txt")
        #expect(article.paragraphs.map { article.text[$0.range] } ==
                ["Headline here", "First paragraph.", "Second paragraph.", "Third paragraph."])
        expectSpansSound(article)
    }

    @Test("a 50,000-character sentence with no punctuation is one sentence, loaded whole")
    func endlessSentence() throws {
        let words = ["council", "river", "budget", "plan", "Smith", "said", "and", "the", "new", "of"]
        var body = ""
        var index = 0
        while body.unicodeScalars.count < 50_000 {
            body += words[(index * 7 + index / 10) % words.count] + " "
            index += 1
        }
        let text = "Long one\n\n" + body + "\n"
        let article = try ArticleLoader().article(fromBytes: Array(text.utf8), source: "long.txt")
        #expect(article.sentences.count == 2)
        #expect(article.sentences.last.map { $0.count } ?? 0 >= 50_000 - 1)
        expectSpansSound(article)
    }

    @Test("unbalanced and deeply nested quotation marks keep every sentence inside its paragraph")
    func hostileQuotes() throws {
        let nested = String(repeating: "He said “she said ‘they said «", count: 500) + "deep"
        let text = """
        Quotes in trouble

        \(nested). Then the meeting ended.

        “This quote never closes. The council voted. The mayor left.

        A calm paragraph follows. It has two sentences.

        Closing marks with no opening ones” here.” And ’ there.
        """
        let article = ArticleParser.parse(text, format: .text, source: "quotes.txt")
        #expect(article.paragraphs.count == 5)
        expectSpansSound(article)
        let calm = try #require(article.paragraphs.first { article.text[$0.range].hasPrefix("A calm") })
        let calmSentences = article.sentences.filter { calm.range.contains($0.lowerBound) }.map { article.text[$0] }
        #expect(calmSentences == ["A calm paragraph follows.", "It has two sentences."],
                "an open quote in the paragraph before must not swallow this one")
        try HostileInputHarness.checkArticle(Array(text.utf8), format: .text, referenceDate: true)
    }

    @Test("emoji, combining marks and right-to-left text keep paragraph, sentence and name offsets exact")
    func unicodeOffsets() throws {
        let text = "Fam👨‍👩‍👧 headline 🇺🇦\n\nJose\u{301} Garci\u{301}a met שלום and سلام in Zu\u{308}rich. 👍🏽 Ms. Ana Díaz said it went well.\n\nLater Díaz left for home.\n"
        let article = try ArticleLoader().article(fromBytes: Array(text.utf8), source: "uni.txt")
        let scalars = Array(text.unicodeScalars)
        func slice(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        #expect(article.paragraphs.map { slice($0.range) } == [
            "Fam👨‍👩‍👧 headline 🇺🇦",
            "Jose\u{301} Garci\u{301}a met שלום and سلام in Zu\u{308}rich. 👍🏽 Ms. Ana Díaz said it went well.",
            "Later Díaz left for home.",
        ])
        #expect(article.sentences.map { article.text[$0] } == article.sentences.map { slice($0) })
        expectSpansSound(article)
        let people = PeopleFinder.analyze(article)
        let diaz = try #require(people.people.first { $0.name.hasSuffix("Díaz") })
        #expect(diaz.mentions.map { slice($0.range) }.allSatisfy { $0.hasSuffix("Díaz") })
        #expect(diaz.mentions.count == 2)
    }
}

@Suite("hardening: control characters never reach a terminal")
struct HardeningEscapingTests {
    /// Every C0 and C1 control, DEL, the line separators and the bidirectional controls.
    static let dangerous: [Unicode.Scalar] = (Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x2028, 0x2029]
        + Array(0x202A...0x202E) + Array(0x2066...0x2069)).compactMap(Unicode.Scalar.init)

    @Test("TerminalSafety.escape leaves none of them and keeps only newline and tab with keepLayout")
    func terminalEscapesAll() {
        for scalar in Self.dangerous {
            let text = "a" + String(Character(scalar)) + "b"
            let escaped = TerminalSafety.escape(text)
            #expect(!escaped.unicodeScalars.contains(where: HostileInputHarness.isUnsafe), "U+\(String(scalar.value, radix: 16))")
            #expect(escaped.hasPrefix("a\\") && escaped.hasSuffix("b"))
            let kept = TerminalSafety.escape(text, keepLayout: true)
            #expect(kept.unicodeScalars.contains(scalar) == (scalar == "\n" || scalar == "\t"))
        }
    }

    @Test("JSON escapes every one of them and still reads back as the same string")
    func jsonEscapesAll() throws {
        for scalar in Self.dangerous {
            let original = "x" + String(Character(scalar)) + "\u{1B}[2J y"
            let line = JSONValue.object([("text", .string(original))]).serialized
            #expect(!line.unicodeScalars.contains(where: HostileInputHarness.isUnsafe), "U+\(String(scalar.value, radix: 16))")
            let back = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
            #expect(back?["text"] == original)
        }
    }

    @Test("diagnostics escape hostile file names and messages before they reach standard error")
    func diagnosticsEscaped() {
        let diagnostic = Diagnostic(severity: .error, location: "desk\u{1B}]0;x\u{07}.nd:3",
                                    message: "cannot load \u{9B}2Jevil\u{202E}txt.md: no such file or directory")
        #expect(!diagnostic.formatted.unicodeScalars.contains(where: HostileInputHarness.isUnsafe))
        #expect(diagnostic.formatted.hasPrefix("desk\\e]0;x\\x07.nd:3: cannot load \\x9b2Jevil\\u{202e}txt.md"))
    }

    @Test("an article full of escapes passes every command, text and JSON, without a raw control in the output")
    func hostileArticleThroughEveryCommand() throws {
        var text = "Title \u{1B}]0;owned\u{07} here\n\nBy Ann\u{1B}[31m Lee\n\n"
        for scalar in Self.dangerous where scalar != "\n" && scalar != "\r" {
            text += "Mr. Tom Hale said \u{201C}stop\(String(Character(scalar)))now\u{201D} on Monday. "
        }
        text += "\n\nThe \u{1B}[2J\u{1B}[3J screen \u{9B}1;31m stays \u{202E}clean\u{202C}.\n"
        try HostileInputHarness.checkArticle(Array(text.utf8), format: .text, referenceDate: true)
        try HostileInputHarness.checkArticle(Array(text.utf8), format: .markdown, referenceDate: false)
    }
}

@Suite("hardening: reading standard input")
struct HardeningInputLinesTests {
    /// A file holding `bytes`, opened for reading.
    private func descriptor(_ bytes: [UInt8]) throws -> Int32 {
        let path = try scratchDirectory() + "/input"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return open(path, O_RDONLY)
    }

    @Test("lines come back as readLine gives them: CR before LF dropped, a last line without newline kept")
    func ordinaryLines() throws {
        let fd = try descriptor(Array("articles\r\nuse 1\n\n# note\nshow".utf8))
        defer { close(fd) }
        #expect(Array(InputLines(fileDescriptor: fd)) == ["articles", "use 1", "", "# note", "show"])
    }

    @Test("an endless line is cut one byte past the limit and refused; the lines after it still run")
    func endlessLine() throws {
        let limit = CommandProcessor.maximumLineLength
        let fd = try descriptor(Array(repeating: 0x41, count: 3 * limit) + Array("\narticles\n".utf8) + [0x42, 0x00, 0x43])
        defer { close(fd) }
        let lines = Array(InputLines(fileDescriptor: fd))
        try #require(lines.map(\.utf8.count) == [limit + 1, 8, 3])
        #expect(lines[1] == "articles")
        let sink = HostileInputHarness.RecordingSink()
        let processor = CommandProcessor(context: CommandContext(session: Session(), loader: ArticleLoader(), table: .standard),
                                         settings: .init(), sink: sink)
        processor.run(lines: lines, origin: "<stdin>")
        #expect(sink.diagnostics.map(\.formatted).first == "<stdin>:1: line too long (over the limit of \(limit) bytes)")
        #expect(sink.diagnostics.count == 2)
        #expect(sink.diagnostics.last?.formatted.hasPrefix("<stdin>:3: unknown command 'B\\x00C'") == true, "NUL shown escaped")
        #expect(sink.written.count == 1, "articles ran")
    }

    @Test("an article on a descriptor over the size limit is refused after reading just past the limit")
    func articleFromDescriptor() throws {
        let fd = try descriptor(Array(String(repeating: "Words in a story. ", count: 100).utf8))
        defer { close(fd) }
        #expect(throws: ArticleLoader.Failure.self) {
            try ArticleLoader(maximumBytes: 1000).article(fromFileDescriptor: fd, source: "<stdin>")
        }
        let small = try descriptor(Array("A short story. It ends here.\n".utf8))
        defer { close(small) }
        #expect(try ArticleLoader().article(fromFileDescriptor: small, source: "<stdin>").sentences.count == 2)
    }
}
