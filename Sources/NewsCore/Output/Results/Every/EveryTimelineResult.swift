/// `timeline --every`: one chronology of every loaded article's events, each naming its story.
public struct EveryTimelineResult: CommandResult {
    public var chronology: StoryChronology

    public init(_ chronology: StoryChronology) {
        self.chronology = chronology
    }

    /// `{"articles": [{"number", "title", "timexes", "events"}], "events": [{"number", "title",
    /// "date", "event", "sentence", "timex"}]}`: each story's timeline as `timeline` gives it,
    /// then every event in one chronological list, `timex` indexing its own story's `timexes`.
    public var json: JSONValue {
        .object([
            StoryJSON.articles(chronology.stories.map { ($0.story, TimelineResult($0.value).json) }),
            ("events", .array(chronology.entries.map { entry in
                let event = chronology.event(entry)
                return .object(StoryJSON.label(entry.story) + [
                    ("date", .optional(event.date)), ("event", .string(event.description)),
                    ("sentence", .int(event.sentence)), ("timex", .int(event.timex)),
                ])
            })),
        ])
    }

    public func text(_ style: TextStyle) -> String {
        StoryChronologyText.render(chronology, style, storyCount: chronology.stories.count)
    }
}

/// The merged timeline as `timeline --every` and `brief` show it on a terminal: a date column
/// and a rail, each event with the expression that dates it and its story below.
enum StoryChronologyText {
    static func render(_ chronology: StoryChronology, _ style: TextStyle, storyCount: Int) -> String {
        guard !chronology.entries.isEmpty else {
            return "No dated events found in \(storyCount == 1 ? "the 1 story" : "any of the \(storyCount) stories")."
        }
        let views = chronology.stories.map { TimelineResult($0.value) }
        let dates = chronology.entries.map { entry in views[entry.storyIndex].dateLabel(chronology.event(entry)) }
        let dateWidth = dates.map(TextLayout.width).max() ?? 0
        let textWidth = style.width.map { max(20, $0 - dateWidth - 5) }
        let blank = String(repeating: " ", count: dateWidth)
        var lines: [String] = []
        for (index, entry) in chronology.entries.enumerated() {
            let event = chronology.event(entry)
            let timex = views[entry.storyIndex].analysis.timexes[event.timex]
            for (lineIndex, piece) in TextLayout.wrap(TerminalSafety.escape(event.description), width: textWidth).enumerated() {
                let left = lineIndex == 0 ? TextLayout.pad(dates[index], to: dateWidth) : blank
                lines.append(left + (lineIndex == 0 ? "  ● " : "  │ ") + (lineIndex == 0 ? style.bold(piece) : piece))
            }
            let source = "“" + TerminalSafety.escape(timex.text) + "” · " + entry.story.shown(36) + " ¶\(event.paragraph)"
            lines.append(blank + "  │ " + style.dim(TextLayout.truncate(source, width: textWidth ?? Int.max)))
        }
        let undated = chronology.stories.filter { $0.value.reference == nil && !$0.value.events.isEmpty }
        if !undated.isEmpty {
            let numbers = undated.map { String($0.story.number) }.joined(separator: ", ")
            lines.append(style.dim("No reference date for \(undated.count == 1 ? "article" : "articles") \(numbers): "
                                   + "relative dates there stay open (use N, then date YYYY-MM-DD)."))
        }
        return lines.joined(separator: "\n")
    }
}
