/// Reading one number with its currency and sign: the core every other rule starts from.
extension FigureScanner {
    func word(_ index: Int) -> String? { tokens.word(index) }
    func attached(_ index: Int) -> Bool { tokens.attached(index) }
    func isDash(_ index: Int) -> Bool { tokens.isDash(index) }

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
            let reading = reader.read(at: cursor + 1)
        {
            return Core(
                start: index, end: reading.end, numberStart: cursor + 1, numberEnd: reading.end, amount: reading.value,
                reading: reading, kind: .quantity, unit: "magnitude")
        }
        // Decades written with an apostrophe: '90s.
        if currency == nil,
            tokens[cursor].isSymbol("’") || tokens[cursor].isSymbol("'") || tokens[cursor].isSymbol("‘"),
            cursor + 2 < tokens.count, tokens[cursor + 1].isDigits, attached(cursor + 1),
            tokens[cursor + 1].length == 2,
            tokens.lower(cursor + 2) == "s", attached(cursor + 2), let yy = tokens.integer(cursor + 1).map(Double.init),
            yy.truncatingRemainder(dividingBy: 10) == 0
        {
            let year = yy > 30 ? 1900 + yy : 2000 + yy
            let reading = NumberReading(value: year, start: cursor + 1, end: cursor + 2)
            return Core(
                start: index, end: cursor + 3, numberStart: cursor + 1, numberEnd: cursor + 2, amount: year,
                reading: reading, kind: .year, decade: true)
        }
        // Digit chains joined by hyphens (phone numbers, references): 1-222-2222-2222.
        if tokens[cursor].isDigits || tokens[cursor].isSymbol("+") {
            var probe = tokens[cursor].isSymbol("+") ? cursor + 1 : cursor
            var groups = 0
            while probe + 2 < tokens.count, tokens[probe].isDigits, isDash(probe + 1), attached(probe + 1),
                tokens[probe + 2].isDigits, attached(probe + 2)
            {
                groups += 1
                probe += 2
            }
            if groups >= 2 {
                let reading = NumberReading(value: 0, start: cursor, end: probe + 1)
                var chain = Core(
                    start: index, end: probe + 1, numberStart: cursor, numberEnd: probe + 1, amount: 0, reading: reading
                )
                while chain.end < tokens.count, tokens[chain.end].isSymbol("/") || isDash(chain.end),
                    chain.end + 1 < tokens.count,
                    tokens[chain.end + 1].isDigits, attached(chain.end), attached(chain.end + 1)
                {
                    chain.end += 2
                }
                chain.skip = true
                return chain
            }
        }
        // Dates written with dots, as continental copy writes them: 01.01.2019 (not a decimal).
        if tokens[cursor].isDigits, tokens[cursor].length <= 2, cursor + 4 < tokens.count,
            tokens[cursor + 1].isSymbol("."), attached(cursor + 1), tokens[cursor + 2].isDigits, attached(cursor + 2),
            tokens[cursor + 2].length <= 2, tokens[cursor + 3].isSymbol("."), attached(cursor + 3),
            tokens[cursor + 4].isDigits, attached(cursor + 4),
            tokens[cursor + 4].length == 4 || tokens[cursor + 4].length == 2,
            let day = tokens.integer(cursor), let month = tokens.integer(cursor + 2), (1...31).contains(day),
            (1...12).contains(month)
        {
            let reading = NumberReading(value: 0, start: cursor, end: cursor + 5)
            var date = Core(
                start: index, end: cursor + 5, numberStart: cursor, numberEnd: cursor + 5, amount: 0, reading: reading)
            date.skip = true
            return date
        }
        // Signs: "-9.5", "−2", "minus 2C", "negative one".
        var sign = 1.0
        if cursor + 1 < tokens.count,
            tokens[cursor].isSymbol("-") || tokens[cursor].isSymbol("−") || tokens[cursor].isSymbol("+"),
            tokens[cursor].spaceBefore || cursor == 0
                || tokens[cursor - 1].isMark && Self.signOpeners.contains(tokens[cursor - 1].first),
            tokens[cursor + 1].isDigits || tokens[cursor + 1].isSymbol("."),
            !tokens[cursor + 1].spaceBefore
                || currency == nil && cursor + 1 < tokens.count && tokens[cursor + 1].isDigits && index == 0
        {
            sign = tokens[cursor].isSymbol("+") ? 1 : -1
            cursor += 1
        } else if word(cursor) == "minus" || word(cursor) == "negative", cursor + 1 < tokens.count,
            !(word(cursor - 1) == "or" && word(cursor - 2) == "plus"),
            tokens[cursor + 1].isDigits || NumberWords.cardinal(tokens.lower(cursor + 1)) != nil
        {
            sign = -1
            cursor += 1
        }
        let signStart = sign < 0 || tokens[max(cursor - 1, 0)].isSymbol("+") && cursor > index ? cursor - 1 : cursor
        guard let reading = reader.read(at: cursor, millionM: currency != nil || followsCurrencyWord(from: cursor))
        else { return nil }
        var core = Core(
            start: index, end: reading.end, numberStart: signStart, numberEnd: reading.end,
            amount: sign * reading.value, reading: reading)
        if let currency {
            core.kind = .money
            core.unit = currency
            // "$ 10 dollars": the written name repeats the symbol.
            if let (code, end, factor) = currencySuffix(at: core.end), factor == 1,
                code == currency || code == dollar && currency.hasSuffix("D")
            {
                core.end = end
            }
            if millionCode(index) != nil {
                core.amount *= 1e6
            } else if !reading.scaled, let (cents, end) = spokenCents(after: core.end, spelledOnly: true) {
                core.amount += cents
                core.end = end
            }
            return core
        }
        // Numbers glued to letters or hyphens of a name are designations: COVID-19, F-16, G7.
        if reading.start > 0, tokens[reading.start].isDigits {
            let before = reading.start - 1
            if !tokens[reading.start].spaceBefore, tokens[before].isWord { core.skip = true; return core }
            // Read only after a dash glued on both sides, as the look-ups cost a hash each.
            func unitLike() -> Bool {
                guard before > 0 else { return false }
                let lower = tokens.lower(before - 1)
                return NumberReader.magnitudeSuffixes[lower] != nil || UnitLexicon.measures[lower] != nil
                    || Self.periodPrefixes.contains(lower)
            }
            func glueBefore() -> Bool {
                guard before > 0, !unitLike() else { return false }
                let prior = tokens[before - 1]
                return prior.isWord && (prior.isCapitalized || prior.length <= 3)
                    || prior.isDigits && before > 1 && !prior.spaceBefore && tokens[before - 2].isWord
                    // The variant of a model: the "9" of "Boeing 787-9".
                    || prior.isDigits && before > 1 && isModelPair(first: before - 1)
                        && (tokens[before - 2].isCapitalized || isInnerCapitalised(before - 2))
            }
            if !tokens[reading.start].spaceBefore, isDash(before), !tokens[before].spaceBefore, glueBefore() {
                core.skip = true
                return core
            }
        }
        if reading.ordinal {
            core.kind = .ordinal
            return core
        }
        // "one over three", "2000 over 3": a quotient read out, when nothing follows it.
        if !reading.fraction, !reading.scaled, !reading.vague, let (quotient, end) = quotient(after: reading) {
            core.amount = sign * quotient
            core.end = end
            core.numberEnd = end
            core.reading.plainDigits = false
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
            tokens[reading.end + 1].isDigits, attached(reading.end + 1)
        {
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
    func ratio(after reading: NumberReading) -> (Double, Int)? {
        var cursor = reading.end
        if word(cursor) == "in" {
            cursor += 1
        } else if word(cursor) == "out", word(cursor + 1) == "of" {
            cursor += 2
        } else {
            return nil
        }
        guard cursor < tokens.count, tokens[cursor].isDigits || NumberWords.cardinal(tokens.lower(cursor)) != nil,
            let whole = reader.read(at: cursor), !whole.fraction, !whole.vague, whole.value > reading.value,
            reading.value > 0,
            !(whole.plainDigits && whole.digitCount == 4 && (1000...2100).contains(whole.value))
        else { return nil }
        return (reading.value / whole.value, whole.end)
    }

    /// "over three" after a number, ending the clause: the quotient and the item after it.
    /// Not "5 over par", "3 over 10 years" (a word follows), nor a bound ("over 20").
    func quotient(after reading: NumberReading) -> (Double, Int)? {
        let cursor = reading.end
        guard word(cursor) == "over", cursor + 1 < tokens.count,
            tokens[cursor + 1].isDigits || NumberWords.cardinal(tokens.lower(cursor + 1)) != nil,
            let divisor = reader.read(at: cursor + 1), !divisor.fraction, !divisor.vague, divisor.value > 0,
            !(divisor.plainDigits && divisor.digitCount == 4 && (1000...2100).contains(divisor.value))
        else { return nil }
        if divisor.end < tokens.count {
            let next = tokens[divisor.end]
            guard next.isMark, !next.isSymbol("%"), !next.isSymbol("-"), !next.isSymbol("/") else { return nil }
        }
        return (reading.value / divisor.value, divisor.end)
    }

    /// True when a currency word follows the number ("5 million euros"), so "m" means million.
    func followsCurrencyWord(from index: Int) -> Bool {
        var cursor = index
        var steps = 0
        while cursor < tokens.count, steps < 4 {
            let facts = wordFacts(cursor)
            if facts.contains(.currencyName) || facts.contains(.currencyQualifier) && steps > 0 {
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
        let lower = tokens.lower(index)
        func amountFollows(_ next: Int) -> Bool {
            guard next < tokens.count else { return false }
            if tokens[next].isDigits { return true }
            if tokens[next].isSymbol("."), next + 1 < tokens.count, tokens[next + 1].isDigits { return true }
            if tokens[next].isWord,
                NumberWords.cardinal(tokens.lower(next)) != nil
                    || tokens.lower(next) == "a" && next + 1 < tokens.count
                        && NumberReader.magnitudeWords[tokens.lower(next + 1)] != nil
            {
                return true
            }
            return false
        }
        if !token.isDigits, token.length == 1, let code = CurrencyLexicon.symbols[token.first] {
            let scalar = token.first
            let resolved = scalar == "$" ? dollar : code
            return amountFollows(index + 1) ? (resolved, index + 1) : nil
        }
        if let code = millionCode(index), amountFollows(index + 1) { return (code, index + 1) }
        if token.isWord, index + 1 < tokens.count, tokens[index + 1].isSymbol("$"),
            let code = CurrencyLexicon.dollarPrefixes[lower]
        {
            let spacedOK = !["a", "s", "r", "can", "ca"].contains(lower)
            if (attached(index + 1) || spacedOK), amountFollows(index + 2) { return (code, index + 2) }
        }
        if token.isWord, let code = CurrencyLexicon.prefixWords[lower], lower != "dollar",
            token.isUpperCase || lower == "rs"
                || lower.count == 3 && !Self.wordLikeCodes.contains(lower),
            amountFollows(
                lower == "rs" && index + 1 < tokens.count && tokens[index + 1].isSymbol(".")
                    ? index + 2 : index + 1)
        {
            let next = lower == "rs" && tokens[index + 1].isSymbol(".") ? index + 2 : index + 1
            return (code, next)
        }
        return nil
    }

    /// Marks a sign may follow without a space ("(-2", "<-5").
    static let signOpeners: Set<Unicode.Scalar> = ["(", "<", ">", "=", "~", "≤", "≥"]

    /// Currency codes that are also English words, read as codes only in capitals.
    static let wordLikeCodes: Set<String> = Lexicon.set("figures/word-like-codes")

    /// A currency written after an amount: "euros", "US dollars", "Swiss francs", "USD", "cents".
    /// Returns the code, the token after it, and the factor to the main unit.
    func currencySuffix(at index: Int) -> (String, Int, Double)? {
        guard let lower = word(index) else { return nil }
        if let inner = CurrencyLexicon.qualifiedNames[lower], let second = word(index + 1), let code = inner[second] {
            var end = index + 2
            if lower == "hong" || lower == "south" || lower == "sri", let third = word(end),
                third.hasPrefix("dollar") || third.hasPrefix("rand") || third.hasPrefix("rupee")
            {
                end += 1
            }
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
}
