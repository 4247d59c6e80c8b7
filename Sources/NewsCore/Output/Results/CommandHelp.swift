/// What `help` shows of one command: its words, not the command itself, so the help result can
/// be rendered without reaching up into the command table.
public struct CommandHelp: Sendable, Equatable {
    /// One option as help lists it.
    public struct Option: Sendable, Equatable {
        /// How the option is written, e.g. `-n, --number N`.
        public var usage: String
        public var help: String

        public init(usage: String, help: String) {
            self.usage = usage
            self.help = help
        }
    }

    public var name: String
    public var aliases: [String]
    public var synopsis: String
    /// One line for the overview.
    public var summary: String
    /// Paragraphs for `help NAME`, separated by blank lines.
    public var details: String
    public var options: [Option]
    /// False for commands announced in the contract whose analyzer has not landed yet.
    public var isAvailable: Bool

    public init(name: String, aliases: [String] = [], synopsis: String, summary: String, details: String,
                options: [Option] = [], isAvailable: Bool = true) {
        self.name = name
        self.aliases = aliases
        self.synopsis = synopsis
        self.summary = summary
        self.details = details
        self.options = options
        self.isAvailable = isAvailable
    }
}
