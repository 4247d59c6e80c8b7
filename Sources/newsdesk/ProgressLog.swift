import Foundation
import NewsCore
import NewsShell

/// `--progress`: one plain line on standard error every few seconds (records, errors, rate,
/// time so far), written even when standard error is a file, so the log of a Spark executor or
/// a Hadoop task shows that the process is alive and how fast it goes. A timer thread writes it,
/// so a batch that takes long still gets its lines.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var latest = PipelineRunner.Progress()
    private var timer: DispatchSourceTimer?

    init(every seconds: Double) {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + seconds, repeating: seconds)
        timer.setEventHandler { [weak self] in self?.report(final: false) }
        timer.resume()
        self.timer = timer
    }

    /// Records the totals after a batch; the next tick reports them.
    func update(_ progress: PipelineRunner.Progress) {
        lock.lock()
        latest = progress
        lock.unlock()
    }

    /// Stops the timer and writes the closing line with the final totals.
    func finish(_ totals: PipelineRunner.Progress) {
        timer?.cancel()
        timer = nil
        update(totals)
        report(final: true)
    }

    private func report(final: Bool) {
        lock.lock()
        let progress = latest
        lock.unlock()
        TerminalOutput.writeAll(STDERR_FILENO, Self.line(progress, elapsed: Date().timeIntervalSince(start), final: final))
    }

    /// The text of one progress line.
    static func line(_ progress: PipelineRunner.Progress, elapsed: Double, final: Bool) -> String {
        let seconds = max(elapsed, 0.001)
        let rate = Double(progress.bytes) / seconds / 1_000_000
        return "newsdesk: \(final ? "done: " : "")\(progress.lines) records, \(progress.failures) errors, "
            + String(format: "%.1f MB/s, %.0f records/s, ", rate, Double(progress.lines) / seconds)
            + ProgressMeter.clock(seconds) + " elapsed\n"
    }
}
