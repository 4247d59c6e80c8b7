/// The token-level rules of the figure finder: one left-to-right pass over a paragraph's
/// tokens, trying at each token a date, a range ("between 20 and 30"), a number with what
/// follows it (currency, `%`, unit, age, ordinal suffix), an ordinal word, or "a week".
struct FigureScanner {
    let text: ScalarText
    let tokens: AtomRun
    let dollar: String
    let reader: NumberReader
    /// For each vocabulary id, what the scanner asks of a word of that form.
    let facts: [FigureWordFacts]
    var figures: [Figure] = []

    init(text: ScalarText, tokens: AtomRun, dollar: String, facts: [FigureWordFacts]) {
        self.text = text
        self.tokens = tokens
        self.dollar = dollar
        self.reader = NumberReader(tokens)
        self.facts = facts
    }

    /// A number with its currency, sign and unit, before it is made a `Figure`.
    struct Core {
        var start: Int
        var end: Int
        var numberStart: Int
        var numberEnd: Int
        var amount: Double
        var reading: NumberReading
        var kind: Figure.Kind?
        var unit: String?
        var factor = 1.0
        /// Consumed but not a figure: a clock time, a model number, an idiom.
        var skip = false
        var isAge = false
        var decade = false
    }

    mutating func scan() -> [Figure] {
        var index = 0
        while index < tokens.count {
            // Reads the layer token alone: the other fields of the item are not needed here.
            let token = tokens.atoms[index].token
            if token.has(.inLink) || token.kind == .word && !canStart(wordAt: index)
                || token.kind == .mark && !canStart(markAt: index)
            {
                index += 1
                continue
            }
            if let next = match(at: index) {
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        return figures
    }

    /// Whether a figure can start at a word of this form (see `FigureWords.starterWords`).
    func isStarter(_ atom: AtomRun.Atom) -> Bool { facts[Int(atom.token.word)].contains(.starter) }

    /// Whether a figure can start at word item `index`: a starter (`FigureWords.starterWords`),
    /// and for the conditional ones (`FigureWords.conditionalStarters`) one before "$", or "a"
    /// or "an" before a number word or a unit of time.
    func canStart(wordAt index: Int) -> Bool {
        let word = facts[Int(tokens.atoms[index].token.word)]
        guard word.contains(.starter) else { return false }
        if !word.contains(.conditional) { return true }
        guard index + 1 < tokens.count else { return false }
        if tokens.isSymbol(index + 1, "$") { return true }
        let lower = tokens.lower(index)
        return (lower == "a" || lower == "an") && !wordFacts(index + 1).isDisjoint(with: [.numberWord, .durationUnit])
    }

    /// Whether a figure can start at mark item `index`: a currency symbol or a vulgar fraction;
    /// a decimal point or the apostrophe of "'90s" before digits; a sign before digits or a
    /// decimal point. At any other mark every rule fails, so the scan steps over it.
    func canStart(markAt index: Int) -> Bool {
        let scalar = tokens.atoms[index].first
        switch scalar {
        case ".", "'", "\u{2018}", "\u{2019}": return tokens.isDigits(index + 1)
        case "+", "-", "\u{2212}": return tokens.isDigits(index + 1) || tokens.isSymbol(index + 1, ".")
        default: return scalar.isASCII ? Self.asciiSymbolStarts[Int(scalar.value)] : Self.symbolStarts.contains(scalar)
        }
    }

    /// Currency symbols and vulgar fractions: the marks a figure starts at whatever follows.
    private static let symbolStarts = Set(CurrencyLexicon.symbols.keys).union(NumberReader.vulgarFractions.keys)
    private static let asciiSymbolStarts: [Bool] = (0..<128).map { symbolStarts.contains(Unicode.Scalar(UInt8($0))) }

    /// The facts of item `index` when it is a word, else none.
    func wordFacts(_ index: Int) -> FigureWordFacts {
        index >= 0 && index < tokens.count && tokens[index].isWord ? facts[Int(tokens[index].token.word)] : []
    }

    // MARK: - dispatch

    /// Tries every rule at `index`; returns the token after what it consumed, or nil.
    mutating func match(at index: Int) -> Int? {
        if let (figure, end) = date(at: index) {
            figures.append(figure)
            return end
        }
        // "2. Never urged an inquiry": the number of a point in a numbered list, no figure.
        if isListNumber(index) { return index + 2 }
        let lower = tokens.lower(index)
        if lower == "between" || lower == "from", let end = rangeForm(at: index) { return end }
        if var core = core(at: index) {
            if core.skip { return core.end }
            // "several thousand", "a few hundred": the vague count leads the figure.
            if core.start == core.numberStart, NumberReader.magnitudeWords[tokens.lower(core.numberStart)] != nil,
                let q = word(core.start - 1), ["several", "few", "many"].contains(q)
            {
                core.start -= 1
                if q == "few", word(core.start - 1) == "a" { core.start -= 1 }
            }
            // "billions of years", "thousands of light-years": the unit after "of" is measured.
            if core.kind == nil || core.kind == .count, core.unit == nil, core.reading.vague, word(core.end) == "of" {
                pluralMagnitudeUnit(&core)
            }
            if let (high, end) = rangeTail(after: core) {
                append(core, high: high, start: core.start, end: end)
                return end
            }
            let end = append(core, high: nil, start: core.start, end: core.end)
            return mergeBounds(after: end) ?? end
        }
        if let end = ordinalWord(at: index) { return end }
        if let end = percentOf(at: index) { return end }
        if let end = articleDuration(at: index) { return end }
        return nil
    }

    /// Gives "thousands of" the unit after it: a unit of time ("billions of years" is a
    /// duration) or a measure ("thousands of light-years", "hundreds of miles").
    func pluralMagnitudeUnit(_ core: inout Core) {
        let u = core.end + 1
        guard let unitWord = word(u) else { return }
        if let duration = UnitLexicon.durations[unitWord] {
            core.kind = .duration; core.unit = duration.name; core.factor = duration.factor; core.end = u + 1
        } else if unitWord == "light", isDash(u + 1), attached(u + 1), let years = word(u + 2), attached(u + 2),
            years == "year" || years == "years"
        {
            core.kind = .quantity; core.unit = "light-year"; core.end = u + 3
        } else if let symbol = UnitLexicon.measures[unitWord], unitWord.count > 2 {
            core.kind = .quantity; core.unit = symbol; core.end = u + 1
        }
    }

    /// Digits opening a paragraph, a full stop and a capitalised word: "3. What he said".
    func isListNumber(_ index: Int) -> Bool {
        guard tokens.isDigits(index), tokens.atoms[index].token.has(.paragraphStart), tokens.length(index) <= 2,
            index + 2 < tokens.count, tokens.isSymbol(index + 1, "."), tokens.attached(index + 1),
            !tokens.attached(index + 2), tokens.isCapitalized(index + 2) || tokens[index + 2].isSymbol("\"")
        else { return false }
        return true
    }

    // MARK: - building figures

    @discardableResult
    mutating func append(_ low: Core, high: Core?, start: Int, end: Int) -> Int {
        var low = low
        if let high, !low.reading.scaled, high.reading.scaled, low.kind == nil || low.kind == high.kind,
            low.amount < high.amount / high.reading.magnitude
        {
            // "between 2 and 3 million", "1.5 to 2 billion": the magnitude belongs to both ends.
            low.amount *= high.reading.magnitude
        }
        var kind = low.kind ?? high?.kind
        var unit = low.unit ?? high?.unit
        var factor = low.kind != nil ? low.factor : (high?.factor ?? 1)
        var value = low.amount
        var highValue = high.map { $0.amount * (($0.kind != nil) ? $0.factor : factor) }
        let isAge = low.isAge || (high?.isAge ?? false)
        if kind == nil {
            if low.reading.fraction, high == nil, isPriceFraction(low) {
                // "up 7/32": a bond price moves in 32nds of a point, a change of 0.21875 points.
                kind = .count
            } else if low.reading.fraction && high == nil {
                kind = .percent
                unit = "%"
                factor = 100
                value = (low.amount * 100 * 100).rounded() / 100
                highValue = nil
            } else if low.reading.plainDigits, low.reading.digitCount == 4, (1000...2100).contains(low.amount),
                low.amount == low.amount.rounded(),
                high == nil || (high!.reading.plainDigits && (1000...2100).contains(high!.amount))
                    || high!.kind == .year
            {
                kind = .year
            } else if high == nil, isAppositiveAge(low) {
                kind = .quantity
                unit = "year"
            } else {
                kind = .count
            }
        } else if kind == .percent, low.reading.fraction, low.kind == nil {
            value = low.amount * 100
        }
        if kind != .percent || !low.reading.fraction || low.kind != nil { value = low.amount * factor }
        if kind == .year, low.decade, high == nil { highValue = low.amount + 9 }
        if isAge { kind = .quantity }
        let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
        let numberRange = tokens[low.numberStart].range.lowerBound..<tokens[low.numberEnd - 1].range.upperBound
        var figure = Figure(
            range: range, text: text[range], value: value, high: highValue, kind: kind!, unit: unit,
            amount: low.amount, numberRange: numberRange)
        attachQualifier(&figure, before: start)
        if kind == .count || kind == .percent {
            let nouns = CountedNounFinder(tokens: tokens)
            if let of = nouns.find(kind: kind!, start: start, end: end) {
                figure.ofRange = tokens[of.lowerBound].range.lowerBound..<tokens[of.upperBound - 1].range.upperBound
                figure.of = text[figure.ofRange!]
            } else if kind == .count, high == nil, isDash(end), attached(end), let noun = word(end + 1),
                Self.countedCompounds.contains(noun)
            {
                // "a two-goal lead" counts goals.
                figure.ofRange = tokens[end + 1].range
                figure.of = value == 1 ? noun : Self.plural(noun)
            } else if kind == .count, high == nil, let noun = boxScoreNoun(numberAt: low.numberStart, end: end) {
                // "…; Jones 18": a player's points in a box score.
                figure.ofRange = tokens[noun].range
                figure.of = text[tokens[noun].range]
            } else if kind == .count, high == nil {
                let next = end < tokens.count ? tokens[end] : nil
                figure.inheritsCountedNoun =
                    next == nil || next!.isSymbol(",") || next!.isSymbol(".") || next!.isSymbol(";")
                    || next!.isSymbol(")") || tokens.lower(end) == "and" || tokens.lower(end) == "or"
            } else if kind == .percent {
                // "from 9% to 23%", "60% of the heat … and 40% from": the second share is of the same thing.
                let first =
                    figure.qualifierRange == nil ? start : start - (figure.qualifier?.split(separator: " ").count ?? 0)
                figure.inheritsCountedNoun = ["to", "and", "or", "versus", "vs"].contains(word(first - 1) ?? "")
            }
        }
        let finalEnd = high == nil ? attachTrailingQualifier(&figure, after: end) : end
        figures.append(figure)
        return finalEnd
    }

    /// The plural of a counted noun as English spells most: "goals", "matches", "tries".
    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("s") { return noun }
        if noun.hasSuffix("ch") || noun.hasSuffix("sh") || noun.hasSuffix("x") { return noun + "es" }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        return noun + "s"
    }

    /// A fraction in 32nds or 64ths ("7/32", "101-16/32"): the way bond prices are quoted.
    func isPriceFraction(_ core: Core) -> Bool {
        let last = core.numberEnd - 1
        guard last >= 2, tokens[last].isDigits, tokens[last - 1].isSymbol("/"), let denominator = tokens.integer(last)
        else { return false }
        return denominator == 32 || denominator == 64
    }

    /// "percent of 10", "per cent of twenty-two" with no number before it and nothing after:
    /// the percentage said the other way round. Not "the percent of 18-year-olds", nor "5
    /// percent of 10 schools" (read with its number first).
    mutating func percentOf(at index: Int) -> Int? {
        let lower = tokens.lower(index)
        var cursor = index + 1
        if lower == "per" {
            guard word(cursor) == "cent" else { return nil }
            cursor += 1
        } else if lower != "percent" && lower != "percents" {
            return nil
        }
        guard word(cursor) == "of", index == 0 || !tokens[index - 1].isDigits && NumberWords.cardinal(
            tokens.lower(index - 1)) == nil,
            cursor + 1 < tokens.count, let reading = reader.read(at: cursor + 1), !reading.fraction, !reading.vague,
            reading.end >= tokens.count || tokens[reading.end].isMark && !tokens[reading.end].isSymbol("-")
                && !tokens[reading.end].isSymbol("%")
        else { return nil }
        let range = tokens[index].range.lowerBound..<tokens[reading.end - 1].range.upperBound
        let numberRange = tokens[reading.start].range.lowerBound..<tokens[reading.end - 1].range.upperBound
        figures.append(
            Figure(
                range: range, text: text[range], value: reading.value, kind: .percent, unit: "%",
                amount: reading.value, numberRange: numberRange))
        return reading.end
    }

    /// "Alder, 63, has run the store": a whole number set off by commas after a name.
    func isAppositiveAge(_ core: Core) -> Bool {
        guard core.reading.plainDigits, core.amount >= 1, core.amount <= 120, core.numberStart >= 2,
            tokens[core.numberStart - 1].isSymbol(","),
            tokens[core.numberStart - 2].isCapitalized || isNameSuffixStop(core.numberStart - 2),
            core.end < tokens.count, tokens[core.end].isSymbol(",") || tokens[core.end].isSymbol(")")
        else {
            return word(core.numberStart - 1) == "aged" || word(core.numberStart - 1) == "age"
                || word(core.numberStart - 1) == "of" && word(core.numberStart - 2) == "age"
        }
        return true
    }

    /// The stop of "Jr." or "Sr." closing a name ("Patrick Smith Jr., 55,").
    func isNameSuffixStop(_ index: Int) -> Bool {
        index >= 1 && tokens.isSymbol(index, ".") && ["jr", "sr"].contains(tokens.lower(index - 1))
    }

    /// Finds "about", "more than", "up to" and the like just before the figure.
    func attachQualifier(_ figure: inout Figure, before start: Int) {
        guard let (phrase, first, _) = prefixQualifier(endingBefore: start) else { return }
        figure.qualifier = phrase
        figure.qualifierRange = tokens[first].range.lowerBound..<tokens[start - 1].range.upperBound
    }

    /// The longest qualifier that ends just before token `start`: its words, first token, bound.
    func prefixQualifier(endingBefore start: Int) -> (String, Int, FigureBound)? {
        guard start > 0, let candidates = FigureBound.prefixesByLastWord[tokens.lower(start - 1)] else { return nil }
        for (pattern, bound) in candidates {
            let first = start - pattern.count
            guard first >= 0, matches(pattern, at: first) else { continue }
            if ["over", "under", "above", "below", "some"].contains(pattern.joined(separator: " ")), first > 0,
                tokens[first - 1].isWord,
                !FigureWords.boundVerbsAndPrepositions.contains(tokens.lower(first - 1))
            {
                continue
            }
            // "<>30" and "=>30" are not comparisons a reader would write.
            if tokens[first].isMark, first > 0, tokens[first - 1].isMark, !tokens[first].spaceBefore { continue }
            return (pattern.joined(separator: " "), first, bound)
        }
        return nil
    }

    /// The longest qualifier that starts at token `start`, from a table grouped by first word.
    func qualifierStarting(
        at start: Int,
        in table: [String: [([String], FigureBound)]]
    ) -> (String, Int, FigureBound)? {
        guard start < tokens.count, let candidates = table[tokens.lower(start)] else { return nil }
        for (pattern, bound) in candidates where matches(pattern, at: start) {
            return (pattern.joined(separator: " "), start + pattern.count, bound)
        }
        return nil
    }

    func matches(_ pattern: [String], at first: Int) -> Bool {
        guard first >= 0, first + pattern.count <= tokens.count else { return false }
        for (offset, expected) in pattern.enumerated() where tokens.lower(first + offset) != expected { return false }
        return true
    }

    /// "50 or more", "less than 5000 or equal": a bound after the figure, extending it.
    func attachTrailingQualifier(_ figure: inout Figure, after end: Int) -> Int {
        guard let (phrase, next, _) = qualifierStarting(at: end, in: FigureBound.suffixesByFirstWord) else {
            return end
        }
        // "200 or greater than 190" compares two numbers; leave it to the second.
        if next < tokens.count,
            tokens[next].isDigits || NumberWords.cardinal(tokens.lower(next)) != nil
                || ["than", "a", "an", "to", "the", "half"].contains(tokens.lower(next))
        {
            return end
        }
        // A bound after the figure outweighs an approximation before it ("about 500 or more").
        if let before = figure.qualifier, FigureBound.of(before) == .approximate {
            figure.qualifier = nil
            figure.qualifierRange = nil
        }
        figure.qualifier = figure.qualifier.map { $0 + " … " + phrase } ?? phrase
        figure.trailingQualifierRange = tokens[end].range.lowerBound..<tokens[next - 1].range.upperBound
        return next
    }

    /// "more than 10 and less than 40", "at most 100 and at least 20": two bounds of one range.
    mutating func mergeBounds(after end: Int) -> Int? {
        guard var first = figures.last, first.high == nil, let qualifier = first.qualifier,
            end < tokens.count, ["and", "but", ","].contains(tokens.lower(end))
        else { return nil }
        let bound = FigureBound.of(qualifier)
        guard bound.isLower || bound.isUpper,
            let (phrase, numberStart, second) = qualifierStarting(at: end + 1, in: FigureBound.prefixesByFirstWord),
            second.isLower != bound.isLower, second.isLower || second.isUpper,
            let other = core(at: numberStart), !other.skip,
            other.kind == nil || other.kind.map({ $0.rawValue }) == first.kind.rawValue || first.kind == .count
        else { return nil }
        let value =
            other.kind == nil && other.reading.fraction && first.kind == .percent
            ? other.amount * 100 : other.amount * other.factor
        let (low, high) = bound.isLower ? (first.value, value) : (value, first.value)
        guard low < high else { return nil }
        first.value = low
        first.high = high
        first.amount = bound.isLower ? first.amount : other.amount
        first.qualifier = bound.isLower ? qualifier + " … " + phrase : phrase + " … " + qualifier
        first.range = first.range.lowerBound..<tokens[other.end - 1].range.upperBound
        first.text = text[first.range]
        figures[figures.count - 1] = first
        return other.end
    }
}
