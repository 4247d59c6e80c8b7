/// `figures`: the figures of the current article in text order, with counts per kind.
public struct FiguresResult: CommandResult {
    public var figures: [Figure]
    /// The kind asked for with `--kind`, if any; `figures` holds only that kind then.
    public var kindFilter: Figure.Kind?

    public init(figures: [Figure], kindFilter: Figure.Kind? = nil) {
        self.figures = kindFilter.map { kind in figures.filter { $0.kind == kind } } ?? figures
        self.kindFilter = kindFilter
    }

    /// How many figures of each kind are listed, in CONTRACT.md's kind order, zeros left out.
    public var counts: [(Figure.Kind, Int)] {
        var tally: [Figure.Kind: Int] = [:]
        for figure in figures { tally[figure.kind, default: 0] += 1 }
        return Figure.Kind.allCases.compactMap { kind in tally[kind].map { (kind, $0) } }
    }

    public var json: JSONValue { jsonStream.value }

    /// The JSON view, each figure made as it is written (see `JSONStream`).
    public var jsonStream: JSONStream {
        let figures = self.figures
        return .object([
            (
                "figures",
                .array(count: figures.count) { index in
                    let figure = figures[index]
                    return .object([
                        ("text", .string(figure.text)), ("start", .int(figure.range.lowerBound)),
                        ("end", .int(figure.range.upperBound)), ("value", Self.number(figure.value)),
                        ("high", figure.high.map(Self.number) ?? .null), ("kind", .string(figure.kind.rawValue)),
                        ("unit", .optional(figure.unit)), ("of", .optional(figure.of)),
                        ("sentence", .optional(figure.sentence)),
                    ])
                }
            ),
            ("counts", .value(.object(counts.map { ($0.0.rawValue, .int($0.1)) }))),
        ])
    }

    /// Whole values as JSON integers, others as decimals.
    static func number(_ value: Double) -> JSONValue {
        if value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return .double(value)
    }

    public func text(_ style: TextStyle) -> String {
        guard !figures.isEmpty else {
            return kindFilter.map { "No \($0.rawValue) figures in the story." } ?? "No figures found in the story."
        }
        var table = TextTable([
            .init("Figure"), .init("Kind"), .init("Value", alignRight: true), .init("Of"),
            .init("Para", alignRight: true),
        ])
        for figure in figures {
            let shown = figure.qualifier.map { "(\($0)) " + figure.text } ?? figure.text
            table.rows.append([
                TextLayout.truncate(shown, width: 40), figure.kind.rawValue, Self.describe(figure),
                figure.of.map { TextLayout.truncate($0, width: 32) } ?? "-", String(figure.paragraph),
            ])
        }
        let total = counts.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")
        return table.render(style) + "\n" + "\(figures.count) figure\(figures.count == 1 ? "" : "s"): \(total)"
    }

    /// The value as the text view shows it: "1,300–1,400", "30 year", "66.67 %", "USD 6.5bn".
    static func describe(_ figure: Figure) -> String {
        let plain = figure.kind == .year || figure.kind == .date
        var shown = plain ? format(figure.value).filter { $0 != "," } : format(figure.value)
        if let high = figure.high { shown += "–" + (plain ? format(high).filter { $0 != "," } : format(high)) }
        guard let unit = figure.unit else { return shown }
        if figure.kind == .money { return unit + " " + shown }
        return shown + (unit == "%" ? "%" : " " + unit)
    }

    /// A number with thousands separators and the decimals it was written with, up to four
    /// ("1.786", "$1.1075", "0.21875" shows as 0.2188).
    static func format(_ value: Double) -> String {
        let negative = value < 0
        let magnitude = abs(value)
        // Beyond what whole numbers can hold ("9999999999999999999 trillion"): show it as the
        // scientific notation Swift writes, rather than trapping on the conversion.
        guard magnitude.isFinite, magnitude < 1e15 else { return String(value) }
        let rounded = (magnitude * 10_000).rounded() / 10_000
        var whole = String(Int(rounded.rounded(.down)))
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        grouped = whole + grouped
        var fraction = Int(((rounded - rounded.rounded(.down)) * 10_000).rounded())
        if fraction > 0 {
            var places = 4
            while fraction % 10 == 0 {
                fraction /= 10
                places -= 1
            }
            let digits = String(fraction)
            grouped += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return (negative ? "-" : "") + grouped
    }
}
