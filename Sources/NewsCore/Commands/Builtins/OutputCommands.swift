/// Commands that decide where results go and how they are shown: once, output, pager, clear.
enum OutputCommands {
    static let formatsHelp = """
        The file's extension picks the format: .json writes the JSON a script gets with --json \
        (one line per result), .md Markdown (a table of the result, or the result's own layout), \
        .csv the command's table as CSV (one row per result, a header row, RFC 4180 quoting; for \
        commands whose result is a table: articles, show, summary, quotes, figures, timeline, \
        people, history), anything else plain text without colour. Files are replaced atomically (written \
        to a temporary file beside them, then renamed), so a reader never sees half a file; \
        control characters from article text are written escaped (\\e), never raw.
        """

    static let once = CommandSpec(
        name: "once",
        synopsis: "once FILE",
        summary: "Send the next command's result to FILE (.json, .md, .csv or text), then back to the terminal.",
        details: """
            As sqlite3's .once: the next command that runs writes its result to FILE instead of \
            the terminal, and later results come back to the terminal. If that command fails, \
            nothing is written. Before source, the whole script's results go to FILE. A FILE \
            that cannot be written (no such directory, a directory, no permission) is refused \
            at once and nothing changes.

            \(formatsHelp)

            Examples:
              once figures.csv
              figures
              once people.json
              people
              once day.md
              source morning.nd
            """,
        operands: OperandSpec(name: "FILE", minimum: 1, maximum: 1, completion: .paths(extensions: nil)),
        run: { invocation, context throws(CommandError) in
            let path = invocation.operands[0]
            let file: AtomicFile
            do throws(CommandError) {
                file = try AtomicFile(path: path, workingDirectory: context.loader.workingDirectory)
            } catch {
                throw CommandError("once: \(error.message)")
            }
            let target = OutputTarget(file: file, scope: .once)
            context.output.target = target
            return CommandOutput(RedirectResult(target: target, interactive: context.output.isInteractive))
        }
    )

    static let output = CommandSpec(
        name: "output",
        synopsis: "output [FILE]",
        summary: "Send every later result to FILE (.json, .md, .csv or text); output alone returns to the terminal.",
        details: """
            As sqlite3's .output: FILE is created (or emptied) now, and each later result is \
            added to it until output is given alone. Errors and warnings still go to the \
            terminal. If a write fails (a full disk), the error says so and results return to \
            the terminal.

            \(formatsHelp)

            Examples:
              output day.md
              summary
              quotes
              output
            """,
        operands: OperandSpec(name: "FILE", minimum: 0, maximum: 1, completion: .paths(extensions: nil)),
        run: { invocation, context throws(CommandError) in
            guard let path = invocation.operands.first else {
                let previous = context.output.target
                context.output.target = nil
                return CommandOutput(RedirectResult(target: nil, previous: previous,
                                                    interactive: context.output.isInteractive))
            }
            let target: OutputTarget
            do throws(CommandError) {
                target = OutputTarget(
                    file: try AtomicFile(path: path, workingDirectory: context.loader.workingDirectory),
                    scope: .continuing)
                try target.truncate()
            } catch {
                throw CommandError("output: \(error.message)")
            }
            context.output.target = target
            return CommandOutput(RedirectResult(target: target, interactive: context.output.isInteractive))
        }
    )

    static let pager = CommandSpec(
        name: "pager",
        synopsis: "pager [on | off]",
        summary: "Page results taller than the screen (on, the default) or print them straight (off).",
        details: """
            In the shell, a result taller than the terminal is shown through a pager: \
            $NEWSDESK_PAGER, else $PAGER, else less -FRX (q returns to the prompt). Results are \
            never paged in scripts, through pipes, with --json or into a file. Without an \
            argument, says whether paging is on and which pager runs. newsdesk --no-pager starts \
            with paging off.

            Examples:
              pager off
              pager on
            """,
        operands: OperandSpec(name: "on|off", minimum: 0, maximum: 1, completion: .words(["on", "off"])),
        run: { invocation, context throws(CommandError) in
            if let word = invocation.operands.first {
                switch word.lowercased() {
                case "on": context.output.pager = true
                case "off": context.output.pager = false
                default: throw CommandError("pager: '\(word)' is neither on nor off (usage: pager [on | off])")
                }
            }
            let settings = context.output
            let state = settings.pager ? "on (\(settings.pagerCommand))" : "off"
            let scope = settings.isInteractive ? "" : "; only the interactive shell pages"
            return CommandOutput(
                StatusResult([("pager", .bool(settings.pager)), ("command", .string(settings.pagerCommand))],
                             message: "Pager \(TerminalSafety.escape(state))\(scope)."))
        }
    )

    static let clear = CommandSpec(
        name: "clear",
        synopsis: "clear",
        summary: "Clear the screen (Ctrl-L does the same while typing).",
        details: "Only in the shell on a terminal; in scripts and pipes it does nothing.",
        run: { _, _ throws(CommandError) in
            CommandOutput(StatusResult([("clear", .bool(true))]), control: .clearScreen)
        }
    )
}

/// What `once` and `output` answer: where results go now.
public struct RedirectResult: CommandResult {
    /// The new target, or nil when results return to the terminal.
    public var target: OutputTarget?
    /// For `output` alone: the file results went to until now.
    public var previous: OutputTarget?
    /// The note is for a person at the shell; scripts stay quiet, as sqlite3's do.
    public var interactive: Bool

    public init(target: OutputTarget?, previous: OutputTarget? = nil, interactive: Bool) {
        self.target = target
        self.previous = previous
        self.interactive = interactive
    }

    public var json: JSONValue {
        guard let target else {
            return .object([("output", .null), ("closed", .optional(previous?.file.path))])
        }
        return .object([
            (target.scope == .once ? "once" : "output", .string(target.file.path)),
            ("format", .string(target.format.rawValue)),
        ])
    }

    public func text(_ style: TextStyle) -> String {
        guard interactive else { return "" }
        guard let target else {
            guard let previous else { return "Results go to the terminal." }
            let count = previous.results == 1 ? "1 result" : "\(previous.results) results"
            return "Results go to the terminal again (\(count) written to \(TerminalSafety.escape(previous.file.path)))."
        }
        let file = TerminalSafety.escape(target.file.path)
        switch target.scope {
        case .once: return "The next result goes to \(file) as \(target.format.label)."
        case .continuing: return "Results go to \(file) as \(target.format.label) until you type output."
        }
    }
}
