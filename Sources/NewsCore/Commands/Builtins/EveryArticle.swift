/// What `--every` and `brief` share: the option itself, and every loaded article as a report
/// named by its number and title.
enum EveryArticle {
    static let option = OptionSpec("every", help: "across every loaded article, each result naming its article")

    /// The reports of every loaded article, in session order, or one error when none is loaded.
    static func reports(for command: String, _ context: CommandContext) throws(CommandError) -> [InStory<ArticleReport>] {
        let session = context.session
        guard !session.entries.isEmpty else {
            throw CommandError("\(command): no articles loaded; load some first (load PATH)")
        }
        return session.entries.enumerated().map { index, entry in
            InStory(StoryLabel(number: index + 1, title: entry.article.metadata.title), session.report(of: entry))
        }
    }
}
