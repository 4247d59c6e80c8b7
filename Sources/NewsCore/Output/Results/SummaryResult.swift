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
        /// What chose the sentence (for `--why`).
        public var signals: SummarySignals
        /// True when only the first words are shown because not one sentence fit the budget.
        public var isCut: Bool

        public init(sentence: Int, start: Int, end: Int, text: String, paragraph: Int,
                    signals: SummarySignals = SummarySignals(), isCut: Bool = false) {
            self.sentence = sentence
            self.start = start
            self.end = end
            self.text = text
            self.paragraph = paragraph
            self.signals = signals
            self.isCut = isCut
        }
    }

    public var rows: [Row]
    /// Story sentences in the article, for the text view's "3 of 19".
    public var storySentences: Int
    /// The word budget asked for, if any (to say when a sentence had to be cut).
    public var words: Int?
    /// Show, beside each sentence, the signals that chose it (`summary --why`).
    public var showsWhy: Bool

    public init(rows: [Row], storySentences: Int, words: Int? = nil, showsWhy: Bool = false) {
        self.rows = rows
        self.storySentences = storySentences
        self.words = words
        self.showsWhy = showsWhy
    }

    /// The rows of a summary of `article`.
    public init(_ summary: Summary, of article: Article, words: Int? = nil, showsWhy: Bool = false) {
        rows = summary.sentences.map { sentence in
            Row(
                sentence: sentence.sentence, start: sentence.range.lowerBound, end: sentence.range.upperBound,
                text: article.text[sentence.range], paragraph: sentence.paragraph, signals: sentence.signals,
                isCut: sentence.isCut)
        }
        storySentences = summary.storySentences
        self.words = words
        self.showsWhy = showsWhy
    }

    /// The contract's shape; `--why` adds "why" (the signals, as the text view names them) and a
    /// sentence cut to the budget carries "cut": true, both only when asked for or needed.
    public var json: JSONValue {
        .object([
            (
                "sentences",
                .array(
                    rows.map { row in
                        var members: [(String, JSONValue)] = [
                            ("sentence", .int(row.sentence)), ("start", .int(row.start)), ("end", .int(row.end)),
                            ("text", .string(row.text)),
                        ]
                        if row.isCut { members.append(("cut", .bool(true))) }
                        if showsWhy { members.append(("why", .array(Self.reasons(row.signals).map(JSONValue.string)))) }
                        return .object(members)
                    })
            )
        ])
    }

    public func text(_ style: TextStyle) -> String {
        guard !rows.isEmpty else { return "No story sentences to summarize." }
        var columns: [TextTable.Column] = [
            .init("¶", alignRight: true), .init("Summary (\(rows.count) of \(storySentences) sentences)"),
        ]
        if showsWhy { columns.append(.init("Why")) }
        var table = TextTable(columns)
        for row in rows {
            var shown = SummaryDisplay.plain(row.text)
            if row.isCut { shown += "…" }
            var cells = [String(row.paragraph), shown]
            if showsWhy { cells.append(Self.reasons(row.signals).joined(separator: ", ")) }
            table.rows.append(cells)
        }
        var output = table.render(style)
        if let words, rows.contains(where: \.isCut) {
            output += "\nNo sentence fits in \(words) words: the first \(words) words of the best one are shown."
        }
        return output
    }

    /// The signals that chose a sentence, as words: "lead" when it was taken first as the
    /// story's lead, then each signal that added to its score, largest first, with its share.
    static func reasons(_ signals: SummarySignals) -> [String] {
        var reasons = signals.isLead ? ["lead"] : []
        let named = signals.named
        let total = named.reduce(0) { $0 + $1.value }
        for signal in named where total > 0 {
            let share = Int((100 * signal.value / total).rounded())
            if share > 0 { reasons.append("\(signal.name) \(share)%") }
        }
        if signals.quotation > 0 { reasons.append("quoted (counts against)") }
        return reasons
    }
}

/// How a summary sentence reads on screen: hard line breaks as spaces, Markdown links as their
/// text, and emphasis marks and inline code ticks left out (the JSON keeps the article's exact
/// text, so its offsets still hold).
enum SummaryDisplay {
    static func plain(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "[", let (label, end) = link(scalars, at: index) {
                output.append(contentsOf: label)
                index = end
                continue
            }
            if scalar == "\n" || scalar == "\r" {
                output.append(" ")
            } else if isEmphasis(scalars, at: index) {
                // left out
            } else {
                output.append(scalar)
            }
            index += 1
        }
        return String(output)
    }

    /// A Markdown link `[label](target)` starting at `start`: its label and the offset after it.
    private static func link(_ scalars: [Unicode.Scalar], at start: Int) -> ([Unicode.Scalar], Int)? {
        guard let close = scalars[(start + 1)...].firstIndex(where: { $0 == "]" || $0 == "[" || $0 == "\n" }),
              scalars[close] == "]", close + 1 < scalars.count, scalars[close + 1] == "(",
              let end = scalars[(close + 2)...].firstIndex(where: { $0 == ")" || $0 == " " || $0 == "\n" }),
              scalars[end] == ")" else { return nil }
        return (Array(scalars[(start + 1)..<close]), end + 1)
    }

    /// "**", "__" or a backtick: Markdown emphasis or code marks. A lone "*" or "_" is kept, since
    /// plain text uses them too.
    private static func isEmphasis(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = scalars[index]
        if scalar == "`" { return true }
        guard scalar == "*" || scalar == "_" else { return false }
        let before = index > 0 && scalars[index - 1] == scalar
        let after = index + 1 < scalars.count && scalars[index + 1] == scalar
        return before || after
    }
}
