/// `quotes`: every quotation in the current article and who said it.
enum QuotesCommand {
    static let spec = CommandSpec(
        name: "quotes",
        synopsis: "quotes [--all] [--by NAME] [--every]",
        summary: "Direct and partial quotations with their speakers.",
        details: """
        Lists the quotations of the current article in story order: each one numbered, with \
        its speaker by full name (and the words that name them at the quotation, such as \
        "she" or "the judge"), whether it is a direct quotation or a few quoted words inside \
        the reporter's sentence (partial), its paragraph, and the quoted words as printed. \
        Curly and straight marks, quotations over several paragraphs, quotations split by \
        "she said", colon-introduced quotations and Q&A answers are read; titles, nicknames \
        and terms in quotation marks are not quotations. A speaker is named only when the \
        text says who it is (a verb of saying, a credit, the people layer's reading of a \
        pronoun); otherwise the quotation is shown as unattributed rather than guessed.

        --all adds reported speech without quotation marks ("X said that ...", "according \
        to X", "X was quoted as saying ..."). --by keeps the quotations of one speaker: any \
        part of the name, in any case (--by lukashenko); TAB completes the speakers' names.
        --every lists the quotations of every loaded article, numbered across them, each \
        naming its article's number and title; with --by it is everything one person said in \
        the day's copy.

        Examples:
          quotes
          quotes --all
          quotes --by Jurkonis
          quotes --every --by Jurkonis
          newsdesk --json -c 'quotes --all' story.txt
        """,
        options: [
            OptionSpec("all", help: "add reported speech (kind indirect)"),
            OptionSpec("by", value: "NAME", help: "only this speaker (any part of the name, any case)",
                       completion: .computed(speakerCandidates)),
            EveryArticle.option,
        ],
        run: { invocation, context throws(CommandError) in
            let filter = invocation.values["by"]
            if let filter, filter.trimmingCharacters(in: .whitespaces).isEmpty {
                throw CommandError("quotes: --by needs a name or part of one")
            }
            let all = invocation.flags.contains("all")
            if invocation.flags.contains("every") {
                let reports = try EveryArticle.reports(for: "quotes --every", context)
                let stories = StoryWork.map(reports) { InStory($0.story, $0.value.quotes(includeReported: all, speaker: filter)) }
                return CommandOutput(EveryQuotesResult(stories: stories, speakerFilter: filter))
            }
            let entry = try context.currentArticle(for: "quotes")
            let report = context.session.report(of: entry)
            return CommandOutput(report.quotes(includeReported: all, speaker: filter))
        }
    )

    /// The speakers for TAB after `--by`: the current article's first, then those of the other
    /// loaded articles (for `--every`); each full name, and each surname on its own so "Luk"
    /// completes too.
    @Sendable static func speakerCandidates(_ session: Session) -> [Completion.Candidate] {
        guard let current = session.currentIndex else { return [] }
        let order = [current] + session.entries.indices.filter { $0 != current }
        var names: [String] = []
        var seen: Set<String> = []
        for index in order {
            for quote in QuoteFinder.analyze(session.entries[index].article, includeReported: true) {
                if let speaker = quote.speaker, seen.insert(speaker).inserted { names.append(speaker) }
            }
        }
        var candidates = names.map { Completion.Candidate($0) }
        for name in names {
            let words = name.split(separator: " ")
            if words.count > 1, let last = words.last, !candidates.contains(where: { $0.value == String(last) }) {
                candidates.append(Completion.Candidate(String(last), display: "\(last)  (\(name))"))
            }
        }
        return candidates
    }
}
