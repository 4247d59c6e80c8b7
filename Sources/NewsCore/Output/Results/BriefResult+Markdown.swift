/// The brief as Markdown: what an editor pastes into the morning note. A heading per story,
/// its credit line, lead, quotations as block quotes and key figures; then the merged
/// timeline, the people quoted in more than one story and the figures that disagree.
///
/// `once brief.md` writes this view; `brief --markdown` prints it.
extension BriefResult {
    public func markdown() -> String {
        var blocks = ["# " + BriefMarkdown.inline(BriefWords.heading(brief))]
        for story in brief.stories {
            blocks.append("## \(story.story.number). " + BriefMarkdown.inline(heading(story.story.title)))
            let credit = BriefWords.credit(story, dateStyle: { $0 })
            if !credit.isEmpty { blocks.append("*" + BriefMarkdown.inline(credit) + "*") }
            if let lead = story.lead { blocks.append(BriefMarkdown.paragraph(oneLine(lead))) }
            for quote in story.quotes {
                blocks.append("> “" + BriefMarkdown.inline(BriefWords.quoted(quote.quotation)) + "”\n> — "
                              + BriefMarkdown.inline(BriefWords.speaker(quote)))
            }
            if !story.figures.isEmpty {
                blocks.append("**Key figures:** "
                              + story.figures.map { BriefMarkdown.inline($0.phrase) }.joined(separator: " · "))
            }
        }
        blocks.append("## Timeline")
        blocks.append(timeline())
        blocks.append("## Quoted in more than one story")
        blocks.append(brief.sharedSpeakers.isEmpty ? "No one is quoted in more than one story."
            : brief.sharedSpeakers.map { "- " + BriefMarkdown.inline(BriefWords.shared($0)) }.joined(separator: "\n"))
        blocks.append("## Figures that disagree")
        blocks.append(brief.disagreements.isEmpty ? "No figures disagree between stories."
            : brief.disagreements.map(disagreement).joined(separator: "\n"))
        return blocks.joined(separator: "\n\n")
    }

    /// One list item per event: its date in words, what happened, and its story's number.
    private func timeline() -> String {
        let chronology = brief.chronology
        guard !BriefResult.timelineEntries(chronology).isEmpty else { return "No events dated to a month or a day." }
        let views = chronology.stories.map { TimelineResult($0.value) }
        return BriefResult.timelineEntries(chronology).map { entry in
            let event = chronology.event(entry)
            let label = HumanDate.rewrite(views[entry.storyIndex].dateLabel(event))
            return "- **" + BriefMarkdown.inline(label) + "** — " + BriefMarkdown.inline(sentenceCase(oneLine(event.description)))
                + " (\(entry.story.number))"
        }.joined(separator: "\n")
    }

    private func disagreement(_ item: FigureDisagreement) -> String {
        let claims = item.claims.map { claim in
            item.written(claim.value) + " in \(claim.story.number). " + claim.story.shortTitle(48)
        }
        return "- **" + BriefMarkdown.inline(item.thing) + "** (\(item.kind.rawValue)): "
            + BriefMarkdown.inline(claims.joined(separator: "; "))
    }

    /// A title as a heading: on one line, and a title cut from a lead ending "…" rather than
    /// ",…".
    private func heading(_ title: String) -> String {
        var line = oneLine(title)
        if line.hasSuffix("…") {
            line.removeLast()
            while let last = line.last, ",;:".contains(last) || last == " " { line.removeLast() }
            line += "…"
        }
        return line
    }

    /// An event's description as a list item begins: with a capital ("Talks broke down").
    private func sentenceCase(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Escaping for article words inside the brief's Markdown.
enum BriefMarkdown {
    /// Running text with Markdown's emphasis, code, link and HTML characters escaped, so a
    /// story's "*" or "[" prints as written; control characters shown escaped.
    static func inline(_ text: String) -> String {
        var output = ""
        for character in text {
            if "\\`*_[]<>".contains(character) { output.append("\\") }
            output.append(character)
        }
        return TerminalSafety.escape(output)
    }

    /// A paragraph of running text that cannot turn into a heading, list or quote by how it
    /// begins ("# 1", "- ", "1. ", "> ").
    static func paragraph(_ text: String) -> String {
        var escaped = inline(text)
        if let first = escaped.first, "#>-+=|".contains(first) {
            escaped = "\\" + escaped
        } else if let dot = escaped.firstIndex(where: { !$0.isNumber }), dot != escaped.startIndex,
                  ".)".contains(escaped[dot]) {
            escaped.insert("\\", at: dot)
        }
        return escaped
    }
}
