import Foundation
import NewsCore
import Testing

/// The JSON Schemas published in `Scripts/schema/` for the pipeline's input and output records,
/// held to what the built binary really reads and writes.
@Suite("pipeline JSON Schemas")
struct PipelineSchemaTests {
    static let schemaDirectory = NewsdeskProcess.packageRoot.appendingPathComponent("Scripts/schema").path

    static func schema(_ name: String) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(contentsOf: schemaDirectory + "/" + name)
    }

    /// Every fixture article as one record; every other one gives its own title and date, so
    /// the echo of both is checked too.
    static func fixtureRecords() throws -> [(id: String, title: String?, date: String?, line: String)] {
        let directory = NewsdeskProcess.fixtures + "/articles"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        return try names.enumerated().map { index, name in
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            var members: [(String, JSONValue)] = [("id", .string(name)), ("text", .string(text))]
            let title = index % 2 == 0 ? "Desk headline \(index)" : nil
            let date = index % 2 == 0 ? "2024-0\(index % 9 + 1)-1\(index % 9)" : nil
            if let title { members.append(("title", .string(title))) }
            if let date { members.append(("date", .string(date))) }
            return (name, title, date, JSONValue.object(members).serialized)
        }
    }

    @Test("every output line of a real run, analyses and error lines alike, conforms to the output schema")
    func outputConforms() throws {
        let schema = try Self.schema("output-record.schema.json")
        let records = try Self.fixtureRecords()
        let page = #"{"id": "page", "html": "<html><head><title>Port strike</title></head><body><article><h1>Port strike</h1><p>Dockworkers walked out on Thursday, the union said. \"We will not move,\" said Ann Lee, a union official. About 1,300 jobs are at stake.</p></article></body></html>"}"#
        let broken = [
            #"{"id": "cut", "text": "unterminated"#, #"{"text": "no id here"}"#, #"{"id": 5, "date": "yesterday", "text": "x"}"#,
            "[1, 2]", #"{"id": "empty", "text": ""}"#,
        ]
        let input = (records.map(\.line) + [page] + broken).joined(separator: "\n") + "\n"
        let run = try NewsdeskProcess.run(["--jsonl", "-", "--errors-ok"], stdin: input)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdoutLines
        try #require(lines.count == records.count + 1 + broken.count)
        var errors = 0
        for (index, line) in lines.enumerated() {
            let value = try JSONParser.parse(Array(line.utf8))
            let violations = schema.violations(of: value)
            #expect(violations.isEmpty, "line \(index + 1): \(violations.map(\.description).joined(separator: "; "))")
            if line.contains(#""error":"#) { errors += 1 }
        }
        #expect(errors == broken.count)
        // The record's title and date come back as given; the others are read from the text.
        for (record, line) in zip(records, lines) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["id"] as? String == record.id)
            if let title = record.title { #expect(object["title"] as? String == title) }
            if let date = record.date { #expect(object["date"] as? String == date) }
            #expect(object["people"] is [String: Any])
        }
    }

    /// The BBC dev set in `../shared/data/` ($NEWSDESK_SHARED overrides `../shared`).
    static let realNews = (ProcessInfo.processInfo.environment["NEWSDESK_SHARED"]
        ?? NewsdeskProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path)
        + "/data/bbc-summary-dev/bbc-dev.jsonl"

    @Test("the output for 200 real BBC articles conforms to the output schema",
          .enabled(if: FileManager.default.isReadableFile(atPath: realNews),
                   "needs ../shared/data/bbc-summary-dev/bbc-dev.jsonl beside the checkout"))
    func realNewsConforms() throws {
        let schema = try Self.schema("output-record.schema.json")
        // The first 200 of the 600, to keep the suite quick in a debug build.
        let input = try String(contentsOfFile: Self.realNews, encoding: .utf8)
            .split(separator: "\n").prefix(200).joined(separator: "\n") + "\n"
        let run = try NewsdeskProcess.run(["--jsonl", "-"], stdin: input)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdoutLines.count == 200)
        for (index, line) in run.stdoutLines.enumerated() {
            let violations = schema.violations(of: try JSONParser.parse(Array(line.utf8)))
            #expect(violations.isEmpty, "line \(index + 1): \(violations.map(\.description).joined(separator: "; "))")
        }
    }

    @Test("records made with --generate-ids conform too, marked as such")
    func generatedIDsConform() throws {
        let schema = try Self.schema("output-record.schema.json")
        let run = try NewsdeskProcess.run(
            ["--jsonl", "--generate-ids"], stdin: #"{"text": "Rain fell on the city on Monday, officials said."}"# + "\n")
        let value = try JSONParser.parse(Array(try #require(run.stdoutLines.first).utf8))
        #expect(schema.violations(of: value).isEmpty)
        #expect(run.stdout.contains(#""id_generated":true"#))
    }

    /// Records and whether newsdesk takes them (without --generate-ids): the input schema must
    /// draw the same line.
    static let inputCases: [(line: String, accepted: Bool)] = [
        (#"{"id": 1, "text": "Crews stopped work on Friday."}"#, true),
        (#"{"id": "a", "html": "<p>Crews stopped work on Friday.</p>", "title": "Strike", "date": "2025-03-13"}"#, true),
        (#"{"id": [1, 2], "text": "Crews stopped work.", "date": null, "title": null, "source": "wire"}"#, true),
        (#"{"text": "Crews stopped work on Friday."}"#, false),
        (#"{"id": null, "text": "Crews stopped work on Friday."}"#, false),
        (#"{"id": 2}"#, false),
        (#"{"id": 3, "text": "a", "html": "<p>a</p>"}"#, false),
        (#"{"id": 4, "text": 17}"#, false),
        (#"{"id": 5, "text": "Crews stopped work.", "date": "13 March 2025"}"#, false),
        (#"{"id": 6, "text": "Crews stopped work.", "title": 9}"#, false),
        (#"["id", "text"]"#, false),
    ]

    @Test("the input schema accepts exactly the records newsdesk accepts", arguments: inputCases)
    func inputSchemaAgrees(line: String, accepted: Bool) throws {
        let schema = try Self.schema("input-record.schema.json")
        let violations = schema.violations(of: try JSONParser.parse(Array(line.utf8)))
        #expect(violations.isEmpty == accepted, "\(violations.map(\.description))")
        let run = try NewsdeskProcess.run(["--jsonl"], stdin: line + "\n")
        #expect((run.status == 0) == accepted, "stdout: \(run.stdout) stderr: \(run.stderr)")
    }

    @Test("the validator catches what the schema forbids: a missing analysis, a wrong kind, an extra member")
    func validatorCatchesBreakage() throws {
        let schema = try Self.schema("output-record.schema.json")
        let good = #"{"id":1,"title":"T","byline":null,"date":"2025-01-02","summary":{"sentences":[]},"quotes":{"quotes":[]},"figures":{"figures":[],"counts":{}},"timeline":{"timexes":[],"events":[]},"people":{"people":[]}}"#
        #expect(schema.violations(of: try JSONParser.parse(Array(good.utf8))).isEmpty)
        let broken = [
            good.replacingOccurrences(of: #","people":{"people":[]}"#, with: ""),
            good.replacingOccurrences(of: #""quotes":[]"#, with: #""quotes":[{"text":"x","start":0,"end":1,"speaker":null,"mention":null,"kind":"shouted","sentence":0}]"#),
            good.replacingOccurrences(of: #""id":1,"#, with: #""id":1,"extra":true,"#),
            good.replacingOccurrences(of: #""date":"2025-01-02""#, with: #""date":"Monday""#),
            #"{"id":null,"error":"line 1: bad","line":0,"offset":0}"#,
        ]
        for text in broken {
            #expect(!schema.violations(of: try JSONParser.parse(Array(text.utf8))).isEmpty, "\(text)")
        }
    }
}
