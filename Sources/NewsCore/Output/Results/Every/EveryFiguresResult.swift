/// `figures --every`: the figures of every loaded article, each naming its story, and the
/// figures that related stories give differently.
public struct EveryFiguresResult: CommandResult {
    public var stories: [InStory<FiguresResult>]
    public var disagreements: [FigureDisagreement]

    public init(stories: [InStory<FiguresResult>], disagreements: [FigureDisagreement]) {
        self.stories = stories
        self.disagreements = disagreements
    }

    public var json: JSONValue {
        .object([
            StoryJSON.articles(stories.map { ($0.story, $0.value.json) }),
            ("disagreements", .array(disagreements.map(\.json))),
        ])
    }

    public func text(_ style: TextStyle) -> String {
        let total = stories.reduce(0) { $0 + $1.value.figures.count }
        var parts: [String] = []
        if total == 0 {
            let kind = stories.first?.value.kindFilter.map { "\($0.rawValue) " } ?? ""
            parts.append("No \(kind)figures found in \(stories.count == 1 ? "the 1 story" : "any of the \(stories.count) stories").")
        } else {
            var table = TextTable([
                .init("Story"), .init("Figure"), .init("Kind"), .init("Value", alignRight: true), .init("Of"),
                .init("Para", alignRight: true),
            ])
            for story in stories {
                for figure in story.value.figures {
                    let shown = figure.qualifier.map { "(\($0)) " + figure.text } ?? figure.text
                    table.rows.append([
                        story.story.tag(24), TextLayout.truncate(shown, width: 32), figure.kind.rawValue,
                        FiguresResult.describe(figure), figure.of.map { TextLayout.truncate($0, width: 28) } ?? "-",
                        String(figure.paragraph),
                    ])
                }
            }
            var tally: [Figure.Kind: Int] = [:]
            for story in stories { for figure in story.value.figures { tally[figure.kind, default: 0] += 1 } }
            let counts = Figure.Kind.allCases.compactMap { kind in tally[kind].map { "\(kind.rawValue) \($0)" } }
            parts.append(table.render(style))
            parts.append("\(total) figure\(total == 1 ? "" : "s") in \(stories.count) "
                         + "\(stories.count == 1 ? "story" : "stories"): " + counts.joined(separator: ", "))
        }
        if stories.count > 1 { parts.append(DisagreementText.render(disagreements, style)) }
        return parts.joined(separator: "\n")
    }
}

extension FigureDisagreement {
    /// `{"of", "kind", "unit", "articles": [{"number", "title", "figures": [{"text", "value",
    /// "high", "start", "end", "sentence"}]}]}`.
    public var json: JSONValue {
        .object([
            ("of", .string(thing)), ("kind", .string(kind.rawValue)), ("unit", .optional(unit)),
            ("articles", .array(claims.map { claim in
                .object(StoryJSON.label(claim.story) + [("figures", .array(claim.value.map { figure in
                    .object([("text", .string(figure.text)), ("qualifier", .optional(figure.qualifier)),
                             ("value", FiguresResult.number(figure.value)),
                             ("high", figure.high.map(FiguresResult.number) ?? .null),
                             ("start", .int(figure.range.lowerBound)), ("end", .int(figure.range.upperBound)),
                             ("sentence", .optional(figure.sentence))])
                }))])
            })),
        ])
    }

    /// "52" or "about 50": how each claim reads in a sentence.
    func written(_ figure: Figure) -> String {
        (figure.qualifier.map { $0 + " " } ?? "") + figure.text
    }

    /// A story's figures for the thing as they read, each wording once: "52" or "about 50, 60".
    func written(_ figures: [Figure]) -> String {
        var seen: [String] = []
        for figure in figures where !seen.contains(written(figure)) { seen.append(written(figure)) }
        return seen.joined(separator: ", ")
    }
}

/// The "Figures that disagree" section of `figures --every` and `brief`'s text view.
enum DisagreementText {
    static func render(_ disagreements: [FigureDisagreement], _ style: TextStyle) -> String {
        var lines = ["", style.bold("Figures that disagree")]
        guard !disagreements.isEmpty else { return (lines + ["No figures disagree between stories."]).joined(separator: "\n") }
        for disagreement in disagreements {
            let claims = disagreement.claims.map { claim in
                disagreement.written(claim.value) + " in " + claim.story.tag(32)
            }
            let line = "\(disagreement.thing) (\(disagreement.kind.rawValue)): " + claims.joined(separator: "; ")
            let wrapped = TextLayout.wrap(TerminalSafety.escape(line), width: style.width.map { max(20, $0 - 4) })
            for (index, piece) in wrapped.enumerated() { lines.append((index == 0 ? "  ! " : "    ") + piece) }
        }
        return lines.joined(separator: "\n")
    }
}
