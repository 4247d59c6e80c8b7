/// The date an article's relative expressions ("on Thursday", "last week") are read against,
/// and where it came from.
///
/// One rule for the shell's session and the pipeline alike, so a record's timeline in
/// `--jsonl` is the one `timeline` prints for the same article and date.
public struct ReferenceDate: Sendable, Equatable {
    /// Where a reference date came from, for `articles` and `date` to explain.
    public enum Origin: String, Sendable {
        case userSet = "set with date"
        case article = "from the article"
        case commandLine = "from --date"
    }

    public var date: CalendarDate
    public var origin: Origin

    public init(date: CalendarDate, origin: Origin) {
        self.date = date
        self.origin = origin
    }

    /// The reference date of `article`: a date set for it (`date`, a pipeline record's `date`)
    /// wins; then the full date the article gives; then its partial date ("March 3") taken in
    /// the year nearest to `fallback`; then `fallback` itself (`--date`). Nil when none is known.
    public init?(of article: Article, set: CalendarDate?, fallback: CalendarDate?) {
        if let set {
            self.init(date: set, origin: .userSet)
        } else if let date = article.metadata.date?.complete {
            self.init(date: date, origin: .article)
        } else if let partial = article.metadata.date, let fallback, let date = partial.nearest(to: fallback) {
            self.init(date: date, origin: .article)
        } else if let fallback {
            self.init(date: fallback, origin: .commandLine)
        } else {
            return nil
        }
    }
}
