/// A temporal expression read against the reference date: its TIMEX3 value, the calendar date
/// (full or partial) an event can carry, and where it falls, for ordering.
struct ResolvedTime: Sendable, Equatable {
    /// The TIMEX3 value: `2025-09-11`, `2021`, `XXXX-WXX-4`, `P15Y`, `PRESENT_REF`.
    var value: String
    /// Day numbers the time covers, when the reference date (or the text) fixes them.
    var days: ClosedRange<Int>?
    /// Day offsets from an unknown reference date ("on Thursday" with no date: -6…0).
    var offsets: ClosedRange<Int>?
    /// A weekday known without its week, so "a day after" an unknown Thursday is a Wednesday.
    var weekday: Int?
    /// True for values that name a single day (and may anchor "the day before" or a clock time).
    var isDay: Bool

    init(
        value: String, days: ClosedRange<Int>? = nil, offsets: ClosedRange<Int>? = nil, weekday: Int? = nil,
        isDay: Bool = false
    ) {
        self.value = value
        self.days = days
        self.offsets = offsets
        self.weekday = weekday
        self.isDay = isDay
    }

    /// The value as an ISO or partial date (`2025-09-11`, `2025-09`, `2025-W37`, `2021`, `199`,
    /// `2025-03-03T18:00`), or nil when it is not one (unresolved, a duration, a reference word).
    var date: String? {
        guard let first = value.first, first.isNumber, !value.utf8.contains(UInt8(ascii: "X")) else { return nil }
        // A part of a day ("2025-03-12TEV") is no ISO time: the event carries the day.
        if let t = value.firstIndex(of: "T"), value[value.index(after: t)...].first?.isLetter == true {
            return String(value[..<t])
        }
        return value
    }

    /// A single resolved day.
    static func day(_ date: CalendarDate) -> ResolvedTime {
        ResolvedTime(value: date.iso, days: date.dayNumber...date.dayNumber, isDay: true)
    }
}
