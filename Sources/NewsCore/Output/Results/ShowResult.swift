/// `show`: the current article (or a range of its paragraphs), each paragraph with its kind and
/// page furniture marked.
public struct ShowResult: CommandResult {
    public var row: ArticleRow
    /// The paragraphs shown: all of them, or the range asked for.
    public var paragraphs: [Paragraph]

    public init(row: ArticleRow, paragraphs: [Paragraph]) {
        self.row = row
        self.paragraphs = paragraphs
    }

    public var json: JSONValue {
        .object([
            ("title", .string(row.title)),
            ("byline", row.byline.map(JSONValue.string) ?? .null),
            ("date", row.date.map(JSONValue.string) ?? .null),
            ("source", .string(row.source)),
            (
                "paragraphs",
                .array(
                    paragraphs.map { paragraph in
                        .object([
                            ("number", .int(paragraph.number)), ("start", .int(paragraph.range.lowerBound)),
                            ("end", .int(paragraph.range.upperBound)), ("text", .string(paragraph.text)),
                            ("kind", .string(paragraph.kind.rawValue)),
                            ("boilerplate", .bool(paragraph.isBoilerplate)),
                        ])
                    })
            ),
        ])
    }

    public func text(_ style: TextStyle) -> String {
        var lines: [String] = []
        lines.append(style.bold(TerminalSafety.escape(row.title)))
        var facts = [TerminalSafety.escape(row.source)]
        if let byline = row.byline { facts.append("by " + TerminalSafety.escape(byline)) }
        facts.append(row.date.map { "dated \($0)" } ?? "no date")
        facts.append("\(row.words) words")
        lines.append(style.dim(facts.joined(separator: " · ")))
        lines.append("")
        let numberWidth = max(2, String(paragraphs.last?.number ?? 0).count)
        let indent = String(repeating: " ", count: numberWidth + 2)
        let textWidth = style.width.map { max(20, $0 - numberWidth - 2) }
        for paragraph in paragraphs {
            let tag = Self.tag(for: paragraph)
            let body = TerminalSafety.escape(paragraph.text) + (tag.map { "  [\($0)]" } ?? "")
            let wrapped = TextLayout.wrap(body, width: textWidth)
            for (index, piece) in wrapped.enumerated() {
                let prefix =
                    index == 0 ? TextLayout.pad(String(paragraph.number), to: numberWidth, right: true) + "  " : indent
                let line = prefix + piece
                if paragraph.isBoilerplate || paragraph.kind == .caption || paragraph.role == .table {
                    lines.append(style.dim(line))
                } else if paragraph.role == .heading {
                    lines.append(style.bold(line))
                } else {
                    lines.append(line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The kind in brackets after a paragraph; body text goes untagged, except a table row,
    /// which is body the analyzers do not read, and says so.
    private static func tag(for paragraph: Paragraph) -> String? {
        if paragraph.role == .table { return "table" }
        return paragraph.kind == .body ? nil : paragraph.kind.rawValue
    }
}
