/// Markdown views of results that read better as prose than as a table: what an editor pastes
/// into a morning note. Tabular results without one here get a pipe table (`MarkdownWriter`).

extension QuotesResult: MarkdownRepresentable {
    /// A numbered list: the speaker in bold, kind and paragraph, then the quoted words.
    public func markdown() -> String {
        guard !quotations.isEmpty else { return MarkdownWriter.inline(text(.plain)) }
        return quotations.enumerated().map { index, quote in
            let speaker = quote.speaker.map { "**" + MarkdownWriter.inline($0) + "**" } ?? "*unattributed*"
            let body = MarkdownWriter.inline(quote.text.split(whereSeparator: \.isNewline).joined(separator: " "))
            let words = quote.kind == .indirect ? body : "“" + body + "”"
            return "\(index + 1). \(speaker) (\(quote.kind.rawValue), ¶\(quote.paragraph)): \(words)"
        }.joined(separator: "\n")
    }
}

extension TimelineResult: MarkdownRepresentable {
    /// A list in time order: the date in bold, the event, then the words that date it.
    public func markdown() -> String {
        guard !analysis.events.isEmpty else { return MarkdownWriter.inline(text(.plain)) }
        var lines: [String] = []
        if let reference = analysis.reference { lines.append("*Read against \(reference.iso).*\n") }
        for event in analysis.events {
            let timex = analysis.timexes[event.timex]
            let date = event.date ?? event.value ?? timex.value
            lines.append("- **\(MarkdownWriter.inline(date))** — \(MarkdownWriter.inline(event.description))"
                         + " (“\(MarkdownWriter.inline(timex.text))”, ¶\(event.paragraph))")
        }
        return lines.joined(separator: "\n")
    }
}

extension ShowResult: MarkdownRepresentable {
    /// The article as Markdown: its title as a heading, its facts, then each paragraph with its
    /// number and, for anything but body text, its kind.
    public func markdown() -> String {
        var lines = ["## " + MarkdownWriter.inline(row.title), ""]
        var facts = [MarkdownWriter.inline(row.source)]
        if let byline = row.byline { facts.append("by " + MarkdownWriter.inline(byline)) }
        facts.append(row.date.map { "dated \($0)" } ?? "no date")
        facts.append("\(row.words) words")
        lines.append("*" + facts.joined(separator: " · ") + "*")
        for paragraph in paragraphs {
            let kind = paragraph.kind == .body ? "" : " *[\(paragraph.kind.rawValue)]*"
            let body = MarkdownWriter.inline(paragraph.text.split(whereSeparator: \.isNewline).joined(separator: " "))
            lines.append("")
            lines.append("**\(paragraph.number)**\(kind) \(body)")
        }
        return lines.joined(separator: "\n")
    }
}
