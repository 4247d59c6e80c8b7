/// Ranges: "1,300–1,400", "between 20 and 30", "from 5 to 10", "2025/26".
extension FigureScanner {
    /// "1,300–1,400", "20-30", "5 to 10", "$60,000–$90,000", "2014-22": the high end after a core.
    func rangeTail(after core: Core) -> (Core, Int)? {
        guard core.kind != .ordinal, core.kind != .date, !core.isAge else { return nil }
        let j = core.end
        guard j + 1 < tokens.count else { return nil }
        let dash =
            (isDash(j) || tokens[j].isSymbol("~")
                || tokens[j].isSymbol("/") && yearShaped(core) && attached(j) && attached(j + 1))
            && tokens[j].spaceBefore == tokens[j + 1].spaceBefore
        let to =
            (word(j) == "to" || word(j) == "through") && word(core.start - 1) != "from"
            && (core.kind == nil || Self.spanKinds.contains(core.kind!) && !followsChange(core))
        guard dash || to else { return nil }
        guard var high = self.core(at: j + 1), !high.skip, high.numberStart == j + 1 || high.kind == .money else {
            return nil
        }
        if core.kind == .year
            || core.reading.digitCount == 4 && core.amount >= 1000 && core.amount <= 2100 && core.kind == nil,
            high.reading.plainDigits, high.reading.digitCount == 2, dash
        {
            high.amount = (core.amount - core.amount.truncatingRemainder(dividingBy: 100)) + high.amount
            high.kind = .year
        }
        guard compatible(core, high) else { return nil }
        // "The Eagles (6-5, 3-4)": a win-loss record in a list of records is two counts.
        if dash, isRecord(core, high) { return nil }
        // "fell by 30 to 126": after a change verb two bare numbers are the change and the level;
        // "rose 3 to 5 percent" shares its unit, a range of the change.
        if to, core.kind == nil, high.kind == nil, followsChangeVerb(core) { return nil }
        if yearShaped(core), high.kind != nil, high.kind != .year { return nil }
        if high.kind == .year, high.amount <= core.amount { return nil }
        if to, high.amount <= core.amount { return nil }
        if dash, core.kind == nil, high.kind == nil, high.amount <= core.amount { return nil }
        if dash, core.kind == .money || high.kind == .money, high.amount <= core.amount { return nil }
        return (high, high.end)
    }

    /// Whether "N-M" reads as a win-loss record: two small whole numbers in brackets or in a
    /// list of records ("(6-5, 3-4)", "(2-8, 0-7)"), with no unit or noun after them.
    func isRecord(_ low: Core, _ high: Core) -> Bool {
        guard low.kind == nil, high.kind == nil, low.reading.plainDigits, high.reading.plainDigits,
            low.amount < 200, high.amount < 200, low.start > 0, high.end < tokens.count
        else { return false }
        let before = tokens[low.start - 1], after = tokens[high.end]
        return (before.isSymbol("(") || before.isSymbol(",")) && (after.isSymbol(")") || after.isSymbol(","))
            && (before.isSymbol("(") || after.isSymbol(")"))
    }

    /// Kinds whose "X to Y" is a span ("save $300m to $350m a year", "a 5% to 10% rise") unless a
    /// change verb comes first ("rose 0.3% to 2.4%", "cut by $2m to $30m": a change, two figures).
    static let spanKinds: Set<Figure.Kind> = [.money, .percent]

    /// Whether a change verb (or "by" after one) stands just before the figure.
    func followsChange(_ core: Core) -> Bool {
        guard let before = word(core.start - 1) else { return false }
        if before == "by" || before == "at" { return true }
        return CountedNounFinder.changeVerbs.contains(before) || Self.movementVerbs.contains(before)
    }

    /// "fell by 30 to 126", "rose 12 to 140": a change and the level it reached, two figures.
    func followsChangeVerb(_ core: Core) -> Bool {
        guard let before = word(core.start - 1) else { return false }
        return before == "by" || CountedNounFinder.changeVerbs.contains(before)
    }

    /// Four plain digits that read as a year (2021), before any unit is known.
    func yearShaped(_ core: Core) -> Bool {
        core.kind == nil && core.reading.plainDigits && core.reading.digitCount == 4
            && (1000...2100).contains(core.amount)
    }

    func compatible(_ low: Core, _ high: Core) -> Bool {
        if low.kind == nil || high.kind == nil { return true }
        return low.kind == high.kind && low.unit == high.unit
    }

    /// "between 120 and 150", "between €8 million and €10 million", "from 5 to 10".
    mutating func rangeForm(at index: Int) -> Int? {
        let isBetween = tokens.lower(index) == "between"
        guard let low = core(at: index + 1), !low.skip, low.kind != .ordinal, !low.isAge else { return nil }
        let joiner = word(low.end)
        // "between 2008 to 2016" is written too, for "between … and …".
        guard isBetween ? joiner == "and" || joiner == "to" : (joiner == "to" || isDash(low.end)) else { return nil }
        guard let high = core(at: low.end + 1), !high.skip, compatible(low, high) else { return nil }
        // "go from zero to 60 mph": the start at rest is no figure, the speed reached is.
        if !isBetween, low.amount == 0, low.kind == nil, high.kind != nil, joiner == "to" {
            append(high, high: nil, start: high.start, end: high.end)
            return high.end
        }
        // "use rose by 37 percent, from 0.9 percent to 1.2 percent": a change told before the
        // "from" (in the clause or the one before) makes two levels, not a range.
        if !isBetween, low.kind != nil, low.kind != .year, changeBefore(index) { return nil }
        // "went from 9% to 23%" is a change, two figures; "priced from £35 to £70" is a range.
        if !isBetween, low.kind != nil, low.kind != .year, let before = word(index - 1),
            CountedNounFinder.changeVerbs.contains(before) || Self.movementVerbs.contains(before)
        {
            return nil
        }
        if !isBetween, high.amount <= low.amount { return nil }
        append(low, high: high, start: index, end: high.end)
        return high.end
    }

    /// A change verb among the few words before `index` in its sentence, across one comma
    /// ("rose by 37 percent, from …"), stopping at a second comma or a sentence end.
    func changeBefore(_ index: Int) -> Bool {
        var commas = 0
        var i = index - 1
        while i >= 0, i >= index - 16 {
            if tokens[i].isSymbol(",") {
                commas += 1
                if commas > 1 { return false }
            } else if tokens[i].isSymbol(".") || tokens[i].isSymbol(";") {
                return false
            } else if let w = word(i), CountedNounFinder.changeVerbs.contains(w) {
                return true
            }
            i -= 1
        }
        return false
    }

    /// Verbs before "from … to …" that make it a change between two figures rather than a range.
    static let movementVerbs: Set<String> = Lexicon.set("figures/movement-verbs")
}
