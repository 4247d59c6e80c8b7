/// `summary`: the sentences chosen, in article order, each with its paragraph.
public struct SummaryResult: CommandResult {
    /// One summary sentence as the command shows it.
    public struct Row: Sendable, Equatable {
        /// Index into the article's sentences (0-based, as in JSON).
        public var sentence: Int
        public var start: Int
        public var end: Int
        /// The article's text between `start` and `end`, exactly.
        public var text: String
        /// The paragraph number `show` gives.
        public var paragraph: Int

        public init(sentence: Int, start: Int, end: Int, text: String, paragraph: Int) {
            self.sentence = sentence
            self.start = start
            self.end = end
            self.text = text
            self.paragraph = paragraph
        }
    }

    public var rows: [Row]
    /// Story sentences in the article, for the text view's "3 of 19".
    public var storySentences: Int

    public init(rows: [Row], storySentences: Int) {
        self.rows = rows
        self.storySentences = storySentences
    }

    /// The rows of a summary of `article`.
    public init(_ summary: Summary, of article: Article) {
        rows = summary.sentences.map { sentence in
            Row(
                sentence: sentence.sentence, start: sentence.range.lowerBound, end: sentence.range.upperBound,
                text: article.text[sentence.range], paragraph: sentence.paragraph)
        }
        storySentences = summary.storySentences
    }

    public var json: JSONValue {
        .object([
            (
                "sentences",
                .array(
                    rows.map { row in
                        .object([
                            ("sentence", .int(row.sentence)), ("start", .int(row.start)), ("end", .int(row.end)),
                            ("text", .string(row.text)),
                        ])
                    })
            )
        ])
    }

    public func text(_ style: TextStyle) -> String {
        guard !rows.isEmpty else { return "No story sentences to summarize." }
        var table = TextTable([
            .init("¶", alignRight: true), .init("Summary (\(rows.count) of \(storySentences) sentences)"),
        ])
        for row in rows {
            // Line breaks inside a hard-wrapped paragraph read as spaces; TextTable escapes
            // every other control character.
            let flat = String(row.text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
            table.rows.append([String(row.paragraph), flat])
        }
        return table.render(style)
    }
}
