import Foundation
import NewsCore
import NewsShell

/// `newsdesk`: parses the command line, loads the articles it names, and hands over to the
/// shell, the batch runner or the pipeline. All the work happens in NewsCore.
func main() -> Int32 {
    let table = CommandTable.standard
    let output = TerminalOutput()
    let options: LaunchOptions
    do {
        options = try LaunchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    } catch {
        output.report(Diagnostic(severity: .error, location: "newsdesk", message: error.message))
        return 2
    }
    if options.showHelp {
        output.write(LaunchOptions.helpText(table: table))
        return 0
    }
    if options.showVersion {
        output.write("newsdesk \(NewsCoreVersion.string)")
        return 0
    }
    var loader = ArticleLoader()
    if let megabytes = ProcessInfo.processInfo.environment["NEWSDESK_MAX_ARTICLE_MB"] {
        guard let value = Int(megabytes), value > 0, value <= 1 << 20 else {
            output.report(
                Diagnostic(
                    severity: .error, location: "newsdesk",
                    message: "NEWSDESK_MAX_ARTICLE_MB must be a whole number of megabytes, not '\(megabytes)'"))
            return 2
        }
        loader.maximumBytes = value << 20
    }
    if let seconds = ProcessInfo.processInfo.environment["NEWSDESK_TIMEOUT"] {
        guard let value = PageLimits.parseTimeout(seconds) else {
            output.report(
                Diagnostic(
                    severity: .error, location: "newsdesk",
                    message: "NEWSDESK_TIMEOUT must be a number of seconds above 0, not '\(seconds)'"))
            return 2
        }
        loader.web.timeout = value
    }
    if let input = options.jsonl {
        let settings = PipelineMode.Settings(
            input: input, jobs: options.jobs, date: options.date, errorsOK: options.errorsOK,
            generateIDs: options.generateIDs, progressInterval: options.progressInterval)
        return PipelineMode.run(settings, loader: loader, output: output)
    }
    var session = Session(defaultDate: options.date)
    let readsArticleFromStdin = options.articles.contains("-")
    let interactive = options.commands.isEmpty && options.script == nil && isatty(STDIN_FILENO) == 1
    if readsArticleFromStdin, options.commands.isEmpty, options.script == nil {
        output.report(
            Diagnostic(
                severity: .error, location: "newsdesk",
                message: "the article comes from standard input (-), so give the commands with -c or -f"))
        return 2
    }
    for path in options.articles {
        let outcome: ArticleLoader.Outcome
        if path == "-" {
            do {
                outcome = ArticleLoader.Outcome(articles: [
                    try loader.article(fromFileDescriptor: STDIN_FILENO, source: "<stdin>")
                ])
            } catch {
                output.report(Diagnostic(severity: .error, location: "newsdesk", message: "cannot load \(error)"))
                return 2
            }
        } else {
            outcome = loader.load([path])
        }
        for failure in outcome.failures {
            output.report(Diagnostic(severity: .error, location: "newsdesk", message: "cannot load \(failure)"))
        }
        if !outcome.failures.isEmpty { return 2 }
        for article in outcome.articles {
            for warning in article.warnings {
                output.report(
                    Diagnostic(severity: .warning, location: "newsdesk", message: "\(article.source): \(warning)"))
            }
        }
        for article in outcome.articles {
            if case .alreadyLoaded(let number) = session.place(article, identity: loader.identity(of: article.source)) {
                output.report(
                    Diagnostic(severity: .warning, location: "newsdesk",
                               message: "\(article.source) is already loaded as article \(number); kept one copy"))
            }
        }
    }

    var context = CommandContext(session: session, loader: loader, table: table)
    context.output.pager = options.pager
    context.output.pagerCommand = OutputSettings.pagerCommand(environment: ProcessInfo.processInfo.environment)
    context.output.isInteractive = interactive
    let settings = CommandProcessor.Settings(json: options.json, bail: options.bail, style: output.style)
    let processor = CommandProcessor(context: context, settings: settings, sink: output)

    if interactive {
        let history = options.history ? HistoryStore.defaultPath().map { HistoryStore(path: $0) } : nil
        return Shell(processor: processor, output: output, history: history).run()
    }
    if options.commands.isEmpty, options.script == nil {
        let lines = InputLines(fileDescriptor: STDIN_FILENO)
        processor.run(lines: lines, origin: "<stdin>")
    } else {
        let outcome = processor.run(lines: options.commands, origin: "-c")
        if outcome != .quit, outcome != .bailed, let script = options.script {
            processor.runScript(script)
        }
    }
    return processor.failureCount > 0 ? 1 : 0
}

exit(main())
