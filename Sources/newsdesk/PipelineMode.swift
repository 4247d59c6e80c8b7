import Foundation
import NewsCore
import NewsShell

/// `newsdesk --jsonl`: the pipeline over JSON Lines, with a progress line on a terminal.
enum PipelineMode {
    /// What the command line says about the run.
    struct Settings {
        var input: String
        var jobs: Int?
        var date: CalendarDate?
        var errorsOK = false
        var generateIDs = false
        var progressInterval: Double?
    }

    static func run(_ settings: Settings, loader: ArticleLoader, output: TerminalOutput) -> Int32 {
        let path = settings.input
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
            if isatty(STDIN_FILENO) == 1 {
                output.report(
                    Diagnostic(
                        severity: .warning, location: "newsdesk",
                        message:
                            "reading JSON Lines from the terminal; end with Ctrl-D (or give a file: newsdesk --jsonl FILE)"
                    ))
            }
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                output.report(
                    Diagnostic(
                        severity: .error, location: "newsdesk",
                        message: "cannot read \(TerminalSafety.escape(path)): \(String(cString: strerror(errno)))"))
                return 2
            }
            var status = stat()
            if fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
                output.report(
                    Diagnostic(
                        severity: .error, location: "newsdesk",
                        message: "\(TerminalSafety.escape(path)) is a directory; --jsonl wants a JSON Lines file"))
                return 2
            }
        }
        defer { if fd != STDIN_FILENO { close(fd) } }

        // JSON escapes can make a line longer than the article it carries; allow for that.
        let reader = LineReader(fd: fd, maximumLine: loader.maximumBytes * 2 + (1 << 20))
        var analyzer = PipelineAnalyzer(loader: loader, defaultDate: settings.date)
        analyzer.generatesIDs = settings.generateIDs
        let runner = PipelineRunner(
            analyzer: analyzer, jobs: settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let meter = ProgressMeter(
            totalBytes: inputSize(fd), enabled: settings.progressInterval == nil && isatty(STDERR_FILENO) == 1)
        let log = settings.progressInterval.map { ProgressLog(every: $0) }
        var pending = ""
        let totals = runner.run(
            next: reader.next,
            write: { line in
                // Lines are gathered and written a batch at a time, but a long one (a large
                // record's analyses) goes out at once rather than being copied into the batch.
                if line.utf8.count >= 1 << 16 {
                    TerminalOutput.writeAll(STDOUT_FILENO, pending)
                    pending = ""
                    TerminalOutput.writeAll(STDOUT_FILENO, line)
                    TerminalOutput.writeAll(STDOUT_FILENO, "\n")
                } else {
                    pending += line
                    pending += "\n"
                }
            },
            progress: { progress in
                TerminalOutput.writeAll(STDOUT_FILENO, pending)
                pending = ""
                meter.update(progress)
                log?.update(progress)
            })
        meter.finish()
        log?.finish(totals)
        if let failure = reader.failure {
            output.report(
                Diagnostic(
                    severity: .error, location: "newsdesk",
                    message: "reading \(TerminalSafety.escape(path)): \(failure)"))
            return 1
        }
        if totals.failures > 0 {
            // With --errors-ok the failures are data, not a failed run: an engine that reads the
            // exit status (Spark's pipe, Hadoop Streaming) must not retry or abort the job.
            output.report(
                Diagnostic(
                    severity: settings.errorsOK ? .warning : .error, location: "newsdesk",
                    message: "\(totals.failures) of \(totals.lines) lines failed; their output lines carry \"error\""))
            return settings.errorsOK ? 0 : 1
        }
        return 0
    }

    /// The input's size when it is a regular file, for the time-left estimate.
    private static func inputSize(_ fd: Int32) -> Int? {
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}

/// The progress line on standard error: articles done, rate, and time left when the input's
/// size is known. Redrawn at most a few times a second; silent when stderr is not a terminal.
final class ProgressMeter {
    private let totalBytes: Int?
    private let enabled: Bool
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var drewAnything = false

    init(totalBytes: Int?, enabled: Bool) {
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    func update(_ progress: PipelineRunner.Progress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.25 else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        var line =
            "\(progress.lines) articles · \(Int(Double(progress.lines) / elapsed))/s · "
            + String(format: "%.1f MB/s", Double(progress.bytes) / elapsed / 1_000_000)
        if progress.failures > 0 { line += " · \(progress.failures) failed" }
        if let total = totalBytes, total > 0, progress.bytes > 0 {
            let left = elapsed * Double(max(0, total - progress.bytes)) / Double(progress.bytes)
            line += " · " + Self.clock(left) + " left"
        }
        TerminalOutput.writeAll(STDERR_FILENO, "\r\u{1B}[K" + line)
        drewAnything = true
    }

    func finish() {
        if drewAnything { TerminalOutput.writeAll(STDERR_FILENO, "\r\u{1B}[K") }
    }

    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
