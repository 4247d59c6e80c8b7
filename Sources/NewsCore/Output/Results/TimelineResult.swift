/// `timeline`: the temporal expressions of the current article and its events in time order.
public struct TimelineResult: CommandResult {
    public var analysis: TimelineAnalysis

    public init(_ analysis: TimelineAnalysis) {
        self.analysis = analysis
    }

    public var json: JSONValue { jsonStream.value }

    /// The JSON view, each expression and event made as it is written (see `JSONStream`).
    public var jsonStream: JSONStream {
        let timexes = analysis.timexes, events = analysis.events
        return .object([
            (
                "timexes",
                .array(count: timexes.count) { index in
                    let timex = timexes[index]
                    return .object([
                        ("text", .string(timex.text)), ("start", .int(timex.range.lowerBound)),
                        ("end", .int(timex.range.upperBound)),
                        ("type", .string(timex.type)), ("value", .string(timex.value)),
                    ])
                }
            ),
            (
                "events",
                .array(count: events.count) { index in
                    let event = events[index]
                    return .object([
                        ("date", .optional(event.date)), ("event", .string(event.description)),
                        ("sentence", .int(event.sentence)), ("timex", .int(event.timex)),
                    ])
                }
            ),
        ])
    }

    /// A vertical timeline: a date column and a rail, each event with the expression that dates
    /// it and its paragraph on the line below.
    public func text(_ style: TextStyle) -> String {
        guard !analysis.events.isEmpty else {
            return analysis.timexes.isEmpty
                ? "No temporal expressions in the story." : "No dated events found in the story."
        }
        let dates = analysis.events.map(dateLabel)
        let dateWidth = dates.map(TextLayout.width).max() ?? 0
        let textWidth = style.width.map { max(20, $0 - dateWidth - 5) }
        let blank = String(repeating: " ", count: dateWidth)
        var lines: [String] = []
        if let reference = analysis.reference {
            lines.append(style.dim("Read against \(reference.iso)."))
        } else {
            lines.append(style.dim("No reference date: relative dates stay open (set one with date YYYY-MM-DD)."))
        }
        for (index, event) in analysis.events.enumerated() {
            let timex = analysis.timexes[event.timex]
            let wrapped = TextLayout.wrap(TerminalSafety.escape(event.description), width: textWidth)
            for (lineIndex, piece) in wrapped.enumerated() {
                let left = lineIndex == 0 ? TextLayout.pad(dates[index], to: dateWidth) : blank
                lines.append(left + (lineIndex == 0 ? "  ● " : "  │ ") + (lineIndex == 0 ? style.bold(piece) : piece))
            }
            let source = "“" + TerminalSafety.escape(timex.text) + "” · ¶\(event.paragraph)"
            lines.append(blank + "  │ " + style.dim(TextLayout.truncate(source, width: textWidth ?? Int.max)))
        }
        return lines.joined(separator: "\n")
    }

    /// For a related event: the date of the event it is placed by.
    func anchorLabel(of event: TimelineAnalysis.Event) -> String {
        let anchor = analysis.events.first { $0.timex == event.timex && $0.relation == .on }
        return anchor?.date ?? anchor?.value ?? analysis.timexes[event.timex].value
    }

    /// A TIMEX3 value as a reader would write it where TIMEX3's own form is cryptic: decades
    /// ("199" → "1990s") and centuries ("19" → "1900s"); other values stay as they are.
    static func readable(_ value: String) -> String {
        guard value.allSatisfy(\.isASCII), value.allSatisfy(\.isNumber) else { return value }
        switch value.count {
        case 3: return value + "0s"
        case 2: return value + "00s"
        default: return value
        }
    }

    /// The date column's label of an event (`timeline --every` uses it too).
    func dateLabel(_ event: TimelineAnalysis.Event) -> String {
        let timex = analysis.timexes[event.timex]
        let anchor = Self.readable(event.date ?? event.value ?? anchorLabel(of: event))
        switch event.relation {
        case .on: return anchor
        case .before: return "before " + anchor
        case .after: return "after " + anchor
        case .since:
            guard event.date != nil else { return TerminalSafety.escape(timex.text) + " ago" }
            return (timex.mod == "MORE_THAN" ? "before " : "since ") + anchor
        }
    }
}
