/// The first day a TIMEX3 date value covers, as a full ISO date ("2025" → "2025-01-01",
/// "2025-W09" → "2025-02-24", "2025-Q2" → "2025-04-01", "199" → "1990-01-01"), so events dated
/// with any precision can be ordered with each other. A time of day is kept after the date
/// ("2025-06-18T14:00"); a value with no year comes back as it is.
enum DateStart {
    static func of(_ value: String) -> String {
        var parts = value.split(separator: "-", maxSplits: 1).map(String.init)
        guard var year = parts.first, !year.isEmpty, year.allSatisfy(\.isNumber), year.count <= 4 else { return value }
        year += String(repeating: "0", count: 4 - year.count)
        guard parts.count == 2 else { return year + "-01-01" }
        let rest = parts.removeLast()
        guard let yearNumber = Int(year) else { return value }
        if rest.hasPrefix("W"), let week = Int(rest.dropFirst().prefix(2)),
           let monday = mondayOfWeek(week, year: yearNumber) {
            return monday.iso
        }
        if let month = firstMonth[rest] { return year + "-" + month + "-01" }
        // "03", "03-14", "03-14T18:00"
        if rest.count == 2 { return year + "-" + rest + "-01" }
        return year + "-" + rest
    }

    /// Quarters, halves and seasons by the month they begin.
    static let firstMonth: [String: String] = [
        "Q1": "01", "Q2": "04", "Q3": "07", "Q4": "10", "H1": "01", "H2": "07",
        "SP": "03", "SU": "06", "FA": "09", "AU": "09", "WI": "12",
    ]

    /// The Monday of ISO week `week` of `year` (week 1 holds 4 January).
    static func mondayOfWeek(_ week: Int, year: Int) -> CalendarDate? {
        guard (1...53).contains(week), let january4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
        return CalendarDate(dayNumber: january4.dayNumber - (january4.weekday - 1) + 7 * (week - 1))
    }
}
