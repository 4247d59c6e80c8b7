/// A command CONTRACT.md names whose analyzer is not part of this build yet: listed so that help,
/// completion and errors know it, answering with a clear message when run.
enum PlannedCommand {
    static func spec(_ name: String, _ synopsis: String, _ summary: String,
                     options: [OptionSpec] = []) -> CommandSpec {
        CommandSpec(
            name: name, synopsis: synopsis, summary: summary,
            details: "This analyzer is specified but not part of this version of newsdesk yet.",
            options: options, isAvailable: false,
            run: { _, _ throws(CommandError) in
                throw CommandError("\(name): not available in this version of newsdesk yet; see help for what is")
            }
        )
    }
}
