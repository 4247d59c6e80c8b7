/// One row of the `articles` listing: what a loaded article is and which date it is read against.
public struct ArticleRow: Sendable, Equatable {
    public var number: Int
    public var title: String
    public var byline: String?
    /// The reference date in use, ISO, or nil when none is known.
    public var date: String?
    public var dateOrigin: String?
    public var words: Int
    public var sentences: Int
    public var source: String
    public var isCurrent: Bool

    /// A row from its parts; the command layer fills it from the session.
    public init(number: Int, title: String, byline: String?, date: String?, dateOrigin: String?, words: Int,
                sentences: Int, source: String, isCurrent: Bool) {
        self.number = number
        self.title = title
        self.byline = byline
        self.date = date
        self.dateOrigin = dateOrigin
        self.words = words
        self.sentences = sentences
        self.source = source
        self.isCurrent = isCurrent
    }

    public var json: JSONValue {
        .object([
            ("number", .int(number)), ("title", .string(title)), ("byline", .optional(byline)),
            ("date", .optional(date)), ("words", .int(words)), ("sentences", .int(sentences)),
            ("source", .string(source)), ("current", .bool(isCurrent)),
        ])
    }
}

/// `articles`: every loaded article.
public struct ArticleListResult: CommandResult {
    public var rows: [ArticleRow]

    public var json: JSONValue { .object([("articles", .array(rows.map(\.json)))]) }

    public func text(_ style: TextStyle) -> String {
        guard !rows.isEmpty else {
            return "No articles loaded. Load some with: load PATH (files, directories or globs)"
        }
        return Self.table(rows, style) + Self.undatedNote(rows)
    }

    /// For articles with no reference date, why and how to set one; empty when all have one.
    static func undatedNote(_ rows: [ArticleRow]) -> String {
        let undated = rows.filter { $0.date == nil }.map { String($0.number) }
        guard let first = undated.first else { return "" }
        let which = undated.count == 1 ? "Article \(first) has" : "Articles \(undated.joined(separator: ", ")) have"
        return "\n\(which) no date: no date line found and no --date given;"
            + " set one with: use \(first), then date YYYY-MM-DD"
    }

    static func table(_ rows: [ArticleRow], _ style: TextStyle) -> String {
        var table = TextTable([.init(" "), .init("#", alignRight: true), .init("Words", alignRight: true),
                               .init("Date"), .init("Title")])
        for row in rows {
            table.rows.append([row.isCurrent ? "*" : "", String(row.number), String(row.words),
                               row.date ?? "-", row.title])
        }
        return table.render(style)
    }
}

/// `load`: the articles just added, and those that were loaded already.
public struct LoadResult: CommandResult {
    /// A path that named an article already in the session.
    public struct Duplicate: Sendable, Equatable {
        public var path: String
        public var row: ArticleRow

        public init(path: String, row: ArticleRow) {
            self.path = path
            self.row = row
        }
    }

    public var loaded: [ArticleRow]
    public var failed: [ArticleLoader.Failure]
    /// Articles not loaded again because they already were (one copy is kept).
    public var already: [Duplicate]
    /// True for `load --again`: `loaded` holds articles read afresh in place.
    public var reloaded: Bool

    public init(loaded: [ArticleRow], failed: [ArticleLoader.Failure], already: [Duplicate] = [],
                reloaded: Bool = false) {
        self.loaded = loaded
        self.failed = failed
        self.already = already
        self.reloaded = reloaded
    }

    public var json: JSONValue {
        .object([
            ("loaded", .array(loaded.map(\.json))),
            ("failed", .array(failed.map { .object([("path", .string($0.path)), ("error", .string($0.reason))]) })),
            ("already", .array(already.map { .object([("path", .string($0.path)), ("number", .int($0.row.number))]) })),
        ])
    }

    public func text(_ style: TextStyle) -> String {
        var parts: [String] = []
        if !loaded.isEmpty {
            let noun = loaded.count == 1 ? "article" : "articles"
            parts.append("\(reloaded ? "Loaded (or read again)" : "Loaded") \(loaded.count) \(noun):\n"
                         + ArticleListResult.table(loaded, style))
        }
        for duplicate in already.prefix(10) {
            parts.append(TextLayout.wrap(
                "\(TerminalSafety.escape(duplicate.path)) is already loaded as article \(duplicate.row.number) ("
                    + TerminalSafety.escape(TextLayout.truncate(duplicate.row.title, width: 50))
                    + "); kept one copy. load --again reads it afresh.",
                width: style.width).joined(separator: "\n"))
        }
        if already.count > 10 { parts.append("… and \(already.count - 10) more already loaded.") }
        if already.count > 1 {
            parts.append("Article \(already.last!.row.number) is current.")
        }
        return parts.isEmpty ? "No articles loaded." : parts.joined(separator: "\n")
    }
}

/// `use`: the article that is now current.
public struct UseResult: CommandResult {
    public var row: ArticleRow

    public var json: JSONValue { .object([("current", row.json)]) }

    public func text(_ style: TextStyle) -> String {
        "Article \(row.number) is current: " + style.bold(TerminalSafety.escape(row.title))
    }
}

/// `date`: the current article's reference date and where it comes from.
public struct DateResult: CommandResult {
    public var article: Int
    public var date: String?
    public var origin: String?

    public var json: JSONValue {
        .object([("article", .int(article)), ("date", .optional(date)), ("origin", .optional(origin))])
    }

    public func text(_ style: TextStyle) -> String {
        guard let date else {
            return "Article \(article) has no reference date: no date line found and no --date given;"
                + " relative dates stay unresolved. Set one with: date YYYY-MM-DD"
        }
        return "Article \(article) reference date: \(style.bold(date)) (\(origin ?? "unknown"))"
    }
}
