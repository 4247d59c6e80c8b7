/// The articles a user has loaded and which one they are working on.
///
/// A value type: commands take it `inout`, so a command that fails part-way leaves the session
/// exactly as the parts that succeeded made it, and tests can build one without any I/O.
public struct Session: Sendable {
    /// An article with the reference date the user set for it, if any.
    public struct Entry: Sendable {
        public var article: Article
        /// Set by `date YYYY-MM-DD`; wins over everything else.
        public var dateOverride: CalendarDate?
        /// What makes two loads the same article (the file's real path, a page's address), so
        /// loading it again keeps one copy; nil for text from standard input.
        public var identity: String? = nil
    }

    /// Where `place` put an article.
    public enum Placement: Sendable, Equatable {
        /// Added as a new article with this number.
        case added(Int)
        /// Already loaded as this article; nothing changed but which article is current.
        case alreadyLoaded(Int)
        /// Already loaded as this article and replaced by the new reading (`load --again`).
        case reloaded(Int)

        public var number: Int {
            switch self {
            case .added(let number), .alreadyLoaded(let number), .reloaded(let number): return number
            }
        }
    }

    public private(set) var entries: [Entry] = []
    /// Index into `entries` of the current article; nil while nothing is loaded.
    public private(set) var currentIndex: Int?
    /// The reference date for articles that carry none of their own (`--date`).
    public var defaultDate: CalendarDate?

    public init(defaultDate: CalendarDate? = nil) {
        self.defaultDate = defaultDate
    }

    public var current: Entry? { currentIndex.map { entries[$0] } }

    /// Adds articles; the last one added becomes current. Returns their 1-based numbers.
    @discardableResult
    public mutating func add(_ articles: [Article]) -> [Int] {
        let first = entries.count + 1
        entries += articles.map { Entry(article: $0, dateOverride: nil) }
        if !articles.isEmpty { currentIndex = entries.count - 1 }
        return Array(first..<(first + articles.count))
    }

    /// Adds one article unless one with the same identity is loaded: then that one is kept (or,
    /// with `replacing`, replaced in place, its number and date setting kept). Either way the
    /// article becomes current.
    public mutating func place(_ article: Article, identity: String?, replacing: Bool = false) -> Placement {
        if let identity, let index = entries.firstIndex(where: { $0.identity == identity }) {
            currentIndex = index
            guard replacing else { return .alreadyLoaded(index + 1) }
            entries[index].article = article
            return .reloaded(index + 1)
        }
        entries.append(Entry(article: article, dateOverride: nil, identity: identity))
        currentIndex = entries.count - 1
        return .added(entries.count)
    }

    /// Removes article `number` (1-based); those after it move up one. The current article stays
    /// current; when it is the one removed, the one that takes its number (else the new last
    /// one) becomes current. Returns the removed entry, or nil for no such article.
    @discardableResult
    public mutating func close(_ number: Int) -> Entry? {
        guard entries.indices.contains(number - 1) else { return nil }
        let removed = entries.remove(at: number - 1)
        if entries.isEmpty {
            currentIndex = nil
        } else if let current = currentIndex {
            if current > number - 1 {
                currentIndex = current - 1
            } else if current == number - 1 {
                currentIndex = min(current, entries.count - 1)
            }
        }
        return removed
    }

    /// Makes article `number` (1-based) current.
    public mutating func use(_ number: Int) -> Bool {
        guard entries.indices.contains(number - 1) else { return false }
        currentIndex = number - 1
        return true
    }

    /// Sets or clears the current article's reference date.
    public mutating func setCurrentDate(_ date: CalendarDate?) {
        guard let index = currentIndex else { return }
        entries[index].dateOverride = date
    }

    /// The date relative expressions in the article are read against, and where it came from
    /// (the rule is `ReferenceDate`'s).
    public func referenceDate(of entry: Entry) -> (date: CalendarDate, origin: DateOrigin)? {
        ReferenceDate(of: entry.article, set: entry.dateOverride, fallback: defaultDate).map { ($0.date, $0.origin) }
    }

    /// Where a reference date came from, for `articles` and `date` to explain.
    public typealias DateOrigin = ReferenceDate.Origin

    /// The analyses of `entry`, read against its reference date.
    public func report(of entry: Entry) -> ArticleReport {
        ArticleReport(entry.article, reference: referenceDate(of: entry)?.date)
    }
}
