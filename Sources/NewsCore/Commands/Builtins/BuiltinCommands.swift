/// The commands newsdesk ships with, in the order `help` lists them.
enum BuiltinCommands {
    static let all: [CommandSpec] = [
        SessionCommands.load, SessionCommands.articles, SessionCommands.use, SessionCommands.show,
        SessionCommands.date, CloseCommand.spec,
        SummaryCommand.spec,
        QuotesCommand.spec,
        FiguresCommand.spec,
        TimelineCommand.spec,
        PeopleCommand.spec,
        BriefCommand.spec,
        OutputCommands.once, OutputCommands.output, OutputCommands.pager, OutputCommands.clear,
        ShellCommands.source, ShellCommands.help, ShellCommands.history, ShellCommands.quit,
    ]
}
