/// Dates and times read relative to the reference date or to the story's last date.
extension TimexFinder {
    /// `yesterday`, `today`, `tonight`, `now`, `recently`, `Thursday`, `Wednesday evening`,
    /// and on `Saturdays` (a set).
    func relativeWord(_ i: Int) -> Match? {
        guard let w = word(i) else { return nil }
        let facts = t.facts(i)
        if let offset = facts.relativeDay.map(Int.init) {
            let base = TimexMeaning.relativeDay(offset)
            if w == "tonight" { return (i + 1, .partOfDay(on: base, code: "NI")) }
            if let part = partOfDay(i + 1) { return (i + 2, .partOfDay(on: base, code: part)) }
            return (i + 1, base)
        }
        // "until then": the time the story last named ("since then" stretches from a time it
        // does not repeat, and is left alone).
        if w == "then", let before = word(i - 1), ["until", "till"].contains(before) {
            return (i + 1, .anchoredSame(.day))
        }
        // "mid-afternoon yesterday", "morning today": the part of the day written first.
        if let part = partOfDay(i), let offset = wordFacts(i + 1).relativeDay.map(Int.init), word(i + 1) != "tonight" {
            return (i + 2, .partOfDay(on: .relativeDay(offset), code: part))
        }
        if let value = listed(i, .reference, TemporalLexicon.references) {
            // "most recently" and "as recently as" compare; "now" inside "now that" is a conjunction.
            if w == "recently", let before = word(i - 1), before == "most" || before == "as" { return nil }
            if w == "now", word(i + 1) == "that" { return nil }
            // "as soon as" and "soon after" join clauses; "the recent past" is one phrase.
            if w == "soon", let after = word(i + 1), ["as", "after", "afterward", "afterwards"].contains(after) {
                return nil
            }
            if w == "soon", word(i - 1) == "as" { return nil }
            // "current" before a noun dates it to now, as TimeML marks it ("its current
            // chairman", "current market conditions"); the noun "current" (of a river, of
            // electricity) and the terms of accounts ("current assets") are no time.
            if w == "current" {
                // "the then current price" looks back: no present.
                guard let next = word(i + 1), !TemporalLexicon.notCurrentTimes.contains(next), word(i - 1) != "then"
                else { return nil }
                return (i + 1, .reference(value))
            }
            // "recent" and "future" before a noun describe it ("future earnings"): only the
            // noun "the future" is a time.
            if ["recent", "future"].contains(w), i + 1 < t.count, t[i + 1].isWord,
                !(w == "future" && ["the", "near", "distant", "foreseeable", "immediate"].contains(word(i - 1) ?? ""))
            {
                return nil
            }
            return (i + 1, .reference(value))
        }
        if let day = weekdayName(i) {
            // "Tuesday nights", "on Monday and Tuesday nights": a part of the day in the plural
            // recurs, and the weekday joined to it by "and" recurs with it.
            if let part = pluralPartOfDay(i + 1) { return (i + 2, .set("XXXX-WXX-\(day)T" + part)) }
            if word(i + 1) == "and", weekdayName(i + 2) != nil, let part = pluralPartOfDay(i + 3) {
                return (i + 1, .set("XXXX-WXX-\(day)T" + part))
            }
            if let part = partOfDay(i + 1) {
                return (i + 2, .partOfDay(on: .weekday(day, offset: nil), code: part))
            }
            return (i + 1, .weekday(day, offset: nil))
        }
        // "on Saturdays": a weekday in the plural recurs.
        if t[i].isCapitalised, w.hasSuffix("s"), w.count >= 7, let day = CalendarLexicon.weekdays[String(w.dropLast())]
        {
            return (i + 1, .set("XXXX-WXX-\(day)"))
        }
        return nil
    }

    /// `last week`, `next month`, `this year`, `last Friday`, `next March`, `this morning`,
    /// `last night`, `this weekend`.
    func periodPhrase(_ i: Int) -> Match? {
        guard let w = word(i), let offset = t.facts(i).periodOffset.map(Int.init), let next = word(i + 1) else {
            return nil
        }
        // "the past year" is a duration, not the previous calendar year.
        if w == "past" || w == "coming" || w == "current" || w == "previous" {
            if w == "current", let unit = unitAt(i + 1), unit == .year || unit == .month || unit == .week {
                return (i + 2, .period(unit, offset: 0))
            }
            // "the current fiscal year": the company's year, counted as a calendar one.
            if w == "current", next == "fiscal", word(i + 2) == "year" { return (i + 3, .period(.year, offset: 0)) }
            if w == "previous" || w == "coming", let day = weekdayName(i + 1) {
                return (i + 2, .weekday(day, offset: offset))
            }
            if w == "past" || w == "previous", next == "weekend" { return (i + 2, .weekend(offset: -1)) }
            return nil
        }
        if word(i - 1) == "the" { return nil }
        // "this fiscal year", "last fiscal year": the company's year, counted as a calendar one.
        if next == "fiscal", word(i + 2) == "year" { return (i + 3, .period(.year, offset: offset)) }
        if let unit = unitAt(i + 1), [.week, .month, .year, .decade, .century].contains(unit), !next.hasSuffix("s") {
            return (i + 2, .period(unit, offset: offset))
        }
        if next == "weekend" { return (i + 2, .weekend(offset: offset)) }
        if let day = weekdayName(i + 1) {
            if let part = partOfDay(i + 2) {
                return (i + 3, .partOfDay(on: .weekday(day, offset: offset), code: part))
            }
            return (i + 2, .weekday(day, offset: offset))
        }
        if let month = month(i + 1) {
            // "last Oct. 23", "next March 5": a day of the month, not the month (a year written
            // after it makes it a full date, which "last" does not move).
            if let day = integer(month.next), (1...31).contains(day), t[month.next].length <= 2,
                yearNumber(month.next + 1) == nil, !(isMark(month.next + 1, ",") && yearNumber(month.next + 2) != nil)
            {
                return (month.next + 1, .monthDay(month: month.value, day: day, offset: offset))
            }
            return (month.next, .season(year: nil, code: TimexFormat.pad(month.value, 2), offset: offset))
        }
        if let part = partOfDay(i + 1) {
            if w == "this" { return (i + 2, .partOfDay(on: .relativeDay(0), code: part)) }
            if w == "last", next == "night" { return (i + 2, .partOfDay(on: .relativeDay(-1), code: part)) }
        }
        return nil
    }

    /// The TIMEX3 code of a part of the day written in the plural ("nights", "mornings").
    func pluralPartOfDay(_ i: Int) -> String? {
        guard let w = word(i), w.hasSuffix("s"), w.count > 5 else { return nil }
        return TemporalLexicon.partsOfDay[String(w.dropLast())]
    }

    /// `two years ago`, `a week ago`, `three days ago`.
    func agoPhrase(_ i: Int) -> Match? {
        // "several years ago", "a few months ago": a point in the past the text does not place.
        let q = word(i) == "a" && word(i + 1) == "few" ? i + 1 : i
        if wordFacts(q).has(.vagueQuantifier), word(q) != "recent", let unitWord = word(q + 1), unitWord.hasSuffix("s"),
            unitAt(q + 1) != nil, word(q + 2) == "ago"
        {
            return (q + 3, .reference("PAST_REF"))
        }
        guard let amount = count(i), let unit = unitAt(amount.next), amount.value == amount.value.rounded() else {
            return nil
        }
        // "a week or so ago": the hedge stays inside the expression.
        let hedged = word(amount.next + 1) == "or" && word(amount.next + 2) == "so"
        let ago = hedged ? amount.next + 3 : amount.next + 1
        guard word(ago) == "ago" else { return nil }
        let n = Int(amount.value)
        switch unit {
        case .decade: return (ago + 1, .period(.year, offset: -10 * n))
        case .century: return (ago + 1, .period(.year, offset: -100 * n))
        case .hour, .minute, .second: return (ago + 1, .relativeDay(0))
        case .year where n == 1: return (ago + 1, .yearBeforeQuarter(fallback: .period(unit, offset: -1)))
        default: return (ago + 1, .period(unit, offset: -n))
        }
    }

    /// `the day before`, `the next day`, `the previous day`, `a day later`, `two days earlier`,
    /// `a year earlier`, `the following week`, `the previous year`.
    func anchoredPhrase(_ i: Int) -> Match? {
        if let match = sameTime(i) { return match }
        if word(i) == "the", let w = word(i + 1) {
            if (w == "next" || w == "following"), word(i + 2) == "day" { return (i + 3, .anchoredDays(1)) }
            // "down 4.5% from the previous Friday": the Friday before the story's own day.
            if (w == "previous" || w == "preceding" || w == "following"), let day = weekdayName(i + 2) {
                return (i + 3, .anchoredWeekday(day, forward: w == "following"))
            }
            if (w == "previous" || w == "preceding"), word(i + 2) == "day" { return (i + 3, .anchoredDays(-1)) }
            if (w == "following" || w == "previous" || w == "preceding"),
                let unit = unitAt(i + 2), [.week, .month, .year, .decade].contains(unit),
                word(i + 2)?.hasSuffix("s") == false
            {
                return (i + 3, .anchoredPeriod(unit, offset: w == "following" ? 1 : -1))
            }
            if w == "weekend" { return (i + 2, .weekend(offset: nil)) }
            // "over the years": a stretch the story does not measure.
            if word(i - 1) == "over", w.hasSuffix("s"), let unit = unitAt(i + 1), [.year, .month, .week].contains(unit),
                word(i + 2) != "of"
            {
                return (i + 2, .duration(unit.vagueDuration))
            }
            if let match = storyYear(i) { return match }
            // "in the past", "in the future" (but "the past year" is a duration).
            if w == "future", word(i - 1) == "in" || word(i - 1) == "near" { return (i + 2, .reference("FUTURE_REF")) }
            // "at the time" (of the story's events), closing its clause.
            if w == "time", word(i - 1) == "at", i + 2 >= t.count || t[i + 2].kind == .mark {
                return (i + 2, .reference("PAST_REF"))
            }
            // "the near term", "the short term": the time ahead.
            if let length = word(i + 1), (length == "near" || length == "short"), word(i + 2) == "term" {
                return (i + 3, .reference("FUTURE_REF"))
            }
            if w == "past",
                word(i - 1) == "in" || i + 2 >= t.count || t[i + 2].kind == .mark || t[i + 2].has(.preposition)
                    || Self.isAndButOr(t.lower(i + 2))
            {
                return (i + 2, .reference("PAST_REF"))
            }
            // "by the end of the year": the current period, when a part of it is named.
            if let unit = unitAt(i + 1), [.week, .month, .year].contains(unit), word(i - 1) == "of",
                wordFacts(i - 2).has(.partModifier)
            {
                return (i + 2, .period(unit, offset: 0))
            }
            // "the day before last Tuesday", "the day after Christmas": counted from the day
            // the phrase names, not from the story's last date.
            if w == "day", let after = word(i + 2), after == "before" || after == "after", let day = longestMatch(at: i + 3),
                Self.isDay(day.meaning)
            {
                return (day.end, .daysFrom(day.meaning, days: after == "before" ? -1 : 1))
            }
            // "the week of March 6": the week that day falls in.
            if w == "week", word(i + 2) == "of", let day = longestMatch(at: i + 3), Self.isDay(day.meaning) {
                return (day.end, .weekOf(day.meaning))
            }
            if w == "day", let after = word(i + 2) {
                if after == "before" { return (i + 3, .anchoredDays(-1)) }
                if after == "after", i + 3 >= t.count || t[i + 3].kind == .mark { return (i + 3, .anchoredDays(1)) }
            }
        }
        // "at a later date": some time ahead.
        if word(i) == "a", word(i + 1) == "later", let noun = word(i + 2), noun == "date" || noun == "time",
            word(i - 1) == "at"
        {
            return (i + 3, .reference("FUTURE_REF"))
        }
        guard let amount = count(i), let unit = unitAt(amount.next),
            let direction = word(amount.next + 1), direction == "later" || direction == "earlier",
            amount.value == amount.value.rounded()
        else { return nil }
        let n = direction == "later" ? Int(amount.value) : -Int(amount.value)
        switch unit {
        case .day: return (amount.next + 2, .anchoredDays(n))
        case .week: return (amount.next + 2, .anchoredDays(7 * n))
        case .year where n == -1:
            return (amount.next + 2, .yearBeforeQuarter(fallback: .anchoredPeriod(unit, offset: n)))
        case .month, .year: return (amount.next + 2, .anchoredPeriod(unit, offset: n))
        case .decade: return (amount.next + 2, .anchoredPeriod(.year, offset: 10 * n))
        default: return nil
        }
    }
}

extension TimexFinder {
    /// `that day`, `that same year`, `the same day`: the time the story last named, as a
    /// reporter points back to it ("returned to Cuba later that year"). Not "that night": a
    /// story tells of a night long before the last day it dated ("Earlier that night, …" in a
    /// piece about footage released Monday), and no day would be right.
    func sameTime(_ i: Int) -> Match? {
        guard let w = word(i), w == "that" || w == "the" else { return nil }
        var j = i + 1
        if word(j) == "same" { j += 1 } else if w == "the" { return nil }
        guard let unitWord = word(j), !unitWord.hasSuffix("s") else { return nil }
        // "that day care", "that year's rates": the unit begins a noun.
        guard let unit = unitAt(j), [.day, .week, .month, .year].contains(unit),
            !["care", "trader", "traders", "trading", "pass", "passes", "rate", "rates", "old"].contains(word(j + 1) ?? "")
        else { return nil }
        return (j + 1, .anchoredSame(unit))
    }

    /// "and", "but" or "or": a conjunction after "the past" ends the phrase.
    static func isAndButOr(_ w: String) -> Bool { w == "and" || w == "but" || w == "or" }

    /// `year-end`, `year end`, `the year's end`: the last day of the year, which the tense
    /// places ("by year-end": this one; "since year-end": the last).
    func yearEnd(_ i: Int) -> Match? {
        guard let w = word(i) else { return nil }
        if w == "year-end" { return (i + 1, .calendar(year: nil, month: 12, day: 31)) }
        guard w == "year" else { return nil }
        if word(i + 1) == "end" { return (i + 2, .calendar(year: nil, month: 12, day: 31)) }
        if i + 2 < t.count, t[i + 1].kind == .possessive, word(i + 2) == "end" {
            return (i + 3, .calendar(year: nil, month: 12, day: 31))
        }
        return nil
    }

    /// `the year`, `the fiscal year`, `the full year`: in a company's report, the year of the
    /// story ("for the year, volume was flat"); with "ended" or "ending" after it, a year's
    /// span ("the year ended March 31" is `P1Y`).
    func storyYear(_ i: Int) -> Match? {
        var j = i + 1
        // "fiscal", "latest", "current" are story-quarter words; "full" is the one other.
        while j < i + 3, j < t.count, t[j].isWord, t[j].has(.storyQuarter) || t.lower(j) == "full" { j += 1 }
        guard word(j) == "year" else { return nil }
        if let next = word(j + 1) {
            if ["ended", "ending", "to", "through"].contains(next) { return (j + 1, .duration("P1Y")) }
            if ["before", "after", "earlier", "later", "of", "in", "when", "that", "since"].contains(next) {
                return nil
            }
        }
        if yearNumber(j + 1) != nil { return nil }
        return (j + 1, .period(.year, offset: 0))
    }

    /// `the second quarter`, `the first half of 2025`, `Q3 2024`, `the third quarter of last year`,
    /// `third-quarter`, `the 1988 second quarter`, `this year's third quarter`, and the quarter a
    /// company is reporting on: `the quarter`, `the latest quarter`, `the year-ago period`. In a
    /// sentence of sports copy ("scored in the third quarter") a quarter or half is game time.
    func yearPartPhrase(_ i: Int) -> Match? {
        var j = i
        if word(j) == "the" { j += 1 }
        if j + 1 < t.count, t.lower(j) == "q", t[j].isCapitalised, joined(j + 1), let n = integer(j + 1),
            (1...4).contains(n)
        {
            if let year = yearNumber(j + 2) { return (j + 3, .yearPart(year: year, code: "Q\(n)")) }
            return nil
        }
        j = i
        var determiner = false
        var year: Int? = nil
        var referenceOffset: Int? = nil
        if let offset = wordFacts(j).periodOffset, word(j + 1) == "year", j + 2 < t.count,
            t[j + 2].kind == .possessive
        {
            // "this year's third quarter", "last year's quarter".
            referenceOffset = Int(offset)
            determiner = true
            j += 3
        } else if let w = word(j), Self.isQuarterDeterminer(w) {
            // A possessive ("its fourth quarter") and the article of a compound used as an
            // adjective ("the third-quarter results") stay out of the extent: the phrase is
            // found again from the next word.
            if w == "its" || w == "their" { return nil }
            if w == "the", j + 1 < t.count, t[j + 1].isWord, t[j + 1].has(.yearPartCompound) { return nil }
            determiner = true
            j += 1
        }
        if determiner, let y = yearNumber(j) {
            year = y
            j += 1
        }
        var yearsBack = 0
        var storyWord = false
        while j < t.count, wordFacts(j).has(.storyQuarter), let back = TemporalLexicon.storyQuarterWords[t.lower(j)] {
            yearsBack += back
            storyWord = true
            j += 1
        }
        // "a flat second quarter": one adjective between the determiner and the ordinal.
        if determiner, wordFacts(j).ordinal == nil, !t.indices.contains(j) || !t[j].has(.yearPartCompound),
            word(j + 1) != "quarter", wordFacts(j + 1).ordinal != nil, word(j + 2) == "quarter", word(j) != nil
        {
            j += 1
        }
        // "year-earlier profit", "the year-ago results": the word alone is the date, without
        // its article.
        if storyWord, yearsBack != 0, word(j) != "quarter", word(j) != "period", wordFacts(j).ordinal == nil,
            !(j < t.count && t[j].has(.yearPartCompound))
        {
            if determiner || year != nil || referenceOffset != nil { return nil }
            return (j, .storyQuarter(year: nil, referenceOffset: nil, yearsBack: yearsBack, code: nil))
        }
        var code: String? = nil
        var end: Int
        var lastOrFirstTwo = false
        if determiner, let w = word(j), w == "last" || w == "latter", word(j + 1) == "half" {
            // "the last half of 1989", "the latter half of the year": the second half.
            code = "H2"
            end = j + 2
            lastOrFirstTwo = true
        } else if determiner, let w = word(j), w == "first" || w == "last", word(j + 1) == "two", word(j + 2) == "quarters" {
            // "the first two quarters of 1990" is the year's first half.
            code = w == "first" ? "H1" : "H2"
            end = j + 3
            lastOrFirstTwo = true
        } else if let n = wordFacts(j).ordinal.map(Int.init), let part = word(j + 1), part == "quarter" || part == "half" {
            guard let value = Self.yearPartCode(n, part) else { return nil }
            code = value
            end = j + 2
        } else if j < t.count, t[j].isWord, t[j].has(.yearPartCompound) {
            // "third-quarter", "fourth-quarter", "second-half".
            let parts = t.lower(j).split(separator: "-")
            guard parts.count == 2, let n = NumberWords.ordinal(String(parts[0])),
                let value = Self.yearPartCode(n, String(parts[1]))
            else { return nil }
            code = value
            end = j + 1
        } else if determiner || storyWord, let w = word(j),
            w == "quarter" || (w == "period" && (storyWord || year != nil))
        {
            end = j + 1
        } else {
            return nil
        }
        if word(end) == "of", let y = yearNumber(end + 1) {
            year = y
            end += 2
        } else if word(end) == "of", let offset = wordFacts(end + 1).periodOffset, word(end + 2) == "year" {
            referenceOffset = Int(offset)
            end += 3
        } else if let w = word(end), ["last", "this", "next"].contains(w), let offset = wordFacts(end).periodOffset,
            word(end + 1) == "year", end + 2 >= t.count || t[end + 2].kind != .possessive
        {
            // "the corresponding period last year", "the second quarter this year".
            referenceOffset = Int(offset)
            end += 2
        }
        // "the last half of the '80s": a half of something other than a year.
        if lastOrFirstTwo, word(end) == "of" { return nil }
        // "the quarter a year ago", "the period a year earlier": the story's quarter, a year back.
        if code == nil, year == nil, referenceOffset == nil, word(end) == "a", word(end + 1) == "year",
            let w = word(end + 2), w == "ago" || w == "earlier"
        {
            yearsBack -= 1
            end += 3
        }
        // A bare ordinal half needs its year or its article: "second half" alone is too often
        // not a date.
        if code?.hasPrefix("H") == true, !determiner, year == nil, referenceOffset == nil, !t[j].has(.hyphenated) {
            return nil
        }
        if isGameTime(i) { return nil }
        // "the", "its" stay out of the extent when nothing else of the phrase was written
        // before the quarter; TimeML keeps them in "the third quarter", so they stay.
        if code != nil, year != nil, referenceOffset == nil, yearsBack == 0, !storyWord {
            return (end, .yearPart(year: year, code: code!))
        }
        if code != nil, year == nil, referenceOffset == nil, yearsBack == 0 {
            return (end, .yearPart(year: nil, code: code!))
        }
        // "the current quarter": the one the reference date falls in, not the one reported on.
        if code == nil, year == nil, referenceOffset == nil, yearsBack == 0, word(end - 1) == "quarter",
            (i..<end).contains(where: { t.lower($0) == "current" })
        {
            return (end, .currentQuarter)
        }
        return (end, .storyQuarter(year: year, referenceOffset: referenceOffset, yearsBack: yearsBack, code: code))
    }

    /// A word that can open a quarter phrase as its determiner.
    static func isQuarterDeterminer(_ w: String) -> Bool {
        switch w {
        case "the", "its", "their", "this", "that", "a": return true
        default: return false
        }
    }

    /// `Q3` for the third quarter, `H1` for the first half; nil for an ordinal no year has.
    static func yearPartCode(_ n: Int, _ part: String) -> String? {
        switch part {
        case "quarter" where (1...4).contains(n): return "Q\(n)"
        case "half" where (1...2).contains(n): return "H\(n)"
        default: return nil
        }
    }

    /// True when the sentence of token `i` is sports copy (it holds a word such as "scored"):
    /// its quarters and halves are game time.
    func isGameTime(_ i: Int) -> Bool {
        guard i < t.count else { return false }
        let sentence = t[i].sentence
        var k = i
        while k >= 0, t[k].sentence == sentence {
            if t[k].has(.gameWord) { return true }
            k -= 1
        }
        k = i + 1
        while k < t.count, t[k].sentence == sentence {
            if t[k].has(.gameWord) { return true }
            k += 1
        }
        return false
    }
}
