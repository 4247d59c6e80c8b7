/// The analysis commands CONTRACT.md names. Each is listed so that help, completion and errors
/// know it; those whose analyzer has not landed yet say so when run.
enum AnalyzerCommands {
    static let planned: [CommandSpec] = [
        plannedCommand("summary", "summary [-n N]", "The N (default 3) sentences that best summarize the current article.",
                       options: [OptionSpec("number", short: "n", value: "N", help: "how many sentences (default 3)")]),
        plannedCommand("quotes", "quotes [--all] [--by NAME]", "Direct and partial quotations with their speakers.",
                       options: [OptionSpec("all", help: "add reported speech"),
                                 OptionSpec("by", value: "NAME", help: "only this speaker (any part of the name)")]),
        plannedCommand("figures", "figures [--kind KIND]", "Every numeric figure, normalized and classified, with counts.",
                       options: [OptionSpec("kind", value: "KIND", help: "only this kind",
                                            completion: .words(["count", "percent", "money", "quantity", "duration", "year", "date", "ordinal"]))]),
        plannedCommand("timeline", "timeline", "Events in chronological order, each with the expression that dates it."),
    ]

    private static func plannedCommand(_ name: String, _ synopsis: String, _ summary: String,
                                       options: [OptionSpec] = []) -> CommandSpec {
        CommandSpec(
            name: name, synopsis: synopsis, summary: summary,
            details: "This analyzer is specified but not part of this version of newsdesk yet.",
            options: options, isAvailable: false,
            run: { _, _ throws(CommandError) in
                throw CommandError("\(name): not available in this version of newsdesk yet; see help for what is")
            }
        )
    }
}
