/// `quotes --every`: the quotations of every loaded article, each naming its story.
public struct EveryQuotesResult: CommandResult {
    /// Each story's quotations, in session order (stories with none included).
    public var stories: [InStory<QuotesResult>]
    /// The `--by` filter in force, if any.
    public var speakerFilter: String?

    public init(stories: [InStory<QuotesResult>], speakerFilter: String? = nil) {
        self.stories = stories
        self.speakerFilter = speakerFilter
    }

    public var json: JSONValue {
        .object([StoryJSON.articles(stories.map { ($0.story, $0.value.json) })])
    }

    /// Numbered across the day, each headed by its speaker, kind, story and paragraph; a tally
    /// of speakers across stories closes the list.
    public func text(_ style: TextStyle) -> String {
        let all = stories.flatMap { story in story.value.quotations.map { (story.story, $0) } }
        let scope = stories.count == 1 ? "the 1 story" : "any of the \(stories.count) stories"
        guard !all.isEmpty else {
            if let speakerFilter { return "No quotations by '\(TerminalSafety.escape(speakerFilter))' in \(scope)." }
            return "No quotations found in \(scope)."
        }
        var lines: [String] = []
        let numberWidth = String(all.count).count
        let indent = String(repeating: " ", count: numberWidth + 2)
        let textWidth = style.width.map { max(20, $0 - numberWidth - 2) }
        for (index, (story, quote)) in all.enumerated() {
            var heading = quote.speaker.map { TerminalSafety.escape($0) } ?? "unattributed"
            if let mention = quote.mention, mention != quote.speaker {
                heading += " (" + TerminalSafety.escape(mention.split(whereSeparator: \.isNewline).joined(separator: " ")) + ")"
            }
            heading += " · \(quote.kind.rawValue) · \(story.shown(32)) ¶\(quote.paragraph)"
            for (lineIndex, piece) in TextLayout.wrap(heading, width: textWidth).enumerated() {
                let prefix = lineIndex == 0 ? TextLayout.pad(String(index + 1), to: numberWidth, right: true) + "  " : indent
                lines.append(prefix + (lineIndex == 0 ? style.bold(piece) : piece))
            }
            let body = TerminalSafety.escape(quote.text.split(whereSeparator: \.isNewline).joined(separator: " "))
            let shown = quote.kind == .indirect ? body : "“" + body + "”"
            for piece in TextLayout.wrap(shown, width: textWidth) { lines.append(indent + piece) }
        }
        lines.append("")
        lines += TextLayout.wrap(tally(all.map { ($0.0, $0.1) }), width: style.width)
        return lines.joined(separator: "\n")
    }

    /// "14 quotations from 5 of 8 stories. By speaker: Mira Santos 3 (1 story), …".
    private func tally(_ all: [(StoryLabel, Quotation)]) -> String {
        var counts: [(name: String, quotes: Int, stories: Set<Int>)] = []
        var unattributed = 0
        for (story, quote) in all {
            guard let speaker = quote.speaker else { unattributed += 1; continue }
            if let index = counts.firstIndex(where: { $0.name == speaker }) {
                counts[index].quotes += 1
                counts[index].stories.insert(story.number)
            } else {
                counts.append((speaker, 1, [story.number]))
            }
        }
        let withQuotes = Set(all.map(\.0.number)).count
        var parts = counts.enumerated().sorted {
            $0.element.quotes != $1.element.quotes ? $0.element.quotes > $1.element.quotes : $0.offset < $1.offset
        }.map { entry in
            let stories = entry.element.stories.count
            return TerminalSafety.escape(entry.element.name) + " \(entry.element.quotes)"
                + (stories > 1 ? " (\(stories) stories)" : "")
        }
        if unattributed > 0 { parts.append("\(unattributed) unattributed") }
        return "\(all.count) quotation\(all.count == 1 ? "" : "s") from \(withQuotes) of \(stories.count) "
            + "\(stories.count == 1 ? "story" : "stories"). By speaker: " + parts.joined(separator: ", ")
    }
}
