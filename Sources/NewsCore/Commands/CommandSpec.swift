/// One command of newsdesk, complete in one value: its name, how it is written, its options,
/// its help, how its arguments complete, and what it does.
///
/// The shell, scripts, `-c` and the pipeline all look commands up in one `CommandTable` of these
/// (as Python's `cmd.Cmd` and sqlite3's dot-command table do), so they cannot drift apart.
public struct CommandSpec: Sendable {
    public var name: String
    public var aliases: [String]
    /// How the command is written, e.g. `summary [-n N] [--words N]`.
    public var synopsis: String
    /// One line for the `help` listing.
    public var summary: String
    /// Paragraphs for `help NAME`: what it does, what it prints, examples.
    public var details: String
    public var options: [OptionSpec]
    public var operands: OperandSpec
    /// False for commands announced in the contract whose analyzer has not landed yet.
    public var isAvailable: Bool
    public var run: @Sendable (Invocation, inout CommandContext) throws(CommandError) -> CommandOutput

    public init(name: String, aliases: [String] = [], synopsis: String, summary: String, details: String,
                options: [OptionSpec] = [], operands: OperandSpec = .none, isAvailable: Bool = true,
                run: @escaping @Sendable (Invocation, inout CommandContext) throws(CommandError) -> CommandOutput) {
        self.name = name
        self.aliases = aliases
        self.synopsis = synopsis
        self.summary = summary
        self.details = details
        self.options = options
        self.operands = operands
        self.isAvailable = isAvailable
        self.run = run
    }
}

/// An option such as `-n N`, `--words N` or the flag `--all`.
public struct OptionSpec: Sendable {
    /// The long name without dashes (`words`); the option is found under `--words`.
    public var name: String
    /// An optional one-letter form (`n` for `-n`).
    public var short: Character?
    /// The placeholder for the value (`N`, `NAME`), or nil for a flag.
    public var valueName: String?
    public var help: String
    /// How the option's value completes.
    public var completion: CompletionSource

    public init(_ name: String, short: Character? = nil, value: String? = nil, help: String,
                completion: CompletionSource = .none) {
        self.name = name
        self.short = short
        self.valueName = value
        self.help = help
        self.completion = completion
    }

    /// How the option is written in help: `-n, --number N`.
    public var usage: String {
        let long = "--" + name + (valueName.map { " " + $0 } ?? "")
        return short.map { "-\($0), " + long } ?? long
    }
}

/// The words after a command's name and options.
public struct OperandSpec: Sendable {
    /// The placeholder shown in messages (`PATH`, `N`).
    public var name: String
    public var minimum: Int
    public var maximum: Int
    public var completion: CompletionSource

    public init(name: String, minimum: Int, maximum: Int, completion: CompletionSource = .none) {
        self.name = name
        self.minimum = minimum
        self.maximum = maximum
        self.completion = completion
    }

    public static let none = OperandSpec(name: "", minimum: 0, maximum: 0)
}

/// Where TAB finds candidates for a word.
public enum CompletionSource: Sendable {
    case none
    /// Directories, and files whose extension is in the set (every file when nil); `~` works.
    case paths(extensions: Set<String>?)
    /// Command names.
    case commands
    /// Loaded article numbers, shown with their titles.
    case articles
    /// A fixed list of words.
    case words([String])
    /// Computed from the session (speaker names for `quotes --by`, say).
    case computed(@Sendable (Session) -> [Completion.Candidate])
}

/// A command as the user wrote it, options parsed.
public struct Invocation: Sendable {
    public var name: String
    public var flags: Set<String> = []
    public var values: [String: String] = [:]
    public var operands: [String] = []
    /// How help writes each option given (`-n, --number N`), by long name, so a message about
    /// an option's value names it exactly as `help COMMAND` lists it.
    public var usages: [String: String] = [:]

    public init(name: String) {
        self.name = name
    }

    /// The value of option `name` as a positive integer, or an error naming the option.
    public func positiveInteger(_ option: String, default fallback: Int) throws(CommandError) -> Int {
        guard let text = values[option] else { return fallback }
        guard let value = Int(text), value > 0 else {
            throw CommandError("\(name): \(usages[option] ?? "--" + option) needs a whole number above zero, not '\(text)'")
        }
        return value
    }
}

/// A command's failure, in words for the user. Every message says what was wrong and, where it
/// helps, what to do instead.
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// What a command gives back: a result to show, and what else the caller should do.
public struct CommandOutput: Sendable {
    public enum Control: Sendable, Equatable {
        case proceed
        /// End the session (the shell exits; a script stops).
        case quit
        /// Run the commands in this file, then carry on (`source`).
        case runScript(String)
        /// Clear the terminal's screen (`clear`).
        case clearScreen
    }

    public var result: any CommandResult
    public var warnings: [String]
    /// Problems that make the command count as failed although it produced a result (some
    /// paths of a `load` failed, say).
    public var errors: [String]
    public var control: Control

    public init(_ result: any CommandResult, warnings: [String] = [], errors: [String] = [],
                control: Control = .proceed) {
        self.result = result
        self.warnings = warnings
        self.errors = errors
        self.control = control
    }
}

extension CommandSpec {
    /// What `help` shows of this command.
    public var help: CommandHelp {
        CommandHelp(name: name, aliases: aliases, synopsis: synopsis, summary: summary, details: details,
                    options: (options + CommandTable.commonOptions).map { CommandHelp.Option(usage: $0.usage, help: $0.help) },
                    isAvailable: isAvailable)
    }
}
