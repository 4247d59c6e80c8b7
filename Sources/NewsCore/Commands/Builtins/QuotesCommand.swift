/// `quotes`: every quotation in the current article and who said it.
enum QuotesCommand {
    static let spec = CommandSpec(
        name: "quotes",
        synopsis: "quotes [--all] [--by NAME]",
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

        Examples:
          quotes
          quotes --all
          quotes --by Jurkonis
          newsdesk --json -c 'quotes --all' story.txt
        """,
        options: [
            OptionSpec("all", help: "add reported speech (kind indirect)"),
            OptionSpec("by", value: "NAME", help: "only this speaker (any part of the name, any case)",
                       completion: .computed(speakerCandidates)),
        ],
        run: { invocation, context throws(CommandError) in
            let entry = try context.currentArticle(for: "quotes")
            let filter = invocation.values["by"]
            if let filter, filter.trimmingCharacters(in: .whitespaces).isEmpty {
                throw CommandError("quotes: --by needs a name or part of one")
            }
            let report = context.session.report(of: entry)
            return CommandOutput(report.quotes(includeReported: invocation.flags.contains("all"), speaker: filter))
        }
    )

    /// The speakers of the current article for TAB after `--by`: each full name, and each
    /// surname on its own so "Luk" completes too.
    @Sendable static func speakerCandidates(_ session: Session) -> [Completion.Candidate] {
        guard let article = session.current?.article else { return [] }
        var names: [String] = []
        for quote in QuoteFinder.analyze(article, includeReported: true) {
            if let speaker = quote.speaker, !names.contains(speaker) { names.append(speaker) }
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
