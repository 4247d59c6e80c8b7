/// Everything a command may read or change besides its own words.
public struct CommandContext: Sendable {
    public var session: Session
    public var loader: ArticleLoader
    /// The table the command was found in, for `help`.
    public var table: CommandTable
    /// The lines of the shell's history, oldest first; nil outside the interactive shell.
    public var history: [String]?
    /// True once the user has asked to interrupt (Ctrl-C); long commands check it.
    public var isCancelled: @Sendable () -> Bool
    /// Where results go (`once`, `output`) and whether they are paged (`pager`).
    public var output = OutputSettings()

    public init(session: Session, loader: ArticleLoader, table: CommandTable, history: [String]? = nil,
                isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.session = session
        self.loader = loader
        self.table = table
        self.history = history
        self.isCancelled = isCancelled
    }

    /// The current article, or an error telling the user how to get one.
    public func currentArticle(for command: String) throws(CommandError) -> Session.Entry {
        guard let entry = session.current else {
            throw CommandError("\(command): no article loaded; load one first (load PATH)")
        }
        return entry
    }
}
