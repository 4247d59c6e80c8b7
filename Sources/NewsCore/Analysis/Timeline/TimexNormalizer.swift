/// Turns what an expression says (`TimexMeaning`) into a TIMEX3 value, given the reference date
/// (or none), the tense of its clause, and the day the story was last talking about.
///
/// With no reference date nothing is invented: "Thursday" stays `XXXX-WXX-4`, "last year"
/// `XXXX`, while the offsets from the unknown reference are kept for ordering.
struct TimexNormalizer {
    var reference: CalendarDate?
    /// The last quarter the story named (`1989-Q3`), which "the quarter", "the latest
    /// quarter" and "a year earlier" in a company's report refer to.
    var storyQuarter: (year: Int, quarter: Int)?
    /// The days of the last calendar time the story named that is not the present ("in June
    /// 1998", "on Oct. 23"), which "that year" and "later that day" refer back to.
    var lastDated: ClosedRange<Int>?

    init(reference: CalendarDate?) {
        self.reference = reference
    }

    /// Remembers `resolved` as the story's quarter when `meaning` names a quarter of the
    /// reference's year ("the third quarter", "third-quarter"): the quarters it is compared
    /// with ("the year-ago quarter", "the 1988 quarter") are not the one the story reports.
    /// `fiscal` is true when the words say the quarter is a fiscal one: another company's
    /// count, which may well be lower than the calendar quarter already reported.
    mutating func note(
        _ meaning: TimexMeaning, _ resolved: ResolvedTime, tense: ClauseTense = .unknown, fiscal: Bool = false
    ) {
        noteDated(meaning, resolved)
        switch meaning {
        case .yearPart(let year, _) where year == nil || year == reference?.year: break
        // "the fiscal first quarter", "this year's third quarter".
        case .storyQuarter(nil, let offset, 0, _) where offset == nil || offset == 0: break
        default: return
        }
        let bytes = Array(resolved.value.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q"),
            let year = Int(resolved.value.prefix(4)), let quarter = Int(resolved.value.suffix(1)),
            (1...4).contains(quarter)
        else { return }
        // "Net rose in the third quarter … after a flat second quarter": an earlier quarter of
        // the same year, named by its number, is a comparison, not a new story quarter.
        if case .yearPart = meaning, !fiscal, let current = storyQuarter, current.year == year, quarter < current.quarter {
            return
        }
        // A company reports on a quarter that has ended, or on its fiscal quarter in the past
        // tense: "will take a fourth-quarter charge" in a story of October is a forecast, and
        // "the latest quarter" beside it is still the third.
        if tense != .past, let reference,
            year > reference.year || (year == reference.year && quarter * 3 >= reference.month)
        {
            return
        }
        storyQuarter = (year, quarter)
    }

    /// Remembers the days of `resolved` when it is a calendar time other than the present, for
    /// "that year" and "that day" later in the story.
    private mutating func noteDated(_ meaning: TimexMeaning, _ resolved: ResolvedTime) {
        switch meaning {
        case .relativeDay(0), .period(_, offset: 0), .reference, .duration, .set: return
        default: break
        }
        guard let days = resolved.days, resolved.value.first?.isNumber == true else { return }
        lastDated = days
    }

    /// `focusIsNear` is true when the story's current day was named in the same sentence: a
    /// clock time then takes that day whatever the tense ("tomorrow at 8:45").
    func resolve(
        _ meaning: TimexMeaning, tense: ClauseTense, focus: ResolvedTime?, focusIsNear: Bool = false
    ) -> ResolvedTime {
        switch meaning {
        case let .calendar(year, month, day):
            return calendar(year: year, month: month, day: day, tense: tense)
        case let .nthWeekday(month, n, weekday):
            guard reference != nil else { return ResolvedTime(value: "XXXX-" + TimexFormat.pad(month, 2)) }
            let inYear = calendar(year: nil, month: month, day: nil, tense: tense)
            guard let year = Int(inYear.value.prefix(4)), let first = CalendarDate(year: year, month: month, day: 1),
                let date = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
            else { return inYear }
            return .day(date)
        case let .monthOfYear(month, yearOffset):
            guard let reference else { return ResolvedTime(value: "XXXX-" + TimexFormat.pad(month, 2)) }
            return calendar(year: reference.year + yearOffset, month: month, day: nil, tense: tense)
        case .century(let c):
            let days = TimexFormat.days(ofYear: c * 100).flatMap { f in
                TimexFormat.days(ofYear: c * 100 + 99).map { f.lowerBound...$0.upperBound }
            }
            return ResolvedTime(value: TimexFormat.pad(c, 2), days: days)
        case .decade(let value):
            let first = TimexFormat.days(ofYear: value * 10), last = TimexFormat.days(ofYear: value * 10 + 9)
            let days = first.flatMap { f in last.map { f.lowerBound...$0.upperBound } }
            return ResolvedTime(value: String(value), days: days)
        case let .season(year, code, offset):
            return season(year: year, code: code, offset: offset, tense: tense)
        case let .weekday(day, offset):
            return weekday(day, offset: offset, tense: tense)
        case .relativeDay(let offset):
            guard let reference, let date = reference.adding(days: offset) else {
                return ResolvedTime(value: "XXXX-XX-XX", offsets: offset...offset, isDay: true)
            }
            return .day(date)
        case let .period(unit, offset):
            return period(unit, offset: offset)
        case let .periodDay(monthOffset, day):
            guard let reference else {
                return ResolvedTime(
                    value: "XXXX-XX-" + TimexFormat.pad(day, 2),
                    offsets: (monthOffset * 30 - 15)...(monthOffset * 30 + 15))
            }
            let (y, m) = reference.month(adding: monthOffset)
            guard let date = CalendarDate(year: y, month: m, day: day) else {
                return ResolvedTime(value: TimexFormat.month(y, m))
            }
            return .day(date)
        case .anchoredDays(let offset):
            return shift(focus ?? reference.map(ResolvedTime.day), by: offset)
        case let .daysFrom(on, days):
            return shift(resolve(on, tense: tense, focus: focus, focusIsNear: focusIsNear), by: days)
        case .weekOf(let on):
            let day = resolve(on, tense: tense, focus: focus, focusIsNear: focusIsNear)
            guard day.isDay, let days = day.days, let date = CalendarDate(dayNumber: days.lowerBound) else {
                return ResolvedTime(value: "XXXX-WXX")
            }
            let week = date.weekDays
            return ResolvedTime(value: date.isoWeekValue(addingWeeks: 0), days: week)
        case let .monthDay(month, day, offset):
            guard let reference else {
                return ResolvedTime(value: "XXXX-" + TimexFormat.pad(month, 2) + "-" + TimexFormat.pad(day, 2), isDay: true)
            }
            // Strictly before (or after) the reference day: "last Oct. 23" written on Oct. 23 is
            // a year back.
            let before = (month, day) < (reference.month, reference.day)
            let after = (month, day) > (reference.month, reference.day)
            let year = offset < 0 ? (before ? reference.year : reference.year - 1)
                : offset > 0 ? (after ? reference.year : reference.year + 1) : reference.year
            guard let date = CalendarDate(year: year, month: month, day: day) else {
                return ResolvedTime(value: TimexFormat.month(year, month), days: TimexFormat.days(ofMonth: month, year: year))
            }
            return .day(date)
        case let .anchoredPeriod(unit, offset):
            // Counted from the last time the story named ("in March … the following month"),
            // else from its current day, else from the reference.
            if let days = lastDated ?? (focus?.isDay == true ? focus?.days : nil),
                let day = CalendarDate(dayNumber: days.lowerBound)
            {
                return TimexNormalizer(reference: day).period(unit, offset: offset)
            }
            return period(unit, offset: offset)
        case .anchoredSame(let unit):
            if unit == .day {
                // "most recently last October … crossed out that same day": when the last time
                // named is longer than a day and is not the story's current day, the day is one
                // of it whose date the story does not give.
                if let days = lastDated, days.count > 1, let first = CalendarDate(dayNumber: days.lowerBound),
                    !(focus?.days.map { days.contains($0.lowerBound) } ?? false)
                {
                    let value = days.count <= 31
                        ? TimexFormat.month(first.year, first.month) + "-XX" : TimexFormat.pad(first.year, 4) + "-XX-XX"
                    return ResolvedTime(value: value, days: days)
                }
                if let focus, focus.isDay { return focus }
                guard let days = lastDated, days.count == 1, let day = CalendarDate(dayNumber: days.lowerBound) else {
                    return ResolvedTime(value: "XXXX-XX-XX", isDay: true)
                }
                return .day(day)
            }
            // Nothing named before: the unit is known, its place is not.
            guard let days = lastDated ?? focus?.days, let day = CalendarDate(dayNumber: days.lowerBound) else {
                return TimexNormalizer(reference: nil).period(unit, offset: 0)
            }
            return TimexNormalizer(reference: day).period(unit, offset: 0)
        case let .yearPart(year, code):
            guard var y = year ?? reference?.year else { return ResolvedTime(value: "XXXX-" + code) }
            // "the fourth quarter" in a story of January is last year's, told in the past.
            if year == nil, let reference, tense == .past, let n = Int(code.dropFirst()) {
                let current = code.hasPrefix("Q") ? (reference.month - 1) / 3 + 1 : (reference.month - 1) / 6 + 1
                if n > current { y -= 1 }
            }
            return ResolvedTime(value: TimexFormat.pad(y, 4) + "-" + code, days: TimexFormat.days(ofYear: y))
        case let .anchoredWeekday(day, forward):
            guard let base = focus?.isDay == true ? focus : reference.map(ResolvedTime.day), let days = base.days,
                let date = CalendarDate(dayNumber: days.lowerBound)
            else { return weekday(day, offset: forward ? 1 : -1, tense: tense) }
            // Strictly before or after the story's day: a week away when it is that weekday.
            let ahead = (day - date.weekday + 7) % 7, behind = (date.weekday - day + 7) % 7
            return shift(base, by: forward ? (ahead == 0 ? 7 : ahead) : -(behind == 0 ? 7 : behind))
        case .currentQuarter:
            guard let reference else { return ResolvedTime(value: "XXXX-QX") }
            return ResolvedTime(
                value: TimexFormat.pad(reference.year, 4) + "-Q\((reference.month - 1) / 3 + 1)",
                days: TimexFormat.days(ofYear: reference.year))
        case let .storyQuarter(year, referenceOffset, yearsBack, code):
            return quarter(year: year, referenceOffset: referenceOffset, yearsBack: yearsBack, code: code)
        case .yearBeforeQuarter(let fallback):
            guard let storyQuarter else {
                // "up from 4 pence a year earlier" compares a figure with the story's present,
                // not with the last year it named: counted from its day or the reference.
                if case let .anchoredPeriod(unit, offset) = fallback {
                    if let days = focus?.days, focus?.isDay == true, let day = CalendarDate(dayNumber: days.lowerBound) {
                        return TimexNormalizer(reference: day).period(unit, offset: offset)
                    }
                    return period(unit, offset: offset)
                }
                return resolve(fallback, tense: tense, focus: focus, focusIsNear: focusIsNear)
            }
            let y = storyQuarter.year - 1
            return ResolvedTime(
                value: "\(TimexFormat.pad(y, 4))-Q\(storyQuarter.quarter)", days: TimexFormat.days(ofYear: y))
        case .weekend(let offset):
            // "over the weekend" in a story of a weekday is the one just gone, unless the clause
            // looks ahead.
            let weekday = reference?.weekday ?? 1
            let chosen = offset ?? (tense != .future && weekday <= 5 ? -1 : 0)
            var week = period(.week, offset: chosen)
            week.value += "-WE"
            return week
        case let .time(on, hour, minute):
            // The story's current day is its narrative's; a future clause speaks from the
            // reference date ("will brief analysts at 6pm").
            let day =
                on.map { resolve($0, tense: tense, focus: focus) }
                ?? dayFocus(tense == .future && reference != nil && !focusIsNear ? nil : focus)
            let clock = "T" + TimexFormat.pad(hour, 2) + ":" + TimexFormat.pad(minute, 2)
            return attach(clock, to: day)
        case let .partOfDay(on, code):
            return attach("T" + code, to: resolve(on, tense: tense, focus: focus))
        case .reference(let value):
            return ResolvedTime(value: value, offsets: value == "PRESENT_REF" ? 0...0 : nil)
        case .duration(let value), .set(let value):
            return ResolvedTime(value: value)
        }
    }

    /// The day a clock time without its own day belongs to: the story's last day, else the
    /// reference date, else an unknown day.
    private func dayFocus(_ focus: ResolvedTime?) -> ResolvedTime {
        if let focus, focus.isDay { return focus }
        if let reference { return .day(reference) }
        return ResolvedTime(value: "XXXX-XX-XX", offsets: 0...0, isDay: true)
    }

    private func attach(_ suffix: String, to day: ResolvedTime) -> ResolvedTime {
        var value = day.value
        if !day.isDay { value = "XXXX-XX-XX" }
        if let t = value.firstIndex(of: "T") { value = String(value[..<t]) }
        return ResolvedTime(
            value: value + suffix, days: day.isDay ? day.days : nil, offsets: day.isDay ? day.offsets : nil,
            weekday: day.weekday)
    }

    /// A day moved by `offset` days; an unknown weekday moves round the week.
    func shift(_ base: ResolvedTime?, by offset: Int) -> ResolvedTime {
        guard let base, base.isDay else { return ResolvedTime(value: "XXXX-XX-XX", isDay: true) }
        if let days = base.days, let date = CalendarDate(dayNumber: days.lowerBound + offset) { return .day(date) }
        let offsets = base.offsets.map { ($0.lowerBound + offset)...($0.upperBound + offset) }
        if let weekday = base.weekday {
            let shifted = ((weekday - 1 + offset) % 7 + 7) % 7 + 1
            return ResolvedTime(value: "XXXX-WXX-\(shifted)", offsets: offsets, weekday: shifted, isDay: true)
        }
        return ResolvedTime(value: "XXXX-XX-XX", offsets: offsets, isDay: true)
    }

    private func calendar(year: Int?, month: Int?, day: Int?, tense: ClauseTense) -> ResolvedTime {
        guard let month else {
            guard let year else { return ResolvedTime(value: "XXXX") }
            return ResolvedTime(value: TimexFormat.pad(year, 4), days: TimexFormat.days(ofYear: year))
        }
        if let year {
            if let day, let date = CalendarDate(year: year, month: month, day: day) { return .day(date) }
            return ResolvedTime(
                value: TimexFormat.month(year, month), days: TimexFormat.days(ofMonth: month, year: year))
        }
        guard let reference else {
            let value = "XXXX-" + TimexFormat.pad(month, 2) + (day.map { "-" + TimexFormat.pad($0, 2) } ?? "")
            return ResolvedTime(value: value, isDay: day != nil)
        }
        // The year follows the tense, month by month as a reporter counts (HeidelTime's rule
        // for news): a past clause names this year's month unless it is still months away,
        // a future clause this year's unless it has gone; otherwise the nearer of the two. A day
        // in the reference's own month stays in its year whatever the tense ("extended to Nov.
        // 20" in a story of Nov. 2).
        let chosen: Int
        switch tense {
        case .future: chosen = month < reference.month ? reference.year + 1 : reference.year
        // A past clause still reaches into next month ("declared a dividend payable Dec. 15"
        // in a story of November).
        case .past: chosen = month > reference.month + 1 ? reference.year - 1 : reference.year
        case .present, .unknown:
            if month - reference.month > 6 {
                chosen = reference.year - 1
            } else if reference.month - month > 6 {
                chosen = reference.year + 1
            } else {
                chosen = reference.year
            }
        }
        return calendar(year: chosen, month: month, day: day, tense: tense)
    }

    private func weekday(_ day: Int, offset: Int?, tense: ClauseTense) -> ResolvedTime {
        let forward = offset.map { $0 > 0 } ?? (tense == .future)
        guard let reference else {
            let offsets: ClosedRange<Int> = forward ? 1...7 : (offset == -1 ? -7...(-1) : -6...0)
            return ResolvedTime(value: "XXXX-WXX-\(day)", offsets: offsets, weekday: day, isDay: true)
        }
        let today = reference.weekday
        var delta: Int
        if offset == 0 {
            delta = day - today
        } else if offset == nil, day == today {
            // In a story dated Friday, "on Friday" is that day.
            delta = 0
        } else if forward {
            delta = (day - today + 7) % 7
            if delta == 0 { delta = 7 }
        } else {
            delta = -((today - day + 7) % 7)
            if offset == -1, delta == 0 { delta = -7 }
        }
        guard let date = reference.adding(days: delta) else {
            return ResolvedTime(value: "XXXX-WXX-\(day)", weekday: day, isDay: true)
        }
        return .day(date)
    }

    func period(_ unit: TemporalLexicon.Unit, offset: Int) -> ResolvedTime {
        guard let reference else {
            let scale: Int
            let value: String
            switch unit {
            case .day: scale = 1; value = "XXXX-XX-XX"
            case .week: scale = 7; value = "XXXX-WXX"
            case .month: scale = 30; value = "XXXX-XX"
            case .decade: scale = 3652; value = "XXX"
            case .century: scale = 36524; value = "XX"
            default: scale = 365; value = "XXXX"
            }
            return ResolvedTime(
                value: value, offsets: (offset * scale - scale / 2)...(offset * scale + scale / 2), isDay: unit == .day)
        }
        switch unit {
        case .day, .hour, .minute, .second:
            return reference.adding(days: offset).map(ResolvedTime.day) ?? ResolvedTime(value: "XXXX-XX-XX")
        case .week:
            let days = reference.weekDays
            return ResolvedTime(
                value: reference.isoWeekValue(addingWeeks: offset),
                days: (days.lowerBound + 7 * offset)...(days.upperBound + 7 * offset))
        case .month:
            let (y, m) = reference.month(adding: offset)
            return ResolvedTime(value: TimexFormat.month(y, m), days: TimexFormat.days(ofMonth: m, year: y))
        case .year:
            let y = reference.year + offset
            return ResolvedTime(value: TimexFormat.pad(y, 4), days: TimexFormat.days(ofYear: y))
        case .decade:
            return resolve(.decade(reference.year / 10 + offset), tense: .unknown, focus: nil)
        case .century:
            let c = reference.year / 100 + offset
            return ResolvedTime(
                value: String(c),
                days: TimexFormat.days(ofYear: c * 100).flatMap { f in
                    TimexFormat.days(ofYear: c * 100 + 99).map { f.lowerBound...$0.upperBound }
                })
        }
    }

    /// The story's quarter (else the last quarter ended before the reference date), moved and
    /// renamed by what the phrase writes.
    private func quarter(year: Int?, referenceOffset: Int?, yearsBack: Int, code: String?) -> ResolvedTime {
        var base = storyQuarter
        if base == nil, let reference {
            let current = (reference.month - 1) / 3 + 1
            base = current == 1 ? (reference.year - 1, 4) : (reference.year, current - 1)
        }
        let name = code ?? base.map { "Q\($0.quarter)" } ?? "QX"
        let y: Int?
        if let year {
            y = year
        } else if let referenceOffset {
            y = reference.map { $0.year + referenceOffset }
        } else {
            y = base.map { $0.year + yearsBack }
        }
        guard let y else { return ResolvedTime(value: "XXXX-" + name) }
        return ResolvedTime(value: TimexFormat.pad(y, 4) + "-" + name, days: TimexFormat.days(ofYear: y))
    }

    private func season(year: Int?, code: String, offset: Int?, tense: ClauseTense) -> ResolvedTime {
        // A month name after "last"/"next"/"this" arrives here as its two digits.
        if let month = Int(code) {
            guard let reference else { return ResolvedTime(value: "XXXX-" + code) }
            var y = reference.year
            if offset == -1 { y = month < reference.month ? reference.year : reference.year - 1 }
            if offset == 1 { y = month > reference.month ? reference.year : reference.year + 1 }
            return calendar(year: y, month: month, day: nil, tense: tense)
        }
        if let year {
            return ResolvedTime(value: "\(TimexFormat.pad(year, 4))-\(code)", days: TimexFormat.days(ofYear: year))
        }
        guard let reference else { return ResolvedTime(value: "XXXX-\(code)") }
        var y = reference.year + (offset ?? 0)
        // A season is named as a reporter counts it, by its months: "last spring" in November
        // is the spring just gone, "next summer" in March this year's, and "the summer" in a
        // clause that looks ahead, once this year's has gone, next year's (a past clause
        // likewise looks back past a season still to come). Winter straddles the new year
        // and keeps the plain count.
        if let months = Self.seasonMonths[code] {
            let ended = months.upperBound < reference.month, begun = months.lowerBound <= reference.month
            switch offset {
            case .some(-1): y = ended ? reference.year : reference.year - 1
            case .some(1): y = begun ? reference.year + 1 : reference.year
            case nil where tense == .future && ended: y = reference.year + 1
            case nil where tense == .past && !begun: y = reference.year - 1
            default: break
            }
        }
        return ResolvedTime(value: "\(TimexFormat.pad(y, 4))-\(code)", days: TimexFormat.days(ofYear: y))
    }

    /// The months of each season within one calendar year (winter, across the new year, has none).
    static let seasonMonths: [String: ClosedRange<Int>] = ["SP": 3...5, "SU": 6...8, "FA": 9...11]
}
