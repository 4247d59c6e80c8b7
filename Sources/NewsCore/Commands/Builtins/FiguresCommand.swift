/// `figures`: every numeric figure in the current article, normalized and classified.
enum FiguresCommand {
    static let kinds = Figure.Kind.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "figures",
        synopsis: "figures [--kind KIND]",
        summary: "Every numeric figure, normalized and classified, with counts.",
        details: """
        Lists the figures of the story in order: the figure as written (an approximation such \
        as "about" or "more than" shown before it in brackets), its kind, its value normalised \
        (ranges as low–high, money with its ISO currency code, "three decades" as 30 year, \
        fractions as percentages), the paragraph, and what a count or percentage counts. Ends \
        with how many figures of each kind were found. Kinds: count, percent, money, \
        quantity, duration, year, date, ordinal.

        Headlines and story paragraphs are read; bylines, date lines, datelines and boilerplate \
        such as "READ ALSO" lines are not. Clock times ("6pm"), idioms ("one of the", "at \
        first") and names with numbers ("COVID-19") are not figures; a year is not a count. In \
        JSON, approximation words are not a key: the figure's text and value stay as written.

        Examples:
          figures
          figures --kind percent
          newsdesk --json -c figures story.txt
        """,
        options: [OptionSpec("kind", value: "KIND", help: "only this kind: \(kinds.joined(separator: ", "))",
                             completion: .words(kinds))],
        run: { invocation, context throws(CommandError) in
            var filter: Figure.Kind? = nil
            if let name = invocation.values["kind"] {
                guard let kind = Figure.Kind(rawValue: name.lowercased()) else {
                    throw CommandError("figures: unknown kind '\(name)'; kinds are \(kinds.joined(separator: ", "))")
                }
                filter = kind
            }
            let entry = try context.currentArticle(for: "figures")
            return CommandOutput(context.session.report(of: entry).figures(kind: filter))
        }
    )
}
