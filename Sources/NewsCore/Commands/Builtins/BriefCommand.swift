/// `brief`: the day's copy at a glance.
enum BriefCommand {
    static let spec = CommandSpec(
        name: "brief",
        synopsis: "brief [--markdown]",
        summary: "The day's copy at a glance: every article's lead, top quotations and key figures, then one timeline.",
        details: """
        For each loaded article, in the order articles lists them: its number and title, byline \
        and date, its lead sentence (dateline cut off), the two quotations most worth reading \
        and its key figures. Then the events of every story that are dated to a month, a week \
        or a day, as one timeline, each with its story's number (timeline --every has them \
        all); the people quoted in more than one story (one person under the names \
        the stories give, as people --every merges them); and the figures that related \
        stories give differently ("52 prisoners" in one, "50 prisoners" in another). The \
        first line says how many stories the brief covers.

        Quotations are chosen from those with a named speaker: direct quotations before \
        partial ones, longest first, a second speaker's before the first speaker's second; \
        each is cut at 60 words. Key figures are up to three amounts (counts, percentages, \
        money, quantities, durations; not years or dates), those in the headline or lead first.

        --markdown prints the brief as Markdown, ready for a morning note: a heading per \
        story, quotations as block quotes, the timeline as a list. With --json the brief is \
        one JSON value (see CONTRACT.md).

        Examples:
          brief
          brief --markdown
          newsdesk -c 'brief --markdown' Fixtures/articles/ > brief.md
          newsdesk -f Fixtures/scripts/morning-brief.nd Fixtures/articles/
        """,
        options: [OptionSpec("markdown", help: "print the brief as Markdown for a morning note")],
        run: { invocation, context throws(CommandError) in
            let reports = try EveryArticle.reports(for: "brief", context)
            let result = BriefResult(BriefBuilder.build(reports))
            return CommandOutput(invocation.flags.contains("markdown") ? MarkdownView(result) : result)
        }
    )
}

/// A result shown as its Markdown: the text view is the Markdown, the JSON view unchanged, so
/// `brief --markdown` prints Markdown and `--json` still gets the data.
struct MarkdownView: CommandResult {
    var result: BriefResult

    init(_ result: BriefResult) {
        self.result = result
    }

    var json: JSONValue { result.json }

    func text(_ style: TextStyle) -> String { result.markdown() }
}
