/// A calendar date read from atoms: what the text says of it and the items it spans.
public struct DateReading: Sendable, Equatable {
    /// The year when written with the date ("March 3, 2025"); a two-digit year in a numeric
    /// date ("11/09/25") is taken as 2000–2049 or 1950–1999.
    public var year: Int?
    /// The month (1–12); nil for "the fifth of next month", which names only a day.
    public var month: Int?
    /// The day of the month.
    public var day: Int
    /// The last day of a span of days in one month ("Jan. 2-22" has 2 and 22).
    public var lastDay: Int?
    /// Item indices into the run: the first, and one past the last.
    public var start: Int
    public var end: Int
}

/// The one date reader: reads a calendar date written with numbers at an item of an `AtomRun`,
/// as news copy writes them: "Nov. 20, 2019", "March 3 2025", "Jan. 2-22", "20 November 2019",
/// "14th Feb.", "the first of April" (read at "first"), "the fifth of next month", "2019-11-20",
/// "9/11", "11/09/2025".
///
/// It reads a date where one is written and nothing more: no relative days ("next Friday"),
/// no month or year alone. Figures report these dates; the timeline and the date-line reader
/// can place them, so a date is read one way everywhere.
///
///     let run = AtomRun(text: ScalarText("on Nov. 20, 2019 the"))
///     DateReader(run).read(at: 1)   // year 2019, month 11, day 20, items 1..<7
public struct DateReader: Sendable {
    public let tokens: AtomRun

    public init(_ run: AtomRun) { self.tokens = run }

    /// The date starting at item `index`, or nil when none starts there.
    public func read(at index: Int) -> DateReading? {
        guard index < tokens.count, !tokens[index].inLink else { return nil }
        return monthFirst(at: index) ?? dayFirst(at: index) ?? ordinalOf(at: index) ?? iso(at: index)
            ?? slashed(at: index)
    }

    // MARK: forms

    /// "March 3, 2025", "Oct. 4", "Jan. 2-22", "September 11 2001". A clock time after the day
    /// ("May 5:30") is not a date; "may" and "march" need a day right after them.
    func monthFirst(at index: Int) -> DateReading? {
        guard let month = month(at: index) else { return nil }
        var cursor = index + 1
        if CalendarLexicon.monthAbbreviations.contains(tokens[index].lower), tokens.isSymbol(cursor, "."),
           tokens.attached(cursor) { cursor += 1 }
        guard let (day, afterDay) = dayNumber(at: cursor) else { return nil }
        if afterDay < tokens.count,
           tokens[afterDay].isSymbol(":") || tokens.word(afterDay).map(UnitLexicon.clockWords.contains) == true {
            return nil
        }
        var reading = DateReading(month: month, day: day, start: index, end: afterDay)
        if tokens.isDash(reading.end), tokens.attached(reading.end),
           let (last, afterLast) = dayNumber(at: reading.end + 1),
           tokens.attached(reading.end + 1), last > day {
            reading.lastDay = last
            reading.end = afterLast
        }
        if tokens.isSymbol(reading.end, ","), let year = year(at: reading.end + 1) {
            reading.year = year
            reading.end += 2
        } else if let year = year(at: reading.end) {
            reading.year = year
            reading.end += 1
        }
        return reading
    }

    /// "20 November 2019", "14th Feb.", "3 March": a day written apart from what precedes it.
    func dayFirst(at index: Int) -> DateReading? {
        guard let (day, after) = dayNumber(at: index), let month = month(at: after),
              tokens[index].spaceBefore || index == 0 else { return nil }
        var reading = DateReading(month: month, day: day, start: index, end: after + 1)
        if CalendarLexicon.monthAbbreviations.contains(tokens[after].lower), tokens.isSymbol(reading.end, "."),
           tokens.attached(reading.end) { reading.end += 1 }
        if let year = year(at: reading.end) {
            reading.year = year
            reading.end += 1
        }
        return reading
    }

    /// "the first of April" (the whole "first of April"), "the fifth of next month" (only
    /// "fifth": the month is named relative to another date).
    func ordinalOf(at index: Int) -> DateReading? {
        guard tokens[index].isWord, let day = NumberWords.ordinal(tokens[index].lower), day <= 31,
              tokens.word(index + 1) == "of" else { return nil }
        if let month = month(at: index + 2) {
            return DateReading(month: month, day: day, start: index, end: index + 3)
        }
        if let relative = tokens.word(index + 2), Self.relativeMonthWords.contains(relative),
           tokens.word(index + 3) == "month" {
            return DateReading(day: day, start: index, end: index + 1)
        }
        return nil
    }

    /// "2019-11-20": year, month and day joined by hyphens.
    func iso(at index: Int) -> DateReading? {
        guard let year = year(at: index), index + 4 < tokens.count,
              tokens.isDash(index + 1), tokens.attached(index + 1),
              tokens[index + 2].isDigits, tokens[index + 2].length == 2, tokens.attached(index + 2),
              tokens.isDash(index + 3), tokens.attached(index + 3),
              let (day, after) = dayNumber(at: index + 4), tokens[index + 4].length == 2, tokens.attached(index + 4),
              let month = tokens.integer(index + 2) else { return nil }
        return DateReading(year: year, month: (1...12).contains(month) ? month : nil, day: day, start: index,
                           end: after)
    }

    /// "9/11" (month and day), "11/09/2025" (day first when the first number is over 12,
    /// else month first). "3/4" and the like are fractions, not dates.
    func slashed(at index: Int) -> DateReading? {
        guard tokens[index].isDigits, tokens[index].length <= 2, index + 2 < tokens.count,
              tokens.isSymbol(index + 1, "/"), tokens.attached(index + 1),
              tokens[index + 2].isDigits, tokens[index + 2].length <= 2, tokens.attached(index + 2),
              let first = tokens.integer(index), let second = tokens.integer(index + 2),
              !(index > 0 && tokens[index - 1].isSymbol("/") && !tokens[index].spaceBefore) else { return nil }
        if index + 4 < tokens.count, tokens.isSymbol(index + 3, "/"), tokens.attached(index + 3),
           tokens[index + 4].isDigits,
           tokens.attached(index + 4), [2, 4].contains(tokens[index + 4].length), (1...31).contains(first),
           (1...31).contains(second), let written = tokens.integer(index + 4) {
            let year = tokens[index + 4].length == 4 ? written : (written < 50 ? 2000 + written : 1900 + written)
            let (month, day) = first > 12 ? (second, first) : (first, second)
            return DateReading(year: year, month: (1...12).contains(month) ? month : nil, day: day, start: index,
                               end: index + 5)
        }
        if !tokens.isSymbol(index + 3, "/"), (1...12).contains(first), (1...31).contains(second),
           !Self.fractionDenominators.contains(second) || first >= second {
            return DateReading(month: first, day: second, start: index, end: index + 3)
        }
        return nil
    }

    // MARK: parts

    /// The month a capitalised month name or abbreviation at `index` names.
    public func month(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isCapitalized, let month = CalendarLexicon.months[tokens[index].lower]
        else { return nil }
        return month
    }

    /// A day of the month written in one or two digits, with an ordinal suffix glued to it
    /// ("14th"): the day and the item after it.
    public func dayNumber(at index: Int) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].isDigits, tokens[index].length <= 2, let day = tokens.integer(index),
              (1...31).contains(day) else { return nil }
        var end = index + 1
        if let suffix = tokens.word(end), tokens.attached(end), Self.ordinalSuffixes.contains(suffix) { end += 1 }
        return (day, end)
    }

    /// A year written in four digits, 1000 to 2100.
    public func year(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isDigits, tokens[index].length == 4, let year = tokens.integer(index),
              (1000...2100).contains(year) else { return nil }
        return year
    }

    /// Denominators "a/b" fractions are usually written with; "9/11" with another is a date.
    static let fractionDenominators: Set<Int> = [2, 3, 4, 5, 6, 8, 10, 16, 32, 100]

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Words that name a month relative to another ("the fifth of next month").
    static let relativeMonthWords: Set<String> = ["next", "this", "last", "the", "that", "each", "every"]
}
