/// Day arithmetic the timeline needs on top of `CalendarDate`: weekdays, ISO weeks, shifting
/// by days and months.
extension CalendarDate {
    /// The date `dayNumber` days after the epoch (the inverse of `dayNumber`, after Howard
    /// Hinnant's published civil-from-days algorithm); nil outside years 1000–9999.
    init?(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    var weekday: Int { Self.weekday(ofDay: dayNumber) }

    static func weekday(ofDay number: Int) -> Int {
        (((number + 3) % 7) + 7) % 7 + 1
    }

    /// The ISO 8601 week: its year (which may differ from the date's near New Year) and number.
    var isoWeek: (year: Int, week: Int) {
        let thursday = dayNumber - (weekday - 1) + 3
        guard let date = CalendarDate(dayNumber: thursday), let first = CalendarDate(year: date.year, month: 1, day: 1)
        else {
            return (year, 1)
        }
        return (date.year, (thursday - first.dayNumber) / 7 + 1)
    }

    /// `YYYY-Www` for the week holding `days` after this date.
    func isoWeekValue(addingWeeks weeks: Int = 0) -> String {
        let shifted = CalendarDate(dayNumber: dayNumber + 7 * weeks) ?? self
        let week = shifted.isoWeek
        return "\(week.year)-W" + (week.week < 10 ? "0" : "") + String(week.week)
    }

    func adding(days: Int) -> CalendarDate? { CalendarDate(dayNumber: dayNumber + days) }

    /// The year and month `months` after this date's month.
    func month(adding months: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        return (index / 12, index % 12 + 1)
    }

    /// The first and last day numbers of the ISO week holding this date.
    var weekDays: ClosedRange<Int> {
        let monday = dayNumber - (weekday - 1)
        return monday...(monday + 6)
    }
}

/// Small formatting helpers for TIMEX3 values.
enum TimexFormat {
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func month(_ year: Int, _ month: Int) -> String { "\(pad(year, 4))-\(pad(month, 2))" }

    /// Day numbers of the first and last day of a month.
    static func days(ofMonth month: Int, year: Int) -> ClosedRange<Int>? {
        guard let first = CalendarDate(year: year, month: month, day: 1),
            let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        else { return nil }
        return first.dayNumber...last.dayNumber
    }

    /// Day numbers of a whole year.
    static func days(ofYear year: Int) -> ClosedRange<Int>? {
        guard let first = CalendarDate(year: year, month: 1, day: 1),
            let last = CalendarDate(year: year, month: 12, day: 31)
        else { return nil }
        return first.dayNumber...last.dayNumber
    }
}
