/// A calendar date read from items: what the text says of it and the items it spans.
public struct DateReading: Sendable, Equatable {
    /// How the date is written, for readers that take some forms only (the timeline does not
    /// place "9/11", which names an event more often than a day).
    public enum Form: Sendable, Equatable {
        /// "Nov. 20, 2019", "March 3", "Jan. 2-22".
        case monthFirst
        /// "20 November 2019", "14th Feb.".
        case dayFirst
        /// "the first of April", "4th of July", "the fifth of next month".
        case ordinalOf
        /// "2019-11-20".
        case iso
        /// "9/11", "11/09/2025".
        case slashed
        /// "05.04.2018": day, month and year joined by dots.
        case dotted
    }

    /// The year when written with the date ("March 3, 2025"); a two-digit year in a numeric
    /// date ("11/09/25") is taken as 2000–2049 or 1950–1999.
    public var year: Int?
    /// The month (1–12); nil for "the fifth of next month", which names only a day.
    public var month: Int?
    /// The day of the month.
    public var day: Int
    /// The last day of a span of days in one month ("Jan. 2-22" has 2 and 22).
    public var lastDay: Int?
    /// Item indices: the first, and one past the last.
    public var start: Int
    public var end: Int
    public var form: Form
}

/// The one date reader: reads a calendar date written with numbers at an item, as news copy
/// writes them: "Nov. 20, 2019", "March 3 2025", "Jan. 2-22", "20 November 2019", "14th Feb.",
/// "the first of April" (read at "first"), "4th of July", "the fifth of next month",
/// "2019-11-20", "2018.04.05", "9/11", "11/09/2025", "05.04.2018". A day must exist in its month ("Feb. 30" is no date).
///
/// It reads a date where one is written and nothing more: no relative days ("next Friday"),
/// no month or year alone. Figures report these dates, the timeline places them and the
/// metadata reader dates an article by them, so a date is read one way everywhere. It walks any
/// `DateItems`: the atoms of a paragraph or a bare line (`AtomRun`), or the timeline's words.
///
///     let run = AtomRun(text: ScalarText("on Nov. 20, 2019 the"))
///     DateReader(run).read(at: 1)   // year 2019, month 11, day 20, items 1..<7
public struct DateReader<Items: DateItems> {
    public let tokens: Items
    /// Whether "Jan. 2-22" is read as one span of days, or as its first day only.
    public let readsDaySpans: Bool

    public init(_ items: Items, daySpans: Bool = true) {
        self.tokens = items
        self.readsDaySpans = daySpans
    }

    /// The date starting at item `index`, or nil when none starts there.
    public func read(at index: Int) -> DateReading? {
        guard index < tokens.count, !tokens.inLink(index) else { return nil }
        if tokens.isDigits(index) {
            return dayFirst(at: index) ?? ordinalOf(at: index) ?? iso(at: index) ?? slashed(at: index) ?? dotted(at: index)
        }
        return monthFirst(at: index) ?? ordinalOf(at: index)
    }

    // MARK: forms

    /// "March 3, 2025", "Oct. 4", "Jan. 2-22", "September 11 2001". A clock time after the day
    /// ("May 5:30", "May 5 pm") is not a date.
    func monthFirst(at index: Int) -> DateReading? {
        guard let (month, cursor) = month(at: index), let (day, afterDay) = dayNumber(at: cursor) else { return nil }
        // A colon is a clock's only when minutes touch it ("May 5:30"); "on April 25: the court"
        // ends a clause.
        let clock = tokens.isSymbol(afterDay, ":") && tokens.attached(afterDay) && tokens.isDigits(afterDay + 1)
            && tokens.attached(afterDay + 1)
        if clock || tokens.word(afterDay).map(UnitLexicon.clockWords.contains) == true {
            return nil
        }
        var reading = DateReading(month: month, day: day, start: index, end: afterDay, form: .monthFirst)
        if readsDaySpans, tokens.isDash(reading.end), tokens.attached(reading.end),
           let (last, afterLast) = dayNumber(at: reading.end + 1), tokens.attached(reading.end + 1), last > day {
            reading.lastDay = last
            reading.end = afterLast
        }
        return valid(withYear(reading))
    }

    /// "20 November 2019", "14th Feb.", "3 March": a day written apart from what precedes it
    /// ("£3 March" is not), after an opening mark ("says:30 December"), or the last day of a
    /// span written with its month ("20 February" of "10-20 February").
    func dayFirst(at index: Int) -> DateReading? {
        guard let (day, after) = dayNumber(at: index), let (month, end) = month(at: after),
              !tokens.attached(index) || index == 0 || opensBefore(index) || endsDaySpan(index) else { return nil }
        return valid(withYear(DateReading(month: month, day: day, start: index, end: end, form: .dayFirst)))
    }

    /// "first of April" (read at "first"), "4th of July 1776", "12 of Nov", "twenty-first of March"; and
    /// "fifth of next month", read as "fifth" alone: the month is named relative to another date.
    func ordinalOf(at index: Int) -> DateReading? {
        let ordinal: (value: Int, next: Int)?
        if tokens.isDigits(index) {
            ordinal = dayNumber(at: index)
        } else {
            ordinal = tokens.ordinalWord(index)
        }
        guard let (day, afterDay) = ordinal, (1...31).contains(day), tokens.word(afterDay) == "of" else { return nil }
        if let (month, end) = month(at: afterDay + 1) {
            return valid(withYear(DateReading(month: month, day: day, start: index, end: end, form: .ordinalOf)))
        }
        if let relative = tokens.word(afterDay + 1), Self.relativeMonthWords.contains(relative),
           tokens.word(afterDay + 2) == "month" {
            return DateReading(day: day, start: index, end: afterDay, form: .ordinalOf)
        }
        return nil
    }

    /// "2019-11-20": year, month and day joined by hyphens, or in the same order by dots or
    /// slashes ("2018.04.05", "2018/04/05"), one separator throughout.
    func iso(at index: Int) -> DateReading? {
        guard let year = year(at: index), index + 4 < tokens.count,
              isDateSeparator(index + 1), tokens.attached(index + 1),
              tokens.isDigits(index + 2), tokens.length(index + 2) == 2, tokens.attached(index + 2),
              sameSeparator(index + 1, index + 3), tokens.attached(index + 3),
              let (day, after) = dayNumber(at: index + 4), tokens.length(index + 4) == 2, tokens.attached(index + 4),
              let month = tokens.integer(index + 2) else { return nil }
        // "2018.04.05.1" is a version number, not a date.
        if after < tokens.count, isDateSeparator(after), tokens.attached(after), tokens.isDigits(after + 1),
           tokens.attached(after + 1) {
            return nil
        }
        return valid(DateReading(year: year, month: month, day: day, start: index, end: after, form: .iso))
    }

    /// "05.04.2018", "5.4.2018": day, month and a four-digit year joined by dots, in the
    /// order the countries that write dates with dots use.
    func dotted(at index: Int) -> DateReading? {
        guard tokens.isDigits(index), tokens.length(index) <= 2, index + 4 < tokens.count,
              tokens.isSymbol(index + 1, "."), tokens.attached(index + 1),
              tokens.isDigits(index + 2), tokens.length(index + 2) <= 2, tokens.attached(index + 2),
              tokens.isSymbol(index + 3, "."), tokens.attached(index + 3),
              tokens.isDigits(index + 4), tokens.length(index + 4) == 4, tokens.attached(index + 4),
              let day = tokens.integer(index), let month = tokens.integer(index + 2),
              let year = tokens.integer(index + 4), (1000...2100).contains(year),
              !(tokens.isSymbol(index - 1, ".") && tokens.attached(index)) else { return nil }
        if index + 6 < tokens.count, tokens.isSymbol(index + 5, "."), tokens.attached(index + 5),
           tokens.isDigits(index + 6), tokens.attached(index + 6) {
            return nil
        }
        return valid(DateReading(year: year, month: month, day: day, start: index, end: index + 5, form: .dotted))
    }

    /// A hyphen, a dot or a slash between the numbers of a date.
    private func isDateSeparator(_ index: Int) -> Bool {
        tokens.isDash(index) || tokens.isSymbol(index, ".") || tokens.isSymbol(index, "/")
    }

    /// Whether the items at `a` and `b` are the same separator.
    private func sameSeparator(_ a: Int, _ b: Int) -> Bool {
        guard b < tokens.count else { return false }
        if tokens.isDash(a) { return tokens.isDash(b) }
        if tokens.isSymbol(a, ".") { return tokens.isSymbol(b, ".") }
        return tokens.isSymbol(a, "/") && tokens.isSymbol(b, "/")
    }

    /// "9/11" (month and day), "11/09/2025" (day first when the first number is over 12,
    /// else month first). "3/4" and the like are fractions, not dates.
    func slashed(at index: Int) -> DateReading? {
        guard tokens.isDigits(index), tokens.length(index) <= 2, index + 2 < tokens.count,
              tokens.isSymbol(index + 1, "/"), tokens.attached(index + 1),
              tokens.isDigits(index + 2), tokens.length(index + 2) <= 2, tokens.attached(index + 2),
              let first = tokens.integer(index), let second = tokens.integer(index + 2),
              !(tokens.isSymbol(index - 1, "/") && tokens.attached(index)) else { return nil }
        if index + 4 < tokens.count, tokens.isSymbol(index + 3, "/"), tokens.attached(index + 3),
           tokens.isDigits(index + 4), tokens.attached(index + 4), [2, 4].contains(tokens.length(index + 4)),
           let written = tokens.integer(index + 4) {
            let year = tokens.length(index + 4) == 4 ? written : (written < 50 ? 2000 + written : 1900 + written)
            let (month, day) = first > 12 ? (second, first) : (first, second)
            return valid(DateReading(year: year, month: month, day: day, start: index, end: index + 5, form: .slashed))
        }
        if !tokens.isSymbol(index + 3, "/"), (1...12).contains(first), (1...31).contains(second),
           !Self.fractionDenominators.contains(second) || first >= second {
            return valid(DateReading(month: first, day: second, start: index, end: index + 3, form: .slashed))
        }
        return nil
    }

    /// The reading with the year written after it (", 2025" or " 2025"), when there is one.
    private func withYear(_ reading: DateReading) -> DateReading {
        var reading = reading
        if tokens.isSymbol(reading.end, ","), let year = year(at: reading.end + 1) {
            reading.year = year
            reading.end += 2
        } else if let year = year(at: reading.end) {
            reading.year = year
            reading.end += 1
        }
        return reading
    }

    /// The reading when its day exists in its month (in a leap year when no year is written).
    private func valid(_ reading: DateReading) -> DateReading? {
        guard let month = reading.month,
              CalendarDate(year: reading.year ?? 2000, month: month, day: reading.day) != nil else { return nil }
        return reading
    }

    // MARK: parts

    /// The month a month name or abbreviation at `index` names, and the item after it (after
    /// the stop of an abbreviation). A lower-case name, or an abbreviation without its stop
    /// shorter than four letters ("Mar", "Jun"), counts only beside a number ("04th jan 2019"),
    /// where it cannot be a word or a name; "may" and "march" in lower case never do.
    public func month(at index: Int) -> (month: Int, next: Int)? {
        guard let (month, abbreviation) = tokens.monthName(index) else { return nil }
        let beside = besideNumber(index)
        if !tokens.isCapitalized(index) {
            guard beside, let word = tokens.word(index), word != "may", word != "march" else { return nil }
        }
        guard abbreviation else { return (month, index + 1) }
        if tokens.isSymbol(index + 1, ".") { return (month, index + 2) }
        return tokens.length(index) >= 4 || beside ? (month, index + 1) : nil
    }

    /// True when the item before `index` is a mark that opens what follows (a colon, a bracket,
    /// a dash, a quotation mark), after which a day may be written without a space.
    private func opensBefore(_ index: Int) -> Bool {
        DateWords.openingMarks.contains { tokens.isSymbol(index - 1, $0) }
    }

    /// True when item `index` follows a day and a dash, both attached ("10-20").
    private func endsDaySpan(_ index: Int) -> Bool {
        tokens.isDash(index - 1) && tokens.attached(index - 1) && tokens.attached(index)
            && dayNumber(at: index - 2) != nil && !tokens.isDash(index - 3)
    }

    /// True when a number is written right beside item `index`, or an ordinal then "of" before it.
    private func besideNumber(_ index: Int) -> Bool {
        if tokens.isDigits(index + 1) || tokens.isDigits(index - 1) { return true }
        guard tokens.word(index - 1) == "of" else { return false }
        if tokens.isDigits(index - 2) { return true }
        // "4th of jan", "fifth of jan": the ordinal ends right before "of".
        if let suffix = tokens.word(index - 2), Self.ordinalSuffixes.contains(suffix), tokens.isDigits(index - 3) {
            return true
        }
        return (max(0, index - 4)..<(index - 1)).contains { tokens.ordinalWord($0)?.next == index - 1 }
    }

    /// A day of the month written in one or two digits, with an ordinal suffix glued to it
    /// ("14th"): the day and the item after it.
    public func dayNumber(at index: Int) -> (Int, Int)? {
        guard tokens.isDigits(index), tokens.length(index) <= 2, let day = tokens.integer(index),
              (1...31).contains(day) else { return nil }
        var end = index + 1
        if let suffix = tokens.word(end), tokens.attached(end), Self.ordinalSuffixes.contains(suffix) { end += 1 }
        return (day, end)
    }

    /// A year written in four digits, 1000 to 2999.
    public func year(at index: Int) -> Int? {
        guard tokens.isDigits(index), tokens.length(index) == 4, let year = tokens.integer(index),
              (1000...2999).contains(year) else { return nil }
        return year
    }

    /// A year said in words, as broadcast transcripts write it: "nineteen ninety-six",
    /// "nineteen seventy nine", "twenty twenty-one" (the hundreds, then a number from ten to
    /// ninety-nine). Returns the year and the item after it; nil for anything else, so "nineteen
    /// people" and "twenty five" stay counts.
    public func spokenYear(at index: Int) -> (year: Int, next: Int)? {
        guard let first = tokens.word(index), let hundreds = NumberWords.cardinal(first), (11...20).contains(hundreds),
            !first.contains("-"), let (rest, next) = spokenBelowHundred(at: index + 1), rest >= 10
        else { return nil }
        return (hundreds * 100 + rest, next)
    }

    /// A number from one to ninety-nine in words at `index`: one word or hyphenated compound
    /// ("ninety-six"), tens and unit over three items ("ninety", "-", "six") or two words
    /// ("ninety six").
    private func spokenBelowHundred(at index: Int) -> (Int, Int)? {
        guard let word = tokens.word(index), let value = NumberWords.cardinal(word), value < 100 else { return nil }
        guard value >= 20, value % 10 == 0 else { return (value, index + 1) }
        if tokens.isDash(index + 1), tokens.attached(index + 1), let unit = tokens.word(index + 2),
            tokens.attached(index + 2), let ones = NumberWords.cardinal(unit), (1...9).contains(ones)
        {
            return (value + ones, index + 3)
        }
        if let unit = tokens.word(index + 1), let ones = NumberWords.cardinal(unit), (1...9).contains(ones) {
            return (value + ones, index + 2)
        }
        return (value, index + 1)
    }

    /// Denominators "a/b" fractions are usually written with; "9/11" with another is a date.
    static var fractionDenominators: Set<Int> { DateWords.fractionDenominators }

    static var ordinalSuffixes: Set<String> { DateWords.ordinalSuffixes }

    /// Words that name a month relative to another ("the fifth of next month").
    static var relativeMonthWords: Set<String> { DateWords.relativeMonthWords }
}

/// The small word lists of the date reader (a generic type cannot hold stored statics).
enum DateWords {
    static let fractionDenominators: Set<Int> = [2, 3, 4, 5, 6, 8, 10, 16, 32, 100]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let relativeMonthWords: Set<String> = ["next", "this", "last", "the", "that", "each", "every"]
    static let openingMarks: [Unicode.Scalar] = [":", "(", "[", "\u{2014}", "\"", "\u{201C}", "\u{2018}", "'"]
}
