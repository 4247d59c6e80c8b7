/// `quotes`: the quotations of the current article and who said them.
public struct QuotesResult: CommandResult {
    public var quotations: [Quotation]
    /// The `--by` filter in force, for the text view's heading and its empty message.
    public var speakerFilter: String?
    /// True when reported speech was asked for (`--all`).
    public var includesReported: Bool

    public init(quotations: [Quotation], speakerFilter: String? = nil, includesReported: Bool = false) {
        self.quotations = quotations
        self.speakerFilter = speakerFilter
        self.includesReported = includesReported
    }

    public var json: JSONValue { jsonStream.value }

    /// The JSON view, each quotation made as it is written (see `JSONStream`).
    public var jsonStream: JSONStream {
        let quotations = self.quotations
        return .object([
            (
                "quotes",
                .array(count: quotations.count) { index in
                    let quote = quotations[index]
                    return .object([
                        ("text", .string(quote.text)), ("start", .int(quote.range.lowerBound)),
                        ("end", .int(quote.range.upperBound)),
                        ("speaker", .optional(quote.speaker)), ("mention", .optional(quote.mention)),
                        ("kind", .string(quote.kind.rawValue)), ("sentence", .int(quote.sentence)),
                    ])
                }
            )
        ])
    }

    /// Numbered in story order, each with its speaker (and the words that name them there),
    /// its kind and paragraph, then the quotation wrapped; a tally by speaker closes the list
    /// so a reporter sees at once who carries the story.
    public func text(_ style: TextStyle) -> String {
        guard !quotations.isEmpty else {
            if let speakerFilter { return "No quotations by '\(TerminalSafety.escape(speakerFilter))' in the story." }
            return includesReported
                ? "No quotations or reported speech found in the story." : "No quotations found in the story."
        }
        var lines: [String] = []
        let numberWidth = String(quotations.count).count
        let indent = String(repeating: " ", count: numberWidth + 2)
        let textWidth = style.width.map { max(20, $0 - numberWidth - 2) }
        for (index, quote) in quotations.enumerated() {
            var heading = quote.speaker.map { TerminalSafety.escape($0) } ?? "unattributed"
            if let mention = quote.mention, mention != quote.speaker {
                heading +=
                    " (" + TerminalSafety.escape(mention.split(whereSeparator: \.isNewline).joined(separator: " "))
                    + ")"
            }
            let facts = "\(quote.kind.rawValue) · paragraph \(quote.paragraph)"
            let headingLines = TextLayout.wrap(heading + " · " + facts, width: textWidth)
            for (lineIndex, piece) in headingLines.enumerated() {
                let prefix =
                    lineIndex == 0 ? TextLayout.pad(String(index + 1), to: numberWidth, right: true) + "  " : indent
                lines.append(prefix + (lineIndex == 0 ? style.bold(piece) : piece))
            }
            let body = quote.text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
            let shown = quote.kind == .indirect ? TerminalSafety.escape(body) : "“" + TerminalSafety.escape(body) + "”"
            for piece in TextLayout.wrap(shown, width: textWidth) { lines.append(indent + piece) }
        }
        lines.append("")
        lines += TextLayout.wrap(tally, width: style.width)
        return lines.joined(separator: "\n")
    }

    /// "By speaker: Vytis Jurkonis 2, Alexander Lukashenko 2, 1 unattributed".
    private var tally: String {
        var counts: [(String, Int)] = []
        var unattributed = 0
        for quote in quotations {
            guard let speaker = quote.speaker else { unattributed += 1; continue }
            if let index = counts.firstIndex(where: { $0.0 == speaker }) {
                counts[index].1 += 1
            } else {
                counts.append((speaker, 1))
            }
        }
        let ordered = counts.enumerated().sorted {
            $0.element.1 > $1.element.1 || $0.element.1 == $1.element.1 && $0.offset < $1.offset
        }
        var parts = ordered.map { TerminalSafety.escape($0.element.0) + " \($0.element.1)" }
        if unattributed > 0 { parts.append("\(unattributed) unattributed") }
        return "By speaker: " + parts.joined(separator: ", ")
    }
}
