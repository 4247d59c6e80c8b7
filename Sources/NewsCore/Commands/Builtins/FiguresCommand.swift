/// `figures`: every numeric figure in the current article, normalized and classified.
enum FiguresCommand {
    static let spec = PlannedCommand.spec(
        "figures", "figures [--kind KIND]", "Every numeric figure, normalized and classified, with counts.",
        options: [OptionSpec("kind", value: "KIND", help: "only this kind",
                             completion: .words(["count", "percent", "money", "quantity", "duration", "year", "date", "ordinal"]))])
}
