import EditLineShim
import Foundation
import NewsCore

/// The interactive shell: reads lines with libedit, keeps history, runs each line through the
/// same `CommandProcessor` as scripts and `-c`, and never dies on a command's error.
public final class Shell {
    private let processor: CommandProcessor
    private let output: TerminalOutput
    private let historyStore: HistoryStore?
    private var historyEntries: [String] = []
    private var historyWarningShown = false

    /// - Parameter history: where to keep history, or nil for `--no-history`.
    public init(processor: CommandProcessor, output: TerminalOutput, history: HistoryStore?) {
        self.processor = processor
        self.output = output
        self.historyStore = history
    }

    /// Runs until `quit`, Ctrl-D, SIGTERM or SIGHUP; returns the exit status.
    public func run() -> Int32 {
        nd_setup_locale()
        nd_install_signal_handlers()
        // Ctrl-C stops a running load or script; so do SIGTERM and SIGHUP, which then end the shell.
        processor.context.isCancelled = { nd_interrupted() != 0 || nd_pending_termination() != 0 }
        let table = processor.context.table
        guard
            let editor = LineEditor(
                program: "newsdesk", historySize: HistoryStore.defaultLimit, output: output,
                completer: { [unowned self] before in
                    Completion.complete(
                        before, table: table, session: self.processor.context.session,
                        workingDirectory: self.processor.context.loader.workingDirectory)
                })
        else {
            output.report(
                Diagnostic(severity: .error, location: nil, message: "cannot start line editing on this terminal"))
            return 2
        }
        defer { editor.close() }
        if let historyStore {
            historyEntries = historyStore.load()
            historyEntries.forEach(editor.addToHistory)
        }
        processor.context.history = historyStore == nil ? nil : historyEntries
        output.write(banner())
        var status: Int32 = 0
        loop: while true {
            if let signal = terminationSignal() { status = 128 + signal; break }
            nd_clear_interrupt()
            switch editor.read(prompt: prompt()) {
            case .endOfInput:
                output.write(raw: "\n")
                break loop
            case .interrupted:
                if let signal = terminationSignal() { status = 128 + signal; break loop }
                output.write(raw: "\n")
            case .line(let line):
                record(line, in: editor)
                nd_clear_interrupt()
                processor.settings.style = output.style
                let outcome = processor.execute(line)
                if nd_interrupted() != 0 { output.write(raw: "\n(interrupted)\n") }
                if outcome == .quit { break loop }
            }
        }
        if status == 0, processor.failureCount > 0 { status = 1 }
        return status
    }

    private func terminationSignal() -> Int32? {
        let signal = nd_take_termination_signal()
        return signal == 0 ? nil : signal
    }

    /// Saves a typed line to history at once, so a crash or kill loses nothing typed before it.
    private func record(_ typed: String, in editor: LineEditor) {
        var line = typed
        while line.last == " " || line.last == "\t" { line.removeLast() }
        guard HistoryStore.shouldRecord(line, after: historyEntries.last) else { return }
        editor.addToHistory(line)
        guard let historyStore else { return }
        do {
            historyEntries = try historyStore.append(line)
        } catch {
            historyEntries.append(line)
            if !historyWarningShown {
                output.report(Diagnostic(severity: .warning, location: nil, message: "history not saved: \(error)"))
                historyWarningShown = true
            }
        }
        processor.context.history = historyEntries
    }

    /// `newsdesk [2 Belarus releases 52…]> `: which article the next command works on.
    private func prompt() -> String {
        let session = processor.context.session
        guard let index = session.currentIndex, let entry = session.current else { return "newsdesk> " }
        let title = TextLayout.truncate(TerminalSafety.escape(entry.article.metadata.title), width: 28)
        return "newsdesk [\(index + 1) \(title)]> "
    }

    private func banner() -> String {
        let session = processor.context.session
        let count = session.entries.count
        let loaded: String
        switch count {
        case 0: loaded = "No articles loaded yet (load PATH)."
        case 1: loaded = "1 article loaded."
        default: loaded = "\(count) articles loaded; article \(session.currentIndex! + 1) is current."
        }
        return "newsdesk \(NewsCoreVersion.string). \(loaded) Type help for commands, quit to leave."
    }
}
