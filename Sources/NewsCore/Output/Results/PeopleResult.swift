/// `people`: the people in the current article, most mentioned first.
public struct PeopleResult: CommandResult {
    /// One person as the command shows them.
    public struct Row: Sendable, Equatable {
        public var name: String
        public var title: String?
        /// Mentions of every kind, resolved pronouns included.
        public var mentions: Int
        /// Direct and partial quotations attributed to the person (reported speech not
        /// counted), or nil when not counted (JSON `null`, text "-").
        public var quotes: Int?

        public init(name: String, title: String?, mentions: Int, quotes: Int?) {
            self.name = name
            self.title = title
            self.mentions = mentions
            self.quotes = quotes
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    /// The rows of an analysis, in its order (most mentioned first), each with the number of
    /// `quotations` attributed to the person when they are given.
    public init(_ analysis: PeopleAnalysis, quotations: [Quotation]? = nil) {
        var counts: [String: Int] = [:]
        for quote in quotations ?? [] where quote.kind != .indirect {
            if let speaker = quote.speaker { counts[speaker, default: 0] += 1 }
        }
        rows = analysis.people.map { person in
            Row(name: person.name, title: person.title, mentions: person.mentions.count,
                quotes: quotations == nil ? nil : counts[person.name] ?? 0)
        }
    }

    public var json: JSONValue {
        .object([("people", .array(rows.map { row in
            .object([("name", .string(row.name)), ("title", .optional(row.title)),
                     ("mentions", .int(row.mentions)), ("quotes", .optional(row.quotes))])
        }))])
    }

    public func text(_ style: TextStyle) -> String {
        guard !rows.isEmpty else { return "No people found in the story." }
        var table = TextTable([.init("Name"), .init("Mentions", alignRight: true), .init("Quotes", alignRight: true),
                               .init("Role")])
        for row in rows {
            table.rows.append([row.name, String(row.mentions), row.quotes.map(String.init) ?? "-", row.title ?? "-"])
        }
        return table.render(style)
    }
}
