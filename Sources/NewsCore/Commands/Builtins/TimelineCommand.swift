/// `timeline`: the events of the current article in chronological order.
enum TimelineCommand {
    static let spec = PlannedCommand.spec(
        "timeline", "timeline", "Events in chronological order, each with the expression that dates it.")
}
