import Foundation

/// The analyses of one article as results ready to show: the one facade that the commands and
/// the `--jsonl` pipeline both call, so a figure the shell prints is the figure the pipeline
/// writes.
///
/// A cheap value: building it computes nothing. Each method runs its analyzer on demand, and
/// the article's analysis cache (shared by its copies) makes work one analysis needs from
/// another, such as the people behind the quotations, happen once per article.
public struct ArticleReport: Sendable {
    public let article: Article
    /// The date relative expressions are read against (see `ReferenceDate`); nil leaves them
    /// unresolved rather than guessed.
    public let reference: CalendarDate?

    public init(_ article: Article, reference: CalendarDate?) {
        self.article = article
        self.reference = reference
    }

    /// The sentences that best summarize the article, in article order. `background` holds the
    /// term statistics of other articles read alongside (the session's); a lone article weighs
    /// every term the same. `why` makes the result name the signals that chose each sentence.
    public func summary(_ options: SummaryOptions = SummaryOptions(),
                        background: SummaryBackground = SummaryBackground(), why: Bool = false) -> SummaryResult {
        SummaryResult(Summarizer.summarize(article, options: options, background: background), of: article,
                      words: options.words, showsWhy: why)
    }

    /// Direct and partial quotations with their speakers; `includeReported` adds reported
    /// speech. `speaker`, when given, keeps the quotations whose speaker's name contains it
    /// (trimmed, any case).
    public func quotes(includeReported: Bool = false, speaker: String? = nil) -> QuotesResult {
        var quotations = includeReported
            ? QuoteFinder.analyze(article, includeReported: true) : QuoteFinder.directQuotations(of: article)
        if let speaker {
            let needle = speaker.trimmingCharacters(in: .whitespaces).lowercased()
            quotations = quotations.filter { $0.speaker?.lowercased().contains(needle) ?? false }
        }
        return QuotesResult(quotations: quotations, speakerFilter: speaker, includesReported: includeReported)
    }

    /// Every numeric figure in text order, normalized and classified, with counts per kind;
    /// `kind`, when given, keeps only the figures of that kind.
    public func figures(kind: Figure.Kind? = nil) -> FiguresResult {
        FiguresResult(figures: FigureFinder.analyze(article), kindFilter: kind)
    }

    /// The temporal expressions and the events they date, in chronological order.
    public func timeline() -> TimelineResult {
        TimelineResult(TimelineFinder.analyze(article, reference: reference))
    }

    /// The people in the story, most mentioned first, each with the number of direct and
    /// partial quotations attributed to them.
    public func people() -> PeopleResult {
        let people = PeopleFinder.analyze(article)
        let quotations = QuoteFinder.directQuotations(of: article)
        return PeopleResult(people, quotations: quotations)
    }
}
