/// `summary`: the sentences that best summarize the current article.
enum SummaryCommand {
    static let spec = PlannedCommand.spec(
        "summary", "summary [-n N]", "The N (default 3) sentences that best summarize the current article.",
        options: [OptionSpec("number", short: "n", value: "N", help: "how many sentences (default 3)")])
}
