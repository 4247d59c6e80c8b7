import Foundation

/// Where results go instead of the terminal: a file, in the format its extension names, for the
/// next command only (`once`) or until `output` alone is given (`output FILE`).
public struct OutputTarget: Sendable, Equatable {
    public enum Scope: String, Sendable {
        /// The next command's result, then back to the terminal.
        case once
        /// Every later result, until `output` alone.
        case continuing
    }

    public var file: AtomicFile
    public var format: OutputFormat
    public var scope: Scope
    /// What the file holds so far (a continuing target rewrites it whole with each result, so
    /// every version on disk is complete).
    private var contents = ""
    /// How many results have been written.
    public private(set) var results = 0

    public init(file: AtomicFile, scope: Scope) {
        self.file = file
        self.format = OutputFormat(path: file.path)
        self.scope = scope
    }

    /// Renders `result` in the target's format and writes it; returns how many bytes were added.
    public mutating func write(_ result: any CommandResult) throws(CommandError) -> Int {
        var piece = try ResultRenderer.render(result, as: format)
        guard !piece.isEmpty else { return 0 }
        if format != .csv, !piece.hasSuffix("\n") { piece += "\n" }
        // Markdown blocks need a blank line between them to stay apart.
        if format == .markdown, results > 0 { piece = "\n" + piece }
        if file.isDevice {
            try file.write(piece)
        } else {
            try file.write(contents + piece)
            contents += piece
        }
        results += 1
        return piece.utf8.count
    }

    /// Creates or empties the file at once, as sqlite3's `.output` does, so a path that cannot
    /// be written fails when it is named rather than at the first result.
    public func truncate() throws(CommandError) {
        if !file.isDevice { try file.write("") }
    }
}

/// How a session's results are shown: where they go, and whether long ones are paged.
public struct OutputSettings: Sendable, Equatable {
    /// A file results go to instead of the terminal, or nil for the terminal.
    public var target: OutputTarget?
    /// Whether results taller than the screen go through the pager (`pager on|off`).
    public var pager: Bool
    /// The pager to run: `$NEWSDESK_PAGER`, else `$PAGER`, else `less -FRX`.
    public var pagerCommand: String
    /// True in the interactive shell: paging, `clear` and notes about written files apply there.
    public var isInteractive: Bool

    public init(target: OutputTarget? = nil, pager: Bool = true, pagerCommand: String = "less -FRX",
                isInteractive: Bool = false) {
        self.target = target
        self.pager = pager
        self.pagerCommand = pagerCommand
        self.isInteractive = isInteractive
    }

    /// The pager command the environment asks for.
    public static func pagerCommand(environment: [String: String]) -> String {
        for name in ["NEWSDESK_PAGER", "PAGER"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
        }
        return "less -FRX"
    }
}
