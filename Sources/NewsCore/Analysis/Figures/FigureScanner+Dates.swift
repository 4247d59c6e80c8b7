/// Dates written with numbers, ordinal words and "a week"-style durations.
extension FigureScanner {
    /// A date written with numbers, as the one date reader reads it ("March 3, 2025", "14
    /// March", "the first of April", "2025-06-19", "9/11"): a figure whose value is the day of
    /// the month, with the last day of a span of days as its high end ("Jan. 2-22").
    func date(at index: Int) -> (Figure, Int)? {
        guard let date = DateReader(tokens).read(at: index), date.end > index else { return nil }
        let range = tokens[index].range.lowerBound..<tokens[date.end - 1].range.upperBound
        let figure = Figure(
            range: range, text: text[range], value: Double(date.day), high: date.lastDay.map(Double.init),
            kind: .date, amount: Double(date.day), numberRange: range)
        return (figure, date.end)
    }

    /// "the third time", "finished fourth", "Nigeria’s second-largest": ordinal words, leaving
    /// idioms ("at first", "in the first place") and the adverb "first" alone.
    mutating func ordinalWord(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.isWord else { return nil }
        let lower = tokens.lower(index)
        var value = NumberWords.ordinal(lower)
        var end = index + 1
        if let tens = NumberWords.tens[lower], isDash(index + 1), attached(index + 1),
            let unitWord = word(index + 2), attached(index + 2),
            let unit = NumberWords.ordinal(unitWord), unit < 10
        {
            value = tens + unit
            end = index + 3
        }
        guard let value, !lower.contains(where: \.isNumber), !isInName(index) else { return nil }
        let before = word(index - 1)
        let possessive =
            index > 0 && tokens[index - 1].possessive
            || before.map { FigureWords.determiners.contains($0) || ["its", "our"].contains($0) } ?? false
        if lower == "first" || lower == "second" {
            guard possessive || before == "finished" || before == "came" || before == "ranked" else { return nil }
        }
        if let before, FigureWords.ordinalIdiomBefore.contains(before), lower == "first" { return nil }
        var afterIndex = end
        if isDash(afterIndex), attached(afterIndex) { afterIndex += 1 }
        if let after = word(afterIndex), FigureWords.ordinalIdiomAfter.contains(after) { return nil }
        if word(end) == "of", word(end + 1) == "all" { return nil }
        let range = token.range.lowerBound..<tokens[end - 1].range.upperBound
        var figure = Figure(
            range: range, text: text[range], value: Double(value), kind: .ordinal, amount: Double(value),
            numberRange: range)
        figure.qualifier = nil
        figures.append(figure)
        return end
    }

    /// "for a week", "in a decade", "for an hour": one unit of time after a word that makes it a
    /// length of time; "a day after" and "$5 a day" are left alone.
    /// Words before "a week after" that make it a measured gap ("less than a week after").
    static let gapLeads: Set<String> = ["than", "barely", "just", "nearly", "almost", "only", "about", "roughly"]

    mutating func articleDuration(at index: Int) -> Int? {
        guard let article = word(index), article == "a" || article == "an" || article == "one",
            let unitWord = word(index + 1), let unit = UnitLexicon.durations[unitWord],
            !unitWord.hasSuffix("s") || unitWord == "hrs"
        else { return nil }
        let before = word(index - 1)
        let after = word(index + 2)
        // "a year ago" measures the time back, as "two years ago" does; "less than a week
        // after" measures a gap. A bare "a day after" is an idiom of sequence.
        if after != "ago" {
            guard let before, FigureWords.durationLeads.contains(before) else { return nil }
            if let after, FigureWords.relativeAfter.contains(after), !Self.gapLeads.contains(before) { return nil }
        }
        let range = tokens[index].range.lowerBound..<tokens[index + 1].range.upperBound
        var figure = Figure(
            range: range, text: text[range], value: unit.factor, kind: .duration, unit: unit.name,
            amount: 1, numberRange: tokens[index].range)
        attachQualifier(&figure, before: index)
        figures.append(figure)
        return index + 2
    }
}
