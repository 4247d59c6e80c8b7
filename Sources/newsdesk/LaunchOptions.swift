import NewsCore

/// The command line of `newsdesk`, as CONTRACT.md fixes it.
struct LaunchOptions {
    var articles: [String] = []
    var commands: [String] = []
    var script: String?
    var json = false
    var date: CalendarDate?
    var bail = false
    /// `--jsonl` given: the input file, or "-" for standard input.
    var jsonl: String?
    /// `--jobs N`: worker threads for `--jsonl`; nil means one per core.
    var jobs: Int?
    /// `--errors-ok`: line errors are reported but do not make the exit status non-zero, as
    /// Spark, Hadoop Streaming and other engines need to keep a job alive past one bad record.
    var errorsOK = false
    /// `--generate-ids`: a record without an `id` is named `line-N` instead of refused.
    var generateIDs = false
    /// `--progress[=SECONDS]`: a progress line on standard error every so many seconds, even
    /// when standard error is a log file rather than a terminal.
    var progressInterval: Double?
    var history = true
    /// `--no-pager`: the shell prints long results straight instead of paging them.
    var pager = true
    var showHelp = false
    var showVersion = false

    /// A mistake in the command line; `newsdesk` exits 2 with this message.
    struct UsageError: Error {
        var message: String
    }

    /// Options that take a value, with their short forms.
    private static let valued: [String: String] = ["-c": "--command", "-f": "--file", "-j": "--jobs"]
    static let longOptions = [
        "--command", "--file", "--json", "--date", "--bail", "--jsonl", "--jobs", "--errors-ok", "--generate-ids",
        "--progress", "--no-history", "--no-pager", "--help", "--version",
    ]

    static func parse(_ arguments: [String]) throws(UsageError) -> LaunchOptions {
        var options = LaunchOptions()
        var index = 0
        var optionsEnded = false
        func value(for name: String, inline: String?) throws(UsageError) -> String {
            if let inline { return inline }
            guard index < arguments.count else {
                throw UsageError(message: "\(name) needs a value (see newsdesk --help)")
            }
            index += 1
            return arguments[index - 1]
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                options.articles.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name = argument
            var inline: String? = nil
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            } else if !argument.hasPrefix("--"), argument.count > 2, valued[String(argument.prefix(2))] != nil {
                name = String(argument.prefix(2))
                inline = String(argument.dropFirst(2))
            }
            name = valued[name] ?? name
            switch name {
            case "--command": options.commands.append(try value(for: "--command", inline: inline))
            case "--file":
                guard options.script == nil else { throw UsageError(message: "--file may be given once") }
                options.script = try value(for: "--file", inline: inline)
            case "--json": options.json = true
            case "--bail": options.bail = true
            case "--no-history": options.history = false
            case "--no-pager": options.pager = false
            case "--help", "-h": options.showHelp = true
            case "--version": options.showVersion = true
            case "--date":
                let text = try value(for: "--date", inline: inline)
                guard let date = CalendarDate(iso: text) else {
                    throw UsageError(message: "--date wants YYYY-MM-DD (e.g. 2025-09-11), not '\(text)'")
                }
                options.date = date
            case "--jsonl":
                if let inline {
                    options.jsonl = inline
                } else if index < arguments.count, arguments[index] == "-" || !arguments[index].hasPrefix("-") {
                    options.jsonl = arguments[index]
                    index += 1
                } else {
                    options.jsonl = "-"
                }
            case "--errors-ok": options.errorsOK = true
            case "--generate-ids": options.generateIDs = true
            case "--progress":
                let text = inline ?? "10"
                guard let seconds = Double(text), seconds >= 0.1, seconds <= 86_400 else {
                    throw UsageError(message: "--progress wants seconds between reports (e.g. --progress=30), not '\(text)'")
                }
                options.progressInterval = seconds
            case "--jobs":
                let text = try value(for: "--jobs", inline: inline)
                guard let count = Int(text), count >= 1, count <= 1024 else {
                    throw UsageError(message: "--jobs wants a whole number from 1 to 1024, not '\(text)'")
                }
                options.jobs = count
            default:
                let hint = Suggestions.closest(to: name, among: longOptions).first.map { "; did you mean \($0)?" } ?? ""
                throw UsageError(message: "unknown option '\(argument)'\(hint) (see newsdesk --help)")
            }
        }
        if options.jsonl != nil, !options.commands.isEmpty || options.script != nil || !options.articles.isEmpty {
            throw UsageError(message: "--jsonl reads articles as JSON Lines; it takes no ARTICLE, -c or -f")
        }
        if options.jsonl == nil {
            let given = [
                ("--jobs", options.jobs != nil), ("--errors-ok", options.errorsOK),
                ("--generate-ids", options.generateIDs), ("--progress", options.progressInterval != nil),
            ].first { $0.1 }
            if let (name, _) = given {
                throw UsageError(message: "\(name) is an option of the pipeline; it goes with --jsonl")
            }
        }
        return options
    }

    /// `newsdesk --help`: what it is, how to call it, the commands, examples.
    static func helpText(table: CommandTable) -> String {
        let commandLines = table.commands.filter(\.isAvailable).map { spec in
            "  " + TextLayout.pad(spec.synopsis, to: 26) + "  " + spec.summary
        }.joined(separator: "\n")
        let planned = table.commands.filter { !$0.isAvailable }.map(\.name)
        let coming = planned.isEmpty ? "" : "\nNot in this version yet: \(planned.joined(separator: ", "))."
        return """
            newsdesk \(NewsCoreVersion.string): a newsroom assistant for the terminal.

            Usage: newsdesk [OPTIONS] [ARTICLE ...]

            Loads articles and answers questions about them. With no -c or -f, newsdesk opens an
            interactive shell when started from a terminal, and otherwise reads commands from
            standard input, one per line.

            Arguments:
              ARTICLE                     a .txt or .md file, a directory of them, an http:// or
                                          https:// page, or - to read the article from standard
                                          input; the last is current

            Options:
              -c, --command CMD           run CMD after loading (repeatable, in order), then exit
              -f, --file SCRIPT           run the commands in SCRIPT (one per line, # comments), then exit
                  --json                  print each command's result as one line of JSON
                  --date YYYY-MM-DD       reference date for articles that carry none of their own
                  --bail                  stop at the first command that fails
                  --jsonl [FILE|-]        pipeline mode: read JSON Lines {"id", "text" or
                                          "html" or "url", "date"?, "title"?} from FILE or
                                          standard input and write one line {"id",
                                          "title", "byline", "date", "summary", "quotes",
                                          "figures", "timeline", "people"} each, in input order
                                          (bad lines give {"id", "error", "line", "offset"})
              -j, --jobs N                worker threads for --jsonl (default: one per core)
                  --errors-ok             with --jsonl: bad records give error lines but exit 0
                                          (for Spark, Hadoop Streaming and other engines)
                  --generate-ids          with --jsonl: name a record without "id" line-N
                                          (marked "id_generated") instead of refusing it
                  --progress[=SECONDS]    with --jsonl: a progress line on standard error every
                                          SECONDS (default 10), also into log files
                  --no-history            neither read nor write the shell's history
                  --no-pager              in the shell, print long results straight instead of
                                          paging them (pager off)
              -h, --help                  show this help
                  --version               print the version

            Commands (in the shell, in scripts and with -c; help COMMAND for details):
            \(commandLines)\(coming)

            Examples:
              newsdesk Fixtures/articles/                  open the shell on the sample articles
              newsdesk -c articles -c show story.txt       list, print the story, exit
              newsdesk --json -c articles story.txt        the listing as JSON
              newsdesk --bail -f desk.nd ~/copy/today/     run a desk's batch script
              printf 'articles\\nshow\\n' | newsdesk story.txt
              newsdesk --jsonl archive.jsonl > out.jsonl   analyse an archive on every core

            Exit status: 0 when every command succeeded, 1 when one failed, 2 for a usage error or
            an article that could not be loaded from the command line.

            Environment: NO_COLOR turns colour off; XDG_STATE_HOME moves the history file
            (default ~/.local/state/newsdesk/history); EDITRC or ~/.editrc sets key bindings;
            NEWSDESK_MAX_ARTICLE_MB raises the 16 MB article size limit (files and web pages);
            NEWSDESK_TIMEOUT sets the seconds a web page may take to download (default 15);
            NEWSDESK_PAGER, else PAGER, names the shell's pager (default less -FRX).
            """
    }
}
