/// `summary`: the sentences that best summarize the current article.
enum SummaryCommand {
    static let spec = CommandSpec(
        name: "summary",
        synopsis: "summary [-n N] [--words N] [--why]",
        summary: "The N (default 3) sentences that best summarize the current article.",
        details: """
        Picks the sentences that tell what happened, who, how many and why, and prints them in \
        article order, each with the number of its paragraph (as show numbers them). The lead \
        comes first when it can stand alone; the rest are scored on how central they are to the \
        story, how many of the headline's words they hold, the key people and figures they carry \
        and how early they come, and chosen best first, skipping any that repeat a sentence \
        already chosen. After a feature's scene-setting opening, the sentence that says what the \
        story is about (the nut graf) counts extra.

        Never chosen: headlines, bylines, date lines, captions, boilerplate, questions, lines \
        ending in a colon, sentences under 6 words, and sentences that lean on one the summary \
        lacks ("However, ...", "This ...", "The move ...", "Some of those funds ...", or "He ..." \
        before he is named). A wire dateline ("LONDON (AP) —") is cut off the lead, and Markdown \
        links show as their text.

        -n N caps the number of sentences (default 3). --words N gives the longest selection of \
        whole sentences within N words in all; given both, the summary stops at whichever limit \
        it reaches first. When not one sentence fits in N words, the summary says so and shows \
        the first N words of the best sentence, ending in "…". --why adds a column naming what \
        chose each sentence: "lead" for the story's lead, then the signals that scored it (early, \
        central, headline words, key people, figure, full length, nut graf) with their shares. \
        Other loaded articles serve as background: words every story uses weigh less.

        Examples:
          summary
          summary -n 5
          summary --words 60
          summary --why
          newsdesk --json -c summary story.txt
        """,
        options: [
            OptionSpec("number", short: "n", value: "N", help: "how many sentences at most (default 3)"),
            OptionSpec("words", value: "N", help: "how many words at most, over all sentences"),
            OptionSpec("why", help: "say which signals chose each sentence"),
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
            let result = context.session.report(of: entry).summary(options, background: background,
                                                                   why: invocation.flags.contains("why"))
            return CommandOutput(result)
        }
    )
}
