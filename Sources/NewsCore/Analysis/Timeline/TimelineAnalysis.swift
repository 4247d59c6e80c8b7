/// The temporal expressions of one article and the events they date, in time order.
///
/// Built by `TimelineFinder.analyze(_:reference:)`; the `timeline` command shows it.
public struct TimelineAnalysis: Sendable, Equatable {
    /// One temporal expression (a TIMEX3).
    public struct Timex: Sendable, Equatable {
        /// The words as written.
        public var text: String
        /// Scalar offsets into the article text.
        public var range: Range<Int>
        /// `DATE`, `TIME`, `DURATION` or `SET`.
        public var type: String
        /// The TIMEX3 value (`2025-09-11`, `2021`, `P15Y`, `PRESENT_REF`, `XXXX-WXX-4`).
        public var value: String
        /// TIMEX3 `mod`: `MORE_THAN` for "over three decades", `START` for "early 2021", or nil.
        public var mod: String?
        /// Index in `Article.sentences`, or nil for lines outside them.
        public var sentence: Int?
        /// The paragraph's number, as `show` prints it.
        public var paragraph: Int
    }

    /// How an event stands to the expression it is placed by.
    public enum Relation: String, Sendable, Equatable {
        /// The expression dates the event itself.
        case on
        /// The event comes before the anchoring event ("following an appeal").
        case before
        /// The event comes after the anchoring event ("ahead of exercises", "later").
        case after
        /// The event began then and is still going on ("has ruled for over three decades").
        case since
    }

    /// One event of the story.
    public struct Event: Sendable, Equatable {
        /// The resolved ISO date or partial date (`2025-09-11`, `2025-09`, `2021`), or nil.
        public var date: String?
        /// The TIMEX3 value of the event's own time, also when it is not a calendar date
        /// (`XXXX-WXX-3` for the day before an unknown Thursday); nil for related events.
        public var value: String?
        /// A short description of what happened ("Belarus released 52 prisoners").
        public var description: String
        /// Index in `Article.sentences` of the sentence that tells it.
        public var sentence: Int
        /// Index into `timexes` of the expression that dates it (for related events, the
        /// expression of the event they are placed against).
        public var timex: Int
        public var relation: Relation
        /// The paragraph's number.
        public var paragraph: Int
    }

    /// The date the relative expressions were read against, or nil when none was known.
    public var reference: CalendarDate?
    /// Every temporal expression outside boilerplate and bylines, in text order.
    public var timexes: [Timex]
    /// The events in chronological order.
    public var events: [Event]
}
