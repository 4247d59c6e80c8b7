/// `timeline`: the events of the current article in chronological order.
enum TimelineCommand {
    static let spec = CommandSpec(
        name: "timeline",
        synopsis: "timeline [--every]",
        summary: "Events in chronological order, each with the expression that dates it.",
        details: """
        Finds every temporal expression in the story (dates, times, durations and recurring \
        times, as TimeML's TIMEX3 marks them: "Sept. 11, 2025", "on Thursday", "two years \
        ago", "a day after", "for over three decades", "at 10 a.m. local time", "every year") \
        and reads each against the article's reference date: one set with date, else the \
        article's own, else --date. With none, relative dates stay open ("Thursday" is \
        XXXX-WXX-4) rather than guessed. Weekdays and months without a year follow the tense: \
        "released on Thursday" is the last Thursday, "will meet on Thursday" the next.

        Each dated clause becomes an event, described short (subject, verb, object), and \
        events are shown in time order: partial dates by their start, events named after \
        "following", "ahead of" or "later" placed just before or after the event they hang \
        on. Bylines, boilerplate lines and quotations give no events; the dateline's date is \
        read but is not an event.

        --every merges the timelines of every loaded article into one chronology, each event \
        naming its article; each article's events keep their own order, and are read against \
        that article's reference date.

        JSON: {"timexes": [{"text", "start", "end", "type", "value"}], "events": \
        [{"date", "event", "sentence", "timex"}]}.

        Examples:
          timeline
          date 2025-09-11
          timeline --every
          newsdesk --date 2025-09-11 --json -c timeline story.txt
        """,
        options: [EveryArticle.option],
        run: { invocation, context throws(CommandError) in
            if invocation.flags.contains("every") {
                let reports = try EveryArticle.reports(for: "timeline --every", context)
                let stories = StoryWork.map(reports) { InStory($0.story, TimelineMemo.timeline(of: $0.value)) }
                return CommandOutput(EveryTimelineResult(StoryChronology(stories)))
            }
            let entry = try context.currentArticle(for: "timeline")
            return CommandOutput(context.session.report(of: entry).timeline())
        }
    )
}
