/// `quotes`: every quotation in the current article and who said it.
enum QuotesCommand {
    static let spec = PlannedCommand.spec(
        "quotes", "quotes [--all] [--by NAME]", "Direct and partial quotations with their speakers.",
        options: [OptionSpec("all", help: "add reported speech"),
                  OptionSpec("by", value: "NAME", help: "only this speaker (any part of the name)")])
}
