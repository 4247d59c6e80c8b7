/// `help` and `help COMMAND`, generated from the command table.
public struct HelpResult: CommandResult {
    public enum Content: Sendable {
        case overview([CommandHelp])
        case command(CommandHelp)
    }

    public init(content: Content) {
        self.content = content
    }

    public var content: Content

    public var json: JSONValue {
        switch content {
        case .overview(let commands):
            return .object([("commands", .array(commands.map { spec in
                .object([("name", .string(spec.name)), ("synopsis", .string(spec.synopsis)),
                         ("summary", .string(spec.summary)), ("available", .bool(spec.isAvailable))])
            }))])
        case .command(let spec):
            return .object([
                ("name", .string(spec.name)), ("aliases", .array(spec.aliases.map(JSONValue.string))),
                ("synopsis", .string(spec.synopsis)), ("summary", .string(spec.summary)),
                ("details", .string(spec.details)), ("available", .bool(spec.isAvailable)),
                ("options", .array(spec.options.map { option in
                    .object([("usage", .string(option.usage)), ("help", .string(option.help))])
                })),
            ])
        }
    }

    public func text(_ style: TextStyle) -> String {
        switch content {
        case .overview(let commands): return overview(commands, style)
        case .command(let spec): return detail(spec, style)
        }
    }

    private func overview(_ commands: [CommandHelp], _ style: TextStyle) -> String {
        let available = commands.filter(\.isAvailable)
        let coming = commands.filter { !$0.isAvailable }
        var table = TextTable([.init("Command"), .init("What it does")])
        table.rows = available.map { [$0.synopsis, $0.summary] }
        var lines = [table.render(style)]
        if !coming.isEmpty {
            lines.append("")
            lines.append(style.dim("Not in this version yet: " + coming.map(\.name).joined(separator: ", ") + "."))
        }
        lines.append("")
        lines.append("Type " + style.bold("help COMMAND") + " for details and examples.")
        lines.append("Keys: TAB completes, Up/Down walk history, Ctrl-R searches it, Ctrl-C cancels,"
                     + " Ctrl-D or quit leaves.")
        return lines.joined(separator: "\n")
    }

    private func detail(_ spec: CommandHelp, _ style: TextStyle) -> String {
        var lines = [style.bold(spec.synopsis), ""]
        for paragraph in ([spec.summary] + spec.details.components(separatedBy: "\n\n")) where !paragraph.isEmpty {
            if paragraph.split(separator: "\n").contains(where: { $0.hasPrefix("  ") }) {
                lines += paragraph.split(separator: "\n").map(String.init)
            } else {
                lines += TextLayout.wrap(paragraph.replacingOccurrences(of: "\n", with: " "),
                                         width: style.width.map { min($0, 90) })
            }
            lines.append("")
        }
        if !spec.options.isEmpty {
            lines.append(style.bold("Options"))
            let width = spec.options.map { TextLayout.width($0.usage) }.max() ?? 0
            for option in spec.options {
                lines.append("  " + TextLayout.pad(option.usage, to: width) + "  " + option.help)
            }
            lines.append("")
        }
        if !spec.aliases.isEmpty { lines.append("Also: " + spec.aliases.joined(separator: ", ")) }
        if !spec.isAvailable { lines.append(style.warning("Not available in this version yet.")) }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

/// `history`: what was typed in the shell, oldest first.
public struct HistoryResult: CommandResult {
    public var entries: [String]

    public var json: JSONValue { .object([("history", .array(entries.map(JSONValue.string)))]) }

    public func text(_ style: TextStyle) -> String {
        guard !entries.isEmpty else { return "History is empty." }
        let width = String(entries.count).count
        return entries.enumerated().map { index, line in
            TextLayout.pad(String(index + 1), to: width, right: true) + "  " + TerminalSafety.escape(line)
        }.joined(separator: "\n")
    }
}

/// A result with nothing to show in text and a small JSON object (`quit`, `source`).
public struct StatusResult: CommandResult {
    public var members: [(String, JSONValue)]
    public var message: String

    public init(_ members: [(String, JSONValue)], message: String = "") {
        self.members = members
        self.message = message
    }

    public var json: JSONValue { .object(members) }

    public func text(_ style: TextStyle) -> String { message }
}

