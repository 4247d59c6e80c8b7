/// `close`: takes an article out of the session.
enum CloseCommand {
    static let spec = CommandSpec(
        name: "close",
        synopsis: "close N",
        summary: "Remove article N from the session (a number from articles, or words of its title).",
        details: """
            N is a number from articles or whole words of a title, as for use. The articles \
            after it move up one number. If the current article is closed, the one that takes \
            its number (else the last one) becomes current. The file itself is not touched.

            Examples:
              close 3
              close strike
            """,
        operands: OperandSpec(name: "N", minimum: 1, maximum: .max, completion: .articles),
        run: { invocation, context throws(CommandError) in
            let number = try SessionCommands.resolveArticle(
                invocation.operands.joined(separator: " "), in: context.session, for: "close")
            let row = ArticleRow(number: number, in: context.session)
            context.session.close(number)
            let current = context.session.currentIndex.map { ArticleRow(number: $0 + 1, in: context.session) }
            return CommandOutput(CloseResult(closed: row, current: current, remaining: context.session.entries.count))
        }
    )
}

/// What `close` answers: the article removed and the one now current.
public struct CloseResult: CommandResult {
    public var closed: ArticleRow
    public var current: ArticleRow?
    public var remaining: Int

    public var json: JSONValue {
        .object([("closed", closed.json), ("current", current?.json ?? .null), ("articles", .int(remaining))])
    }

    public func text(_ style: TextStyle) -> String {
        var line = "Closed article \(closed.number): \(TerminalSafety.escape(closed.title))."
        if let current {
            let left = remaining == 1 ? "1 article left" : "\(remaining) articles left"
            line += " \(left); article \(current.number) is current: \(style.bold(TerminalSafety.escape(current.title)))"
        } else {
            line += " No articles left."
        }
        return line
    }
}
