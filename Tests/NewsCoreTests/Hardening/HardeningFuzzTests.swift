// The checks behind the fuzz target (`Scripts/fuzz`, libFuzzer) and the seeded random-input tests
// below. Scripts/fuzz compiles this file together with NewsCore's sources and Fuzz/FuzzEntry.swift
// into one module with NEWSDESK_FUZZ defined, so the tests part is left out there.
#if !NEWSDESK_FUZZ
import Foundation
import Testing
import TestSupport

@testable import NewsCore
#else
import Foundation
#endif

/// Runs newsdesk's whole command layer on one arbitrary input and checks what must hold for any
/// input at all: loading answers with an article or a reason; spans stay inside the text; every
/// command, in text and JSON, answers with output that cannot drive a terminal; JSON mode prints
/// exactly one parseable JSON line per command; every offset in the JSON is inside the article.
///
/// It goes through `CommandTable.standard` rather than naming analyzers, so every command that
/// lands in the table later (summary, quotes, figures, timeline) is covered without a change here.
enum HostileInputHarness {
    struct Violation: Error, CustomStringConvertible {
        var description: String
    }

    /// What the first byte of a fuzz input asks for; the rest is the article or the command lines.
    struct Mode {
        var markdown: Bool
        var referenceDate: Bool
        var commandLines: Bool
        /// The payload is a web page, read through the HTML extractor.
        var html: Bool

        init(_ byte: UInt8) {
            markdown = byte & 1 != 0
            referenceDate = byte & 2 != 0
            commandLines = byte & 4 != 0
            html = byte & 8 != 0
        }
    }

    /// The article used when the input is command lines rather than an article.
    static let sampleArticle = """
    Port strike halts ferries

    By Ann Lee

    DOVER, March 13 (Wirewatch) – Ferry crews walked out on Thursday, said union leader Tom Hale, \
    and 2,400 passengers were stranded. “We will not go back,” he said. Talks resume on Monday.

    Advertisement
    """

    /// Checks one fuzz input: the first byte picks the mode, the rest is the payload.
    static func check(_ input: [UInt8]) throws(Violation) {
        guard let first = input.first else { return }
        let mode = Mode(first)
        let payload = Array(input.dropFirst())
        if mode.commandLines {
            try checkCommandLines(payload, referenceDate: mode.referenceDate)
        } else if mode.html {
            try checkArticle(payload, format: .html, referenceDate: mode.referenceDate)
        } else {
            try checkArticle(payload, format: mode.markdown ? .markdown : .text, referenceDate: mode.referenceDate)
        }
    }

    /// Loads `bytes` as an article and runs every command that needs no argument on it.
    static func checkArticle(_ bytes: [UInt8], format: Article.Format, referenceDate: Bool) throws(Violation) {
        let article: Article
        do {
            if format == .html {
                article = try ArticleLoader().article(fromHTML: bytes, source: "fuzz.html", charset: nil)
            } else {
                article = try ArticleLoader().article(fromBytes: bytes, source: "fuzz.txt", format: format)
            }
        } catch {
            try expect(!error.reason.isEmpty, "a refused article must say why")
            return
        }
        try checkSpans(article)
        var session = Session(defaultDate: referenceDate ? CalendarDate(iso: "2025-09-11") : nil)
        session.add([article])
        let commands = CommandTable.standard.commands.filter { $0.operands.minimum == 0 }.map(\.name)
        try runEverywhere(commands, session: session, table: .standard, article: article)
    }

    /// Runs arbitrary command lines (option parsing, quoting, numbers) against a sample article;
    /// `load` and `source` are left out so fuzzing never reads files of its own choosing, and
    /// `once` and `output` so it never writes any.
    static func checkCommandLines(_ bytes: [UInt8], referenceDate: Bool) throws(Violation) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64).map(String.init)
        let article = ArticleParser.parse(sampleArticle, format: .text, source: "sample.txt")
        var session = Session(defaultDate: referenceDate ? CalendarDate(iso: "2025-03-13") : nil)
        session.add([article])
        let table = CommandTable(CommandTable.standard.commands.filter { !["load", "source", "once", "output"].contains($0.name) })
        try runEverywhere(lines, session: session, table: table, article: article)
    }

    /// Runs `lines` in text mode (wrapped, as on a terminal) and in JSON mode and checks the output.
    static func runEverywhere(_ lines: [String], session: Session, table: CommandTable, article: Article) throws(Violation) {
        for json in [false, true] {
            let sink = RecordingSink()
            let context = CommandContext(session: session, loader: ArticleLoader(workingDirectory: "/nonexistent"), table: table)
            let processor = CommandProcessor(context: context, settings: .init(json: json, style: TextStyle(width: 72)), sink: sink)
            for line in lines {
                let before = sink.written.count
                let outcome = processor.execute(line, at: "fuzz:1")
                if json {
                    // Blank lines and comments print nothing; every other line one value.
                    let silent = line.utf8.count <= CommandProcessor.maximumLineLength
                        && (try? CommandWords.split(line))?.isEmpty == true
                    let printed = sink.written.count - before
                    try expect(printed == (silent ? 0 : 1), "JSON mode printed \(printed) values for \(String(reflecting: line))")
                }
                if outcome == .quit { break }
            }
            for text in sink.written {
                if json {
                    try checkJSONLine(text, article: processor.context.session.current?.article ?? article)
                } else {
                    try checkTerminalSafe(text, allowingNewlines: true, what: "text output")
                }
            }
            for diagnostic in sink.diagnostics {
                try checkTerminalSafe(diagnostic.formatted, allowingNewlines: false, what: "a diagnostic")
            }
        }
    }

    /// Paragraphs and sentences are in order, inside the text, and do not overlap.
    static func checkSpans(_ article: Article) throws(Violation) {
        let count = article.text.count
        try expect(article.analysisText.count == count, "analysis text must be as long as the text")
        var end = 0
        for (index, paragraph) in article.paragraphs.enumerated() {
            try expect(paragraph.number == index + 1, "paragraphs are numbered from 1 in order")
            try expect(paragraph.range.lowerBound >= end && paragraph.range.upperBound <= count,
                       "paragraph \(paragraph.number) \(paragraph.range) outside 0..<\(count) or overlapping")
            end = paragraph.range.upperBound
        }
        end = 0
        for sentence in article.sentences {
            try expect(sentence.lowerBound >= end && sentence.upperBound <= count && !sentence.isEmpty,
                       "sentence \(sentence) empty, outside 0..<\(count) or overlapping")
            end = sentence.upperBound
        }
        if let dateline = article.metadata.dateline {
            try expect(dateline.lowerBound >= 0 && dateline.upperBound <= count, "dateline \(dateline) outside the text")
        }
    }

    /// One JSON value on one line, parseable, with no raw control characters, and every
    /// `start`/`end` pair and `sentence` index inside the article.
    static func checkJSONLine(_ line: String, article: Article) throws(Violation) {
        try checkTerminalSafe(line, allowingNewlines: false, what: "a JSON line")
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        } catch {
            throw Violation(description: "not valid JSON: \(String(line.prefix(200)))")
        }
        try checkOffsets(value, article: article)
    }

    private static func checkOffsets(_ value: Any, article: Article) throws(Violation) {
        if let array = value as? [Any] {
            for item in array { try checkOffsets(item, article: article) }
        } else if let object = value as? [String: Any] {
            if let start = object["start"] as? Int, let end = object["end"] as? Int {
                try expect(0 <= start && start <= end && end <= article.text.count,
                           "span \(start)..<\(end) outside the article's \(article.text.count) scalars")
            }
            if let sentence = object["sentence"] as? Int {
                try expect(0 <= sentence && sentence < article.sentences.count,
                           "sentence index \(sentence) outside 0..<\(article.sentences.count)")
            }
            for item in object.values { try checkOffsets(item, article: article) }
        }
    }

    /// No C0 or C1 control, DEL, line separator or bidirectional override reaches the terminal.
    static func checkTerminalSafe(_ text: String, allowingNewlines: Bool, what: String) throws(Violation) {
        for scalar in text.unicodeScalars where isUnsafe(scalar) && !(allowingNewlines && scalar == "\n") {
            throw Violation(description: "\(what) carries U+\(String(scalar.value, radix: 16, uppercase: true)): \(String(reflecting: String(text.prefix(200))))")
        }
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    private static func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws(Violation) {
        if !condition { throw Violation(description: message()) }
    }

    /// Keeps what the processor hands over.
    final class RecordingSink: OutputSink {
        var written: [String] = []
        var diagnostics: [Diagnostic] = []
        func write(_ text: String) { written.append(text) }
        func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    }
}

#if !NEWSDESK_FUZZ
/// Seeded random inputs through the same checks, so `swift test` (and the sanitizer runs) cover
/// what the fuzz target covers without libFuzzer: a bounded, repeatable sample of hostile input.
@Suite("hardening: seeded random input through every command")
struct HardeningFuzzTests {
    /// NEWSDESK_FUZZ_SEED picks another sample (Scripts/fuzz's fallback sets it); 0 by default.
    static let seedBase = UInt64(ProcessInfo.processInfo.environment["NEWSDESK_FUZZ_SEED"] ?? "") ?? 0

    /// Pieces that news text and hostile text are made of: words, names, numbers, dates, quotes of
    /// every kind, Markdown, line ends, controls, escapes, emoji, combining marks, right-to-left.
    static let pieces: [String] = [
        "The", "council", "said", "on", "Monday", "that", "Mr.", "Ms.", "Dr.", "Jane", "Roe", "Tom", "Hale",
        "U.S.", "Gen.", "Sept.", "11", "2025", "$4.5m", "£300m", "15%", "2,400", "one", "twenty-one",
        "last week", "yesterday", "in 2021", "March 13", "14 March 2025", "(Reuters)", "–", "—",
        ".", ",", "?", "!", ";", ":", "…", " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t",
        "\"", "“", "”", "‘", "’", "«", "»", "'", "„", "said.", "she said", "he told reporters",
        "# ", "## ", "**", "_", "`", "[link](http://x)", "> ", "- ", "1. ", "By ", "Published ", "READ ALSO:",
        "Advertisement", "\u{1B}[2J", "\u{1B}]0;title\u{07}", "\u{9B}31m", "\u{7F}", "\u{01}", "\u{85}",
        "\u{202E}", "\u{2066}", "\u{2028}", "\u{FEFF}", "👨‍👩‍👧", "🇺🇦", "e\u{301}", "Zu\u{308}rich", "שלום", "سلام",
        "\u{FFFD}", "\u{10FFFF}", "Łódź", "東京",
    ]

    static func randomArticle(_ generator: inout SeededGenerator) -> [UInt8] {
        let count = Int.random(in: 0...400, using: &generator)
        var text = ""
        for _ in 0..<count { text += pieces.randomElement(using: &generator)! + (Bool.random(using: &generator) ? " " : "") }
        var bytes = Array(text.utf8)
        // Now and then raw bytes that are not UTF-8 (Windows-1252 fallback) or a NUL (binary).
        if Int.random(in: 0..<6, using: &generator) == 0, !bytes.isEmpty {
            bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0x80...0xFF, using: &generator)
        }
        if Int.random(in: 0..<20, using: &generator) == 0 { bytes.append(0) }
        return bytes
    }

    @Test("random articles built from news and hostile pieces, text and Markdown, load and pass every command",
          arguments: 0..<8)
    func randomArticles(batch: Int) throws {
        var generator = SeededGenerator(state: Self.seedBase &* 1_000_003 &+ UInt64(batch) &* 7919 &+ 1)
        for round in 0..<25 {
            let bytes = Self.randomArticle(&generator)
            let mode = UInt8.random(in: 0...3, using: &generator)
            do {
                try HostileInputHarness.check([mode] + bytes)
            } catch {
                Issue.record("seed \(Self.seedBase) batch \(batch) round \(round): \(error)")
                return
            }
        }
    }

    /// Markup pieces for random web pages: tags opened and never closed, furniture classes,
    /// entities, JSON-LD (whole and broken), comments and scripts.
    static let htmlPieces = [
        "<p>", "</p>", "<div class=\"story-body\">", "<div class=\"related\">", "</div>", "<br>", "<br><br>",
        "<h1>", "</h1>", "<h2>", "<ul><li>", "</li>", "<a href=\"/x\">", "</a>", "<nav>", "</nav>", "<figcaption>",
        "<script>var x = '<p>';</script>", "<style>p{}</style>", "<!-- note -->", "&amp;", "&nbsp;", "&#8217;",
        "&#x1F600;", "&bogus;", "<meta charset=\"windows-1252\">", "<meta property=\"og:title\" content=\"T\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
            + "\"author\":[{\"name\":\"A B\"}]}</script>",
        "<script type=\"application/ld+json\">{\"@graph\": [</script>", "<time datetime=\"2025-02-30\">",
        "<table><tr><td>", "<pre>a\n b</pre>", "<blockquote>", "<![CDATA[x]]>", "<", ">", "\"",
    ]

    static func randomPage(_ generator: inout SeededGenerator) -> [UInt8] {
        let count = Int.random(in: 0...300, using: &generator)
        var text = ""
        for _ in 0..<count {
            let fromMarkup = Bool.random(using: &generator)
            text += (fromMarkup ? htmlPieces : pieces).randomElement(using: &generator)! + " "
        }
        return Array(text.utf8)
    }

    @Test("random web pages of markup, news and hostile pieces load or are refused with a reason, and pass every command",
          arguments: 0..<4)
    func randomPages(batch: Int) throws {
        var generator = SeededGenerator(state: Self.seedBase &* 1_000_003 &+ UInt64(batch) &* 104_729 &+ 7)
        for round in 0..<20 {
            let bytes = Self.randomPage(&generator)
            do {
                try HostileInputHarness.check([8 | UInt8.random(in: 0...1, using: &generator) << 1] + bytes)
            } catch {
                Issue.record("seed \(Self.seedBase) batch \(batch) round \(round): \(error)")
                return
            }
        }
    }

    @Test("random command lines (options, quotes, backslashes, numbers) fail cleanly or run", arguments: 0..<4)
    func randomCommandLines(batch: Int) throws {
        let words = CommandTable.standard.allNames.filter { !["load", "source", "once", "output"].contains($0) }
            + ["-n", "--all", "--by", "--kind", "-", "--", "0", "-1", "99999999999999999999", "'", "\"", "\\",
               "'open", "\"a b\"", "x\\ y", "#", "\u{1B}[1m", "--n=3", "-n3", "=", "clear", "2025-02-30", "3"]
        var generator = SeededGenerator(state: Self.seedBase &* 1_000_003 &+ UInt64(batch) &+ 101)
        for round in 0..<40 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let count = Int.random(in: 0...5, using: &generator)
                lines.append((0..<count).map { _ in words.randomElement(using: &generator)! }.joined(separator: " "))
            }
            let mode = UInt8(4 | Int.random(in: 0...3, using: &generator))
            do {
                try HostileInputHarness.check([mode] + Array(lines.joined(separator: "\n").utf8))
            } catch {
                Issue.record("seed \(Self.seedBase) batch \(batch) round \(round): \(error)")
                return
            }
        }
    }

    @Test("the harness itself catches what it is meant to catch")
    func harnessCatchesViolations() {
        #expect(throws: HostileInputHarness.Violation.self) {
            try HostileInputHarness.checkTerminalSafe("clear \u{1B}[2J", allowingNewlines: true, what: "test")
        }
        #expect(throws: HostileInputHarness.Violation.self) {
            try HostileInputHarness.checkTerminalSafe("two\nlines", allowingNewlines: false, what: "test")
        }
        let article = ArticleParser.parse("Short story here.", format: .text, source: "s.txt")
        #expect(throws: HostileInputHarness.Violation.self) {
            try HostileInputHarness.checkJSONLine(#"{"quotes":[{"start":3,"end":400}]}"#, article: article)
        }
        #expect(throws: HostileInputHarness.Violation.self) {
            try HostileInputHarness.checkJSONLine(#"{"sentences":[{"sentence":7}]}"#, article: article)
        }
        #expect(throws: HostileInputHarness.Violation.self) {
            try HostileInputHarness.checkJSONLine(#"{"broken":"#, article: article)
        }
    }
}
#endif
