/// `summary`: the sentences that best summarize the current article.
enum SummaryCommand {
    static let spec = CommandSpec(
        name: "summary",
        synopsis: "summary [-n N] [--words N]",
        summary: "The N (default 3) sentences that best summarize the current article.",
        details: """
        Picks the sentences that tell what happened, who, how many and why, and prints them in \
        article order, each with the number of its paragraph (as show numbers them). The lead \
        comes first when it can stand alone; the rest are chosen for how central they are to \
        the story, the key people and figures they carry and how early they come, skipping \
        any that repeat a sentence already chosen. Headlines, bylines, date lines, boilerplate, \
        fragments, and sentences that lean on one the summary lacks ("However, ...", "It also \
        ...") are left out; a dateline is cut off the lead.

        -n N caps the number of sentences; --words N caps the total words. Given both, the \
        summary stops at whichever limit it reaches first; given only --words, it takes as \
        many sentences as fit. The first sentence is kept even when it alone is longer than \
        the word budget. Other loaded articles serve as background: words every story uses \
        weigh less.

        Examples:
          summary
          summary -n 5
          summary --words 60
          newsdesk --json -c summary story.txt
        """,
        options: [
            OptionSpec("number", short: "n", value: "N", help: "how many sentences at most (default 3)"),
            OptionSpec("words", value: "N", help: "how many words at most, over all sentences"),
        ],
        run: { invocation, context throws(CommandError) in
            let entry = try context.currentArticle(for: "summary")
            let words: Int? = invocation.values["words"] == nil
                ? nil : try invocation.positiveInteger("words", default: 0)
            let sentences: Int? = invocation.values["number"] == nil
                ? nil : try invocation.positiveInteger("number", default: 0)
            // One article alone weighs every term the same, so only a session of several is read.
            let entries = context.session.entries
            let background = entries.count > 1
                ? SummaryBackground(articles: entries.map(\.article)) : SummaryBackground()
            let options = SummaryOptions(sentences: sentences, words: words)
            return CommandOutput(context.session.report(of: entry).summary(options, background: background))
        }
    )
}
