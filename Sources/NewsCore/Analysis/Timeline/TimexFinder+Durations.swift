/// Durations, sets and clock times.
extension TimexFinder {
    /// `15 years`, `three decades`, `a day`, `an hour`, `nine-hour`, `15-year`, `18 months`, and
    /// vague ones: `for years`, `years of sanctions`, `several months`. An age ("34-year-old",
    /// "37 years old", "a six-month-old") is no temporal expression: it measures a person or a
    /// thing, not a stretch of the story's time, and dates nothing (TempEval-3's annotators
    /// leave it out; the figures analyzer still reads it as a quantity in years).
    func duration(_ i: Int) -> Match? {
        // "Islam will one day be…": after a modal, "one day" is some day ahead, no length.
        if word(i) == "one", word(i + 1) == "day", let modal = word(i - 1), Self.modals.contains(modal) {
            return (i + 2, .reference("FUTURE_REF"))
        }
        if let compound = compoundDuration(i) { return compound }
        // "20 more years", "an additional year": the word between counts no differently.
        let amount = count(i).map { found -> (value: Double, next: Int) in
            guard let w = word(found.next), w == "more" || w == "additional" || w == "extra" || w == "further",
                unitAt(found.next + 1) != nil
            else { return found }
            return (found.value, found.next + 1)
        }
        if let amount, let unitWord = word(amount.next), let unit = unitAt(amount.next),
            unitWord != "second" || amount.value == 1
        {  // "twenty second" is an ordinal
            // "the 89th minute" and "the first time" are not durations; "a day" after "twice" is a rate.
            if let before = word(i - 1), ["twice", "times", "per", "once"].contains(before) { return nil }
            if ["a", "an"].contains(t.lower(i)), let after = word(amount.next + 1), after == "ago" { return nil }
            if ["a", "an"].contains(t.lower(i)), isRate(i) || isOrdinalSecond(amount.next) { return nil }
            var end = amount.next + 1
            var value = amount.value
            if word(end) == "old" || (word(end) == "-" && word(end + 1) == "old") { return nil }
            // "an hour and a half", "one hour and half".
            if word(end) == "and", word(end + 1) == "half" {
                value += 0.5; end += 2
            } else if word(end) == "and", word(end + 1) == "a", word(end + 2) == "half" {
                value += 0.5; end += 3
            }
            // "1 hour and 30 minutes", "two years and six months": one duration.
            else if word(end) == "and", let second = count(end + 1), let secondWord = word(second.next),
                let secondUnit = unitAt(second.next), secondUnit.durationParts.isTime == unit.durationParts.isTime,
                secondUnit != unit, second.value == second.value.rounded()
            {
                let first = Self.durationValue(value, unit, unitWord: unitWord)
                let rest = Self.durationValue(second.value, secondUnit, unitWord: secondWord).dropFirst(
                    unit.durationParts.isTime ? 2 : 1)
                return (second.next + 1, .duration(first + rest))
            }
            return (end, .duration(Self.durationValue(value, unit, unitWord: unitWord)))
        }
        // A bare plural unit is a vague duration after "for", "after", "over", a quantifier,
        // or before "of" ("years of sanctions").
        guard let w = word(i), w.hasSuffix("s"), let unit = unitAt(i), w != "seconds" else { return nil }
        if wordFacts(i - 1).has(.vagueQuantifier) {
            return (i + 1, .duration(unit.vagueDuration))
        }
        let before = word(i - 1)
        let after = word(i + 1)
        // "months ago", "days later", "weeks before the vote", "in the years that followed".
        if let after, ["ago", "later", "earlier"].contains(after) {
            return (after == "ago" ? i + 2 : i + 1, .duration(unit.vagueDuration))
        }
        if let after, ["after", "before", "that", "ahead", "following", "since"].contains(after),
            before == "the" || before == nil || i == 0 || t[i - 1].kind == .mark
        {
            return (i + 1, .duration(unit.vagueDuration))
        }
        if let before, wordFacts(i - 1).has(.vagueDurationPreposition) || after == "of" {
            // "in years" only closing its clause ("the first time in years.").
            if before == "in", after != "of", i + 1 < t.count, t[i + 1].kind != .mark { return nil }
            return (i + 1, .duration(unit.vagueDuration))
        }
        if before == nil, word(i + 1) == "of" { return (i + 1, .duration(unit.vagueDuration)) }
        return nil
    }

    /// The words that bound a duration after "the": "the next 72 hours", "the past three years".
    static func isBoundWord(_ w: String) -> Bool {
        switch w {
        case "next", "past", "last", "previous", "coming", "first": return true
        default: return false
        }
    }

    /// Modal verbs: after one, "one day" looks ahead.
    static let modals: Set<String> = ["will", "would", "could", "might", "may", "can", "shall", "should", "must"]

    /// "four flights a week", "$500 million a year", "24 hours a day": "a" + unit after an
    /// amount is a rate, no duration.
    func isRate(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let before = t[i - 1]
        if before.isNumber { return true }
        guard before.isWord, !before.has(.preposition), !before.has(.vagueDurationPreposition),
            !before.has(.auxiliary), !before.has(.pastCue)
        else { return false }
        if ["million", "billion", "thousand", "hundred", "percent", "cents", "dollars"].contains(t.lower(i - 1)) {
            return true
        }
        // A plural noun before it: "seats", "flights", "calls".
        let bytes = t.lower(i - 1).utf8
        return bytes.count > 3 && bytes.last == UInt8(ascii: "s") && bytes.dropLast().last != UInt8(ascii: "s")
            && !before.isCapitalised && i + 1 < t.count && unitAt(i + 1) != nil
            && !["was", "has", "its", "this", "is", "as", "ago"].contains(t.lower(i - 1))
    }

    /// "a second group", "a second betrayal": the ordinal before a noun, not one second.
    func isOrdinalSecond(_ unitIndex: Int) -> Bool {
        guard word(unitIndex) == "second", unitIndex + 1 < t.count, t[unitIndex + 1].isWord else { return false }
        let after = t.lower(unitIndex + 1)
        return !["ago", "later", "earlier", "after", "before", "of", "or", "and", "to"].contains(after)
    }

    /// `the next 72 hours`, `the past three years`, `the last decade`, `several years`.
    func boundedDuration(_ i: Int) -> Match? {
        if let q = word(i), wordFacts(i).has(.vagueQuantifier), q != "some", let w = word(i + 1),
            let unit = unitAt(i + 1), w.hasSuffix("s")
        {
            return (i + 2, .duration(unit.vagueDuration))
        }
        guard word(i) == "the", let w = word(i + 1), Self.isBoundWord(w) else { return nil }
        // "the past few years", "the next several months".
        if let q = word(i + 2), ["few", "several", "many"].contains(q), let unitWord = word(i + 3),
            let unit = unitAt(i + 3),
            unitWord.hasSuffix("s")
        {
            return (i + 4, .duration(unit.vagueDuration))
        }
        // "the past two quarters": a count of a company's quarters (TIMEX3's `Q`).
        if let amount = count(i + 2), amount.value == amount.value.rounded(), amount.value > 1,
            word(amount.next) == "quarters", !isGameTime(i)
        {
            return (amount.next + 1, .duration("P\(Int(amount.value))Q"))
        }
        if let amount = count(i + 2), amount.value != 1 || t[i + 2].isNumber, let unitWord = word(amount.next),
            let unit = unitAt(amount.next)
        {
            return (amount.next + 1, .duration(Self.durationValue(amount.value, unit, unitWord: unitWord)))
        }
        if let unitWord = word(i + 2), let unit = unitAt(i + 2), w != "first" {
            if unitWord.hasSuffix("s") { return (i + 3, .duration(unit.vagueDuration)) }
            return (i + 3, .duration(Self.durationValue(1, unit, unitWord: unitWord)))
        }
        return nil
    }

    /// "nine-hour", "eleven-week" (one hyphenated word) and "15-year", "48-hour"; not an age
    /// ("34-year-old", "six-year-old", "year-old").
    private func compoundDuration(_ i: Int) -> Match? {
        guard i < t.count else { return nil }
        if t[i].isWord, t[i].has(.hyphenated) {
            guard t[i].has(.unitPart) else { return nil }
            var parts = t.lower(i).split(separator: "-").map(String.init)
            if parts.last == "old" { return nil }
            if parts.last == "long" { parts.removeLast() }
            // "decade-long", "year-long", "month-long": one of the unit.
            if parts.count == 1, let unit = TemporalLexicon.units[parts[0]], !parts[0].hasSuffix("s") {
                return (i + 1, .duration(Self.durationValue(1, unit, unitWord: parts[0])))
            }
            guard parts.count >= 2, let unitWord = parts.last, let unit = TemporalLexicon.units[unitWord],
                !unitWord.hasSuffix("s"),
                let value = NumberWords.cardinal(parts.dropLast().joined(separator: "-"))
            else { return nil }
            return (i + 1, .duration(Self.durationValue(Double(value), unit, unitWord: unitWord)))
        }
        guard t[i].isNumber, let value = t.facts(i).number, isMark(i + 1, "-"), joined(i + 1), joined(i + 2),
            let w = word(i + 2)
        else { return nil }
        let parts = w.split(separator: "-").map(String.init)
        guard let unitWord = parts.first, let unit = TemporalLexicon.units[unitWord], !unitWord.hasSuffix("s"),
            parts.count == 1 || parts.last == "long"
        else { return nil }
        return (i + 3, .duration(Self.durationValue(value, unit, unitWord: unitWord)))
    }

    /// TIMEX3's value for an amount of a unit: `P15Y`, `PT9H`, `P30Y` for three decades,
    /// `P2W` for a fortnight, `PT0.5H` for half an hour written as such.
    static func durationValue(_ amount: Double, _ unit: TemporalLexicon.Unit, unitWord: String) -> String {
        let parts = unit.durationParts
        var value = amount * Double(parts.scale)
        if unitWord == "fortnight" { value *= 2 }
        let prefix = parts.isTime ? "PT" : "P"
        if value == value.rounded() && abs(value) < 1e15 { return prefix + String(Int(value)) + parts.letter }
        // TIMEX3 writes a fraction in the next smaller unit: "2 1/2 years" is P2Y6M, "a minute
        // and a half" PT1M30S.
        let smaller: (letter: String, per: Double, time: Bool)?
        switch (parts.letter, parts.isTime) {
        case ("Y", false): smaller = ("M", 12, false)
        case ("W", false): smaller = ("D", 7, false)
        case ("D", false): smaller = ("H", 24, true)
        case ("H", true): smaller = ("M", 60, true)
        case ("M", true): smaller = ("S", 60, true)
        default: smaller = nil
        }
        if let smaller, abs(value) < 1e9 {
            let whole = value.rounded(.towardZero), rest = (value - whole) * smaller.per
            if rest == rest.rounded() {
                let head = whole == 0 ? "" : String(Int(whole)) + parts.letter
                let tail = String(Int(rest)) + smaller.letter
                if smaller.time && !parts.isTime { return "P" + head + "T" + tail }
                return prefix + head + tail
            }
        }
        return prefix + String(value) + parts.letter
    }

    /// `every year`, `each week`, `every 15 minutes`, `every Thursday`, `daily`, `twice a week`.
    func setPhrase(_ i: Int) -> Match? {
        guard let w = word(i) else { return nil }
        if w == "every" || w == "each" {
            if let day = weekdayName(i + 1) { return (i + 2, .set("XXXX-WXX-\(day)")) }
            // "every morning", "each July", "every summer", "each season" (a sports season comes
            // once a year).
            if let part = partOfDay(i + 1) { return (i + 2, .set("XXXX-XX-XXT" + part)) }
            if let month = month(i + 1), !t[i + 1].has(.monthAbbreviation) || t[i + 1].isCapitalised {
                return (month.next, .set("XXXX-" + TimexFormat.pad(month.value, 2)))
            }
            if let season = listed(i + 1, .season, TemporalLexicon.seasons) { return (i + 2, .set("XXXX-" + season)) }
            if word(i + 1) == "season" { return (i + 2, .set("P1Y")) }
            // "interest every quarter": a company's quarter, TIMEX3's `Q`.
            if word(i + 1) == "quarter", !isGameTime(i) { return (i + 2, .set("P1Q")) }
            if let unitWord = word(i + 1), let unit = unitAt(i + 1), !unitWord.hasSuffix("s") {
                return (i + 2, .set(Self.durationValue(1, unit, unitWord: unitWord)))
            }
            if let amount = count(i + 1), amount.value > 1, let unitWord = word(amount.next),
                let unit = unitAt(amount.next)
            {
                return (amount.next + 1, .set(Self.durationValue(amount.value, unit, unitWord: unitWord)))
            }
            if word(i + 1) == "other", let unitWord = word(i + 2), let unit = unitAt(i + 2) {
                return (i + 3, .set(Self.durationValue(2, unit, unitWord: unitWord)))
            }
            return nil
        }
        if ["once", "twice"].contains(w), ["a", "an", "per", "every", "each"].contains(word(i + 1) ?? ""),
            let unitWord = word(i + 2), let unit = unitAt(i + 2)
        {
            return (i + 3, .set(Self.durationValue(1, unit, unitWord: unitWord)))
        }
        // "daily", "weekly", "annually": a set as an adverb ("the readings arrive daily") and
        // as TimeML reads the adjective too ("a daily rally", "his weekly address").
        if let value = listed(i, .frequency, TemporalLexicon.frequencyAdverbs) {
            // "the party daily Granma", "the business weekly Barron's": a paper named after its
            // rhythm, no set of times.
            if i + 1 < t.count, t[i + 1].isWord, t[i + 1].isCapitalised, t[i + 1].spaceBefore,
                t[i + 1].sentence == t[i].sentence, !t[i + 1].has(.determiner)
            {
                return nil
            }
            return (i + 1, .set(value))
        }
        return nil
    }

    /// `10 a.m.`, `6pm`, `2 p.m.`, `10:30`, `10:30 GMT`, `noon`, `midnight`, with a following
    /// "local time" or time-zone abbreviation kept in the extent.
    func clockTime(_ i: Int) -> Match? {
        guard i < t.count else { return nil }
        var hour: Int
        var minute = 0
        var next: Int
        if let w = word(i), w == "noon" || w == "midday" || w == "midnight" {
            guard let before = word(i - 1), ["at", "by", "until", "before", "after", "from", "around"].contains(before)
            else { return nil }
            hour = w == "midnight" ? 24 : 12
            next = i + 1
        } else {
            guard let h = integer(i), (0...24).contains(h), t[i].length <= 2 else {
                // "10.30am"
                guard t[i].isNumber, t.lower(i).utf8.contains(UInt8(ascii: ".")), let meridian = word(i + 1),
                    joined(i + 1),
                    ["am", "pm", "a.m.", "p.m."].contains(meridian)
                else { return nil }
                let pieces = t.lower(i).split(separator: ".")
                guard pieces.count == 2, let h = Int(pieces[0]), let m = Int(pieces[1]), (1...12).contains(h), m < 60
                else { return nil }
                return (i + 2, .time(on: nil, hour: Self.hour24(h, meridian), minute: m))
            }
            hour = h
            next = i + 1
            var hasMinutes = false
            if isMark(next, ":"), joined(next), next + 1 < t.count, joined(next + 1), t[next + 1].length == 2,
                let m = integer(next + 1), m < 60
            {
                minute = m
                next += 2
                hasMinutes = true
                // "finished in 2:07:35": hours, minutes and seconds of elapsed time, unless "at"
                // says it is a time of day.
                if isMark(next, ":"), joined(next), next + 1 < t.count, joined(next + 1), t[next + 1].length == 2,
                    let seconds = integer(next + 1), seconds < 60, word(i - 1) != "at"
                {
                    return (next + 2, .duration("PT\(hour)H\(minute)M\(seconds)S"))
                }
                // "with 3:08 to play", "3:08 left": game time on a clock, no time of day.
                if let after = word(next), ["to", "left", "remaining"].contains(after), word(i - 1) != "at" {
                    return nil
                }
            }
            if let meridian = word(next), ["am", "pm", "a.m.", "p.m."].contains(meridian) {
                guard (1...12).contains(hour) else { return nil }
                hour = Self.hour24(hour, meridian)
                next += 1
            } else if !hasMinutes {
                return nil
            }
        }
        if word(next) == "local", word(next + 1) == "time" {
            next += 2
        } else if let zone = word(next),
            ["gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "et", "pt"].contains(zone), t[next].isAllCaps
        {
            next += 1
        }
        return (next, .time(on: nil, hour: hour, minute: minute))
    }

    static func hour24(_ hour: Int, _ meridian: String) -> Int {
        let pm = meridian.hasPrefix("p")
        if pm { return hour == 12 ? 12 : hour + 12 }
        return hour == 12 ? 0 : hour
    }
}
