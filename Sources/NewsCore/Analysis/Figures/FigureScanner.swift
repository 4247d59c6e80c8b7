/// The token-level rules of the figure finder: one left-to-right pass over a paragraph's
/// tokens, trying at each token a date, a range ("between 20 and 30"), a number with what
/// follows it (currency, `%`, unit, age, ordinal suffix), an ordinal word, or "a week".
struct FigureScanner {
    let text: ScalarText
    let tokens: [FigureToken]
    let dollar: String
    let reader: NumberReader
    private var figures: [Figure] = []

    init(text: ScalarText, tokens: [FigureToken], dollar: String) {
        self.text = text
        self.tokens = tokens
        self.dollar = dollar
        self.reader = NumberReader(tokens: tokens)
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
            let token = tokens[index]
            if token.inLink || token.isWord && !NumberReader.starterWords.contains(token.lower)
                && !(token.lower.count == 3 && CurrencyLexicon.prefixWords[token.lower] != nil) {
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

    // MARK: - dispatch

    /// Tries every rule at `index`; returns the token after what it consumed, or nil.
    private mutating func match(at index: Int) -> Int? {
        if let (figure, end) = date(at: index) {
            figures.append(figure)
            return end
        }
        let lower = tokens[index].lower
        if lower == "between" || lower == "from", let end = rangeForm(at: index) { return end }
        if let core = core(at: index) {
            if core.skip { return core.end }
            if let (high, end) = rangeTail(after: core) {
                append(core, high: high, start: core.start, end: end)
                return end
            }
            let end = append(core, high: nil, start: core.start, end: core.end)
            return mergeBounds(after: end) ?? end
        }
        if let end = ordinalWord(at: index) { return end }
        if let end = articleDuration(at: index) { return end }
        return nil
    }

    // MARK: - cores

    private func word(_ index: Int) -> String? { index >= 0 && index < tokens.count && tokens[index].isWord ? tokens[index].lower : nil }
    private func attached(_ index: Int) -> Bool { index < tokens.count && !tokens[index].spaceBefore }
    private func isDash(_ index: Int) -> Bool { index < tokens.count && (tokens[index].isSymbol("-") || tokens[index].isSymbol("–") || tokens[index].isSymbol("‑")) }

    /// Reads [currency] [sign] number [suffix] at `index`.
    func core(at index: Int) -> Core? {
        guard index < tokens.count, !tokens[index].inLink else { return nil }
        var cursor = index
        var currency: String? = nil
        if let (code, next) = currencyPrefix(at: cursor) {
            currency = code
            cursor = next
        }
        // A unit written before its number: "magnitude 4.5".
        if currency == nil, word(cursor) == "magnitude", cursor + 1 < tokens.count, tokens[cursor + 1].isDigits,
           let reading = reader.read(at: cursor + 1) {
            return Core(start: index, end: reading.end, numberStart: cursor + 1, numberEnd: reading.end, amount: reading.value,
                        reading: reading, kind: .quantity, unit: "magnitude")
        }
        // Decades written with an apostrophe: '90s.
        if currency == nil, tokens[cursor].isSymbol("’") || tokens[cursor].isSymbol("'") || tokens[cursor].isSymbol("‘"),
           cursor + 2 < tokens.count, tokens[cursor + 1].isDigits, attached(cursor + 1), tokens[cursor + 1].text.count == 2,
           tokens[cursor + 2].lower == "s", attached(cursor + 2), let yy = Double(tokens[cursor + 1].text), yy.truncatingRemainder(dividingBy: 10) == 0 {
            let year = yy > 30 ? 1900 + yy : 2000 + yy
            let reading = NumberReading(value: year, start: cursor + 1, end: cursor + 2)
            return Core(start: index, end: cursor + 3, numberStart: cursor + 1, numberEnd: cursor + 2, amount: year,
                        reading: reading, kind: .year, decade: true)
        }
        // Digit chains joined by hyphens (phone numbers, references): 1-222-2222-2222.
        if tokens[cursor].isDigits || tokens[cursor].isSymbol("+") {
            var probe = tokens[cursor].isSymbol("+") ? cursor + 1 : cursor
            var groups = 0
            while probe + 2 < tokens.count, tokens[probe].isDigits, isDash(probe + 1), attached(probe + 1), tokens[probe + 2].isDigits, attached(probe + 2) {
                groups += 1
                probe += 2
            }
            if groups >= 2 {
                let reading = NumberReading(value: 0, start: cursor, end: probe + 1)
                var chain = Core(start: index, end: probe + 1, numberStart: cursor, numberEnd: probe + 1, amount: 0, reading: reading)
                while chain.end < tokens.count, tokens[chain.end].isSymbol("/") || isDash(chain.end), chain.end + 1 < tokens.count,
                      tokens[chain.end + 1].isDigits, attached(chain.end), attached(chain.end + 1) {
                    chain.end += 2
                }
                chain.skip = true
                return chain
            }
        }
        // Signs: "-9.5", "−2", "minus 2C", "negative one".
        var sign = 1.0
        if cursor + 1 < tokens.count, tokens[cursor].isSymbol("-") || tokens[cursor].isSymbol("−") || tokens[cursor].isSymbol("+"),
           tokens[cursor].spaceBefore || cursor == 0 || ["(", "<", ">", "=", "~", "≤", "≥"].contains(tokens[cursor - 1].text),
           tokens[cursor + 1].isDigits || tokens[cursor + 1].isSymbol("."), !tokens[cursor + 1].spaceBefore || currency == nil && cursor + 1 < tokens.count && tokens[cursor + 1].isDigits && index == 0 {
            sign = tokens[cursor].isSymbol("+") ? 1 : -1
            cursor += 1
        } else if word(cursor) == "minus" || word(cursor) == "negative", cursor + 1 < tokens.count,
                  !(word(cursor - 1) == "or" && word(cursor - 2) == "plus"),
                  tokens[cursor + 1].isDigits || NumberWords.cardinal(tokens[cursor + 1].lower) != nil {
            sign = -1
            cursor += 1
        }
        let signStart = sign < 0 || tokens[max(cursor - 1, 0)].isSymbol("+") && cursor > index ? cursor - 1 : cursor
        guard let reading = reader.read(at: cursor, millionM: currency != nil || followsCurrencyWord(from: cursor)) else { return nil }
        var core = Core(start: index, end: reading.end, numberStart: signStart, numberEnd: reading.end,
                        amount: sign * reading.value, reading: reading)
        if let currency {
            core.kind = .money
            core.unit = currency
            // "$ 10 dollars": the written name repeats the symbol.
            if let (code, end, factor) = currencySuffix(at: core.end), factor == 1, code == currency || code == dollar && currency.hasSuffix("D") {
                core.end = end
            }
            return core
        }
        // Numbers glued to letters or hyphens of a name are designations: COVID-19, F-16, G7.
        if reading.start > 0, tokens[reading.start].isDigits {
            let before = reading.start - 1
            if !tokens[reading.start].spaceBefore, tokens[before].isWord { core.skip = true; return core }
            let unitLike = before > 0 && (NumberReader.magnitudeSuffixes[tokens[before - 1].lower] != nil || UnitLexicon.measures[tokens[before - 1].lower] != nil
                || Self.periodPrefixes.contains(tokens[before - 1].lower))
            let glueBefore = before > 0 && !unitLike && (tokens[before - 1].isWord && (tokens[before - 1].isCapitalized || tokens[before - 1].text.count <= 3)
                || tokens[before - 1].isDigits && before > 1 && !tokens[before - 1].spaceBefore && tokens[before - 2].isWord)
            if !tokens[reading.start].spaceBefore, isDash(before), !tokens[before].spaceBefore, glueBefore {
                core.skip = true
                return core
            }
        }
        if reading.ordinal {
            core.kind = .ordinal
            return core
        }
        // Ratios: "one in five adults", "2 out of 3 voters" are shares.
        if sign > 0, !reading.fraction, !reading.scaled, let (share, end) = ratio(after: reading) {
            core.amount = share
            core.reading.fraction = true
            core.end = end
            core.numberEnd = end
            return core
        }
        // "24/7", "9/10 rating" that are neither dates nor fractions are codes, not figures.
        if reading.plainDigits, !(reading.digitCount == 4 && (1000...2100).contains(reading.value)),
           reading.end + 1 < tokens.count, tokens[reading.end].isSymbol("/"), attached(reading.end),
           tokens[reading.end + 1].isDigits, attached(reading.end + 1) {
            core.skip = true
            core.end = reading.end + 2
            return core
        }
        applySuffix(&core)
        if core.skip { return core }
        if core.kind == nil, !acceptBare(core) { return nil }
        return core
    }

    /// "in five", "out of three" after a number smaller than the second: the share it makes.
    private func ratio(after reading: NumberReading) -> (Double, Int)? {
        var cursor = reading.end
        if word(cursor) == "in" { cursor += 1 } else if word(cursor) == "out", word(cursor + 1) == "of" { cursor += 2 } else { return nil }
        guard cursor < tokens.count, tokens[cursor].isDigits || NumberWords.cardinal(tokens[cursor].lower) != nil,
              let whole = reader.read(at: cursor), !whole.fraction, !whole.vague, whole.value > reading.value, reading.value > 0,
              !(whole.plainDigits && whole.digitCount == 4 && (1000...2100).contains(whole.value)) else { return nil }
        return (reading.value / whole.value, whole.end)
    }

    /// True when a currency word follows the number ("5 million euros"), so "m" means million.
    private func followsCurrencyWord(from index: Int) -> Bool {
        var cursor = index
        var steps = 0
        while cursor < tokens.count, steps < 4 {
            if let lower = word(cursor), CurrencyLexicon.suffixWords[lower] != nil || CurrencyLexicon.qualifiedNames[lower] != nil && steps > 0 {
                return steps > 0
            }
            cursor += 1
            steps += 1
        }
        return false
    }

    /// A currency symbol, "US$", "C$", "Rs" or an ISO code before an amount.
    func currencyPrefix(at index: Int) -> (String, Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        func amountFollows(_ next: Int) -> Bool {
            guard next < tokens.count else { return false }
            if tokens[next].isDigits { return true }
            if tokens[next].isSymbol("."), next + 1 < tokens.count, tokens[next + 1].isDigits { return true }
            if tokens[next].isWord, NumberWords.cardinal(tokens[next].lower) != nil || tokens[next].lower == "a" && next + 1 < tokens.count && NumberReader.magnitudeWords[tokens[next + 1].lower] != nil { return true }
            return false
        }
        if token.kind != .digits, let scalar = token.text.unicodeScalars.first, token.text.unicodeScalars.count == 1,
           let code = CurrencyLexicon.symbols[scalar] {
            let resolved = scalar == "$" ? dollar : code
            return amountFollows(index + 1) ? (resolved, index + 1) : nil
        }
        if token.isWord, index + 1 < tokens.count, tokens[index + 1].isSymbol("$"), let code = CurrencyLexicon.dollarPrefixes[token.lower] {
            let spacedOK = !["a", "s", "r", "can", "ca"].contains(token.lower)
            if (attached(index + 1) || spacedOK), amountFollows(index + 2) { return (code, index + 2) }
        }
        if token.isWord, let code = CurrencyLexicon.prefixWords[token.lower], token.lower != "dollar",
           token.text == token.text.uppercased() || token.lower == "rs" || token.lower.count == 3 && !Self.wordLikeCodes.contains(token.lower), amountFollows(token.lower == "rs" && index + 1 < tokens.count && tokens[index + 1].isSymbol(".") ? index + 2 : index + 1) {
            let next = token.lower == "rs" && tokens[index + 1].isSymbol(".") ? index + 2 : index + 1
            return (code, next)
        }
        return nil
    }

    /// Currency codes that are also English words, read as codes only in capitals.
    static let wordLikeCodes: Set<String> = ["try", "sek", "nok", "cad", "aud", "rub", "sar", "egp", "kes", "ngn", "zar", "ghs"]

    /// A currency written after an amount: "euros", "US dollars", "Swiss francs", "USD", "cents".
    /// Returns the code, the token after it, and the factor to the main unit.
    func currencySuffix(at index: Int) -> (String, Int, Double)? {
        guard let lower = word(index) else { return nil }
        if let inner = CurrencyLexicon.qualifiedNames[lower], let second = word(index + 1), let code = inner[second] {
            var end = index + 2
            if lower == "hong" || lower == "south" || lower == "sri", let third = word(end), third.hasPrefix("dollar") || third.hasPrefix("rand") || third.hasPrefix("rupee") { end += 1 }
            return (code, end, 1)
        }
        if let code = CurrencyLexicon.subunits[lower], lower != "p" || attached(index) {
            let resolved = code == "USD" ? dollar : code
            return (resolved, index + 1, 0.01)
        }
        if let code = CurrencyLexicon.suffixWords[lower] {
            if lower.hasPrefix("dollar") { return (dollar, index + 1, 1) }
            return (code, index + 1, 1)
        }
        return nil
    }

    // MARK: - suffixes

    /// Reads what follows the number: `%`, currency, age, time unit, measure, ordinal suffix,
    /// decade "s", or a clock time (which makes the core a skip).
    private func applySuffix(_ core: inout Core) {
        let j = core.end
        guard j < tokens.count else { return }
        let next = tokens[j]
        let lower = next.lower
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
        if lower == "percent" || lower == "percents" || lower == "pct" || lower == "percentage" || lower == "pc" && isGlued {
            core.kind = .percent; core.unit = "%"; core.end = j + 1
            if let after = word(j + 1), after == "point" || after == "points" { core.unit = "percentage point"; core.end = j + 2 }
            return
        }
        if lower == "per", word(j + 1) == "cent" {
            core.kind = .percent; core.unit = "%"; core.end = j + 2
            return
        }
        // Ordinals and decades glued to digits: 15th, 1990s, 1990’s.
        if next.isWord, isGlued, tokens[core.numberEnd - 1].isDigits, core.reading.plainDigits || core.reading.digitCount == 0 {
            if ["st", "nd", "rd", "th"].contains(lower) {
                core.kind = .ordinal; core.end = j + 1
                return
            }
            if lower == "s", core.reading.digitCount == 4, core.amount.truncatingRemainder(dividingBy: 10) == 0 {
                core.kind = .year; core.decade = true; core.end = j + 1
                return
            }
        }
        if (next.isSymbol("’") || next.isSymbol("'")), isGlued, word(j + 1) == "s", attached(j + 1), core.reading.digitCount == 4,
           ["the", "early", "mid", "late", "of", "in"].contains(word(core.start - 1) ?? ""),
           core.amount.truncatingRemainder(dividingBy: 10) == 0 {
            core.kind = .year; core.decade = true; core.end = j + 2
            return
        }
        // A currency symbol after the amount, as continental copy writes it: "10 €", "100₾".
        if next.kind != .digits, next.text.unicodeScalars.count == 1, let scalar = next.text.unicodeScalars.first,
           let code = CurrencyLexicon.symbols[scalar], !(j + 1 < tokens.count && tokens[j + 1].isDigits && attached(j + 1)) {
            core.kind = .money; core.unit = scalar == "$" ? dollar : code; core.end = j + 1
            return
        }
        // "a 12-cent dividend", "a one-yen bid".
        if isDash(j), isGlued, let (code, end, factor) = currencySuffix(at: j + 1), attached(j + 1) {
            core.kind = .money; core.unit = code; core.factor = factor; core.end = end
            return
        }
        // Money named after the amount.
        if let (code, end, factor) = currencySuffix(at: j), !(lower == "pound" || lower == "pounds") || core.reading.scaled || word(end) == "sterling" {
            core.kind = .money; core.unit = code; core.factor = factor; core.end = end
            if word(end) == "sterling" { core.end = end + 1 }
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents".
            if factor == 1 {
                let start = word(core.end) == "and" ? core.end + 1 : core.end
                if let cents = reader.read(at: start), cents.value < 100, let (_, centsEnd, centsFactor) = currencySuffix(at: cents.end),
                   centsFactor == 0.01 {
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
        guard let unitWord = word(unitIndex) else {
            if next.isSymbol("°"), let letter = word(j + 1),
               let symbol = UnitLexicon.temperatureLetters[letter] ?? (letter == "celsius" ? "C" : letter == "fahrenheit" ? "F" : nil) {
                core.kind = .quantity; core.unit = symbol; core.end = j + 2
            } else if next.isSymbol("°") {
                core.kind = .quantity; core.unit = "degree"; core.end = j + 1
            }
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
               !(word(core.start - 1).map(FigureWords.durationLeads.contains) ?? false) {
                core.skip = true
                return
            }
            core.kind = .duration; core.unit = duration.name; core.factor = duration.factor; core.end = unitIndex + 1
            return
        }
        // Temperatures glued to digits: 40C, -2F.
        if !hyphenated, isGlued, next.text.count == 1, let symbol = UnitLexicon.temperatureLetters[lower], next.text == next.text.uppercased() {
            core.kind = .quantity; core.unit = symbol; core.end = j + 1
            return
        }
        if unitWord == "degrees" || unitWord == "degree" {
            core.kind = .quantity; core.unit = "degree"; core.end = unitIndex + 1
            if let scale = word(unitIndex + 1), let symbol = UnitLexicon.measures[scale] ?? UnitLexicon.temperatureLetters[scale], symbol == "C" || symbol == "F" {
                core.unit = symbol; core.end = unitIndex + 2
            }
            return
        }
        // Measures, with "square"/"cubic"/"metric" before them and "per hour" after.
        var measureIndex = unitIndex
        var prefix = ""
        if let qualifier = UnitLexicon.measureQualifiers[unitWord], let following = word(unitIndex + 1), UnitLexicon.measures[following] != nil {
            prefix = qualifier
            measureIndex = unitIndex + 1
        }
        guard let measureWord = word(measureIndex), var symbol = UnitLexicon.measures[measureWord] else { return }
        let glued = !tokens[measureIndex].spaceBefore
        // Single letters are units only when glued to the number ("100t", "48m", "5l").
        if ["t", "l"].contains(measureWord), !glued { return }
        if measureWord == "m", core.reading.scaled { return }
        if ["pound", "pounds"].contains(measureWord), core.reading.scaled { return }
        // Letters glued to a unit ("24703m212") make a code, not a quantity.
        if measureIndex + 1 < tokens.count, tokens[measureIndex + 1].isDigits, attached(measureIndex + 1),
           !(measureWord == "km" || measureWord == "m") || tokens[measureIndex + 1].text != "2" {
            core.skip = true
            core.end = measureIndex + 2
            return
        }
        var end = measureIndex + 1
        if end < tokens.count, tokens[end].isDigits, attached(end), tokens[end].text == "2" { symbol += "2"; end += 1 }
        if let base = UnitLexicon.speedBases[symbol], let per = word(end), per == "per" || per == "an" || per == "a", word(end + 1) == "hour" {
            symbol = base
            end += 2
        }
        if end + 1 < tokens.count, tokens[end].isSymbol("/"), attached(end), let per = word(end + 1), attached(end + 1),
           ["h", "hr", "hour"].contains(per), let base = UnitLexicon.speedBases[symbol] {
            symbol = base
            end += 2
        }
        // Heights written in feet and inches: "5 feet 2 inches", "6ft 2in".
        if symbol == "ft" {
            let start = word(end) == "and" ? end + 1 : end
            if start < tokens.count, tokens[start].isDigits || NumberWords.cardinal(tokens[start].lower) != nil,
               let inches = reader.read(at: start), inches.value < 12, let unit = word(inches.end),
               unit == "in" || unit == "inch" || unit == "inches" {
                core.amount += inches.value / 12
                end = inches.end + 1
            }
        }
        core.kind = .quantity
        core.unit = prefix + symbol
        core.end = end
    }

    /// Whether a number with nothing after it is a figure: drops the pronoun and idiom uses of
    /// "one", "half" as a noun ("the second half"), number words in compounds ("one-off"),
    /// and numbers glued to letters ("3D", "5G").
    private func acceptBare(_ core: Core) -> Bool {
        let reading = core.reading
        let before = word(reading.start - 1)
        let after = core.end < tokens.count ? tokens[core.end] : nil
        if tokens[reading.end - 1].isDigits, let after, !after.spaceBefore, after.isWord { return false }
        if isLabelNumber(core) { return false }
        // "No. 10", "no. 1": a number used as a name or a rank label.
        if reading.start >= 2, tokens[reading.start - 1].isSymbol("."), tokens[reading.start - 2].lower == "no",
           tokens[reading.start - 2].isCapitalized { return false }
        if reading.spelled {
            if let after, isDash(core.end), !after.spaceBefore, core.end + 1 < tokens.count, tokens[core.end + 1].isWord,
               attached(core.end + 1) {
                return false
            }
            let first = tokens[reading.start].lower
            // A bare "one" is a determiner or a pronoun far more often than a figure ("one
            // widow told the court", "one of the", "one day"); with a sign, unit or magnitude
            // it is read as usual.
            if reading.end - reading.start == 1, first == "one", reading.start == core.start { return false }
            if first == "half" {
                if let before, ["the", "first", "second", "this", "that", "its", "their", "his", "her", "other", "a"].contains(before) { return false }
                if let next = word(core.end), ["time", "way", "hour"].contains(next) { return false }
            }
            if reading.fraction, first == "a" || first == "an", let next = word(core.end), next != "of", NumberReader.magnitudeWords[next] == nil {
                return false
            }
            if first == "a" || first == "an", reading.value == 1 { return false }
            // "a week or two", "one or two": a vague afterthought, not a figure.
            if before == "or", reading.value < 10, word(core.end) == nil || FigureWords.phraseStops.contains(word(core.end)!) { return false }
            if word(core.end) == "or", let other = word(core.end + 1), NumberWords.cardinal(other) != nil, reading.value < 10 { return false }
        }
        return true
    }

    /// "Highway 35", "Article 5", "Boeing 737", "Apollo 11": a whole number right after a
    /// capitalised name word (not a month, weekday or the first word of a sentence) names a thing.
    private func isLabelNumber(_ core: Core) -> Bool {
        let reading = core.reading
        guard reading.plainDigits, reading.start == core.start, reading.start >= 1,
              !(reading.digitCount == 4 && (1000...2100).contains(reading.value)) else { return false }
        let before = tokens[reading.start - 1]
        guard before.isCapitalized, before.text.count > 1 || before.text == before.text.uppercased(),
              !before.lower.hasSuffix("’s"), !before.lower.hasSuffix("'s"),
              CalendarLexicon.months[before.lower] == nil, CalendarLexicon.weekdays[before.lower] == nil,
              FigureBound.table[before.lower] == nil, !NumberReader.starterWords.contains(before.lower),
              !FigureWords.phraseStops.contains(before.lower) else { return false }
        // Words that open a sentence before a count ("Another 30 …", "Only 12 …") are not names.
        if Self.sentenceOpeners.contains(before.lower) { return false }
        // A score ("Rovers 2-1") is a pair of counts.
        if isDash(reading.end), reading.end + 1 < tokens.count, tokens[reading.end + 1].isDigits { return false }
        return true
    }

    /// Words hyphenated before a year or decade without making it a name ("mid-1990s").
    static let periodPrefixes: Set<String> = ["mid", "pre", "post", "early", "late", "circa", "c"]

    /// Capitalised at the start of a sentence and followed by a count, yet not a name.
    static let sentenceOpeners: Set<String> = [
        "another", "only", "just", "all", "fully", "exactly", "perhaps", "maybe", "those", "these", "another",
        "nearly", "almost", "roughly", "barely", "still", "then", "now", "today", "yesterday", "including",
        "even", "additionally", "overall", "together", "altogether", "meanwhile",
    ]

    // MARK: - ranges

    /// "1,300–1,400", "20-30", "5 to 10", "$60,000–$90,000", "2014-22": the high end after a core.
    private func rangeTail(after core: Core) -> (Core, Int)? {
        guard core.kind != .ordinal, core.kind != .date, !core.isAge else { return nil }
        let j = core.end
        guard j + 1 < tokens.count else { return nil }
        let dash = (isDash(j) || tokens[j].isSymbol("~") || tokens[j].isSymbol("/") && yearShaped(core) && attached(j) && attached(j + 1))
            && tokens[j].spaceBefore == tokens[j + 1].spaceBefore
        let to = (word(j) == "to" || word(j) == "through") && core.kind == nil && word(core.start - 1) != "from"
        guard dash || to else { return nil }
        guard var high = self.core(at: j + 1), !high.skip, high.numberStart == j + 1 || high.kind == .money else { return nil }
        if core.kind == .year || core.reading.digitCount == 4 && core.amount >= 1000 && core.amount <= 2100 && core.kind == nil,
           high.reading.plainDigits, high.reading.digitCount == 2, dash {
            high.amount = (core.amount - core.amount.truncatingRemainder(dividingBy: 100)) + high.amount
            high.kind = .year
        }
        guard compatible(core, high) else { return nil }
        if yearShaped(core), high.kind != nil, high.kind != .year { return nil }
        if high.kind == .year, high.amount <= core.amount { return nil }
        if to, high.amount <= core.amount { return nil }
        if dash, core.kind == nil, high.kind == nil, high.amount <= core.amount { return nil }
        if dash, core.kind == .money || high.kind == .money, high.amount <= core.amount { return nil }
        return (high, high.end)
    }

    /// Four plain digits that read as a year (2021), before any unit is known.
    private func yearShaped(_ core: Core) -> Bool {
        core.kind == nil && core.reading.plainDigits && core.reading.digitCount == 4 && (1000...2100).contains(core.amount)
    }

    private func compatible(_ low: Core, _ high: Core) -> Bool {
        if low.kind == nil || high.kind == nil { return true }
        return low.kind == high.kind && low.unit == high.unit
    }

    /// "between 120 and 150", "between €8 million and €10 million", "from 5 to 10".
    private mutating func rangeForm(at index: Int) -> Int? {
        let isBetween = tokens[index].lower == "between"
        guard let low = core(at: index + 1), !low.skip, low.kind != .ordinal, !low.isAge else { return nil }
        let joiner = word(low.end)
        guard isBetween ? joiner == "and" : (joiner == "to" || isDash(low.end)) else { return nil }
        guard let high = core(at: low.end + 1), !high.skip, compatible(low, high) else { return nil }
        if !isBetween, low.kind != nil, low.kind != .year { return nil }
        if !isBetween, high.amount <= low.amount { return nil }
        append(low, high: high, start: index, end: high.end)
        return high.end
    }

    // MARK: - dates, ordinals, "a week"

    private func isMonth(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized,
              let month = CalendarLexicon.months[tokens[index].lower] else { return nil }
        return month
    }

    private func dayNumber(_ index: Int) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].isDigits, tokens[index].text.count <= 2, let day = Int(tokens[index].text),
              (1...31).contains(day) else { return nil }
        var end = index + 1
        if let suffix = word(end), attached(end), ["st", "nd", "rd", "th"].contains(suffix) { end += 1 }
        return (day, end)
    }

    private func yearNumber(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isDigits, tokens[index].text.count == 4, let year = Int(tokens[index].text),
              (1000...2100).contains(year) else { return nil }
        return year
    }

    /// Dates written with numbers: "March 3, 2025", "Oct. 4", "14 March 2025", "the first of
    /// April", "2025-06-19", "9/11", "11/09/2025". The value is the day of the month.
    private func date(at index: Int) -> (Figure, Int)? {
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
    private mutating func ordinalWord(at index: Int) -> Int? {
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
    private mutating func articleDuration(at index: Int) -> Int? {
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

    // MARK: - building figures

    @discardableResult
    private mutating func append(_ low: Core, high: Core?, start: Int, end: Int) -> Int {
        var low = low
        if let high, !low.reading.scaled, high.reading.scaled, low.kind == nil || low.kind == high.kind,
           low.amount < high.amount / high.reading.magnitude {
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
            if low.reading.fraction && high == nil {
                kind = .percent
                unit = "%"
                factor = 100
                value = (low.amount * 100 * 100).rounded() / 100
                highValue = nil
            } else if low.reading.plainDigits, low.reading.digitCount == 4, (1000...2100).contains(low.amount), low.amount == low.amount.rounded(),
                      high == nil || (high!.reading.plainDigits && (1000...2100).contains(high!.amount)) || high!.kind == .year {
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
        var figure = Figure(range: range, text: text[range], value: value, high: highValue, kind: kind!, unit: unit,
                            amount: low.amount, numberRange: numberRange)
        attachQualifier(&figure, before: start)
        if kind == .count || kind == .percent {
            let nouns = CountedNounFinder(tokens: tokens)
            if let of = nouns.find(kind: kind!, start: start, end: end) {
                figure.ofRange = tokens[of.lowerBound].range.lowerBound..<tokens[of.upperBound - 1].range.upperBound
                figure.of = text[figure.ofRange!]
            } else if kind == .count, high == nil {
                let next = end < tokens.count ? tokens[end] : nil
                figure.inheritsCountedNoun = next == nil || next!.isSymbol(",") || next!.isSymbol(".") || next!.isSymbol(";")
                    || next!.isSymbol(")") || next!.lower == "and" || next!.lower == "or"
            } else if kind == .percent {
                // "from 9% to 23%", "60% of the heat … and 40% from": the second share is of the same thing.
                let first = figure.qualifierRange == nil ? start : start - (figure.qualifier?.split(separator: " ").count ?? 0)
                figure.inheritsCountedNoun = ["to", "and", "or", "versus", "vs"].contains(word(first - 1) ?? "")
            }
        }
        let finalEnd = high == nil ? attachTrailingQualifier(&figure, after: end) : end
        figures.append(figure)
        return finalEnd
    }

    /// "Alder, 63, has run the store": a whole number set off by commas after a name.
    private func isAppositiveAge(_ core: Core) -> Bool {
        guard core.reading.plainDigits, core.amount >= 1, core.amount <= 120, core.numberStart >= 2,
              tokens[core.numberStart - 1].isSymbol(","), tokens[core.numberStart - 2].isCapitalized,
              core.end < tokens.count, tokens[core.end].isSymbol(",") || tokens[core.end].isSymbol(")") else {
            return word(core.numberStart - 1) == "aged" || word(core.numberStart - 1) == "age"
        }
        return true
    }

    /// Finds "about", "more than", "up to" and the like just before the figure.
    private func attachQualifier(_ figure: inout Figure, before start: Int) {
        guard let (phrase, first, _) = prefixQualifier(endingBefore: start) else { return }
        figure.qualifier = phrase
        figure.qualifierRange = tokens[first].range.lowerBound..<tokens[start - 1].range.upperBound
    }

    /// The longest qualifier that ends just before token `start`: its words, first token, bound.
    private func prefixQualifier(endingBefore start: Int) -> (String, Int, FigureBound)? {
        for (pattern, bound) in FigureBound.prefixes {
            let first = start - pattern.count
            guard first >= 0, matches(pattern, at: first) else { continue }
            if ["over", "under", "above", "below", "some"].contains(pattern.joined(separator: " ")), first > 0, tokens[first - 1].isWord,
               !FigureWords.boundVerbsAndPrepositions.contains(tokens[first - 1].lower) { continue }
            // "<>30" and "=>30" are not comparisons a reader would write.
            if tokens[first].kind == .symbol, first > 0, tokens[first - 1].kind == .symbol, !tokens[first].spaceBefore { continue }
            return (pattern.joined(separator: " "), first, bound)
        }
        return nil
    }

    /// The longest qualifier that starts at token `start`.
    private func qualifierStarting(at start: Int, in table: [([String], FigureBound)]) -> (String, Int, FigureBound)? {
        for (pattern, bound) in table where matches(pattern, at: start) {
            return (pattern.joined(separator: " "), start + pattern.count, bound)
        }
        return nil
    }

    private func matches(_ pattern: [String], at first: Int) -> Bool {
        guard first >= 0, first + pattern.count <= tokens.count else { return false }
        for (offset, expected) in pattern.enumerated() where tokens[first + offset].lower != expected { return false }
        return true
    }

    /// "50 or more", "less than 5000 or equal": a bound after the figure, extending it.
    private func attachTrailingQualifier(_ figure: inout Figure, after end: Int) -> Int {
        guard let (phrase, next, _) = qualifierStarting(at: end, in: FigureBound.suffixes) else { return end }
        // "200 or greater than 190" compares two numbers; leave it to the second.
        if next < tokens.count, tokens[next].isDigits || NumberWords.cardinal(tokens[next].lower) != nil
            || ["than", "a", "an", "to", "the", "half"].contains(tokens[next].lower) { return end }
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
    private mutating func mergeBounds(after end: Int) -> Int? {
        guard var first = figures.last, first.high == nil, let qualifier = first.qualifier,
              end < tokens.count, ["and", "but", ","].contains(tokens[end].lower) else { return nil }
        let bound = FigureBound.of(qualifier)
        guard bound.isLower || bound.isUpper,
              let (phrase, numberStart, second) = qualifierStarting(at: end + 1, in: FigureBound.prefixes),
              second.isLower != bound.isLower, second.isLower || second.isUpper,
              let other = core(at: numberStart), !other.skip, other.kind == nil || other.kind.map({ $0.rawValue }) == first.kind.rawValue || first.kind == .count else { return nil }
        let value = other.kind == nil && other.reading.fraction && first.kind == .percent ? other.amount * 100 : other.amount * other.factor
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
