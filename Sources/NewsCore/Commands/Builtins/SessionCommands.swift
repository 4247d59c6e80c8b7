/// Commands that manage the loaded articles: load, articles, use, show, date.
enum SessionCommands {
    static let load = CommandSpec(
        name: "load",
        synopsis: "load PATH...",
        summary: "Load articles: files, directories (every article file in them), globs or web pages (https://...).",
        details: """
            Reads each PATH and adds its articles to the session; the last one loaded becomes \
            current. Plain text (.txt), Markdown (.md) and saved web pages (.html, .htm) are read, \
            each also gzip-compressed (.gz). UTF-8 and UTF-16 with a byte-order mark decode as they \
            are, anything else is read as Windows-1252 with a warning; a web page's own charset \
            (<meta charset>) is honoured, and the story is extracted from it (see help show). \
            The headline, byline and date are taken from the top of the story, and page furniture \
            ("READ ALSO: ...", "Advertisement", share and sign-up lines) is marked and left out of \
            analysis.

            An http:// or https:// address is downloaded (redirects followed, at most 5; \
            NEWSDESK_TIMEOUT seconds, default 15; the same size limit as files) and read as an \
            HTML or plain-text page; its source is the address it ended at. Ctrl-C abandons the \
            download. Other schemes (file://, ftp://) are refused.

            Paths that cannot be read are reported one by one; the rest still load.

            A file already loaded (by any path to it) or a page already fetched is not loaded             twice: load says which article it is, makes it current and keeps one copy.             --again reads it afresh (after you have edited the file), keeping its number.

            Examples:
              load story.txt
              load --again story.txt
              load ~/copy/today/
              load 'Fixtures/articles/*.md'
              load page.html.gz
              load https://example.com/news/story.html
            """,
        options: [OptionSpec("again", help: "read articles already loaded afresh, keeping their numbers")],
        operands: OperandSpec(
            name: "PATH", minimum: 1, maximum: .max,
            completion: .paths(extensions: ArticleLoader.articleExtensions)),
        run: { invocation, context throws(CommandError) in
            let outcome = context.loader.load(invocation.operands, shouldStop: context.isCancelled)
            let again = invocation.flags.contains("again")
            var placements: [(Session.Placement, String)] = []
            for article in outcome.articles {
                let placement = context.session.place(
                    article, identity: context.loader.identity(of: article.source), replacing: again)
                placements.append((placement, article.source))
            }
            var rows: [ArticleRow] = []
            var already: [LoadResult.Duplicate] = []
            for (placement, source) in placements {
                switch placement {
                case .added(let number), .reloaded(let number):
                    rows.append(ArticleRow(number: number, in: context.session))
                case .alreadyLoaded(let number):
                    already.append(LoadResult.Duplicate(path: source, row: ArticleRow(number: number, in: context.session)))
                }
            }
            // Rows show who is current after the whole load, not at the time each was placed.
            rows = rows.map { ArticleRow(number: $0.number, in: context.session) }
            already = already.map { LoadResult.Duplicate(path: $0.path, row: ArticleRow(number: $0.row.number, in: context.session)) }
            let warnings = outcome.articles.flatMap { article in article.warnings.map { "\(article.source): \($0)" } }
            let errors = outcome.failures.map { failure in
                WebAddress.looksLikeAddress(failure.path)
                    ? "load: \(failure.path): \(failure.reason)"
                    : "load: cannot load \(failure.path): \(failure.reason)"
            }
            if rows.isEmpty, already.isEmpty, let first = errors.first, errors.count == 1 { throw CommandError(first) }
            return CommandOutput(
                LoadResult(loaded: rows, failed: outcome.failures, already: already, reloaded: again),
                warnings: warnings, errors: errors)
        }
    )

    static let articles = CommandSpec(
        name: "articles",
        aliases: ["ls"],
        synopsis: "articles",
        summary: "List the loaded articles: number, words, reference date, title.",
        details: """
            The current article is marked with *. The date column is the reference date that \
            relative dates ("on Thursday", "last week") are read against: the article's own date \
            line or dateline, else one set with the date command, else --date; "-" when none is known.
            """,
        run: { _, context throws(CommandError) in
            let rows = context.session.entries.indices.map { ArticleRow(number: $0 + 1, in: context.session) }
            return CommandOutput(ArticleListResult(rows: rows))
        }
    )

    static let use = CommandSpec(
        name: "use",
        synopsis: "use N",
        summary: "Make article N current (a number from articles, or words of its title).",
        details: """
            Every analysis command works on the current article. N is the number the articles \
            command shows; whole words of a title or file name work too (any case, accents \
            ignored; every word given must be there) when they pick out exactly one article. \
            When several match, use lists them with their numbers.

            Examples:
              use 2
              use belarus
            """,
        operands: OperandSpec(name: "N", minimum: 1, maximum: .max, completion: .articles),
        run: { invocation, context throws(CommandError) in
            let number = try resolveArticle(invocation.operands.joined(separator: " "), in: context.session, for: "use")
            _ = context.session.use(number)
            return CommandOutput(UseResult(row: ArticleRow(number: number, in: context.session)))
        }
    )

    static let show = CommandSpec(
        name: "show",
        synopsis: "show [N | N-M]",
        summary: "Print the current article (or paragraphs N to M), paragraphs numbered, each with its kind.",
        details: """
            Each paragraph is marked with its kind: headline, standfirst, byline, dateline, caption \
            or boilerplate (body text goes unmarked). Boilerplate lines and captions (left out of \
            every analysis) are shown dimmed. Paragraph numbers are the ones other commands cite. \
            For a web page the article is the text extracted from it: the headline, standfirst and \
            byline, then the story's paragraphs, without the page's menus, promos and scripts.

            Examples:
              show
              show 4
              show 2-6
            """,
        operands: OperandSpec(name: "N", minimum: 0, maximum: 1),
        run: { invocation, context throws(CommandError) in
            let entry = try context.currentArticle(for: "show")
            let number = context.session.currentIndex! + 1
            let paragraphs = entry.article.paragraphs
            var shown = paragraphs
            if let argument = invocation.operands.first {
                guard let range = paragraphRange(argument), range.lowerBound >= 1 else {
                    throw CommandError(
                        "show: '\(argument)' is not a paragraph number or range; write N or N-M, e.g. show 2-5")
                }
                guard range.lowerBound <= paragraphs.count else {
                    throw CommandError(
                        "show: no paragraph \(range.lowerBound); the article has \(paragraphs.count) "
                            + (paragraphs.count == 1 ? "paragraph" : "paragraphs"))
                }
                shown = Array(paragraphs[(range.lowerBound - 1)..<min(range.upperBound, paragraphs.count)])
            }
            return CommandOutput(
                ShowResult(row: ArticleRow(number: number, in: context.session), paragraphs: shown))
        }
    )

    /// `N` or `N-M` as a closed range of paragraph numbers (1-based), or nil.
    static func paragraphRange(_ argument: String) -> ClosedRange<Int>? {
        let parts = argument.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first.flatMap({ Int($0) }) else { return nil }
        guard parts.count == 2 else { return first...first }
        guard let last = Int(parts[1]), last >= first else { return nil }
        return first...last
    }

    static let date = CommandSpec(
        name: "date",
        synopsis: "date [YYYY-MM-DD | clear]",
        summary: "Show or set the current article's reference date.",
        details: """
            Relative dates in a story ("on Thursday", "a day after", "last month") are resolved \
            against its reference date: by default the date the article gives (a date line or \
            a dateline), else the --date given on the command line. Setting a date here wins over \
            both for the current article; date clear goes back to the default. Without an argument \
            the date in use is shown with where it comes from.

            Examples:
              date 2025-09-11
              date clear
            """,
        operands: OperandSpec(name: "YYYY-MM-DD", minimum: 0, maximum: 1, completion: .words(["clear"])),
        run: { invocation, context throws(CommandError) in
            _ = try context.currentArticle(for: "date")
            if let argument = invocation.operands.first {
                if argument == "clear" || argument == "-" {
                    context.session.setCurrentDate(nil)
                } else if let date = CalendarDate(iso: argument) {
                    context.session.setCurrentDate(date)
                } else {
                    throw CommandError(
                        "date: '\(argument)' is not a date; write it as YYYY-MM-DD, e.g. 2025-09-11, or 'clear'")
                }
            }
            let entry = context.session.current!
            let reference = context.session.referenceDate(of: entry)
            return CommandOutput(
                DateResult(
                    article: context.session.currentIndex! + 1,
                    date: reference?.date.iso, origin: reference?.origin.rawValue))
        }
    )

    /// The article an argument of `use` or `close` names: its number, or whole words of its
    /// title or file name matching exactly one article. Several matches are listed.
    static func resolveArticle(_ argument: String, in session: Session, for command: String) throws(CommandError) -> Int {
        guard !session.entries.isEmpty else {
            throw CommandError("\(command): no articles loaded; load some first (load PATH)")
        }
        if let number = Int(argument) {
            guard session.entries.indices.contains(number - 1) else {
                throw CommandError(
                    "\(command): no article \(number); there \(session.entries.count == 1 ? "is 1 article" : "are \(session.entries.count) articles") (see articles)"
                )
            }
            return number
        }
        let wanted = TitleWords.words(of: argument)
        guard !wanted.isEmpty else {
            throw CommandError("\(command): '\(argument)' is neither an article number nor words of a title")
        }
        let matches = session.entries.indices.filter { index in
            let article = session.entries[index].article
            let words = TitleWords.words(of: article.metadata.title)
                .union(TitleWords.words(of: TitleWords.fileName(article.source)))
            return wanted.isSubset(of: words)
        }
        switch matches.count {
        case 1: return matches[0] + 1
        case 0: throw CommandError("\(command): no article's title or file name has the words '\(argument)' (see articles)")
        default:
            let listed = matches.prefix(8).map { index in
                "\(index + 1) “\(TextLayout.truncate(session.entries[index].article.metadata.title, width: 40))”"
            }
            let more = matches.count > 8 ? " and \(matches.count - 8) more" : ""
            throw CommandError(
                "\(command): '\(argument)' matches \(matches.count) articles: \(listed.joined(separator: ", "))\(more); give the number"
            )
        }
    }
}
