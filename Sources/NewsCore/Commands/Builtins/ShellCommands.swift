/// Commands about the session itself: source, help, history, quit.
enum ShellCommands {
    static let source = CommandSpec(
        name: "source",
        synopsis: "source SCRIPT",
        summary: "Run the commands in a file, one per line (# starts a comment).",
        details: """
        Each line runs as if typed. Errors are reported as SCRIPT:LINE: message; with --bail \
        the script stops at the first failing command. Scripts may source other scripts.

        Example:
          source Fixtures/scripts/morning-desk.nd
        """,
        operands: OperandSpec(name: "SCRIPT", minimum: 1, maximum: 1, completion: .paths(extensions: nil)),
        run: { invocation, _ throws(CommandError) in
            CommandOutput(StatusResult([]), control: .runScript(invocation.operands[0]))
        }
    )

    static let help = CommandSpec(
        name: "help",
        aliases: ["?"],
        synopsis: "help [COMMAND]",
        summary: "List the commands, or explain one with its options and examples.",
        details: "",
        operands: OperandSpec(name: "COMMAND", minimum: 0, maximum: 1, completion: .commands),
        run: { invocation, context throws(CommandError) in
            guard let name = invocation.operands.first else {
                return CommandOutput(HelpResult(content: .overview(context.table.commands.map(\.help))))
            }
            guard let spec = context.table.command(named: name) else {
                throw CommandError(unknownCommandMessage(name, context.table, prefix: "help: "))
            }
            return CommandOutput(HelpResult(content: .command(spec.help)))
        }
    )

    static let history = CommandSpec(
        name: "history",
        synopsis: "history",
        summary: "List the commands typed in the shell, oldest first.",
        details: """
        History is kept only for the interactive shell, in $XDG_STATE_HOME/newsdesk/history \
        (~/.local/state/newsdesk/history by default), readable by you alone. Lines typed with a \
        leading space are not recorded. Up and Down walk it, Ctrl-R searches it; --no-history \
        turns it off.
        """,
        run: { _, context throws(CommandError) in
            guard let entries = context.history else {
                throw CommandError("history: only the interactive shell keeps a history")
            }
            return CommandOutput(HistoryResult(entries: entries))
        }
    )

    static let quit = CommandSpec(
        name: "quit",
        aliases: ["exit"],
        synopsis: "quit",
        summary: "Leave newsdesk (Ctrl-D does the same in the shell).",
        details: "In a script, stops the script and the session.",
        run: { _, _ throws(CommandError) in
            CommandOutput(StatusResult([("quit", .bool(true))]), control: .quit)
        }
    )

    /// "unknown command 'x'", with the nearest names when there are any.
    static func unknownCommandMessage(_ name: String, _ table: CommandTable, prefix: String = "") -> String {
        let suggestions = table.suggestions(for: name).prefix(3)
        let hint = suggestions.isEmpty ? "; type help for the list"
            : "; did you mean " + suggestions.joined(separator: " or ") + "?"
        return "\(prefix)unknown command '\(name)'\(hint)"
    }
}
