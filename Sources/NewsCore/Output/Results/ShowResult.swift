/// `show`: the current article, paragraph by paragraph, with page furniture marked.
public struct ShowResult: CommandResult {
    public var row: ArticleRow
    public var paragraphs: [Paragraph]

    public var json: JSONValue {
        .object([
            (
                "paragraphs",
                .array(
                    paragraphs.map { paragraph in
                        .object([
                            ("number", .int(paragraph.number)), ("start", .int(paragraph.range.lowerBound)),
                            ("end", .int(paragraph.range.upperBound)), ("text", .string(paragraph.text)),
                            ("boilerplate", .bool(paragraph.isBoilerplate)),
                        ])
                    })
            )
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
        let numberWidth = max(2, String(paragraphs.count).count)
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
                if paragraph.isBoilerplate {
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

    private static func tag(for paragraph: Paragraph) -> String? {
        if paragraph.isBoilerplate { return "boilerplate" }
        switch paragraph.role {
        case .heading: return "headline"
        case .byline: return "byline"
        case .dateLine: return "date"
        case .body: return nil
        }
    }
}
