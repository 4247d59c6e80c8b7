/// What follows a number and decides its kind (`%`, currency, unit, age, ordinal suffix), and
/// which bare numbers are not figures at all (idioms, labels, codes).
extension FigureScanner {
    /// Reads what follows the number: `%`, currency, age, time unit, measure, ordinal suffix,
    /// decade "s", or a clock time (which makes the core a skip).
    func applySuffix(_ core: inout Core) {
        let j = core.end
        guard j < tokens.count else { return }
        let next = tokens[j]
        let lower = tokens.lower(j)
        let isGlued = !next.spaceBefore
        // Clock times: 6pm, 10 a.m., 10:30.
        if next.isWord, UnitLexicon.clockWords.contains(lower) { core.skip = true; core.end = j + 1; return }
        if next.isSymbol(":"), isGlued, j + 1 < tokens.count, tokens[j + 1].isDigits, attached(j + 1) {
            var end = j + 2
            if let after = word(end), UnitLexicon.clockWords.contains(after) { end += 1 }
            core.skip = true
            core.end = end
            return
        }
        // Percentages.
        if next.isSymbol("%") || next.isSymbol("٪") {
            core.kind = .percent; core.unit = "%"; core.end = j + 1
            return
        }
        if lower == "percent" || lower == "percents" || lower == "pct" || lower == "percentage"
            || lower == "pc" && isGlued
        {
            core.kind = .percent; core.unit = "%"; core.end = j + 1
            if let after = word(j + 1), after == "point" || after == "points" {
                core.unit = "percentage point"; core.end = j + 2
            }
            return
        }
        if lower == "per", word(j + 1) == "cent" {
            core.kind = .percent; core.unit = "%"; core.end = j + 2
            return
        }
        // Ordinals and decades glued to digits: 15th, 1990s, 1990’s.
        if next.isWord, isGlued, tokens[core.numberEnd - 1].isDigits,
            core.reading.plainDigits || core.reading.digitCount == 0
        {
            if ["st", "nd", "rd", "th"].contains(lower) {
                core.kind = .ordinal; core.end = j + 1
                return
            }
            if lower == "s", core.reading.digitCount == 4, core.amount.truncatingRemainder(dividingBy: 10) == 0 {
                core.kind = .year; core.decade = true; core.end = j + 1
                return
            }
        }
        if (next.isSymbol("’") || next.isSymbol("'")), isGlued, word(j + 1) == "s", attached(j + 1),
            core.reading.digitCount == 4,
            ["the", "early", "mid", "late", "of", "in"].contains(word(core.start - 1) ?? ""),
            core.amount.truncatingRemainder(dividingBy: 10) == 0
        {
            core.kind = .year; core.decade = true; core.end = j + 2
            return
        }
        // A currency symbol after the amount, as continental copy writes it: "10 €", "100₾".
        if !next.isDigits, next.length == 1, let code = CurrencyLexicon.symbols[next.first],
            !(j + 1 < tokens.count && tokens[j + 1].isDigits && attached(j + 1))
        {
            core.kind = .money; core.unit = next.first == "$" ? dollar : code; core.end = j + 1
            return
        }
        // "a 12-cent dividend", "a one-yen bid".
        if isDash(j), isGlued, let (code, end, factor) = currencySuffix(at: j + 1), attached(j + 1) {
            core.kind = .money; core.unit = code; core.factor = factor; core.end = end
            return
        }
        // Money in millions by its finance-desk code: "30 MUSD", "120 MEUR".
        if let code = millionCode(j) {
            core.kind = .money; core.unit = code; core.end = j + 1
            core.amount *= 1e6
            return
        }
        // Money named after the amount (but not a code that leads the next amount: "3 USD50").
        if let (code, end, factor) = currencySuffix(at: j),
            !(lower == "pound" || lower == "pounds") || core.reading.scaled || word(end) == "sterling",
            !(end < tokens.count && tokens[end].isDigits && attached(end))
        {
            core.kind = .money; core.unit = code; core.factor = factor; core.end = end
            if word(end) == "sterling" { core.end = end + 1 }
            // "75 USD million": the magnitude after the code.
            if !core.reading.scaled, let magnitude = word(end).flatMap({ NumberReader.magnitudeWords[$0] }),
                magnitude >= 1e6
            {
                core.amount *= magnitude
                core.end = end + 1
                return
            }
            // "15 dollars 50", "one dollar and one": cents said without their name.
            if factor == 1, let (cents, centsEnd) = spokenCents(after: core.end, spelledOnly: false) {
                core.amount += cents
                core.end = centsEnd
                return
            }
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents".
            if factor == 1 {
                let start = word(core.end) == "and" ? core.end + 1 : core.end
                if let cents = reader.read(at: start), cents.value < 100,
                    let (_, centsEnd, centsFactor) = currencySuffix(at: cents.end),
                    centsFactor == 0.01
                {
                    core.amount += cents.value / 100
                    core.end = centsEnd
                }
            }
            return
        }
        // Units joined by a hyphen: nine-hour, 52-year-old, 7.1-magnitude, 3-inch.
        var unitIndex = j
        var hyphenated = false
        if isDash(j), isGlued, j + 1 < tokens.count, tokens[j + 1].isWord, attached(j + 1) {
            unitIndex = j + 1
            hyphenated = true
        }
        guard let unitWord = word(unitIndex) ?? bracketedUnit(at: j) else {
            if next.isSymbol("°"), let letter = word(j + 1),
                let symbol = UnitLexicon.temperatureLetters[letter]
                    ?? (letter == "celsius" ? "C" : letter == "fahrenheit" ? "F" : nil)
            {
                core.kind = .quantity; core.unit = symbol; core.end = j + 2
            } else if next.isSymbol("°") {
                core.kind = .quantity; core.unit = "degree"; core.end = j + 1
            }
            return
        }
        // "an 87 yo man": the clinical shorthand for years old.
        if !hyphenated, unitWord == "yo" || unitWord == "y.o" {
            core.kind = .quantity; core.unit = "year"; core.isAge = true; core.end = unitIndex + 1
            return
        }
        // Ages: 52-year-old, five years old, 3 years of age.
        if let duration = UnitLexicon.durations[unitWord], duration.factor == 1 {
            var end = unitIndex + 1
            if hyphenated, isDash(end), word(end + 1) == "old", attached(end), attached(end + 1) {
                core.kind = .quantity; core.unit = duration.name; core.isAge = true; core.end = end + 2
                return
            }
            if word(end) == "old" {
                core.kind = .quantity; core.unit = duration.name; core.isAge = true; core.end = end + 1
                return
            }
            if word(end) == "of", word(end + 1) == "age" {
                core.kind = .quantity; core.unit = duration.name; core.isAge = true; core.end = end + 2
                return
            }
            if hyphenated, word(end) == "olds", attached(end) { end += 1 }
        }
        if let duration = UnitLexicon.durations[unitWord] {
            // "one day", "one time" are idioms unless a word of duration leads them ("for one day").
            if !hyphenated, core.reading.spelled, core.amount == 1, core.numberStart == core.start,
                !(word(core.start - 1).map(FigureWords.durationLeads.contains) ?? false)
            {
                core.skip = true
                return
            }
            core.kind = .duration; core.unit = duration.name; core.factor = duration.factor; core.end = unitIndex + 1
            return
        }
        // Temperatures glued to digits: 40C, -2F.
        if !hyphenated, isGlued, next.length == 1, let symbol = UnitLexicon.temperatureLetters[lower], next.isUpperCase
        {
            core.kind = .quantity; core.unit = symbol; core.end = j + 1
            return
        }
        if unitWord == "degrees" || unitWord == "degree" {
            core.kind = .quantity; core.unit = "degree"; core.end = unitIndex + 1
            if let scale = word(unitIndex + 1),
                let symbol = UnitLexicon.measures[scale] ?? UnitLexicon.temperatureLetters[scale],
                symbol == "C" || symbol == "F"
            {
                core.unit = symbol; core.end = unitIndex + 2
            }
            return
        }
        // Measures, with "square"/"cubic"/"metric" before them and "per hour" after.
        var measureIndex = unitIndex
        if !hyphenated, next.isMark, Self.closingBrackets[next.first] != nil, let inner = word(j + 1),
            UnitLexicon.measures[inner] != nil
        {
            measureIndex = j + 1
        }
        var prefix = ""
        if let qualifier = UnitLexicon.measureQualifiers[unitWord], let following = word(unitIndex + 1),
            UnitLexicon.measures[following] != nil
        {
            prefix = qualifier
            measureIndex = unitIndex + 1
        } else if let qualifier = UnitLexicon.measureQualifiers[unitWord], isDash(unitIndex + 1),
            attached(unitIndex + 1),
            let following = word(unitIndex + 2), attached(unitIndex + 2), UnitLexicon.measures[following] != nil
        {
            // "a 250,000-square-foot warehouse".
            prefix = qualifier
            measureIndex = unitIndex + 2
        }
        // "230 million light-years", written over three atoms.
        if word(measureIndex) == "light", isDash(measureIndex + 1), attached(measureIndex + 1),
            let years = word(measureIndex + 2), attached(measureIndex + 2), years == "year" || years == "years"
        {
            core.kind = .quantity; core.unit = "light-year"; core.end = measureIndex + 3
            return
        }
        guard let measureWord = word(measureIndex), var symbol = UnitLexicon.measures[measureWord] else { return }
        let glued = !tokens[measureIndex].spaceBefore
        // Single letters are units only when glued to the number ("100t", "48m", "5l").
        if ["t", "l"].contains(measureWord), !glued { return }
        if measureWord == "m", core.reading.scaled { return }
        if ["pound", "pounds"].contains(measureWord), core.reading.scaled { return }
        // Letters glued to a unit ("24703m212") make a code, not a quantity.
        if measureIndex + 1 < tokens.count, tokens[measureIndex + 1].isDigits, attached(measureIndex + 1),
            !(measureWord == "km" || measureWord == "m") || !isTwo(measureIndex + 1)
        {
            core.skip = true
            core.end = measureIndex + 2
            return
        }
        var end = measureIndex + 1
        if end < tokens.count, tokens[end].isDigits, attached(end), isTwo(end) { symbol += "2"; end += 1 }
        if let base = UnitLexicon.speedBases[symbol], let per = word(end), per == "per" || per == "an" || per == "a",
            word(end + 1) == "hour"
        {
            symbol = base
            end += 2
        }
        if end + 1 < tokens.count, tokens[end].isSymbol("/"), attached(end), let per = word(end + 1), attached(end + 1),
            ["h", "hr", "hour"].contains(per), let base = UnitLexicon.speedBases[symbol]
        {
            symbol = base
            end += 2
        }
        // Fuel economy: "90 miles per gallon", "38 kilometres per litre".
        if let per = word(end), per == "per", let volume = word(end + 1),
            let economy = UnitLexicon.fuelEconomy[symbol]?[volume]
        {
            symbol = economy
            end += 2
        }
        // Other rates: "50 metres per second", "50 km/ms".
        else if let per = word(end), per == "per", let time = word(end + 1), let short = UnitLexicon.rateTimes[time] {
            symbol += "/" + short
            end += 2
        } else if end + 1 < tokens.count, tokens[end].isSymbol("/"), attached(end), attached(end + 1),
            let time = word(end + 1), let short = UnitLexicon.rateTimes[time]
        {
            symbol += "/" + short
            end += 2
        }
        // A unit in brackets after the number, as tables write it: "20 (kg)".
        if measureIndex == j + 1, let close = Self.closingBrackets[tokens[j].first], tokens[j].isMark,
            end < tokens.count, tokens[end].isSymbol(close)
        {
            end += 1
        }
        // Heights written in feet and inches: "5 feet 2 inches", "6ft 2in".
        if symbol == "ft" {
            let start = word(end) == "and" ? end + 1 : end
            if start < tokens.count, tokens[start].isDigits || NumberWords.cardinal(tokens.lower(start)) != nil,
                let inches = reader.read(at: start), inches.value < 12, let unit = word(inches.end),
                unit == "in" || unit == "inch" || unit == "inches"
            {
                core.amount += inches.value / 12
                end = inches.end + 1
            }
        }
        core.kind = .quantity
        core.unit = prefix + symbol
        core.end = end
    }

    /// "50", "and fifty", "forty five" after an amount of money, ending the phrase: its cents.
    /// `spelledOnly` asks for "and" and words ("$ 100 and fifty"), as after a symbol.
    func spokenCents(after index: Int, spelledOnly: Bool) -> (Double, Int)? {
        let start = word(index) == "and" ? index + 1 : index
        guard start < tokens.count, !spelledOnly || start == index + 1 && tokens[start].isWord,
            tokens[start].isDigits || NumberWords.cardinal(tokens.lower(start)) != nil,
            let cents = reader.read(at: start), !cents.fraction, !cents.scaled, cents.value >= 1, cents.value < 100,
            cents.end >= tokens.count || tokens[cents.end].isMark && !tokens[cents.end].isSymbol("%")
                || tokens[cents.end].spaceBefore && endsAmount(word(cents.end))
        else { return nil }
        // A currency or unit after it makes it an amount of its own ("$5 and 20 cents" is read apart).
        if currencySuffix(at: cents.end) != nil { return nil }
        return (cents.value / 100, cents.end)
    }

    /// A word that may follow an amount and end it: a function word, "more" or "less".
    func endsAmount(_ word: String?) -> Bool {
        guard let word else { return false }
        // "20 dollars and 5 of them were fake": "of" makes the second number a count.
        return word != "of" && (FigureWords.phraseStops.contains(word) || word == "more" || word == "less")
    }

    /// A code for millions of a currency, as finance desks write it: "MUSD", "MEUR", "MAUD".
    func millionCode(_ index: Int) -> String? {
        guard index < tokens.count, tokens[index].isWord, tokens[index].isUpperCase, tokens[index].length == 4,
            tokens[index].first == "M"
        else { return nil }
        let code = String(tokens.lower(index).dropFirst())
        guard let iso = CurrencyLexicon.prefixWords[code], iso.lowercased() == code else { return nil }
        return iso
    }

    /// The unit word inside brackets after a number ("20 (kg)"), if that is what follows.
    func bracketedUnit(at index: Int) -> String? {
        guard index < tokens.count, tokens[index].isMark, let close = Self.closingBrackets[tokens[index].first],
            let inner = word(index + 1), UnitLexicon.measures[inner] != nil, tokens.isSymbol(index + 2, close)
        else { return nil }
        return inner
    }

    static let closingBrackets: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "[": "]", "{": "}", "<": ">"]

    /// Whether a number with nothing after it is a figure: drops the pronoun and idiom uses of
    /// "one", "half" as a noun ("the second half"), number words in compounds ("one-off"),
    /// and numbers glued to letters ("3D", "5G").
    func acceptBare(_ core: Core) -> Bool {
        let reading = core.reading
        let before = word(reading.start - 1)
        let after = core.end < tokens.count ? tokens[core.end] : nil
        if tokens[reading.end - 1].isDigits, let after, !after.spaceBefore, after.isWord { return false }
        if isLabelNumber(core) || isNamedNumber(core) { return false }
        // "No. 10", "no. 1": a number used as a name or a rank label.
        if reading.start >= 2, tokens[reading.start - 1].isSymbol("."), tokens.lower(reading.start - 2) == "no",
            tokens[reading.start - 2].isCapitalized
        {
            return false
        }
        if reading.spelled {
            if let after, isDash(core.end), !after.spaceBefore, core.end + 1 < tokens.count,
                tokens[core.end + 1].isWord,
                attached(core.end + 1)
            {
                // "a two-goal lead", "a three-game streak" count goals and games; "one-off",
                // "a four-cylinder engine" are idioms and specifications.
                return Self.countedCompounds.contains(tokens.lower(core.end + 1))
                    && !(core.end + 2 < tokens.count && isDash(core.end + 2) && attached(core.end + 2))
            }
            // "the Big Ten", "the Three Amigos": a capitalised number word inside a sentence
            // and beside another capitalised word is part of a name.
            if isInName(reading.start) { return false }
            let first = tokens.lower(reading.start)
            // A bare "one" is a determiner or a pronoun far more often than a figure ("one
            // widow told the court", "one of the", "one day"); with a sign, unit or magnitude
            // it is read as usual.
            if reading.end - reading.start == 1, first == "one", reading.start == core.start { return false }
            if first == "half" {
                if let before,
                    ["the", "first", "second", "this", "that", "its", "their", "his", "her", "other", "a"].contains(
                        before)
                {
                    return false
                }
                if let next = word(core.end), ["time", "way", "hour"].contains(next) { return false }
            }
            if reading.fraction, first == "a" || first == "an", let next = word(core.end), next != "of",
                NumberReader.magnitudeWords[next] == nil
            {
                return false
            }
            if first == "a" || first == "an", reading.value == 1 { return false }
            // "a week or two", "one or two": a vague afterthought, not a figure.
            if before == "or", reading.value < 10,
                word(core.end) == nil || FigureWords.phraseStops.contains(word(core.end)!)
            {
                return false
            }
            if word(core.end) == "or", let other = word(core.end + 1), NumberWords.cardinal(other) != nil,
                reading.value < 10
            {
                return false
            }
        }
        return true
    }

    /// Numbers that are part of a name rather than figures: "a 3-pointer", "a six-footer" (a
    /// compound noun), "911 calls", "dialled 999" (a telephone number), "737 Max", "iPhone 15
    /// Pro" (a model, its number before a model word).
    func isNamedNumber(_ core: Core) -> Bool {
        let reading = core.reading
        if isDash(core.end), attached(core.end), let noun = word(core.end + 1), attached(core.end + 1),
            Self.numberCompounds.contains(noun)
        {
            return true
        }
        guard reading.plainDigits else { return false }
        let after = word(core.end)
        if let after, tokens[core.end].isCapitalized, NumberReader.modelWords.contains(after) { return true }
        if Self.serviceNumbers.contains(tokens.lower(reading.start)),
            after.map(Self.serviceNumberContext.contains) == true
                || word(reading.start - 1).map(Self.serviceNumberContext.contains) == true
        {
            return true
        }
        return false
    }

    /// Whether the capitalised word at `index`, not opening its sentence, stands beside
    /// another capitalised word: "Big Ten", "Three Amigos", "the Second Amendment".
    func isInName(_ index: Int) -> Bool {
        guard index > 0, tokens.isCapitalized(index), !tokens.atoms[index].token.has(.sentenceStart),
            !tokens.atoms[index].token.has(.paragraphStart)
        else { return false }
        if index > 0, tokens.isCapitalized(index - 1), !tokens.atoms[index - 1].token.has(.sentenceStart) { return true }
        return index + 1 < tokens.count && tokens.isCapitalized(index + 1)
    }

    /// A word written with a capital inside but not first ("iPhone", "eBay"): a brand name.
    func isInnerCapitalised(_ index: Int) -> Bool {
        let atom = tokens[index]
        guard atom.isWord, !atom.isCapitalized, atom.length > 2 else { return false }
        let range = atom.range
        for offset in (range.lowerBound + 1)..<range.upperBound
        where tokens.scalars[offset].properties.isUppercase {
            return true
        }
        return false
    }

    /// "787-9", "737-800" after a name: a model and its variant, not a score ("Rovers 2-1",
    /// "Lakers 112-108"). `first` is the item of the first digits, a dash and digits after it.
    func isModelPair(first: Int) -> Bool {
        guard isDash(first + 1), attached(first + 1), first + 2 < tokens.count, tokens[first + 2].isDigits,
            attached(first + 2), let model = tokens.integer(first), let variant = tokens.integer(first + 2)
        else { return false }
        return model >= 100 && (variant < 10 || abs(model - variant) > 50)
    }

    /// "Smith 25 points, 10 rebounds; Jones 18": in a box score a player's name comes before
    /// each line, and a bare number after a name that follows a stat is that player's points.
    /// Returns the item where the stat's noun stands, when the number at `start` is such a line.
    func boxScoreNoun(numberAt start: Int, end: Int) -> Int? {
        guard start >= 2, tokens[start - 1].isCapitalized,
            tokens[start - 2].isSymbol(";") || tokens[start - 2].isSymbol(","),
            end >= tokens.count || tokens[end].isSymbol(";") || tokens[end].isSymbol(",")
                || tokens[end].isSymbol(".")
        else { return nil }
        // The first stat noun of the paragraph so far: box scores lead with points.
        var probe = 0
        while probe < start - 1 {
            if tokens[probe].isDigits, let noun = word(probe + 1), Self.statNouns.contains(noun) { return probe + 1 }
            probe += 1
        }
        return nil
    }

    /// "Highway 35", "Article 5", "Boeing 737", "Apollo 11", "iPhone 15": a whole number right
    /// after a capitalised name word (not a month, weekday or the first word of a sentence) names
    /// a thing, unless a box-score stat follows it ("Smith 25 points").
    func isLabelNumber(_ core: Core) -> Bool {
        let reading = core.reading
        guard reading.plainDigits, reading.start == core.start, reading.start >= 1,
            !(reading.digitCount == 4 && (1000...2100).contains(reading.value))
        else { return false }
        // Line scores ("010 200 001") are runs by inning, never names.
        if reading.digitCount >= 3, reader.leadingZero(reading.start) { return false }
        if isInnerCapitalised(reading.start - 1) { return true }
        if let after = word(core.end), Self.statNouns.contains(after) { return false }
        if boxScoreNoun(numberAt: reading.start, end: core.end) != nil { return false }
        let before = tokens[reading.start - 1]
        let beforeLower = tokens.lower(reading.start - 1)
        guard before.isCapitalized, before.length > 1 || before.isUpperCase, !before.possessive,
            CalendarLexicon.months[beforeLower] == nil, CalendarLexicon.weekdays[beforeLower] == nil,
            FigureBound.table[beforeLower] == nil, !isStarter(before),
            !FigureWords.phraseStops.contains(beforeLower)
        else { return false }
        // Words that open a sentence before a count ("Another 30 …", "Only 12 …") are not names.
        if Self.sentenceOpeners.contains(beforeLower) { return false }
        // A score ("Rovers 2-1") is a pair of counts; a model and variant ("Boeing 787-9") a name.
        if isDash(reading.end), reading.end + 1 < tokens.count, tokens[reading.end + 1].isDigits,
            !isModelPair(first: reading.start)
        {
            return false
        }
        return true
    }

    /// A lone digit 2 (the square of "km2", "m2").
    func isTwo(_ index: Int) -> Bool { tokens[index].length == 1 && tokens.integer(index) == 2 }

    /// Words hyphenated before a year or decade without making it a name ("mid-1990s").
    static let periodPrefixes: Set<String> = Lexicon.set("figures/period-prefixes")

    static let statNouns: Set<String> = Lexicon.set("figures/stat-nouns")
    static let numberCompounds: Set<String> = Lexicon.set("figures/number-compounds")

    /// Nouns a spelled number counts even when hyphened to it ("a two-goal lead").
    static let countedCompounds: Set<String> = Lexicon.set("figures/counted-compounds")
    static let serviceNumbers: Set<String> = Lexicon.set("figures/service-numbers")
    static let serviceNumberContext: Set<String> = Lexicon.set("figures/service-number-context")

    /// Capitalised at the start of a sentence and followed by a count, yet not a name.
    static let sentenceOpeners: Set<String> = Lexicon.set("figures/sentence-openers")
}
