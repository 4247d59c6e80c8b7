/// Calendar dates in the ways news copy writes them.
extension TimexFinder {
    /// A date that starts with a number, as the one date reader reads it: `2025-09-11`,
    /// `11 September 2025`, `12 May`, `4th of July`, `9/11/2025`, `25/12/2024`. A slashed date
    /// needs its year: "9/11" alone names an event far more often than a day.
    func numericDate(_ i: Int) -> Match? {
        guard let date = dates.read(at: i), let month = date.month, date.form != .slashed || date.year != nil
        else { return nil }
        return (date.end, .calendar(year: date.year, month: month, day: date.day))
    }

    /// `Thursday, Sept. 11, 2025`: a weekday written before a full date is part of it.
    func weekdayDate(_ i: Int) -> Match? {
        guard weekdayName(i) != nil else { return nil }
        let next = isMark(i + 1, ",") ? i + 2 : i + 1
        return monthFirst(next) ?? numericDate(next)
    }

    /// `Sept. 11, 2025`, `September 11`, `September 2025`, `March`, `mid-September`.
    func monthFirst(_ i: Int) -> Match? {
        if let compound = compoundMonth(i) { return compound }
        guard let month = month(i) else { return nil }
        if let date = dates.read(at: i), date.form == .monthFirst, let value = date.month {
            return (date.end, .calendar(year: date.year, month: value, day: date.day))
        }
        let next = month.next
        // "June last year", "January this year", "April next year".
        if let offset = wordFacts(next).periodOffset, word(next + 1) == "year", word(next) != "past" {
            return (next + 2, .monthOfYear(month: month.value, yearOffset: Int(offset)))
        }
        // "January nineteen ninety-seven".
        if let spoken = dates.spokenYear(at: next) {
            return (spoken.next, .calendar(year: spoken.year, month: month.value, day: nil))
        }
        if let year = yearNumber(next) ?? (isMark(next, ",") ? yearNumber(next + 1) : nil) {
            return (isMark(next, ",") ? next + 2 : next + 1, .calendar(year: year, month: month.value, day: nil))
        }
        // A month alone must read as a time: after a temporal preposition or modifier, and not
        // before a capitalised word ("May Hendricks"), so names and the modal "may" stay out.
        guard let before = word(i - 1),
            wordFacts(i - 1).has(.monthPreposition) || before == "mid"
                // "the job figures for January", "the March accession": not "voted for May".
                || (["for", "the", "a"].contains(before) && month.value != 5 && t[i].isCapitalised)
        else { return nil }
        if next < t.count, t[next].isCapitalised { return nil }
        if month.value == 5 && t.lower(i) == "may", t[i].isCapitalised, !t[i].isAllCaps, let after = word(next),
            !after.isEmpty, t[next].isWord,
            !["and", "or", "to", "the", "when", "as", "of", "this", "last", "that", "before", "after", "until"]
                .contains(after)
        {
            // "… in May still …": a capitalised May inside a sentence followed by a verb-like word
            // is the modal or a name; only a clause break or a preposition after it keeps it a month.
            if !t[next].has(.preposition) { return nil }
        }
        return (next, .calendar(year: nil, month: month.value, day: nil))
    }

    /// "mid-September", "early-March" written as one hyphenated word.
    private func compoundMonth(_ i: Int) -> Match? {
        guard i < t.count, t[i].isWord, t[i].has(.monthPart), t[i].lastPartCapitalised else { return nil }
        let parts = t.lower(i).split(separator: "-")
        guard parts.count == 2, TemporalLexicon.pointModifiers[String(parts[0])] != nil,
            let month = CalendarLexicon.months[String(parts[1])]
        else { return nil }
        if let year = yearNumber(i + 1) { return (i + 2, .calendar(year: year, month: month, day: nil)) }
        return (i + 1, .calendar(year: nil, month: month, day: nil))
    }

    /// `the first of April`, `the 4th of July 2020`, `the first of next month`. A day in digits
    /// needs its ordinal ending here ("the 12 of Nov" is read from "12").
    func ordinalOfMonth(_ i: Int) -> Match? {
        guard word(i) == "the", let date = dates.read(at: i + 1), date.form == .ordinalOf,
            !t[i + 1].isNumber || (dates.dayNumber(at: i + 1).map { $0.1 > i + 2 } ?? false)
        else { return nil }
        if let month = date.month { return (date.end, .calendar(year: date.year, month: month, day: date.day)) }
        let next = date.end + 1
        if let offset = wordFacts(next).periodOffset.map(Int.init), word(next + 1) == "month" {
            return (next + 2, .periodDay(monthOffset: offset, day: date.day))
        }
        return nil
    }

    /// A four-digit year that reads as a year: after a temporal preposition, or standing alone
    /// in a short line, and not a count ("2000 people") or money.
    func year(_ i: Int) -> Match? {
        if let spoken = spokenYear(i) { return spoken }
        guard let value = yearNumber(i), (1800...2199).contains(value) else { return nil }
        if i > 0, t[i - 1].kind == .mark, ["$", "£", "€", "#", "¥"].contains(t.lower(i - 1)) { return nil }
        // "138-2010-2015", "32-2015": part of a longer number (a telephone number, a code); the
        // second year of a range "2009-2010" is a year of its own.
        if i > 1, t[i - 1].kind == .mark, ["-", "/", "."].contains(t.lower(i - 1)), t[i - 2].isNumber,
            !isRangeEnd(i, value)
        {
            return nil
        }
        if let after = lower(i + 1) {
            if after == "%" || t[i + 1].has(.countNoun) { return nil }
            if after == "s", joined(i + 1) { return nil }
            if ["-", "–", "/", ":", "."].contains(after), joined(i + 1), i + 2 < t.count, t[i + 2].isNumber,
                joined(i + 2), !startsRange(i, value)
            {
                return nil
            }
        }
        // "model 2010", "version 2000", "route 1900": a name's number.
        if let before = word(i - 1), Self.namesNumber(before) { return nil }
        if word(i - 1) != nil, !t[i - 1].has(.yearPreposition) {
            // "a 2010 raid", "his 2007 campaign", "into 1990": a year still, unless a plural noun
            // follows, which it counts ("sold 1900 tickets").
            if i + 1 < t.count, t[i + 1].isWord, !t[i + 1].isCapitalised, t[i + 1].length > 3,
                Self.looksPlural(t.lower(i + 1))
            {
                return nil
            }
        }
        return (i + 1, .calendar(year: value, month: nil, day: nil))
    }

    /// A year said in words: "nineteen ninety-six", and "two thousand" or "two thousand and
    /// one" after the word "year" ("the year two thousand"). A plural noun after it makes it a
    /// count ("nineteen ninety-six-page reports" aside, "nineteen twenty people" is no year).
    func spokenYear(_ i: Int) -> Match? {
        if let spoken = dates.spokenYear(at: i) {
            // "nineteen ninety-one firms" counts firms; "nineteen ninety-one Charles Keating…"
            // is a year before a name.
            if let after = word(spoken.next), t[spoken.next].length > 3, !t[spoken.next].isCapitalised,
                Self.looksPlural(after)
            {
                return nil
            }
            return (spoken.next, .calendar(year: spoken.year, month: nil, day: nil))
        }
        // "the year two thousand" whole, before "the year" alone is read as the story's year.
        if word(i) == "the", word(i + 1) == "year", let match = spokenYear(i + 2),
            case .calendar(let year?, nil, nil) = match.meaning, year >= 2000
        {
            return match
        }
        guard word(i - 1) == "year", word(i) == "two", word(i + 1) == "thousand" else { return nil }
        var end = i + 2
        var value = 2000
        let and = word(end) == "and" ? end + 1 : end
        if let ones = word(and).flatMap(NumberWords.cardinal), (1...99).contains(ones) {
            value += ones
            end = and + 1
        }
        return (end, .calendar(year: value, month: nil, day: nil))
    }

    /// `Thanksgiving`, `Thanksgiving Day`, `Christmas Eve`: a holiday named, longest name
    /// first, as `TemporalLexicon.holidays` dates it. Capitalised only: "christmas" in a word
    /// of a product or a lower-case idiom is no date.
    func holiday(_ i: Int) -> Match? {
        guard let first = word(i), t[i].isCapitalised else { return nil }
        var name = first
        var end = i + 1
        if let second = word(i + 1), t[i + 1].isCapitalised, TemporalLexicon.holidays[first + " " + second] != nil {
            name = first + " " + second
            end = i + 2
        }
        guard let rule = TemporalLexicon.holidays[name] else { return nil }
        let parts = rule.split(separator: "-").compactMap { Int($0) }
        switch parts.count {
        case 2:
            if let year = yearNumber(end) { return (end + 1, .calendar(year: year, month: parts[0], day: parts[1])) }
            return (end, .calendar(year: nil, month: parts[0], day: parts[1]))
        case 3: return (end, .nthWeekday(month: parts[0], n: parts[1], weekday: parts[2]))
        default: return nil
        }
    }

    /// A lower-case word ending in a plural "s" (not "-ss", "-is", "-us": "analysis", "status").
    static func looksPlural(_ word: String) -> Bool {
        var last: UInt8 = 0, before: UInt8 = 0
        for byte in word.utf8 {
            before = last
            last = byte
        }
        guard last == UInt8(ascii: "s") else { return false }
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "i") && before != UInt8(ascii: "u")
    }

    /// A noun whose number is a name, not a year ("model 2010", "route 1900").
    static func namesNumber(_ word: String) -> Bool {
        switch word {
        case "model", "version", "type", "series", "route", "flight", "no", "no.", "number": return true
        default: return false
        }
    }

    /// True when year `value` at `i` opens a range ("2009-2010", "1957-58", "2019-20").
    private func startsRange(_ i: Int, _ value: Int) -> Bool {
        guard let end = integer(i + 2), i + 3 >= t.count || !(isMark(i + 3, "-") && joined(i + 3)) else {
            return false
        }
        if t[i + 2].length == 4 { return end > value && end - value <= 50 }
        if t[i + 2].length == 2 {
            let last = (value / 100) * 100 + end
            return last > value && last - value <= 10
        }
        return false
    }

    /// True when year `value` at `i` closes a range opened by the year two tokens back.
    private func isRangeEnd(_ i: Int, _ value: Int) -> Bool {
        guard t[i - 2].length == 4, let first = integer(i - 2), joined(i - 1), joined(i) else { return false }
        if i > 2, t[i - 3].kind == .mark, ["-", "/", "."].contains(t.lower(i - 3)) { return false }
        if i + 2 < t.count, isMark(i + 1, "-") || isMark(i + 1, "/"), joined(i + 1), t[i + 2].isNumber { return false }
        return value > first && value - first <= 50
    }

    /// "1957-58", "the 2019-20 season": the two-digit end of a range of years.
    func shortRangeEnd(_ i: Int) -> Match? {
        guard i > 1, t[i].length == 2, let end = integer(i), isMark(i - 1, "-") || isMark(i - 1, "–"), joined(i - 1),
            joined(i), t[i - 2].length == 4, let first = integer(i - 2), (1800...2199).contains(first)
        else { return nil }
        if i > 2, t[i - 3].kind == .mark, ["-", "/", "."].contains(t.lower(i - 3)) { return nil }
        if i + 1 < t.count, isMark(i + 1, "-"), joined(i + 1) { return nil }
        let value = (first / 100) * 100 + end
        guard value > first, value - first <= 10 else { return nil }
        return (i + 1, .calendar(year: value, month: nil, day: nil))
    }

    /// `the 1990s`, `1990s`, `mid-1990s`, `the '90s`.
    func decade(_ i: Int) -> Match? {
        var j = i
        if wordFacts(j).has(.pointModifier), isMark(j + 1, "-"), joined(j + 1) { j += 2 }
        if let value = yearNumber(j), value % 10 == 0, word(j + 1) == "s", joined(j + 1) {
            return (j + 2, .decade(value / 10))
        }
        if j < t.count, t[j].kind == .mark, t[j].has(.apostrophe), j + 1 < t.count,
            let value = integer(j + 1), t[j + 1].length == 2, value % 10 == 0, word(j + 2) == "s", joined(j + 2)
        {
            return (j + 3, .decade(190 + value / 10))
        }
        // "the nineties", "through the eighties": the decade of the 1900s its word names.
        if word(j - 1) == "the", let w = word(j), let tens = Self.decadeWords[w] { return (j + 1, .decade(190 + tens)) }
        return nil
    }

    /// Decades written as words, by their tens digit.
    static let decadeWords: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
        "nineties": 9,
    ]

    /// `the 19th century`, `the twentieth century`: TIMEX3 writes a century as its first two
    /// digits ("18" for the 19th).
    func centuryPhrase(_ i: Int) -> Match? {
        // "a 20th century democrat", "the fabled 11th century temple": an ordinal in digits
        // names the century without its article.
        var j = i + 1
        if t.indices.contains(i), t[i].isNumber {
            j = i
        } else if word(i) != "the" {
            return nil
        }
        let n: Int
        if let value = wordFacts(j).ordinal.map(Int.init) {
            n = value
            j += 1
        } else if j + 1 < t.count, let value = integer(j), let suffix = word(j + 1),
            ["st", "nd", "rd", "th"].contains(suffix), joined(j + 1)
        {
            n = value
            j += 2
        } else {
            return nil
        }
        guard (10...29).contains(n), word(j) == "century" else { return nil }
        return (j + 1, .century(n - 1))
    }

    /// `last summer`, `the summer of 2021`, `spring 2024`.
    func seasonPhrase(_ i: Int) -> Match? {
        var j = i
        var offset: Int? = nil
        if let value = wordFacts(j).periodOffset { offset = Int(value); j += 1 }
        guard let code = listed(j, .season, TemporalLexicon.seasons) else { return nil }
        if let year = yearNumber(j + 1) { return (j + 2, .season(year: year, code: code, offset: nil)) }
        if word(j + 1) == "of", let year = yearNumber(j + 2) {
            return (j + 3, .season(year: year, code: code, offset: nil))
        }
        // "the winter of nineteen ninety-four".
        if word(j + 1) == "of", let spoken = dates.spokenYear(at: j + 2) {
            return (spoken.next, .season(year: spoken.year, code: code, offset: nil))
        }
        // "over the summer", "the early summer": this year's, as a story tells it.
        if offset == nil, word(j - 1) == "the" || (wordFacts(j - 1).has(.pointModifier) && word(j - 2) == "the"),
            let after = lower(j + 1), after != "of", !t[j + 1].isCapitalised
        {
            return (j + 1, .season(year: nil, code: code, offset: nil))
        }
        guard offset != nil else { return nil }
        return (j + 1, .season(year: nil, code: code, offset: offset))
    }
}
