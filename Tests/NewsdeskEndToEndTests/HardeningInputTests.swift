import Foundation
import NewsCore
import Testing

/// Small helpers for the hardening tests of the built binary.
enum Hostile {
    /// Writes `bytes` to `name` in a fresh directory and returns the directory.
    static func directory(with files: [String: [UInt8]]) throws -> URL {
        let directory = NewsdeskProcess.temporaryDirectory()
        for (name, bytes) in files {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
        }
        return directory
    }

    /// Every command of the table that runs without an argument (analyzers included as they
    /// land), as `-c` arguments; `quit` last would end the run early, so it is left out.
    static var everyCommand: [String] {
        CommandTable.standard.commands.filter { $0.operands.minimum == 0 && $0.name != "quit" }
            .flatMap { ["-c", $0.name] }
    }

    /// C0/C1 controls, DEL, line separators and bidirectional controls: none may reach a terminal.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The unsafe scalars in `text`, as hex, for a readable failure.
    static func unsafeScalars(_ text: String) -> [String] {
        text.unicodeScalars.filter(isUnsafe).map { String($0.value, radix: 16) }
    }

    /// Checks that every `start`/`end` in a JSON value lies inside a text of `count` scalars.
    static func offsetsInside(_ value: Any, count: Int) -> Bool {
        if let array = value as? [Any] { return array.allSatisfy { offsetsInside($0, count: count) } }
        guard let object = value as? [String: Any] else { return true }
        if let start = object["start"] as? Int, let end = object["end"] as? Int,
           !(0 <= start && start <= end && end <= count) {
            return false
        }
        return object.values.allSatisfy { offsetsInside($0, count: count) }
    }

    /// Runs `/bin/bash -c script` in the package root with NEWSDESK naming the binary.
    static func bash(_ script: String, directory: URL = NewsdeskProcess.packageRoot) throws -> NewsdeskRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        process.environment = NewsdeskProcess.environment(home: NewsdeskProcess.temporaryDirectory(),
                                                          extra: ["NEWSDESK": NewsdeskProcess.binary])
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return NewsdeskRun(stdout: String(decoding: outputData, as: UTF8.self),
                           stderr: String(decoding: errorData, as: UTF8.self), status: process.terminationStatus)
    }
}

@Suite("hardening: bad article files, end to end")
struct HardeningInputTests {
    @Test("a missing path exits 2 from the command line; inside a session it fails alone and the rest loads")
    func missingPath() throws {
        let run = try NewsdeskProcess.run(["-c", "articles", "gone.txt"])
        #expect(run.status == 2)
        #expect(run.stderr == "newsdesk: cannot load gone.txt: no such file or directory\n")
        #expect(run.stdout.isEmpty)
        let session = try NewsdeskProcess.run(["--json"], stdin: "load gone.txt Fixtures/articles/court-fraud-sentencing.txt\narticles\n")
        #expect(session.status == 1)
        #expect(session.stderrLines == ["<stdin>:1: load: cannot load gone.txt: no such file or directory"])
        #expect((try session.jsonLines().last?["articles"] as? [Any])?.count == 1)
    }

    @Test("a directory without articles is refused with what it looked for")
    func directoryWithoutArticles() throws {
        let directory = try Hostile.directory(with: ["scan.pdf": [0x25, 0x50, 0x44, 0x46], ".hidden.txt": Array("Hidden.".utf8)])
        let run = try NewsdeskProcess.run(["-c", "articles", directory.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasSuffix(": no article files (.txt, .md, .html, or those gzip-compressed) in this directory\n"))
    }

    @Test("an unreadable file is refused as permission denied (as root, by running newsdesk as nobody)",
          .enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "running as root without setpriv: root reads files whatever their mode, so the case cannot be made"))
    func permissionDenied() throws {
        let directory = try Hostile.directory(with: ["locked.txt": Array("Locked story. It has words.\n".utf8)])
        #expect(chmod(directory.appendingPathComponent("locked.txt").path, 0o000) == 0)
        let run: NewsdeskRun
        if geteuid() != 0 {
            run = try NewsdeskProcess.run(["-c", "articles", "locked.txt"], directory: directory)
        } else {
            // Root reads any file, so drop to nobody for this one run; the binary and the
            // directory are world-readable.
            chmod(directory.path, 0o755)
            run = try Hostile.bash("cd \(directory.path) && /usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups \"$NEWSDESK\" -c articles locked.txt")
        }
        #expect(run.status == 2)
        #expect(run.stderr == "newsdesk: cannot load locked.txt: permission denied\n")
    }

    @Test("empty and white-space-only files are refused, naming which",
          arguments: [([], "empty file"), (Array("  \r\n\t \n\u{00A0}\n".utf8), "only white space, no text")] as [([UInt8], String)])
    func emptyFiles(bytes: [UInt8], reason: String) throws {
        let directory = try Hostile.directory(with: ["blank.txt": bytes])
        let run = try NewsdeskProcess.run(["-c", "articles", "blank.txt"], directory: directory)
        #expect(run.status == 2)
        #expect(run.stderr == "newsdesk: cannot load blank.txt: \(reason)\n")
    }

    @Test("a file with NUL bytes (a PDF renamed .txt) is refused as binary, naming the offset")
    func binaryFile() throws {
        let directory = try Hostile.directory(with: ["scan.txt": Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0x00, 0x01]])
        let run = try NewsdeskProcess.run(["-c", "articles", "scan.txt"], directory: directory)
        #expect(run.status == 2)
        #expect(run.stderr == "newsdesk: cannot load scan.txt: binary file, not text (NUL byte at offset 12)\n")
    }

    @Test("invalid UTF-8 loads as Windows-1252 with a warning naming the byte offset")
    func invalidUTF8() throws {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" owner says ".utf8) + [0x93] + Array("no".utf8) + [0x94] + Array(".\n".utf8)
        let directory = try Hostile.directory(with: ["cms.txt": bytes])
        let run = try NewsdeskProcess.run(["--json", "-c", "show", "cms.txt"], directory: directory)
        #expect(run.status == 0)
        #expect(run.stderr == "newsdesk: warning: cms.txt: not valid UTF-8 (first bad byte at offset 3); read as Windows-1252\n")
        let paragraphs = try #require(try run.jsonLines().first?["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.first?["text"] as? String == "Café owner says “no”.")
    }

    @Test("CRLF and lone CR line ends: paragraphs split right and offsets count every CR",
          arguments: ["\r\n", "\r", "\n"])
    func lineEnds(end: String) throws {
        let text = ["Ferry strike ends", "", "By Ann Lee", "", "Crews went back on Friday. Ferries sail again.", "",
                    "Talks resume next week."].joined(separator: end) + end
        let directory = try Hostile.directory(with: ["story.txt": Array(text.utf8)])
        let run = try NewsdeskProcess.run(["--json", "-c", "show", "-c", "articles", "story.txt"], directory: directory)
        #expect(run.status == 0 && run.stderr.isEmpty)
        let lines = try run.jsonLines()
        let paragraphs = try #require(lines.first?["paragraphs"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        let slices = paragraphs.compactMap { paragraph -> String? in
            guard let start = paragraph["start"] as? Int, let end = paragraph["end"] as? Int,
                  0 <= start, start <= end, end <= scalars.count else { return nil }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        #expect(slices == ["Ferry strike ends", "By Ann Lee", "Crews went back on Friday. Ferries sail again.", "Talks resume next week."])
        let article = try #require((lines.last?["articles"] as? [[String: Any]])?.first)
        #expect(article["byline"] as? String == "Ann Lee")
        #expect(article["sentences"] as? Int == 5, "headline, byline and three story sentences, as with LF")
    }

    @Test("the size limit is configurable: NEWSDESK_MAX_ARTICLE_MB refuses bigger files and standard input, and must be a number")
    func sizeLimit() throws {
        let paragraph = Array(String(repeating: "The council met again on Monday and said nothing new. ", count: 20).utf8) + [10, 10]
        var big: [UInt8] = Array("Long meeting\n\n".utf8)
        while big.count < 1_200_000 { big += paragraph }
        let directory = try Hostile.directory(with: ["big.txt": big, "small.txt": Array(big.prefix(500_000))])
        let limit = ["NEWSDESK_MAX_ARTICLE_MB": "1"]
        let refused = try NewsdeskProcess.run(["-c", "articles", "big.txt"], directory: directory, environment: limit)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("big.txt: too large (\(big.count) bytes; the limit is 1048576, set NEWSDESK_MAX_ARTICLE_MB to raise it)"))
        let piped = try NewsdeskProcess.run(["-c", "articles", "-"], stdinData: Data(big), directory: directory, environment: limit)
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("<stdin>: too large"))
        let fits = try NewsdeskProcess.run(["--json", "-c", "articles", "small.txt"], directory: directory, environment: limit)
        #expect(fits.status == 0)
        let raised = try NewsdeskProcess.run(["--json", "-c", "articles", "big.txt"], directory: directory, environment: ["NEWSDESK_MAX_ARTICLE_MB": "2"])
        #expect(raised.status == 0)
        let device = try NewsdeskProcess.run(["-c", "load /dev/zero"], environment: limit)
        #expect(device.status == 1)
        #expect(device.stderr.contains("/dev/zero: too large (more than 1048576 bytes"))
        let nonsense = try NewsdeskProcess.run(["-c", "articles", "small.txt"], directory: directory, environment: ["NEWSDESK_MAX_ARTICLE_MB": "lots"])
        #expect(nonsense.status == 2)
        #expect(nonsense.stderr.contains("NEWSDESK_MAX_ARTICLE_MB must be a whole number of megabytes"))
    }

    @Test("a 50,000-character sentence and hostile quotation marks pass every command, in text and JSON")
    func longSentenceAndQuotes() throws {
        let words = ["council", "river", "budget", "plan", "Smith", "said", "and", "the", "new", "of"]
        let body = (0..<6000).map { words[($0 * 7 + $0 / 10) % words.count] }.joined(separator: " ")
        let nested = String(repeating: "he said “she said ‘they said «", count: 400) + "deep"
        let quotes = "Quotes\n\n“Never closed. " + nested + ". Done.\n\nClosing ” marks ’ alone » here.\n"
        let directory = try Hostile.directory(with: ["long.txt": Array(("Long one\n\n" + body + "\n").utf8),
                                                     "quotes.txt": Array(quotes.utf8)])
        for (name, text) in [("long.txt", "Long one\n\n" + body + "\n"), ("quotes.txt", quotes)] {
            let json = try NewsdeskProcess.run(["--json"] + Hostile.everyCommand + [name], directory: directory)
            let lines = try json.jsonLines()
            #expect(lines.count == Hostile.everyCommand.count / 2, "one JSON value per command for \(name)")
            #expect(lines.allSatisfy { Hostile.offsetsInside($0, count: text.unicodeScalars.count) }, "\(name)")
            let listing = try #require(lines.first { $0["articles"] != nil }?["articles"] as? [[String: Any]])
            if name == "long.txt" { #expect(listing.first?["sentences"] as? Int == 2) }
            let plain = try NewsdeskProcess.run(Hostile.everyCommand + [name], directory: directory)
            #expect(plain.stdout.contains(name))
            #expect(Hostile.unsafeScalars(plain.stdout + plain.stderr).isEmpty)
        }
    }

    @Test("emoji, combining marks and right-to-left text: show --json offsets index the file's scalars exactly")
    func unicodeOffsets() throws {
        let text = "Fam👨‍👩‍👧 headline 🇺🇦\n\nJose\u{301} met שלום and سلام in Zu\u{308}rich. 👍🏽 Ms. Ana Díaz said so.\n\nLater Díaz left.\n"
        let directory = try Hostile.directory(with: ["uni.txt": Array(text.utf8)])
        let run = try NewsdeskProcess.run(["--json", "-c", "show", "-c", "people", "uni.txt"], directory: directory)
        let lines = try run.jsonLines()
        let paragraphs = try #require(lines.first?["paragraphs"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        for paragraph in paragraphs {
            let start = try #require(paragraph["start"] as? Int), end = try #require(paragraph["end"] as? Int)
            try #require(0 <= start && start <= end && end <= scalars.count, "span \(start)..<\(end) lies in the text")
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == paragraph["text"] as? String)
        }
        #expect(paragraphs.map { $0["end"] as? Int } == [20, 82, 100], "counted in scalars, not characters or UTF-16 units")
        #expect((lines.last?["people"] as? [[String: Any]])?.first?["name"] as? String == "Ana Díaz")
    }
}

@Suite("hardening: hostile text and file names never drive the terminal")
struct HardeningHostileTextTests {
    static let hostileName = "evil\u{1B}[2J\u{1B}]0;owned\u{07}\u{202E}txt.md"
    static let hostileText = "Ransom \u{1B}]0;title\u{07}note\n\nBy Ann\u{1B}[31m Lee\n\n"
        + "Mr. Tom Hale said the \u{1B}[2J\u{1B}[H screen \u{9B}1;31m stays \u{85}clean\u{7F}. \u{202E}Reversed\u{202C} words \u{0008}\u{0008}here.\n\n"
        + "Hale added that \u{1B}P\u{1B}\\ nothing \u{2028}leaks\u{0001}.\n"

    @Test("every command's text output and every message escapes controls from the article and its file name")
    func textOutputEscaped() throws {
        let bytes = Array(Self.hostileText.utf8) + [0xFF]
        let directory = try Hostile.directory(with: [Self.hostileName: bytes])
        let run = try NewsdeskProcess.run(Hostile.everyCommand + ["-c", "use \u{1B}[5mnothing", Self.hostileName], directory: directory)
        #expect(Hostile.unsafeScalars(run.stdout).isEmpty, "stdout: \(run.stdout.debugDescription)")
        #expect(Hostile.unsafeScalars(run.stderr).isEmpty, "stderr: \(run.stderr.debugDescription)")
        #expect(run.stdout.contains("evil\\e[2J\\e]0;owned\\x07\\u{202e}txt.md"), "the file name is shown, escaped")
        #expect(run.stderr.contains("newsdesk: warning: evil\\e[2J"), "the decoding warning names the file, escaped")
        #expect(run.stderr.contains("has the words '\\e[5mnothing'"), "a typed argument is escaped in the error too")
    }

    @Test("JSON escapes them too and gives the exact file name back")
    func jsonEscaped() throws {
        let directory = try Hostile.directory(with: [Self.hostileName: Array(Self.hostileText.utf8)])
        let run = try NewsdeskProcess.run(["--json"] + Hostile.everyCommand + ["-c", "load '\(Self.hostileName)x'", Self.hostileName],
                                          directory: directory)
        #expect(Hostile.unsafeScalars(run.stdout.replacingOccurrences(of: "\n", with: "")).isEmpty)
        #expect(Hostile.unsafeScalars(run.stderr).isEmpty)
        let lines = try run.jsonLines()
        #expect(lines.count == Hostile.everyCommand.count / 2 + 1)
        let listing = try #require(lines.first { $0["articles"] != nil }?["articles"] as? [[String: Any]])
        #expect(listing.first?["source"] as? String == Self.hostileName)
        let shown = try #require(lines.first { $0["paragraphs"] != nil }?["paragraphs"] as? [[String: Any]])
        #expect((shown.map { $0["text"] as? String ?? "" }).joined().contains("\u{1B}[2J"), "JSON keeps the text exact, only escaped")
    }
}
