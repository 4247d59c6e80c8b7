/// The table view of each result that is a list of things: what `once x.csv` writes, and the
/// Markdown table of `once x.md`. Columns follow the JSON view's keys (CONTRACT.md), plus the
/// paragraph the text view cites, so a spreadsheet row and a JSON object tell the same facts.
extension ResultTable {
    /// A JSON scalar as a cell: strings as they are, numbers and booleans as JSON writes them,
    /// null as an empty cell.
    static func cell(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .string(let text): return text
        default: return value.serialized
        }
    }
}

extension ArticleListResult: TabularResult {
    public var table: ResultTable {
        ResultTable(
            columns: ["number", "title", "byline", "date", "words", "sentences", "source", "current"],
            rows: rows.map { row in
                [String(row.number), row.title, row.byline ?? "", row.date ?? "", String(row.words),
                 String(row.sentences), row.source, row.isCurrent ? "true" : "false"]
            })
    }
}

extension ShowResult: TabularResult {
    public var table: ResultTable {
        ResultTable(
            columns: ["number", "start", "end", "kind", "boilerplate", "text"],
            rows: paragraphs.map { paragraph in
                [String(paragraph.number), String(paragraph.range.lowerBound), String(paragraph.range.upperBound),
                 paragraph.kind.rawValue, paragraph.isBoilerplate ? "true" : "false", paragraph.text]
            })
    }
}

extension SummaryResult: TabularResult {
    public var table: ResultTable {
        ResultTable(
            columns: ["sentence", "start", "end", "paragraph", "text"],
            rows: rows.map { row in
                [String(row.sentence), String(row.start), String(row.end), String(row.paragraph), row.text]
            })
    }
}

extension QuotesResult: TabularResult {
    public var table: ResultTable {
        ResultTable(
            columns: ["speaker", "mention", "kind", "text", "start", "end", "sentence", "paragraph"],
            rows: quotations.map { quote in
                [quote.speaker ?? "", quote.mention ?? "", quote.kind.rawValue, quote.text,
                 String(quote.range.lowerBound), String(quote.range.upperBound), String(quote.sentence),
                 String(quote.paragraph)]
            })
    }
}

extension FiguresResult: TabularResult {
    public var table: ResultTable {
        ResultTable(
            columns: ["text", "start", "end", "value", "high", "kind", "unit", "of", "sentence", "paragraph"],
            rows: figures.map { figure in
                [figure.text, String(figure.range.lowerBound), String(figure.range.upperBound),
                 ResultTable.cell(Self.number(figure.value)), figure.high.map { ResultTable.cell(Self.number($0)) } ?? "",
                 figure.kind.rawValue, figure.unit ?? "", figure.of ?? "", figure.sentence.map(String.init) ?? "",
                 String(figure.paragraph)]
            })
    }
}

extension TimelineResult: TabularResult {
    /// One row per event, in time order, with the expression that dates it.
    public var table: ResultTable {
        ResultTable(
            columns: ["date", "event", "expression", "type", "value", "sentence", "paragraph"],
            rows: analysis.events.map { event in
                let timex = analysis.timexes[event.timex]
                return [event.date ?? "", event.description, timex.text, timex.type, timex.value,
                        String(event.sentence), String(event.paragraph)]
            })
    }
}

extension PeopleResult: TabularResult {
    public var table: ResultTable {
        ResultTable(
            columns: ["name", "title", "mentions", "quotes"],
            rows: rows.map { row in
                [row.name, row.title ?? "", String(row.mentions), row.quotes.map(String.init) ?? ""]
            })
    }
}

extension HistoryResult: TabularResult {
    public var table: ResultTable {
        ResultTable(columns: ["number", "command"],
                    rows: entries.enumerated().map { [String($0.offset + 1), $0.element] })
    }
}
