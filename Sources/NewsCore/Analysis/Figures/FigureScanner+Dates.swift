/// Dates written with numbers, ordinal words and "a week"-style durations.
extension FigureScanner {
    func isMonth(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized,
              let month = CalendarLexicon.months[tokens[index].lower] else { return nil }
        return month
    }

    func dayNumber(_ index: Int) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].isDigits, tokens[index].text.count <= 2, let day = Int(tokens[index].text),
              (1...31).contains(day) else { return nil }
        var end = index + 1
        if let suffix = word(end), attached(end), ["st", "nd", "rd", "th"].contains(suffix) { end += 1 }
        return (day, end)
    }

    func yearNumber(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isDigits, tokens[index].text.count == 4, let year = Int(tokens[index].text),
              (1000...2100).contains(year) else { return nil }
        return year
    }

    /// Dates written with numbers: "March 3, 2025", "Oct. 4", "14 March 2025", "the first of
    /// April", "2025-06-19", "9/11", "11/09/2025". The value is the day of the month.
    func date(at index: Int) -> (Figure, Int)? {
        let token = tokens[index]
        var day: Int? = nil
        var lastDay: Int? = nil
        var end = index
        if let month = isMonth(index) {
            var cursor = index + 1
            if CalendarLexicon.monthAbbreviations.contains(token.lower), cursor < tokens.count, tokens[cursor].isSymbol("."), attached(cursor) { cursor += 1 }
            if token.lower == "may" || token.lower == "march", cursor < tokens.count, !tokens[cursor].isDigits { return nil }
            if let (value, after) = dayNumber(cursor), !(after < tokens.count && (tokens[after].isSymbol(":") || word(after).map(UnitLexicon.clockWords.contains) == true)) {
                day = value
                end = after
                // "Jan. 2-22": a span of days in one month.
                if isDash(end), attached(end), let (last, afterLast) = dayNumber(end + 1), attached(end + 1), last > value {
                    lastDay = last
                    end = afterLast
                }
                if end + 1 < tokens.count, tokens[end].isSymbol(","), yearNumber(end + 1) != nil { end += 2 }
                else if yearNumber(end) != nil { end += 1 }
            }
            _ = month
        } else if let (value, after) = dayNumber(index), isMonth(after) != nil, tokens[index].spaceBefore || index == 0 {
            day = value
            end = after + 1
            if CalendarLexicon.monthAbbreviations.contains(tokens[after].lower), end < tokens.count, tokens[end].isSymbol("."), attached(end) { end += 1 }
            if yearNumber(end) != nil { end += 1 }
        } else if token.isWord, let ordinal = NumberWords.ordinal(token.lower), ordinal <= 31, word(index + 1) == "of" {
            if isMonth(index + 2) != nil {
                day = ordinal
                end = index + 3
            } else if let relative = word(index + 2), ["next", "this", "last", "the", "that", "each", "every"].contains(relative), word(index + 3) == "month" {
                day = ordinal
                end = index + 1
            }
        } else if token.isDigits, let year = yearNumber(index), index + 4 < tokens.count, isDash(index + 1), attached(index + 1),
                  tokens[index + 2].isDigits, tokens[index + 2].text.count == 2, attached(index + 2), isDash(index + 3), attached(index + 3),
                  let (value, after) = dayNumber(index + 4), tokens[index + 4].text.count == 2, attached(index + 4) {
            _ = year
            day = value
            end = after
        } else if token.isDigits, token.text.count <= 2, index + 2 < tokens.count, tokens[index + 1].isSymbol("/"), attached(index + 1),
                  tokens[index + 2].isDigits, tokens[index + 2].text.count <= 2, attached(index + 2),
                  let first = Int(token.text), let second = Int(tokens[index + 2].text), !(index > 0 && tokens[index - 1].isSymbol("/") && !token.spaceBefore) {
            if index + 4 < tokens.count, tokens[index + 3].isSymbol("/"), attached(index + 3), tokens[index + 4].isDigits, attached(index + 4),
               [2, 4].contains(tokens[index + 4].text.count), (1...31).contains(first), (1...31).contains(second) {
                day = first > 12 ? first : second
                end = index + 5
            } else if !(index + 3 < tokens.count && tokens[index + 3].isSymbol("/")), (1...12).contains(first), (1...31).contains(second),
                      !Self.fractionDenominators.contains(second) || first >= second {
                day = second
                end = index + 3
            }
        }
        guard let day, end > index else { return nil }
        let range = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
        let figure = Figure(range: range, text: text[range], value: Double(day), high: lastDay.map(Double.init), kind: .date,
                            amount: Double(day), numberRange: range)
        return (figure, end)
    }

    /// Denominators a "a/b" fraction is usually written with; "9/11" with another is a date.
    static let fractionDenominators: Set<Int> = [2, 3, 4, 5, 6, 8, 10, 16, 32, 100]

    /// "the third time", "finished fourth", "Nigeria’s second-largest": ordinal words, leaving
    /// idioms ("at first", "in the first place") and the adverb "first" alone.
    mutating func ordinalWord(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.isWord else { return nil }
        var value = NumberWords.ordinal(token.lower)
        var end = index + 1
        if let tens = NumberWords.tens[token.lower], isDash(index + 1), attached(index + 1), let unitWord = word(index + 2), attached(index + 2),
           let unit = NumberWords.ordinal(unitWord), unit < 10 {
            value = tens + unit
            end = index + 3
        }
        guard let value, !token.lower.contains(where: \.isNumber) else { return nil }
        let before = word(index - 1)
        let possessive = before.map { $0.hasSuffix("’s") || $0.hasSuffix("'s") || FigureWords.determiners.contains($0) || ["its", "our"].contains($0) } ?? false
        if token.lower == "first" || token.lower == "second" {
            guard possessive || before == "finished" || before == "came" || before == "ranked" else { return nil }
        }
        if let before, FigureWords.ordinalIdiomBefore.contains(before), token.lower == "first" { return nil }
        var afterIndex = end
        if isDash(afterIndex), attached(afterIndex) { afterIndex += 1 }
        if let after = word(afterIndex), FigureWords.ordinalIdiomAfter.contains(after) { return nil }
        if word(end) == "of", word(end + 1) == "all" { return nil }
        let range = token.range.lowerBound..<tokens[end - 1].range.upperBound
        var figure = Figure(range: range, text: text[range], value: Double(value), kind: .ordinal, amount: Double(value), numberRange: range)
        figure.qualifier = nil
        figures.append(figure)
        return end
    }

    /// "for a week", "in a decade", "for an hour": one unit of time after a word that makes it a
    /// length of time; "a day after" and "$5 a day" are left alone.
    mutating func articleDuration(at index: Int) -> Int? {
        guard let article = word(index), article == "a" || article == "an" || article == "one",
              let unitWord = word(index + 1), let unit = UnitLexicon.durations[unitWord], !unitWord.hasSuffix("s") || unitWord == "hrs",
              let before = word(index - 1), FigureWords.durationLeads.contains(before) else { return nil }
        if let after = word(index + 2), FigureWords.relativeAfter.contains(after) { return nil }
        let range = tokens[index].range.lowerBound..<tokens[index + 1].range.upperBound
        var figure = Figure(range: range, text: text[range], value: unit.factor, kind: .duration, unit: unit.name,
                            amount: 1, numberRange: tokens[index].range)
        attachQualifier(&figure, before: index)
        figures.append(figure)
        return index + 2
    }
}
