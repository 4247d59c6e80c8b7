/// `brief`: the day's copy at a glance, in three views: text for the terminal, Markdown for the
/// morning note (`markdown()`), and JSON.
public struct BriefResult: CommandResult {
    public var brief: Brief

    public init(_ brief: Brief) {
        self.brief = brief
    }

    /// `{"stories": N, "articles": [{"number", "title", "byline", "date", "lead", "quotes":
    /// [{"text", "speaker", "role", "kind", "start", "end", "sentence"}], "figures": [as
    /// figures]}], "timeline": [{"number", "title", "date", "event", "sentence"}] (the events the
    /// views show, see `timelineEntries`), "people": [as
    /// people --every], "disagreements": [as figures --every]}`.
    public var json: JSONValue {
        .object([
            ("stories", .int(brief.stories.count)),
            ("articles", .array(brief.stories.map { story in
                .object(StoryJSON.label(story.story) + [
                    ("byline", .optional(story.byline)), ("date", .optional(story.date)),
                    ("lead", .optional(story.lead)),
                    ("quotes", .array(story.quotes.map { quote in
                        .object([
                            ("text", .string(quote.quotation.text)), ("speaker", .optional(quote.quotation.speaker)),
                            ("role", .optional(quote.role)), ("kind", .string(quote.quotation.kind.rawValue)),
                            ("start", .int(quote.quotation.range.lowerBound)),
                            ("end", .int(quote.quotation.range.upperBound)),
                            ("sentence", .int(quote.quotation.sentence)),
                        ])
                    })),
                    ("figures", FiguresResult(figures: story.figures.map(\.figure)).json.member("figures") ?? .array([])),
                ])
            })),
            ("timeline", .array(Self.timelineEntries(brief.chronology).map { entry in
                let event = brief.chronology.event(entry)
                return .object(StoryJSON.label(entry.story) + [
                    ("date", .optional(event.date)), ("event", .string(event.description)),
                    ("sentence", .int(event.sentence)),
                ])
            })),
            ("people", .array(brief.sharedSpeakers.map(\.json))),
            ("disagreements", .array(brief.disagreements.map(\.json))),
        ])
    }

    public func text(_ style: TextStyle) -> String {
        var lines = [style.bold(BriefWords.heading(brief))]
        let width = style.width.map { max(20, $0 - 4) }
        for story in brief.stories {
            lines.append("")
            lines += TextLayout.wrap(story.story.shown(Int.max), width: style.width).map { style.bold($0) }
            let credit = BriefWords.credit(story, dateStyle: { $0 })
            if !credit.isEmpty { lines.append("    " + style.dim(TerminalSafety.escape(credit))) }
            if let lead = story.lead {
                lines += TextLayout.wrap(TerminalSafety.escape(lead), width: width).map { "    " + $0 }
            }
            for quote in story.quotes {
                let said = "“" + BriefWords.quoted(quote.quotation) + "” — " + BriefWords.speaker(quote)
                lines += TextLayout.wrap(TerminalSafety.escape(said), width: width).map { "    " + $0 }
            }
            if !story.figures.isEmpty {
                let figures = "Figures: " + story.figures.map(\.phrase).joined(separator: " · ")
                lines += TextLayout.wrap(TerminalSafety.escape(figures), width: width).map { "    " + $0 }
            }
        }
        lines += ["", style.bold("Timeline across stories")]
        var shown = brief.chronology
        shown.entries = Self.timelineEntries(shown)
        lines.append(StoryChronologyText.render(shown, style, storyCount: brief.stories.count))
        lines += ["", style.bold("Quoted in more than one story")]
        if brief.sharedSpeakers.isEmpty {
            lines.append("No one is quoted in more than one story.")
        } else {
            for person in brief.sharedSpeakers {
                lines += TextLayout.wrap(TerminalSafety.escape(BriefWords.shared(person)), width: width)
                    .enumerated().map { ($0.offset == 0 ? "  • " : "    ") + $0.element }
            }
        }
        lines.append(DisagreementText.render(brief.disagreements, style))
        return lines.joined(separator: "\n")
    }
}

extension BriefResult {
    /// The events the brief's timeline shows: those dated to a month, a week or a day (or
    /// placed by such an event), so a morning note is not led by "since the 1990s", and whose
    /// description says what happened in at least three words (a two-word remnant such as
    /// "more lined" tells an editor nothing); `timeline --every` has them all.
    static func timelineEntries(_ chronology: StoryChronology) -> [StoryChronology.Entry] {
        chronology.entries.filter { entry in
            let event = chronology.event(entry)
            guard event.description.split(separator: " ").count >= 3 else { return false }
            guard let date = event.date else { return true }
            return date.count >= 7
        }
    }
}

extension JSONValue {
    /// The value of member `key` of an object, or nil.
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }
}

/// The wording the brief's text and Markdown views share, so both read the same.
enum BriefWords {
    /// At most this many words of a quotation are shown; longer ones end in "…".
    static let quoteWords = 60

    /// "Brief: 8 stories, 2 March 2025 to 4 October 2025".
    static func heading(_ brief: Brief) -> String {
        let count = brief.stories.count
        var heading = "Brief: \(count) \(count == 1 ? "story" : "stories")"
        let dates = brief.stories.compactMap(\.date).sorted()
        if let first = dates.first, let last = dates.last {
            heading += first == last ? ", \(HumanDate.format(first))"
                : ", \(HumanDate.format(first)) to \(HumanDate.format(last))"
        }
        return heading
    }

    /// "By Daniel Okoro · 3 March 2025", or what of it is known.
    static func credit(_ story: Brief.Story, dateStyle: (String) -> String) -> String {
        var parts: [String] = []
        if let byline = story.byline {
            parts.append(byline.lowercased().hasPrefix("by ") ? byline : "By " + byline)
        }
        if let date = story.date { parts.append(dateStyle(HumanDate.format(date))) }
        return parts.joined(separator: " · ")
    }

    /// The quotation on one line. A quotation running over paragraphs loses the quotation mark
    /// that reopens each paragraph; one longer than `quoteWords` words ends after its last
    /// whole sentence within them (or at the limit when the first sentence is longer), with
    /// " …". A comma that led into "she said" ends the excerpt as a full stop, as an editor
    /// would write it.
    static func quoted(_ quotation: Quotation) -> String {
        var words: [Substring] = []
        for line in quotation.text.split(whereSeparator: \.isNewline) {
            var line = line.drop(while: \.isWhitespace)
            if !words.isEmpty, let first = line.first, "\"“‘'".contains(first) { line = line.dropFirst() }
            words += line.split(whereSeparator: \.isWhitespace)
        }
        guard words.count > quoteWords else {
            var line = words.joined(separator: " ")
            if line.hasSuffix(",") { line.removeLast(); line += "." }
            return line
        }
        var end = quoteWords
        if let lastStop = words.prefix(quoteWords).lastIndex(where: { word in
            guard let last = word.last(where: { !"\"”’')".contains($0) }) else { return false }
            return ".!?".contains(last)
        }), lastStop >= 9 {
            end = lastStop + 1
        }
        return words.prefix(end).joined(separator: " ") + " …"
    }

    /// "Chiamaka Nwosu, Kestrel’s chief executive".
    static func speaker(_ quote: Brief.Quote) -> String {
        let name = quote.quotation.speaker ?? "unattributed"
        guard let role = quote.role, !role.isEmpty else { return name }
        return name + ", " + role
    }

    /// "Alexander Lukashenko (President of Belarus): quoted 3 times in [1] …, [4] …".
    static func shared(_ person: PersonAcrossStories) -> String {
        let role = person.title.map { " (\($0))" } ?? ""
        let stories = person.appearances.filter { ($0.quotes ?? 0) > 0 }.map { appearance in
            appearance.story.tag(36) + " \(appearance.quotes!)×"
        }
        return person.name + role + ": quoted \(person.quotes) \(person.quotes == 1 ? "time" : "times") in "
            + stories.joined(separator: "; ")
    }
}

/// Dates as an editor writes them: "3 March 2025", "March 2025", "2025", "the 1990s".
enum HumanDate {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// An ISO date or partial date in words ("3 March 2025", "March 2025", "week of 24
    /// February 2025", "Q2 2025", "3 March 2025, 18:00"); anything else as it is.
    static func format(_ iso: String) -> String {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = parts.first, year.count == 4, year.allSatisfy(\.isNumber) else {
            return TimelineResult.readable(iso)
        }
        guard parts.count >= 2 else { return year }
        if parts[1].hasPrefix("W"), parts.count == 2 {
            return "week of " + format(DateStart.of(iso))
        }
        if parts[1].hasPrefix("Q") || parts[1].hasPrefix("H") { return parts[1] + " " + year }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        guard parts.count >= 3 else { return "\(months[month - 1]) \(year)" }
        let dayAndTime = parts[2].split(separator: "T", maxSplits: 1)
        guard let dayText = dayAndTime.first, let day = Int(dayText), (1...31).contains(day) else { return iso }
        let date = "\(day) \(months[month - 1]) \(year)"
        return dayAndTime.count == 2 ? date + ", " + dayAndTime[1] : date
    }

    /// Every ISO date in a label ("after 2025-03-13") in words ("after 13 March 2025").
    static func rewrite(_ label: String) -> String {
        label.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let text = String(word)
            let isDate = text.count >= 4 && text.prefix(4).allSatisfy(\.isNumber)
            return isDate ? format(text) : text
        }.joined(separator: " ")
    }
}
