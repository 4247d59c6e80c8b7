/// `figures`: every numeric figure in the current article, normalized and classified.
enum FiguresCommand {
    static let kinds = Figure.Kind.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "figures",
        synopsis: "figures [--kind KIND] [--every]",
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

        --every lists the figures of every loaded article, each row naming its article, then \
        the figures that disagree: where two related stories (sharing a person or a headline \
        word) give different numbers for the same thing, the same kind counting the same noun \
        ("52 prisoners" in one, "50 prisoners" in another). Numbers that can be the same \
        amount do not disagree: "about 50" and "52", "more than 40" and "45", a range and a \
        number inside it.

        Examples:
          figures
          figures --kind percent
          figures --every
          newsdesk --json -c figures story.txt
        """,
        options: [OptionSpec("kind", value: "KIND", help: "only this kind: \(kinds.joined(separator: ", "))",
                             completion: .words(kinds)),
                  EveryArticle.option],
        run: { invocation, context throws(CommandError) in
            var filter: Figure.Kind? = nil
            if let name = invocation.values["kind"] {
                guard let kind = Figure.Kind(rawValue: name.lowercased()) else {
                    throw CommandError("figures: unknown kind '\(name)'; kinds are \(kinds.joined(separator: ", "))")
                }
                filter = kind
            }
            if invocation.flags.contains("every") {
                let reports = try EveryArticle.reports(for: "figures --every", context)
                let all = StoryWork.map(reports) { InStory($0.story, $0.value.figures()) }
                let people = PeopleMerger.merge(StoryWork.map(reports) { InStory($0.story, $0.value.people().rows) })
                let kinship = StoryKinship(stories: reports.map(\.story), people: people)
                let contexts = StoryWork.map(reports) { FigureContext.words(of: $0.value.figures().figures, in: $0.value.article) }
                let disagreements = FigureDisagreements.find(all.map { InStory($0.story, $0.value.figures) },
                                                             contexts: contexts, related: kinship.related)
                    .filter { filter == nil || $0.kind == filter }
                let shown = all.map { InStory($0.story, FiguresResult(figures: $0.value.figures, kindFilter: filter)) }
                return CommandOutput(EveryFiguresResult(stories: shown, disagreements: disagreements))
            }
            let entry = try context.currentArticle(for: "figures")
            return CommandOutput(context.session.report(of: entry).figures(kind: filter))
        }
    )
}
