import Foundation
import Testing

/// JSON text for one pipeline input record.
private func record(id: Any, text: String, date: String? = nil) throws -> String {
    var object: [String: Any] = ["id": id, "text": text]
    if let date { object["date"] = date }
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}

/// `newsdesk --jsonl`: the pipeline a desk runs over an archive.
@Suite("newsdesk --jsonl")
struct PipelineModeTests {
    @Test("10,000 lines, some malformed: 10,000 lines out in input order, error lines in place, exit 1")
    func manyLinesInOrder() throws {
        var input = ""
        var broken: Set<Int> = []
        var offsets: [Int] = []
        for index in 0..<10_000 {
            offsets.append(input.utf8.count)
            switch index % 997 {
            case 13:
                input += "{\"id\": \(index), \"text\": \"unterminated\n"
                broken.insert(index)
            case 500:
                input += "{\"id\": \(index)}\n"
                broken.insert(index)
            default:
                input += try record(id: index, text: "Crews at berth \(index) stopped work on Friday, the union said. Talks resume Monday.") + "\n"
            }
        }
        let run = try NewsdeskProcess.run(["--jsonl", "-", "--jobs", "2"], stdin: input)
        #expect(run.status == 1)
        let lines = try run.jsonLines()
        #expect(lines.count == 10_000)
        for (index, line) in lines.enumerated() {
            if broken.contains(index) {
                #expect(line["error"] is String, "line \(index + 1)")
                // The id is read even from a line cut short after it, and the line and byte
                // offset say where the record sits in the input.
                #expect(line["id"] as? Int == index)
                #expect(line["line"] as? Int == index + 1)
                #expect(line["offset"] as? Int == offsets[index])
            } else {
                #expect(line["id"] as? Int == index, "line \(index + 1)")
                #expect(line["error"] == nil, "line \(index + 1): \(line["error"] ?? "")")
            }
        }
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.contains("\(broken.count) of 10000 lines failed"))
    }

    @Test("each analysis in a pipeline line is exactly what the command gives for the same article")
    func sameAsCommands() throws {
        let path = NewsdeskProcess.fixtures + "/articles/wire-port-strike.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let run = try NewsdeskProcess.run(["--jsonl"], stdin: try record(id: "port", text: text) + "\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let line = try #require(try run.jsonLines().first)
        #expect(run.stderr.isEmpty, "no progress line when standard error is not a terminal")
        #expect(Array(line.keys).sorted()
                == ["byline", "date", "figures", "id", "people", "quotes", "summary", "timeline", "title"])
        #expect(line["id"] as? String == "port")
        let listing = try NewsdeskProcess.run(["--json", "-c", "articles", path])
        let articles = try #require(try listing.jsonLines().first?["articles"] as? [[String: Any]])
        let row = try #require(articles.first)
        for key in ["title", "byline", "date"] {
            #expect(line[key] as? String == row[key] as? String, "\(key) differs from the articles listing")
        }
        #expect(line["date"] is String, "the fixture's date line gives the record its date")
        for command in ["summary", "quotes", "figures", "timeline", "people"] {
            let single = try NewsdeskProcess.run(["--json", "-c", command, path])
            let expected = try #require(try single.jsonLines().first)
            let got = try #require(line[command] as? [String: Any])
            #expect(NSDictionary(dictionary: got).isEqual(to: expected), "\(command) differs")
        }
    }

    @Test("the record's date is the reference date: the timeline changes with it")
    func recordDate() throws {
        let text = "Belarus freed 14 prisoners on Thursday, officials said."
        let input = try record(id: 1, text: text, date: "2025-09-12") + "\n" + record(id: 2, text: text) + "\n"
        let run = try NewsdeskProcess.run(["--jsonl", "-"], stdin: input)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        let dated = try #require((lines[0]["timeline"] as? [String: Any])?["timexes"] as? [[String: Any]])
        let undated = try #require((lines[1]["timeline"] as? [String: Any])?["timexes"] as? [[String: Any]])
        #expect(dated.first?["value"] as? String == "2025-09-11")
        #expect(undated.first?["value"] as? String == "XXXX-WXX-4")
    }

    @Test("the output does not depend on the number of jobs")
    func deterministic() throws {
        let directory = NewsdeskProcess.fixtures + "/articles"
        var input = ""
        for (index, name) in try FileManager.default.contentsOfDirectory(atPath: directory).sorted().enumerated() {
            input += try record(id: index, text: String(contentsOfFile: directory + "/" + name, encoding: .utf8)) + "\n"
        }
        input = String(repeating: input, count: 5)
        let one = try NewsdeskProcess.run(["--jsonl", "--jobs", "1"], stdin: input)
        let three = try NewsdeskProcess.run(["--jsonl", "-j3"], stdin: input)
        #expect(one.status == 0, "stderr: \(one.stderr)")
        #expect(one.stdoutLines.count == 40)
        #expect(one.stdout == three.stdout)
    }

    @Test("CRLF line ends are read as line ends, and a file path works as well as standard input")
    func crlfAndFile() throws {
        let directory = NewsdeskProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("archive.jsonl")
        let input = try record(id: "a", text: "Rain fell.") + "\r\n" + record(id: "b", text: "Snow fell.") + "\r\n"
        try input.write(to: file, atomically: true, encoding: .utf8)
        let run = try NewsdeskProcess.run(["--jsonl", file.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(try run.jsonLines().map { $0["id"] as? String } == ["a", "b"])
    }

    @Test("with --errors-ok bad records still give error lines and a warning, but the exit status is 0")
    func errorsOK() throws {
        let input = try record(id: 1, text: "Rain fell.") + "\n{\"id\": 2}\nnot json\n" + record(id: 4, text: "Snow.") + "\n"
        let strict = try NewsdeskProcess.run(["--jsonl", "-"], stdin: input)
        #expect(strict.status == 1)
        let run = try NewsdeskProcess.run(["--jsonl", "-", "--errors-ok"], stdin: input)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("2 of 4 lines failed"))
        let lines = try run.jsonLines()
        #expect(lines.map { $0["error"] != nil } == [false, true, true, false])
        #expect(lines[2]["line"] as? Int == 3)
        // A real failure is still one: input that cannot be read exits non-zero.
        #expect(try NewsdeskProcess.run(["--jsonl", "/nonexistent.jsonl", "--errors-ok"]).status == 2)
    }

    @Test("a record too long to read still names its id, line and offset, and the lines after it are read")
    func overlongRecordKeepsItsID() throws {
        // With a 1 MB article limit the reader keeps lines of up to 3 MB (escapes allowed for).
        let huge = try record(id: "huge", text: String(repeating: "Crews stopped work. ", count: 200_000))
        let first = try record(id: "first", text: "Crews stopped work on Friday, the union said.")
        let input = first + "\n" + huge + "\n" + first.replacingOccurrences(of: "first", with: "after") + "\n"
        let run = try NewsdeskProcess.run(["--jsonl", "-", "--errors-ok"], stdin: input,
                                          environment: ["NEWSDESK_MAX_ARTICLE_MB": "1"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.jsonLines()
        try #require(lines.count == 3)
        #expect(lines[1]["id"] as? String == "huge")
        #expect((lines[1]["error"] as? String)?.contains("too long") == true)
        #expect(lines[1]["line"] as? Int == 2)
        #expect(lines[1]["offset"] as? Int == first.utf8.count + 1)
        #expect(lines[2]["id"] as? String == "after")
    }

    @Test("--generate-ids names a record without an id by its line; without it such a record is an error")
    func generatedIDs() throws {
        let input = try record(id: "a", text: "Rain fell.") + "\n{\"text\": \"Snow fell.\"}\n"
        let plain = try NewsdeskProcess.run(["--jsonl", "-"], stdin: input).jsonLines()
        #expect((plain[1]["error"] as? String)?.contains("no \"id\"") == true)
        let generated = try NewsdeskProcess.run(["--jsonl", "-", "--generate-ids"], stdin: input).jsonLines()
        #expect(generated[1]["id"] as? String == "line-2")
        #expect(generated[1]["id_generated"] as? Bool == true)
        #expect(generated[0]["id_generated"] == nil)
    }

    @Test("--progress writes plain progress lines to standard error even when it is not a terminal")
    func progressForLogs() throws {
        var input = ""
        for index in 0..<40 { input += try record(id: index, text: "Rain fell on day \(index).") + "\n" }
        input += "broken\n"
        let run = try NewsdeskProcess.run(["--jsonl", "-", "--progress=0.1", "--errors-ok"], stdin: input)
        #expect(run.status == 0)
        let done = try #require(run.stderrLines.first { $0.hasPrefix("newsdesk: done: ") })
        #expect(done.contains("41 records, 1 errors"))
        #expect(!run.stderr.contains("\u{1B}"))
    }

    @Test("usage mistakes exit 2 with a message", arguments: [
        (["--jobs", "2", "-c", "articles"], "goes with --jsonl"),
        (["--errors-ok", "-c", "articles"], "goes with --jsonl"),
        (["--jsonl", "-", "--progress=soon"], "--progress wants"),
        (["--jsonl", "-", "story.txt"], "takes no ARTICLE"),
        (["--jsonl", "-", "--jobs", "0"], "--jobs wants"),
        (["--jsonl", "/nonexistent/archive.jsonl"], "cannot read"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let run = try NewsdeskProcess.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("on a terminal a progress line counts the articles and is cleared at the end")
    func progressOnTerminal() throws {
        let directory = NewsdeskProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("archive.jsonl")
        var input = ""
        for index in 0..<50 { input += try record(id: index, text: "Rain fell on day \(index).") + "\n" }
        try input.write(to: file, atomically: true, encoding: .utf8)
        let session = try PTYSession(["--jsonl", file.path], home: directory)
        #expect(session.waitForExit() == 0)
        #expect(session.transcript.contains(" articles · "))
        #expect(session.transcript.contains(" left"))
        #expect(session.transcript.contains("\r\u{1B}[K"))
        #expect(session.transcript.contains(#"{"id":49,"#))
    }
}
