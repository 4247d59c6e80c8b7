/// Finds calendar dates written the ways news copy writes them: `2025-09-11`,
/// `Sept. 11, 2025`, `September 11 2025`, `11 September 2025`, `Thursday, 11 Sept. 2025`, and,
/// without a year, `Sept. 11` (as datelines have it).
enum DateFinder {
    struct Match: Equatable {
        var date: PartialDate
        /// Token indices the date covers.
        var tokens: Range<Int>
    }

    /// Every date in `tokens`, left to right, not overlapping.
    static func dates(in tokens: [LineToken]) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            if let match = iso(tokens, index) ?? monthFirst(tokens, index) ?? dayFirst(tokens, index) {
                matches.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    /// `YYYY-MM-DD`, optionally followed by a time (which the caller ignores).
    private static func iso(_ t: [LineToken], _ i: Int) -> Match? {
        guard i + 4 < t.count, t[i].kind == .number, t[i].text.count == 4,
              t[i + 1].text == "-", t[i + 2].kind == .number, t[i + 2].text.count == 2,
              t[i + 3].text == "-", t[i + 4].kind == .number, t[i + 4].text.count == 2,
              let year = Int(t[i].text), let month = Int(t[i + 2].text), let day = Int(t[i + 4].text),
              CalendarDate(year: year, month: month, day: day) != nil else { return nil }
        return Match(date: PartialDate(year: year, month: month, day: day), tokens: i..<(i + 5))
    }

    /// `Month[.] Day[st][,] [Year]`.
    private static func monthFirst(_ t: [LineToken], _ i: Int) -> Match? {
        guard let month = month(t, i) else { return nil }
        var next = month.next
        guard next < t.count, let day = day(t[next]) else { return nil }
        next += 1
        next = skipOrdinalSuffix(t, next)
        let afterDay = next
        if next < t.count, t[next].text == "," { next += 1 }
        if let year = year(t, next) {
            return Match(date: PartialDate(year: year, month: month.value, day: day), tokens: i..<(next + 1))
        }
        return Match(date: PartialDate(year: nil, month: month.value, day: day), tokens: i..<afterDay)
    }

    /// `Day[st] Month[.][,] Year` (a year is required: "11 September" alone is rare in metadata).
    private static func dayFirst(_ t: [LineToken], _ i: Int) -> Match? {
        guard i < t.count, let day = day(t[i]) else { return nil }
        var next = skipOrdinalSuffix(t, i + 1)
        if next < t.count, t[next].lower == "of" { next += 1 }
        guard let month = month(t, next) else { return nil }
        next = month.next
        if next < t.count, t[next].text == "," { next += 1 }
        guard let year = year(t, next) else { return nil }
        return Match(date: PartialDate(year: year, month: month.value, day: day), tokens: i..<(next + 1))
    }

    private static func month(_ t: [LineToken], _ i: Int) -> (value: Int, next: Int)? {
        guard i < t.count, t[i].kind == .word, t[i].isCapitalised,
              let value = CalendarLexicon.months[t[i].lower] else { return nil }
        if i + 1 < t.count, t[i + 1].text == ".", CalendarLexicon.monthAbbreviations.contains(t[i].lower) {
            return (value, i + 2)
        }
        return (value, i + 1)
    }

    private static func day(_ token: LineToken) -> Int? {
        guard token.kind == .number, token.text.count <= 2, let value = Int(token.text), (1...31).contains(value) else { return nil }
        return value
    }

    private static func year(_ t: [LineToken], _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, t[i].text.count == 4, let value = Int(t[i].text),
              (1000...9999).contains(value) else { return nil }
        return value
    }

    private static func skipOrdinalSuffix(_ t: [LineToken], _ i: Int) -> Int {
        guard i < t.count, ["st", "nd", "rd", "th"].contains(t[i].lower),
              i > 0, t[i - 1].range.upperBound == t[i].range.lowerBound else { return i }
        return i + 1
    }
}
