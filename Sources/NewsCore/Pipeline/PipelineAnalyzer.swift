/// Turns one pipeline input line into its output line: the analyses of CONTRACT.md, each taken
/// from the same `ArticleReport` facade the shell's commands call, so a figure found in the
/// shell is the figure the pipeline writes. No session is built: a record is one article read
/// against its own reference date.
public struct PipelineAnalyzer: Sendable {
    /// One member of an output line: its key and its value worked out from the record's report.
    public struct Analysis: Sendable {
        public var key: String
        /// Throws to make the line an error line carrying the error's description.
        public var run: @Sendable (ArticleReport) throws -> JSONValue
        /// The same value for writing one array element at a time, when the analysis has one:
        /// what the pipeline writes, so a large record's output never exists as a whole tree.
        public var stream: (@Sendable (ArticleReport) throws -> JSONStream)?

        public init(_ key: String, run: @escaping @Sendable (ArticleReport) throws -> JSONValue) {
            self.key = key
            self.run = run
        }

        /// An analysis whose value is written as a stream; `run` gives the same value whole.
        public init(_ key: String, stream: @escaping @Sendable (ArticleReport) throws -> JSONStream) {
            self.key = key
            self.run = { try stream($0).value }
            self.stream = stream
        }
    }

    /// The members of an output line in CONTRACT.md's order: the article's title, byline and
    /// reference date (ISO, or null when none is known), then each analysis in the shape its
    /// command prints with `--json` (a lone article: the summary has no other articles as
    /// background).
    public static let standard: [Analysis] = [
        Analysis("title") { .string($0.article.metadata.title) },
        Analysis("byline") { report in report.article.metadata.byline.map(JSONValue.string) ?? .null },
        Analysis("date") { report in report.reference.map { JSONValue.string($0.iso) } ?? .null },
        Analysis("summary") { $0.summary().json },
        Analysis("quotes", stream: { $0.quotes().jsonStream }),
        Analysis("figures", stream: { $0.figures().jsonStream }),
        Analysis("timeline", stream: { $0.timeline().jsonStream }),
        Analysis("people") { $0.people().json },
    ]

    public var analyses: [Analysis]
    public var loader: ArticleLoader
    /// The reference date for records that carry none and whose text gives none (`--date`).
    public var defaultDate: CalendarDate?
    /// Give a record without an `id` the id `line-N` (N its line number) instead of refusing
    /// it (`--generate-ids`).
    public var generatesIDs = false

    public init(analyses: [Analysis] = PipelineAnalyzer.standard, loader: ArticleLoader = ArticleLoader(),
                defaultDate: CalendarDate? = nil) {
        self.analyses = analyses
        self.loader = loader
        self.defaultDate = defaultDate
    }

    /// Where an input line sits in the input the process read: its 1-based line number (blank
    /// lines counted) and the byte offset of its first byte.
    public struct Position: Sendable, Equatable {
        public var line: Int
        public var offset: Int

        public init(line: Int, offset: Int) {
            self.line = line
            self.offset = offset
        }
    }

    /// The output for one line, and whether it is an error line.
    public func process(line: [UInt8], at position: Position) -> (output: JSONValue, failed: Bool) {
        let (text, failed) = processSerialized(line: line, at: position)
        // The text was written from JSONValues, so it reads back; a failure here is a bug.
        guard let value = try? JSONParser.parse(Array(text.utf8)) else {
            preconditionFailure("pipeline output does not read back as JSON: \(text.prefix(200))")
        }
        return (value, failed)
    }

    /// The output line for one input line as JSON text, and whether it is an error line.
    ///
    /// What the pipeline runs: each analysis is written out as soon as it is worked out and its
    /// JSON tree dropped before the next, and the record's own copy of its text is let go once
    /// the article is built, so a large record's peak memory holds one analysis tree, not all
    /// five and the input besides.
    public func processSerialized(line: consuming [UInt8], at position: Position) -> (text: String, failed: Bool) {
        let lineNumber = position.line
        var record: PipelineRecord
        do {
            record = try PipelineRecord(line: line, generatedID: generatesIDs ? .string("line-\(lineNumber)") : nil)
        } catch {
            return (Self.errorLine(id: error.id, "line \(lineNumber): \(error.message)", at: position).serialized, true)
        }
        line = []
        let id = record.id, idGenerated = record.idGenerated, title = record.title, date = record.date
        var article: Article
        do {
            article = try self.article(of: record, lineNumber: lineNumber)
        } catch {
            return (Self.errorLine(id: id, "line \(lineNumber): \(error.reason)", at: position).serialized, true)
        }
        record.content = .text("")
        if let title {
            article.metadata.title = title
            article.metadata.titleIsHeadline = true
        }
        let reference = ReferenceDate(of: article, set: date, fallback: defaultDate)
        let report = ArticleReport(article, reference: reference?.date)
        var writer = JSONWriter()
        writer.append(UInt8(ascii: "{"))
        writer.appendString("id")
        writer.append(UInt8(ascii: ":"))
        id.write(to: &writer)
        if idGenerated { writer.append(#","id_generated":true"#) }
        for analysis in analyses {
            do {
                if let stream = analysis.stream {
                    let value = try stream(report)
                    writer.append(UInt8(ascii: ","))
                    writer.appendString(analysis.key)
                    writer.append(UInt8(ascii: ":"))
                    value.write(to: &writer)
                } else {
                    let value = try analysis.run(report)
                    writer.append(UInt8(ascii: ","))
                    writer.appendString(analysis.key)
                    writer.append(UInt8(ascii: ":"))
                    value.write(to: &writer)
                }
            } catch {
                return (Self.errorLine(id: id, "line \(lineNumber): \(error)", at: position).serialized, true)
            }
        }
        writer.append(UInt8(ascii: "}"))
        return (writer.string, false)
    }

    /// The record's article: its text, its HTML (in UTF-8, whatever the page once declared), or
    /// the page fetched from its address. A fetch failure names the address.
    func article(of record: PipelineRecord, lineNumber: Int) throws(ArticleLoader.Failure) -> Article {
        let source = record.url ?? Self.source(of: record.id, lineNumber: lineNumber)
        switch record.content {
        case .text(let text):
            let format = record.format ?? Article.Format.sniff(text)
            return try loader.article(fromBytes: Array(text.utf8), source: source, format: format)
        case .html(let html):
            return try loader.article(fromHTML: Array(html.utf8), source: source, charset: "utf-8")
        case .url(let address):
            do {
                return try loader.loadPage(address)
            } catch {
                throw ArticleLoader.Failure(path: address, reason: "\(address): \(error.reason)")
            }
        }
    }

    /// An error line: the input's id (null only when the line held none that could be read),
    /// the message, and where the line sits in the input, so that a failure in an archive of
    /// millions of records can be found with `sed -n LINEp` or a seek to `offset`.
    static func errorLine(id: JSONValue, _ message: String, at position: Position) -> JSONValue {
        .object([
            ("id", id), ("error", .string(message)), ("line", .int(position.line)), ("offset", .int(position.offset)),
        ])
    }

    /// How the article is named in messages: its id when it is a plain string or number.
    static func source(of id: JSONValue, lineNumber: Int) -> String {
        switch id {
        case .string(let text): return text
        case .int(let number): return String(number)
        default: return "line \(lineNumber)"
        }
    }
}
