/// Finds temporal expressions in tokens, left to right, longest match first, then widens each
/// to the modifiers and determiners TimeML puts inside a TIMEX3 ("over three decades", "the
/// 1990s", "earlier this month").
///
/// The patterns live in extensions by kind (calendar dates, relative dates, durations and sets,
/// clock times); word lists live in `TemporalLexicon`. Linear in the number of tokens: each
/// pattern looks at most a few tokens ahead.
struct TimexFinder {
    let t: TimeWords
    /// The one date reader over the same words; a span of days ("Jan. 2-22") is read as its
    /// first day, the point in time a TIMEX3 value names.
    let dates: DateReader<TimeWords>

    init(t: TimeWords) {
        self.t = t
        self.dates = DateReader(t, daySpans: false)
    }

    /// A pattern's match: the index after its last token and what it means.
    typealias Match = (end: Int, meaning: TimexMeaning)

    static func find(_ tokens: TimeWords) -> [TimexMention] {
        TimexFinder(t: tokens).find()
    }

    func find() -> [TimexMention] {
        var mentions: [TimexMention] = []
        var index = 0
        while index < t.count {
            guard canStart(index), var match = longestMatch(at: index) else { index += 1; continue }
            match = joinDayAndTime(match, at: index)
            if isName(index..<match.end) { index = match.end; continue }
            var start = index
            var mod: String? = nil
            if lower(match.end - 1) == "ago" {
                (start, mod) = widenAgo(start)
            } else {
                (start, mod) = widen(start, match.meaning)
            }
            mentions.append(
                TimexMention(
                    tokens: start..<match.end, range: t[start].range.lowerBound..<t[match.end - 1].range.upperBound,
                    meaning: match.meaning, mod: mod ?? compoundMod(index)))
            index = match.end
        }
        return mentions
    }

    /// True when the words of a match are capitalised as a name is, not as a time: a time
    /// word other than a month or weekday written with a capital inside the phrase ("This
    /// Week", "60 Minutes") or after a word of the same sentence ("USA Today", "the Today
    /// programme"). Time zones in capitals ("EST") and the sentence's first word do not count.
    private func isName(_ range: Range<Int>) -> Bool {
        for k in range where t[k].isWord && t[k].isCapitalised && !t[k].isAllCaps {
            let facts = t.facts(k)
            if facts.month > 0 || facts.weekday > 0 || t.lower(k) == "q" { continue }
            // "on Thanksgiving Day", "Christmas Eve": a holiday is named with capitals.
            if TemporalLexicon.holidayWords.contains(t.lower(k)) { continue }
            // "on Saturdays".
            if t.lower(k).hasSuffix("s"), CalendarLexicon.weekdays[String(t.lower(k).dropLast())] != nil { continue }
            if k > range.lowerBound { return true }
            if k > 0, t[k - 1].sentence == t[k].sentence, t[k - 1].isWord || t[k - 1].isNumber,
                !t[k - 1].has(.sentenceEnd)
            {
                return true
            }
        }
        return false
    }

    /// "tomorrow 8am", "Thursday 1 pm", "8am this morning", "3pm today": a day and a clock
    /// time written side by side are one point in time.
    private func joinDayAndTime(_ match: Match, at i: Int) -> Match {
        switch match.meaning {
        case .time(nil, let hour, let minute):
            if let day = longestMatch(at: match.end), Self.isDay(day.meaning) {
                return (day.end, .time(on: Self.dayPart(day.meaning), hour: hour, minute: minute))
            }
            // "until 5 p.m. EST, Nov. 6": a full date after a comma is the clock time's day.
            if isMark(match.end, ","), let day = longestMatch(at: match.end + 1),
                case .calendar(_, _?, _?) = day.meaning
            {
                return (day.end, .time(on: day.meaning, hour: hour, minute: minute))
            }
        case let meaning where Self.isDay(meaning):
            if let time = longestMatch(at: match.end), case let .time(nil, hour, minute) = time.meaning {
                return (time.end, .time(on: Self.dayPart(meaning), hour: hour, minute: minute))
            }
        default: break
        }
        return match
    }

    static func isDay(_ meaning: TimexMeaning) -> Bool {
        switch meaning {
        case .relativeDay, .weekday: return true
        case .calendar(_, let month, let day): return month != nil && day != nil
        case .partOfDay(let on, _): return isDay(on)
        default: return false
        }
    }

    private static func dayPart(_ meaning: TimexMeaning) -> TimexMeaning {
        if case .partOfDay(let on, _) = meaning { return on }
        return meaning
    }

    /// Whether any pattern can begin at token `i`: most words of a story cannot, and this check
    /// keeps the finder fast.
    private func canStart(_ i: Int) -> Bool {
        let token = t[i]
        switch t[i].kind {
        case .number: return true
        case .mark: return token.has(.apostrophe)
        case .word: return token.has(.canStart)
        case .possessive: return false
        }
    }

    /// The longest match of any pattern at `i`; the first pattern wins a tie.
    func longestMatch(at i: Int) -> Match? {
        guard i < t.count else { return nil }
        var best: Match? = nil
        func consider(_ match: Match?) {
            if let match, match.end > (best?.end ?? Int.min) { best = match }
        }
        let lower = t.lower(i)
        // The two commonest starting words need only the patterns that can begin with them.
        if lower == "the" {
            // (No decade begins with "the": the widening takes it in from the decade's own start.)
            // Most words after "the" open neither an anchored phrase nor a quarter: their facts
            // say so before the patterns compare any words.
            let next = wordFacts(i + 1)
            consider(ordinalOfMonth(i))
            if next.has(.anchorAfterThe) || next.unit != nil || next.has(.storyQuarter) { consider(anchoredPhrase(i)) }
            consider(boundedDuration(i))
            if mayOpenYearPart(afterThe: i) { consider(yearPartPhrase(i)) }
            consider(centuryPhrase(i))
            // From "the" only "the year two thousand" is a spoken year.
            if word(i + 1) == "year" { consider(spokenYear(i)) }
            return best
        }
        // "that" opens only a reference back to the story's last time ("that day"); before a
        // quarter it is a conjunction ("said that third-quarter profit fell").
        if lower == "that" { return sameTime(i) }
        if lower == "a" || lower == "an" {
            consider(duration(i)); consider(agoPhrase(i)); consider(anchoredPhrase(i))
            return best
        }
        // The patterns that can begin with a token of this kind, in one fixed order.
        switch t[i].kind {
        case .number:
            consider(numericDate(i)); consider(year(i)); consider(shortRangeEnd(i)); consider(decade(i))
            consider(agoPhrase(i)); consider(anchoredPhrase(i)); consider(clockTime(i)); consider(duration(i))
            consider(centuryPhrase(i))
        case .mark:
            consider(decade(i))
        case .possessive:
            return nil
        case .word:
            consider(weekdayDate(i)); consider(monthFirst(i)); consider(decade(i)); consider(relativeWord(i))
            consider(periodPhrase(i)); consider(agoPhrase(i)); consider(anchoredPhrase(i)); consider(clockTime(i))
            consider(setPhrase(i)); consider(duration(i)); consider(boundedDuration(i)); consider(seasonPhrase(i))
            consider(yearPartPhrase(i)); consider(yearEnd(i)); consider(holiday(i))
            if wordFacts(i).count != nil { consider(spokenYear(i)) }
        }
        return best
    }

    /// Words after "the" with which an anchored phrase can go on, besides units and
    /// story-quarter words: the words `anchoredPhrase` and `sameTime` compare there.
    static let anchorWordsAfterThe = [
        "next", "following", "previous", "preceding", "weekend", "future", "time", "near", "short", "past",
        "full", "same", "day", "week", "year",
    ]

    /// Words after "the" with which a quarter or half can go on, besides ordinals and
    /// story-quarter words: the words `yearPartPhrase` compares there.
    static let yearPartWordsAfterThe = ["q", "last", "latter", "first", "quarter", "period"]

    /// False when `yearPartPhrase` cannot match at the "the" at `i`: the next token is a word
    /// that is no ordinal, story-quarter word or listed word, nor a compound quarter, and no
    /// ordinal follows it.
    private func mayOpenYearPart(afterThe i: Int) -> Bool {
        guard i + 1 < t.count, t[i + 1].isWord else { return true }
        let next = t.facts(i + 1)
        return next.has(.yearPartAfterThe) || next.has(.storyQuarter) || next.has(.yearPartCompound)
            || next.ordinal != nil || wordFacts(i + 2).ordinal != nil
    }

    // MARK: - Token helpers

    func word(_ i: Int) -> String? { i >= 0 && i < t.count && t[i].isWord ? t.lower(i) : nil }
    func lower(_ i: Int) -> String? { i >= 0 && i < t.count ? t.lower(i) : nil }
    /// The facts of token `i`'s form when it is a word; empty facts otherwise.
    func wordFacts(_ i: Int) -> TimeFacts { i >= 0 && i < t.count && t[i].isWord ? t.facts(i) : TimeFacts() }
    func isMark(_ i: Int, _ mark: String) -> Bool { i >= 0 && i < t.count && t[i].kind == .mark && t.lower(i) == mark }
    /// The integer value of a number token written in digits only.
    /// The value of a listed temporal word at `i` (a part of the day, a season…), read from
    /// `table` only when the word's facts say it is listed there.
    func listed(_ i: Int, _ bit: TimeFacts.Bits, _ table: [String: String]) -> String? {
        i >= 0 && i < t.count && t[i].isWord && t[i].has(bit) ? table[t.lower(i)] : nil
    }
    func partOfDay(_ i: Int) -> String? { listed(i, .partOfDay, TemporalLexicon.partsOfDay) }
    func pointModifier(_ i: Int) -> String? { listed(i, .pointModifier, TemporalLexicon.pointModifiers) }

    /// The unit of time token `i` names, when it is a word.
    func unitAt(_ i: Int) -> TemporalLexicon.Unit? { wordFacts(i).unit }
    func integer(_ i: Int) -> Int? { i >= 0 && i < t.count && t[i].isNumber ? t.facts(i).integer : nil }
    /// True when token `i` follows the previous one with no space.
    func joined(_ i: Int) -> Bool { i > 0 && i < t.count && !t[i].spaceBefore }

    /// A month name at `i` (an abbreviation may carry its stop): value and next index, as the
    /// date reader takes it (a lower-case name only beside a number).
    func month(_ i: Int) -> (value: Int, next: Int)? { dates.month(at: i).map { ($0.month, $0.next) } }

    /// A full weekday name, singular (in lower case too: no other word is spelt like one).
    func weekdayName(_ i: Int) -> Int? {
        let weekday = wordFacts(i).weekday
        guard weekday > 0, t[i].length >= 6 else { return nil }
        return Int(weekday)
    }

    /// A four-digit year (1000–2999) at `i`, as the date reader reads one.
    func yearNumber(_ i: Int) -> Int? { dates.year(at: i) }

    /// A count written in digits or words ("15", "fifteen", "fifty-two", "a", "an"), with the
    /// index after it.
    func count(_ i: Int) -> (value: Double, next: Int)? {
        guard i < t.count else { return nil }
        if t[i].isNumber, let value = t.facts(i).number {
            // Counts of days or years beyond ten million are no dates news copy gives, and
            // would overflow the calendar arithmetic that follows.
            guard value.isFinite, abs(value) <= 10_000_000 else { return nil }
            // "2 1/2 years", "5 1/2 hours": a whole number and a fraction written apart.
            if value == value.rounded(), let top = integer(i + 1), let bottom = integer(i + 3), isMark(i + 2, "/"),
                joined(i + 2), joined(i + 3), [2, 4].contains(bottom), top > 0, top < bottom
            {
                return (value + Double(top) / Double(bottom), i + 4)
            }
            return (value, i + 1)
        }
        guard let w = word(i) else { return nil }
        let facts = t.facts(i)
        if facts.has(.oneWord) {
            // "a couple of years", "a hundred years", "a dozen times" ("a" is a listed one-word,
            // so only those are compared).
            if w == "a", let next = word(i + 1) {
                switch next {
                case "couple" where word(i + 2) == "of": return (2, i + 3)
                case "dozen": return (12, i + 2)
                case "hundred": return (100, i + 2)
                case "thousand": return (1000, i + 2)
                default: break
                }
            }
            return (1, i + 1)
        }
        if w == "half", word(i + 1) == "a" || word(i + 1) == "an" { return (0.5, i + 2) }
        if let value = facts.count {
            // "twenty four", "forty five" written as two words.
            if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0, let units = word(i + 1),
                let next = t.facts(i + 1).count, (1...9).contains(next), !units.isEmpty, !t.facts(i + 1).has(.oneWord)
            {
                return (value + next, i + 2)
            }
            return (value, i + 1)
        }
        return nil
    }

    // MARK: - Widening

    /// Takes in the modifiers and determiner TimeML includes in a TIMEX3 extent.
    private func widen(_ start: Int, _ meaning: TimexMeaning) -> (Int, String?) {
        var start = start
        var mod: String? = nil
        switch meaning {
        case .duration:
            // "the nine months ended Sept. 30", "the six months": TimeML keeps the article of a
            // counted duration; "a few days" keeps its "a".
            if word(start - 1) == "the", t[start].isNumber || wordFacts(start).count != nil,
                !wordFacts(start).has(.oneWord), unitAt(start + 1) != nil
            {
                return (start - 1, nil)
            }
            if t.lower(start) == "few", let w = word(start - 1), w == "a" {
                start -= 1
                if let before = word(start - 1), let value = TemporalLexicon.modifiers[before] {
                    return (start - 1, value)
                }
                return (start, nil)
            }
            // "over three decades", "more than a week", "about six hours", "nearly 15 years".
            if start >= 2, let first = word(start - 2), let second = word(start - 1),
                let value = TemporalLexicon.modifiers[first + " " + second]
            {
                return (start - 2, value)
            }
            if let w = word(start - 1), let value = TemporalLexicon.modifiers[w], lower(start) != "the" {
                start -= 1
                mod = value
                if let before = word(start - 1), before == "just" || before == "well" { start -= 1 }
            }
        case .calendar, .decade, .century, .period, .season, .yearPart, .anchoredPeriod, .anchoredSame, .weekday:
            // "fiscal 1989": the company's year, named by its number.
            if case .calendar(_?, nil, nil) = meaning, word(start - 1) == "fiscal" { return (start - 1, nil) }
            // "the year 2008": the noun names what the number is.
            if case .calendar(_?, nil, nil) = meaning, word(start - 1) == "year" { return (start - 1, nil) }
            // "the end of 2025", "the beginning of March", "the middle of next year".
            if word(start - 1) == "of", let w = word(start - 2), let value = TemporalLexicon.partModifiers[w] {
                start -= 2
                if word(start - 1) == "the" { start -= 1 }
                return (start, value)
            }
            // "early 2021", "late last year", "earlier this month", "the 1990s", "the early 1990s".
            if let w = word(start - 1), let value = TemporalLexicon.pointModifiers[w] {
                if case .period = meaning {} else if case .anchoredSame = meaning {} else if w == "earlier" || w == "later" {
                    break
                }
                start -= 1
                mod = value.isEmpty ? nil : value
            }
            if case .decade = meaning, word(start - 1) == "the" { start -= 1 }
            // "the summer", "the winter of 1994": TimeML keeps the article of a season.
            if case .season(_, _, nil) = meaning, word(start - 1) == "the" { start -= 1 }
            // "the current year", "the current fiscal year".
            if case .period = meaning, t.lower(start) == "current", word(start - 1) == "the" { start -= 1 }
        case .reference:
            if word(start - 1) == "right" || word(start - 1) == "just" || word(start - 1) == "more" { start -= 1 }
            // "the future", "the near future", "the foreseeable future".
            if t.lower(start) == "future" {
                if let w = word(start - 1), ["near", "distant", "foreseeable", "immediate"].contains(w) { start -= 1 }
                if word(start - 1) == "the" { start -= 1 }
            }
        case .time:
            if let w = word(start - 1), ["about", "around", "approximately", "roughly"].contains(w) {
                start -= 1
                mod = "APPROX"
            }
        default:
            break
        }
        return (start, mod)
    }

    /// "almost two years ago", "more than four decades ago": TimeML keeps the modifier of a
    /// distance back in time inside the extent.
    private func widenAgo(_ start: Int) -> (Int, String?) {
        if start >= 2, let first = word(start - 2), let second = word(start - 1),
            let value = TemporalLexicon.modifiers[first + " " + second]
        {
            return (start - 2, value)
        }
        if let w = word(start - 1), let value = TemporalLexicon.modifiers[w] { return (start - 1, value) }
        return (start, nil)
    }

    /// "mid-September" and "early-2021" written as one compound carry their modifier inside.
    private func compoundMod(_ i: Int) -> String? {
        guard i < t.count, t[i].isWord, let dash = t.lower(i).firstIndex(of: "-") else { return nil }
        let value = TemporalLexicon.pointModifiers[String(t.lower(i)[..<dash])]
        return value?.isEmpty == false ? value : nil
    }
}
