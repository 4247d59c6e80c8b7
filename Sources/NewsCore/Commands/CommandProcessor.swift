import Foundation

/// Where a front end sends what commands produce. The core never prints; it hands finished
/// lines to a sink, which the shell, the batch runner and tests implement.
public protocol OutputSink: AnyObject {
    /// A result for standard output (text for people or one JSON line), without trailing newline.
    func write(_ text: String)
    /// An error or warning for standard error.
    func report(_ diagnostic: Diagnostic)
    /// A command's result for standard output; `pager` names the pager to show it through when
    /// it is taller than the screen, or is nil when it must not be paged (scripts, JSON).
    func writeResult(_ text: String, pager: String?)
    /// Clears the screen (`clear`); nothing when standard output is not a terminal.
    func clearScreen()
}

extension OutputSink {
    /// Sinks that cannot page write results as they are.
    public func writeResult(_ text: String, pager: String?) { write(text) }
    /// Sinks without a screen have nothing to clear.
    public func clearScreen() {}
}

/// An error or warning, with where it came from when it came from a script line.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    /// `script.nd:7`, `<stdin>:2`, `-c:1`; nil in the interactive shell.
    public var location: String?
    public var message: String

    public init(severity: Severity, location: String?, message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// One line for standard error: `script.nd:7: unknown command 'x'` or `warning: …`.
    public var formatted: String {
        let body = TerminalSafety.escape(message)
        switch (location, severity) {
        case (let location?, .error): return "\(TerminalSafety.escape(location)): \(body)"
        case (let location?, .warning): return "\(TerminalSafety.escape(location)): warning: \(body)"
        case (nil, .error): return "error: \(body)"
        case (nil, .warning): return "warning: \(body)"
        }
    }
}

/// Runs command lines against a session: one input loop for the shell, scripts, `-c` and
/// standard input (as sqlite3's shell has one), so a command behaves the same everywhere.
public final class CommandProcessor {
    /// How results are shown and how failures are treated.
    public struct Settings: Sendable {
        /// One JSON value per command instead of text.
        public var json: Bool
        /// Stop at the first failing command.
        public var bail: Bool
        public var style: TextStyle

        public init(json: Bool = false, bail: Bool = false, style: TextStyle = .plain) {
            self.json = json
            self.bail = bail
            self.style = style
        }
    }

    /// How a line or a script ended.
    public enum Outcome: Equatable, Sendable {
        case succeeded
        case failed
        /// `quit` was run: the caller should end the session.
        case quit
        /// A failure with `--bail`: the caller should stop reading commands.
        case bailed
    }

    public var context: CommandContext
    public var settings: Settings
    public let sink: OutputSink
    /// How many commands have failed so far; the exit status is 1 when this is not zero.
    public private(set) var failureCount = 0
    /// Lines longer than this are refused rather than parsed.
    public static let maximumLineLength = 1 << 16
    static let maximumSourceDepth = 16
    private var sourceDepth = 0

    public init(context: CommandContext, settings: Settings, sink: OutputSink) {
        self.context = context
        self.settings = settings
        self.sink = sink
    }

    /// Runs one command line. Blank lines and comments succeed and print nothing.
    @discardableResult
    public func execute(_ line: String, at location: String? = nil) -> Outcome {
        guard line.utf8.count <= Self.maximumLineLength else {
            return fail("line too long (over the limit of \(Self.maximumLineLength) bytes)", at: location)
        }
        let words: [String]
        do {
            words = try CommandWords.split(line).map(\.text)
        } catch {
            return fail(error.description, at: location)
        }
        guard let name = words.first else { return .succeeded }
        guard let spec = context.table.command(named: name) else {
            return fail(ShellCommands.unknownCommandMessage(name, context.table), at: location)
        }
        let output: CommandOutput
        let invocation: Invocation
        // A `once` file is taken by the next command that runs, whatever it gives.
        let target = context.output.target
        if target?.scope == .once { context.output.target = nil }
        do {
            invocation = try CommandTable.parse(words, for: spec)
            output = try spec.run(invocation, &context)
        } catch {
            if let target, target.scope == .once {
                sink.report(Diagnostic(severity: .warning, location: location,
                                       message: "once: nothing written to \(target.file.path) (the command failed)"))
            }
            return fail(error.message, at: location)
        }
        for warning in output.warnings {
            sink.report(Diagnostic(severity: .warning, location: location, message: warning))
        }
        let asJSON = settings.json || invocation.flags.contains(CommandTable.jsonFlag)
        switch output.control {
        case .proceed, .quit:
            // `once` and `output` themselves always answer on the terminal.
            if let target, !(output.result is RedirectResult) {
                if let message = write(output.result, to: target, asJSON: asJSON) {
                    return fail(message, at: location)
                }
            } else {
                show(output.result, asJSON: asJSON)
            }
        case .clearScreen:
            if asJSON { show(output.result, asJSON: true) } else if context.output.isInteractive { sink.clearScreen() }
        case .runScript(let path):
            // `once` before `source` takes the whole script's results, then ends with it.
            if let target, target.scope == .once {
                var whole = target
                whole.scope = .continuing
                context.output.target = whole
            }
            defer {
                if target?.scope == .once, context.output.target?.scope == .continuing,
                    context.output.target?.file == target?.file
                {
                    context.output.target = nil
                }
            }
            let outcome = runScript(path, at: location, reportsSummary: true)
            if outcome != .succeeded { return outcome }
        }
        for error in output.errors {
            sink.report(Diagnostic(severity: .error, location: location, message: error))
        }
        if !output.errors.isEmpty {
            failureCount += 1
            return settings.bail ? .bailed : .failed
        }
        return output.control == .quit ? .quit : .succeeded
    }

    /// Runs lines in order, naming each by `origin:LINE` in messages. Stops at `quit`, at
    /// a failure under `--bail`, or when the user interrupts.
    @discardableResult
    public func run<Lines: Sequence<String>>(lines: Lines, origin: String) -> Outcome {
        var result = Outcome.succeeded
        for (index, line) in lines.enumerated() {
            if context.isCancelled() { return .bailed }
            switch execute(line, at: "\(origin):\(index + 1)") {
            case .succeeded: continue
            case .failed: result = .failed
            case .quit: return .quit
            case .bailed: return .bailed
            }
        }
        return result
    }

    /// Runs the commands in a script file (`-f`; `source` adds a summary line in JSON mode, so
    /// that it too prints one JSON value of its own).
    @discardableResult
    public func runScript(_ path: String, at location: String? = nil, reportsSummary: Bool = false) -> Outcome {
        guard sourceDepth < Self.maximumSourceDepth else {
            return fail(
                "source: scripts nested more than \(Self.maximumSourceDepth) deep (does a script source itself?)",
                at: location)
        }
        let lines: [String]
        do {
            lines = try Self.readScript(path, workingDirectory: context.loader.workingDirectory)
        } catch {
            return fail(error.message, at: location)
        }
        sourceDepth += 1
        defer { sourceDepth -= 1 }
        let failuresBefore = failureCount
        let outcome = run(lines: lines, origin: path)
        if settings.json, reportsSummary {
            show(
                StatusResult([
                    ("source", .string(path)), ("commands", .int(lines.count)),
                    ("failed", .int(failureCount - failuresBefore)),
                ]))
        }
        return outcome
    }

    /// The lines of a script file, or an error saying why it cannot be read.
    public static func readScript(_ path: String, workingDirectory: String) throws(CommandError) -> [String] {
        let expanded = ArticleLoader.expandTilde(path)
        let full = expanded.hasPrefix("/") ? expanded : (workingDirectory as NSString).appendingPathComponent(expanded)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            throw CommandError("cannot read script \(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandError("cannot read script \(path): is a directory") }
        guard let data = FileManager.default.contents(atPath: full) else {
            throw CommandError("cannot read script \(path): permission denied")
        }
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode([UInt8](data))
        } catch {
            throw CommandError("cannot read script \(path): binary file, not a command script")
        }
        let text = ScalarText(decoded.text)
        return Lines(scalars: text.scalars).map { text[$0] }
    }

    private func show(_ result: any CommandResult, asJSON: Bool? = nil) {
        let json = asJSON ?? settings.json
        let text = json ? result.json.serialized : result.text(settings.style)
        guard !text.isEmpty else { return }
        // Only what the shell itself shows pages: never JSON, scripts (sourced ones included)
        // or pipes (the sink knows whether standard output is a terminal).
        let pages = !json && context.output.isInteractive && context.output.pager && sourceDepth == 0
        sink.writeResult(text, pager: pages ? context.output.pagerCommand : nil)
    }

    /// Writes a result to an `once` or `output` file; returns an error message when it cannot.
    /// The terminal gets a short note in the shell, and one JSON value with `--json`.
    private func write(_ result: any CommandResult, to target: OutputTarget, asJSON: Bool) -> String? {
        var target = target
        let bytes: Int
        do {
            bytes = try target.write(result)
        } catch {
            let verb = target.scope == .once ? "once" : "output"
            if target.scope == .continuing {
                // A file that failed once is left; results come back to the terminal.
                context.output.target = nil
                return "\(verb): \(error.message); results go to the terminal again"
            }
            return "\(verb): \(error.message)"
        }
        if target.scope == .continuing, context.output.target?.file == target.file {
            context.output.target = target
        }
        let written = StatusResult(
            [("written", .string(target.file.path)), ("format", .string(target.format.rawValue)),
             ("bytes", .int(bytes))],
            message: context.output.isInteractive
                ? settings.style.dim("(\(target.format.label) written to \(TerminalSafety.escape(target.file.path)))") : "")
        show(written, asJSON: asJSON)
        return nil
    }

    private func fail(_ message: String, at location: String?) -> Outcome {
        failureCount += 1
        sink.report(Diagnostic(severity: .error, location: location, message: message))
        if settings.json { sink.write(JSONValue.object([("error", .string(message))]).serialized) }
        return settings.bail ? .bailed : .failed
    }
}

/// Command lines read from a file descriptor (standard input), one at a time as they arrive.
///
/// Unlike `readLine`, a line never grows past one byte more than
/// `CommandProcessor.maximumLineLength`: the rest of a longer line is read and dropped, and the
/// cut line is then refused as too long, so endless input without a newline (`< /dev/zero`, a
/// binary dump) cannot exhaust memory. A final line without a newline still counts; a CR before
/// the newline is dropped.
public struct InputLines: Sequence, IteratorProtocol {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false

    public init(fileDescriptor: Int32) {
        self.fd = fileDescriptor
    }

    public mutating func next() -> String? {
        var line: [UInt8] = []
        var overflowed = false
        while true {
            if position == buffer.count {
                guard !atEnd, fill() else {
                    return line.isEmpty && !overflowed ? nil : Self.text(line)
                }
            }
            let rest = buffer[position...]
            let newline = rest.firstIndex(of: UInt8(ascii: "\n"))
            let piece = rest[..<(newline ?? rest.endIndex)]
            let room = CommandProcessor.maximumLineLength + 1 - line.count
            if piece.count > room { overflowed = true }
            line.append(contentsOf: piece.prefix(Swift.max(0, room)))
            position = newline.map { $0 + 1 } ?? buffer.count
            if newline != nil { return Self.text(line) }
        }
    }

    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { atEnd = true; return false }
            buffer = Array(chunk[0..<count])
            position = 0
            return true
        }
    }

    private static func text(_ line: [UInt8]) -> String {
        String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...], as: UTF8.self)
    }
}
