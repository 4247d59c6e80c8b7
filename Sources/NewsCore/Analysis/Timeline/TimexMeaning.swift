/// What a temporal expression says, before it is read against a reference date: the parts the
/// text gives ("Sept. 11", "last week", "on Thursday") and nothing it does not.
indirect enum TimexMeaning: Sendable, Equatable {
    /// Calendar parts as written; a missing year is filled from the reference date and tense.
    case calendar(year: Int?, month: Int?, day: Int?)
    /// The `nth` weekday (Monday = 1) of a month, in the year the tense picks: Thanksgiving is
    /// the fourth Thursday of November (11, 4, 4).
    case nthWeekday(month: Int, n: Int, weekday: Int)
    /// A month of the year counted from the reference's: "June last year" (6, -1).
    case monthOfYear(month: Int, yearOffset: Int)
    /// A decade as its first three digits: "the 1990s" is 199.
    case decade(Int)
    /// A century as its first two digits: "the 19th century" is 18.
    case century(Int)
    /// A season, with its year when written ("the summer of 2021").
    case season(year: Int?, code: String, offset: Int?)
    /// A weekday (Monday = 1); `offset` is -1 for "last", +1 for "next", 0 for "this", nil when
    /// the tense decides.
    case weekday(Int, offset: Int?)
    /// Yesterday (-1), today (0), tomorrow (+1).
    case relativeDay(Int)
    /// A calendar period counted from the reference date: "last week" (week, -1), "this
    /// year" (year, 0), "two years ago" (year, -2).
    case period(TemporalLexicon.Unit, offset: Int)
    /// A day of a month counted from the reference date: "the first of next month".
    case periodDay(monthOffset: Int, day: Int)
    /// Days counted from the last date the story gave: "the day before", "two days later".
    case anchoredDays(Int)
    /// Days counted from a day the phrase itself names: "the day before last Tuesday" (-1 from
    /// last Tuesday), "the day after Christmas".
    case daysFrom(TimexMeaning, days: Int)
    /// The week a named day falls in: "the week of March 6" is that day's ISO week.
    case weekOf(TimexMeaning)
    /// A month and day counted from the reference date by "last", "next" or "this": "last
    /// Oct. 23" is the most recent Oct. 23 before it, "next March 5" the first one after it.
    case monthDay(month: Int, day: Int, offset: Int)
    /// A calendar period counted from the last date the story gave: "a year earlier" (year,
    /// -1), "the following week" (week, +1).
    case anchoredPeriod(TemporalLexicon.Unit, offset: Int)
    /// A weekday counted from the story's current day, not from the reference: "the previous
    /// Friday" (`forward` false) is the Friday before the day the story is on, "the following
    /// Monday" the Monday after it.
    case anchoredWeekday(Int, forward: Bool)
    /// The day, week, month or year of the last date the story gave: "that day", "that same
    /// year", "later that month" (TimeML's anaphoric references, valued from their anchor).
    case anchoredSame(TemporalLexicon.Unit)
    /// A quarter or half of a year: "the second quarter" (`Q2`), "the first half of 2025" (`H1`).
    case yearPart(year: Int?, code: String)
    /// The quarter a story reports on, or one written against it: "the latest quarter" (the
    /// story's last quarter), "the year-ago quarter" (`yearsBack` -1), "this year's third
    /// quarter" (`referenceOffset` 0 from the reference's year), "the 1988 period".
    case storyQuarter(year: Int?, referenceOffset: Int?, yearsBack: Int, code: String?)
    /// "the current quarter": the quarter the reference date falls in.
    case currentQuarter
    /// "a year ago", "a year earlier": in a story reporting on a quarter, that quarter a year
    /// before; otherwise what `fallback` says.
    case yearBeforeQuarter(fallback: TimexMeaning)
    /// A weekend counted from the reference date: "this weekend" (0), "last weekend" (-1), or
    /// nil for "the weekend", whose week the tense decides.
    case weekend(offset: Int?)
    /// A clock time, on the day `on` names or else the day the story is talking about.
    case time(on: TimexMeaning?, hour: Int, minute: Int)
    /// A part of a day ("Wednesday evening", "last night").
    case partOfDay(on: TimexMeaning, code: String)
    /// TIMEX3's `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    case reference(String)
    /// A duration as its TIMEX3 value (`P15Y`, `PT9H`, `PXY`).
    case duration(String)
    /// A set (a recurring time) as its TIMEX3 value (`P1Y`, `XXXX-WXX-6`).
    case set(String)

    /// The TIMEX3 type.
    var type: String {
        switch self {
        case .time, .partOfDay: return "TIME"
        case .duration: return "DURATION"
        case .set: return "SET"
        default: return "DATE"
        }
    }

    /// True when the value depends on the tense of the clause (a weekday or a month without a
    /// year can point back or forward).
    var needsTense: Bool {
        switch self {
        case .calendar(let year, let month, _): return year == nil && month != nil
        case .nthWeekday: return true
        case .weekday(_, let offset): return offset == nil
        case .season(let year, _, let offset): return year == nil && offset == nil
        case .partOfDay(let on, _): return on.needsTense
        case .time(let on, _, _): return on?.needsTense ?? false
        case .daysFrom(let on, _), .weekOf(let on): return on.needsTense
        default: return false
        }
    }
}

/// A temporal expression found in the text: where it is and what it says.
struct TimexMention: Sendable, Equatable {
    /// Token indices within the paragraph's tokens.
    var tokens: Range<Int>
    /// Scalar range in the article.
    var range: Range<Int>
    var meaning: TimexMeaning
    /// TIMEX3 `mod` ("MORE_THAN" for "over three decades", "START" for "early 2021").
    var mod: String?
}
