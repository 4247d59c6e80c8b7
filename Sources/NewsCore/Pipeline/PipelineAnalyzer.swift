/// Turns one pipeline input line into its output line: the four analyses of CONTRACT.md, run
/// through the same commands the shell runs, so a figure found in the shell is the figure the
/// pipeline writes.
public struct PipelineAnalyzer: Sendable {
    /// The commands whose JSON makes up an output line, in the order of its keys.
    public static let commands = ["summary", "quotes", "figures", "timeline"]

    public var table: CommandTable
    public var loader: ArticleLoader
    /// The reference date for records that carry none and whose text gives none (`--date`).
    public var defaultDate: CalendarDate?

    public init(table: CommandTable = .standard, loader: ArticleLoader = ArticleLoader(), defaultDate: CalendarDate? = nil) {
        self.table = table
        self.loader = loader
        self.defaultDate = defaultDate
    }

    /// The output for one line, and whether it is an error line.
    public func process(line: [UInt8], lineNumber: Int) -> (output: JSONValue, failed: Bool) {
        let record: PipelineRecord
        do {
            record = try PipelineRecord(line: line)
        } catch {
            return (Self.errorLine(id: error.id, "line \(lineNumber): \(error.message)"), true)
        }
        var article: Article
        do {
            article = try loader.article(fromBytes: Array(record.text.utf8), source: Self.source(of: record.id, lineNumber: lineNumber))
        } catch {
            return (Self.errorLine(id: record.id, "line \(lineNumber): \(error.reason)"), true)
        }
        if let title = record.title {
            article.metadata.title = title
            article.metadata.titleIsHeadline = true
        }
        var session = Session(defaultDate: defaultDate)
        session.add([article])
        if let date = record.date { session.setCurrentDate(date) }
        var context = CommandContext(session: session, loader: loader, table: table)
        var members: [(String, JSONValue)] = [("id", record.id)]
        for name in Self.commands {
            guard let spec = table.command(named: name), spec.isAvailable else {
                return (Self.errorLine(id: record.id, "line \(lineNumber): \(name) is not available in this version"), true)
            }
            do {
                let output = try spec.run(Invocation(name: name), &context)
                members.append((name, output.result.json))
            } catch {
                return (Self.errorLine(id: record.id, "line \(lineNumber): \(error.message)"), true)
            }
        }
        return (.object(members), false)
    }

    static func errorLine(id: JSONValue, _ message: String) -> JSONValue {
        .object([("id", id), ("error", .string(message))])
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
