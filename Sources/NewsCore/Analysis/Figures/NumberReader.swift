/// A number read from tokens: its value and the tokens it spans.
struct NumberReading: Sendable {
    var value: Double
    /// Token indices: first token, and one past the last.
    var start: Int
    var end: Int
    /// Written in words ("fifty-two", "a dozen").
    var spelled = false
    /// A proportion of a whole ("two-thirds", "3/4", "half").
    var fraction = false
    /// A round plural that stands for "many" ("hundreds", "thousands").
    var vague = false
    /// Digits alone: no separators, decimals, fractions or magnitudes (years look like this).
    var plainDigits = false
    /// The number of digits of a plain number.
    var digitCount = 0
    /// A magnitude word or suffix was applied ("5 million", "£300m").
    var scaled = false
    /// The product of the magnitudes applied (1e6 for "5 million"), 1 when none was.
    var magnitude = 1.0
    /// An ordinal written in words after a cardinal: "one hundred twenty-fifth", "two hundredth".
    var ordinal = false
}

/// Reads numbers written in digits or words at a token, as news copy writes them: "1,300",
/// "2.5", ".08", "1 234 567", "3/4", "2 1/4", "6.5bn", "300m", "10k", "5 million", "Rs 500
/// crore", "fifty-two", "two hundred and fifty", "a dozen", "hundreds", "two-thirds", "one and
/// a half", "nine point five". Signs are left to the caller.
struct NumberReader {
    let tokens: [FigureToken]

    /// Magnitude words written apart from the number ("5 million", "3 lakh crore").
    static let magnitudeWords: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1e6, "millions": 1e6, "billion": 1e9, "trillion": 1e12,
        "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "bn": 1e9, "mn": 1e6, "mln": 1e6,
        "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12, "dozen": 12, "dozens": 12, "dzs": 12, "dozs": 12,
    ]

    /// Magnitude letters written straight after digits ("6.5bn", "10k", "1MM").
    static let magnitudeSuffixes: [String: Double] = [
        "k": 1e3, "bn": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "tn": 1e12, "tln": 1e12,
        "tr": 1e12, "trn": 1e12, "mil": 1e6, "mm": 1e6, "m": 1e6, "g": 1e9,
    ]

    /// Round plurals that stand for a vague many, with the value reported for them.
    static let vaguePlurals: [String: Double] = [
        "hundreds": 100, "thousands": 1_000, "millions": 1e6, "billions": 1e9, "dozens": 12, "tens": 10,
    ]

    /// Reads a number at `index`. `millionM` allows a bare "m" suffix or word to mean million
    /// (beside a currency); otherwise "5m" is left for the unit reader as metres.
    func read(at index: Int, millionM: Bool = false) -> NumberReading? {
        guard index < tokens.count, !tokens[index].inLink else { return nil }
        let token = tokens[index]
        if token.isDigits { return readDigits(at: index, millionM: millionM) }
        if token.isSymbol("."), token.spaceBefore || index == 0, index + 1 < tokens.count, tokens[index + 1].isDigits,
           !tokens[index + 1].spaceBefore, let value = Double("0." + tokens[index + 1].text) {
            return applyMagnitudes(NumberReading(value: value, start: index, end: index + 2), millionM: millionM)
        }
        if token.isWord { return readWords(at: index, millionM: millionM) }
        if let scalar = token.text.unicodeScalars.first, let fraction = Self.vulgarFractions[scalar] {
            return NumberReading(value: fraction, start: index, end: index + 1, fraction: true)
        }
        return nil
    }

    /// Single-character fractions: ½, ¼, ¾, ⅓, ⅔ and the rest.
    static let vulgarFractions: [Unicode.Scalar: Double] = [
        "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
        "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]

    // MARK: digits

    private func joined(_ index: Int) -> Bool { index < tokens.count && !tokens[index].spaceBefore }

    private func readDigits(at index: Int, millionM: Bool) -> NumberReading? {
        var text = tokens[index].text
        var next = index + 1
        var plain = true
        // Thousands separators: 1,300 and 12,345,678.
        if text.count <= 3 {
            while next + 1 < tokens.count, tokens[next].isSymbol(","), joined(next), tokens[next + 1].isDigits, joined(next + 1),
                  tokens[next + 1].text.count == 3,
                  !(next + 2 < tokens.count && tokens[next + 2].isDigits && joined(next + 2)) {
                text += tokens[next + 1].text
                next += 2
                plain = false
            }
        }
        // Indian grouping: 12,34,567 (two-digit groups, then a final group of three).
        if plain, text.count <= 2 {
            var probe = next
            var groups: [String] = []
            while probe + 1 < tokens.count, tokens[probe].isSymbol(","), joined(probe), tokens[probe + 1].isDigits, joined(probe + 1),
                  tokens[probe + 1].text.count == 2 {
                groups.append(tokens[probe + 1].text)
                probe += 2
            }
            if !groups.isEmpty, probe + 1 < tokens.count, tokens[probe].isSymbol(","), joined(probe), tokens[probe + 1].isDigits,
               joined(probe + 1), tokens[probe + 1].text.count == 3 {
                text += groups.joined() + tokens[probe + 1].text
                next = probe + 2
                plain = false
            }
        }
        // Digit groups set apart by a space or a no-break space: 1 234 567, 40 000.
        if plain, text.count <= 3 {
            while next < tokens.count, tokens[next].isDigits, tokens[next].text.count == 3, let gap = tokens[next].gap,
                  Self.groupSpaces.contains(gap),
                  !(next + 1 < tokens.count && (tokens[next + 1].isSymbol("/") || tokens[next + 1].isSymbol(":"))) {
                text += tokens[next].text
                next += 1
                plain = false
            }
        }
        let dottedBefore = index >= 2 && tokens[index - 1].isSymbol(".") && joined(index) && tokens[index - 2].isDigits && joined(index - 1)
        // Decimals, but not dotted addresses such as 192.168.1.2.
        if !dottedBefore, next + 1 < tokens.count, tokens[next].isSymbol("."), joined(next), tokens[next + 1].isDigits, joined(next + 1),
           !(next + 3 < tokens.count && tokens[next + 2].isSymbol(".") && joined(next + 2) && tokens[next + 3].isDigits && joined(next + 3)) {
            text += "." + tokens[next + 1].text
            next += 2
            plain = false
        }
        guard var value = Double(text) else { return nil }
        var reading = NumberReading(value: value, start: index, end: next, plainDigits: plain,
                                    digitCount: plain ? text.count : 0)
        // Fractions: 3/4, and mixed numbers 2 1/4.
        if plain, let (fraction, end) = simpleFraction(at: index) {
            reading.value = fraction
            reading.end = end
            reading.fraction = true
            reading.plainDigits = false
            return reading
        }
        if plain, next < tokens.count, tokens[next].isDigits, tokens[next].spaceBefore,
           let (fraction, end) = simpleFraction(at: next), fraction < 1 {
            value += fraction
            reading.value = value
            reading.end = end
            reading.plainDigits = false
            return reading
        }
        if plain, next < tokens.count, joined(next), let scalar = tokens[next].text.unicodeScalars.first,
           let fraction = Self.vulgarFractions[scalar] {
            reading.value = value + fraction
            reading.end = next + 1
            reading.plainDigits = false
            return reading
        }
        var scaled = applyMagnitudes(reading, millionM: millionM)
        // "3 million and a half".
        if scaled.scaled, scaled.end + 2 < tokens.count, tokens[scaled.end].lower == "and",
           tokens[scaled.end + 1].lower == "a" || tokens[scaled.end + 1].lower == "an",
           let d = Self.denominator(tokens[scaled.end + 2].lower), !tokens[scaled.end + 2].lower.hasSuffix("s"),
           let scale = Self.magnitudeWords[tokens[scaled.end - 1].lower] {
            scaled.value += scale / d
            scaled.end += 3
        }
        return scaled
    }

    static let groupSpaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// `a/b` with small digit runs and nothing joined after, where b is a plausible denominator.
    func simpleFraction(at index: Int) -> (Double, Int)? {
        guard index + 2 < tokens.count, tokens[index].isDigits, tokens[index + 1].isSymbol("/"), joined(index + 1),
              tokens[index + 2].isDigits, joined(index + 2),
              let numerator = Double(tokens[index].text), let denominator = Double(tokens[index + 2].text), denominator > 0,
              !(index + 3 < tokens.count && tokens[index + 3].isSymbol("/") && joined(index + 3)),
              numerator < denominator || index > 0 && tokens[index - 1].isDigits && tokens[index].spaceBefore
        else { return nil }
        return (numerator / denominator, index + 3)
    }

    /// Applies "million", "bn", "m", "k", "crore" and the like after a number.
    private func applyMagnitudes(_ reading: NumberReading, millionM: Bool) -> NumberReading {
        var reading = reading
        var next = reading.end
        var lastScale = Double.infinity
        // "$1.5-billion", as some copy hyphenates it.
        if next + 1 < tokens.count, tokens[next].isSymbol("-"), joined(next), joined(next + 1),
           let word = tokens[next + 1].isWord ? tokens[next + 1].lower : nil, ["million", "billion", "trillion"].contains(word) {
            next += 1
        }
        while next < tokens.count, tokens[next].isWord {
            let token = tokens[next]
            let scale: Double?
            if !token.spaceBefore {
                if token.lower == "m" { scale = (millionM || token.text == "M" || countedAfter(next + 1)) ? 1e6 : nil }
                else if token.lower == "mm" { scale = token.text == "MM" ? 1e6 : nil }
                else if token.lower == "g" { scale = token.text == "G" ? 1e9 : nil }
                else if token.lower == "b" { scale = token.text == "b" || millionM ? 1e9 : nil }
                else { scale = Self.magnitudeSuffixes[token.lower] ?? Self.magnitudeWords[token.lower] }
            } else if token.lower == "m" || token.lower == "k" || token.lower == "g" {
                // A spaced letter is a magnitude only when nothing word-like follows it.
                let followed = next + 1 < tokens.count && tokens[next + 1].isWord && !tokens[next + 1].spaceBefore
                let standsAlone = next + 1 >= tokens.count || !tokens[next + 1].isWord
                if token.lower == "m" { scale = (millionM || token.text == "M" && standsAlone) && !followed ? 1e6 : nil }
                else if token.lower == "g" { scale = token.text == "G" && standsAlone ? 1e9 : nil }
                else { scale = standsAlone ? 1e3 : nil }
            } else {
                scale = Self.magnitudeWords[token.lower]
            }
            guard let scale, scale < lastScale || scale == 1e7 && lastScale == 1e5 || scale >= 1e5 && lastScale == 100 else { break }
            reading.value *= scale
            reading.magnitude *= scale
            reading.scaled = true
            reading.plainDigits = false
            lastScale = scale
            next += 1
        }
        reading.end = next
        return reading
    }

    /// True when a plural noun follows ("2m people", "1.5m barrels"), which makes a glued "m"
    /// millions rather than metres ("a 100m sprint", "1.8m tall").
    private func countedAfter(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isWord, tokens[index].spaceBefore, !tokens[index].isCapitalized else { return false }
        let word = tokens[index].lower
        if word == "people" || word == "children" || word == "cattle" { return true }
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && UnitLexicon.durations[word] == nil
            && UnitLexicon.measures[word] == nil && !["across", "towards", "ahead", "downwards", "upwards"].contains(word)
    }

    // MARK: words

    /// One number word with the tokens it spans ("fifty-two" is one item over three tokens).
    private struct Item {
        var word: String
        var start: Int
        var end: Int
    }

    private static let connectors: Set<String> = ["and", "a", "an", "point"]

    private static func isNumberWord(_ word: String) -> Bool { numberWords.contains(word) }

    /// Every single word a spelled number can be made of, looked up once per token.
    static let numberWords: Set<String> = {
        var words = Set(NumberWords.units.keys).union(NumberWords.tens.keys).union(magnitudeWords.keys)
            .union(vaguePlurals.keys).union(connectors)
        for ordinal in NumberWords.ordinalUnits.keys where ordinal != "first" {
            words.insert(ordinal)
            words.insert(ordinal + "s")
        }
        words.formUnion(["dozen", "half", "halves", "quarter", "quarters", "nought", "naught", "second", "firsts"])
        for scale in magnitudeWords.keys { words.insert(scale + "th"); words.insert(scale + "ths") }
        return words
    }()

    /// Lower-cased words at which a figure can start: number words, signs in words, range and
    /// unit words written first, months, currency abbreviations. Other words are skipped at once.
    static let starterWords: Set<String> = {
        var words = numberWords.union(NumberWords.ordinalUnits.keys)
        words.formUnion(["minus", "negative", "between", "from", "magnitude", "one", "first"])
        words.formUnion(CalendarLexicon.months.keys)
        words.formUnion(CurrencyLexicon.dollarPrefixes.keys)
        words.formUnion(CurrencyLexicon.prefixWords.keys)
        return words
    }()

    /// The denominator a fraction word stands for ("third" 3, "quarters" 4, "halves" 2).
    static func denominator(_ word: String) -> Double? {
        switch word {
        case "half", "halves": return 2
        case "quarter", "quarters": return 4
        case "first", "second", "seconds", "firsts": return nil
        default:
            if let value = NumberWords.ordinal(word) { return Double(value) }
            if word.hasSuffix("s"), let value = NumberWords.ordinal(String(word.dropLast())) { return Double(value) }
            if word.hasSuffix("ths"), let scale = magnitudeWords[String(word.dropLast(3))] { return scale }
            if word.hasSuffix("th"), let scale = magnitudeWords[String(word.dropLast(2))] { return scale }
            return nil
        }
    }

    private func items(from index: Int) -> [Item] {
        var items: [Item] = []
        var cursor = index
        while cursor < tokens.count, items.count < 16 {
            let token = tokens[cursor]
            guard token.isWord, !token.inLink else { break }
            var word = token.lower
            if word == "nought" || word == "naught" { word = "zero" }
            guard Self.isNumberWord(word) else { break }
            var item = Item(word: word, start: cursor, end: cursor + 1)
            // Hyphenated compounds: fifty-two, fifty - two, twenty-fifth, two-thirds.
            if cursor + 2 < tokens.count, tokens[cursor + 1].isSymbol("-") || tokens[cursor + 1].isSymbol("‑"),
               tokens[cursor + 2].isWord {
                let second = tokens[cursor + 2].lower
                if NumberWords.tens[word] != nil, let unit = NumberWords.cardinal(second), unit > 0, unit < 10 {
                    item = Item(word: String(NumberWords.tens[word]! + unit), start: cursor, end: cursor + 3)
                } else if NumberWords.tens[word] != nil, NumberWords.ordinal(second) != nil || Self.denominator(second) != nil,
                          !second.hasPrefix("second") {
                    item = Item(word: word + "-" + second, start: cursor, end: cursor + 3)
                } else if NumberWords.cardinal(word) != nil, Self.denominator(second) != nil, !tokens[cursor + 1].spaceBefore {
                    // "two-thirds", "one-eighth": numerator and denominator as two items.
                    items.append(item)
                    item = Item(word: second, start: cursor + 2, end: cursor + 3)
                } else if word == "hundred" || Self.magnitudeWords[word] != nil, Self.denominator(second) != nil, !tokens[cursor + 1].spaceBefore {
                    items.append(item)
                    item = Item(word: second, start: cursor + 2, end: cursor + 3)
                }
            }
            items.append(item)
            cursor = item.end
        }
        return items
    }

    private func cardinalValue(_ word: String) -> Double? {
        if word == "dozen" { return nil }
        if let value = NumberWords.cardinal(word) { return Double(value) }
        if let value = Int(word) { return Double(value) }
        return nil
    }

    private func readWords(at index: Int, millionM: Bool) -> NumberReading? {
        let list = items(from: index)
        guard let first = list.first else { return nil }
        // Vague plurals: "hundreds", "thousands", "tens of thousands".
        if let vague = Self.vaguePlurals[first.word] {
            var value = vague
            var end = first.end
            if first.word == "tens" || first.word == "hundreds", end + 1 < tokens.count, tokens[end].lower == "of",
               let scale = Self.vaguePlurals[tokens[end + 1].lower], scale >= 1000 {
                value *= scale
                end += 2
            } else if first.word == "tens" {
                return nil
            }
            return NumberReading(value: value, start: first.start, end: end, spelled: true, vague: true)
        }
        var k = 0
        var total = 0.0, group = 0.0
        var saw = false
        var lastScale = Double.infinity
        var lastWasTens = false
        var lastWasUnit = false
        var end = first.start
        // "half a dozen", "half a million"
        if first.word == "half", list.count >= 3, list[1].word == "a", let scale = Self.magnitudeWords[list[2].word], scale >= 12 {
            return NumberReading(value: scale / 2, start: first.start, end: list[2].end, spelled: true)
        }
        if first.word == "quarter", list.count >= 2, let scale = Self.magnitudeWords[list[1].word], scale >= 1000 {
            return NumberReading(value: scale / 4, start: first.start, end: list[1].end, spelled: true)
        }
        if first.word == "half" {
            if list.count >= 2, let scale = Self.magnitudeWords[list[1].word], scale >= 1000 {
                return applyMagnitudes(NumberReading(value: scale / 2, start: first.start, end: list[1].end, spelled: true), millionM: millionM)
            }
            return NumberReading(value: 0.5, start: first.start, end: first.end, spelled: true, fraction: true)
        }
        // "a hundred", "a dozen", "a third", "a half", "an eighth"
        if first.word == "a" || first.word == "an" {
            guard list.count >= 2 else { return nil }
            let second = list[1].word
            if let scale = Self.magnitudeWords[second], Self.vaguePlurals[second] == nil {
                group = 1
                saw = true
                k = 1
                _ = scale
            } else if let denominator = Self.denominator(second), !second.hasSuffix("s") || second == "halves" {
                if list.count >= 3, let scale = Self.magnitudeWords[list[2].word], scale >= 1000 {
                    return NumberReading(value: scale / denominator, start: first.start, end: list[2].end, spelled: true, scaled: true)
                }
                return NumberReading(value: 1 / denominator, start: first.start, end: list[1].end, spelled: true, fraction: true)
            } else {
                return nil
            }
        }
        while k < list.count {
            let word = list[k].word
            if let value = cardinalValue(word) {
                let isTens = NumberWords.tens[word] != nil
                let fits = !saw || (lastWasTens && value < 10) || (!lastWasTens && !lastWasUnit && group.truncatingRemainder(dividingBy: 100) == 0 && value < 100)
                    || (group == 0 && lastScale < .infinity)
                guard fits else { break }
                group += value
                saw = true
                lastWasTens = isTens
                lastWasUnit = !isTens
                end = list[k].end
                k += 1
            } else if word == "hundred", k + 1 >= list.count || Self.denominator(list[k + 1].word) == nil || saw {
                if word == "hundred", !saw, k > 0 { break }
                group = max(group, 1) * 100
                saw = true
                lastWasTens = false
                lastWasUnit = false
                end = list[k].end
                k += 1
            } else if let scale = Self.magnitudeWords[word], scale >= 1000, Self.vaguePlurals[word] == nil || word == "millions" && saw {
                guard scale < lastScale || lastScale == 1e5 && scale == 1e7 else { break }
                if lastScale == 1e5 && scale == 1e7 { total = (total + group) * scale; group = 0 } else {
                    total += max(group, saw ? group : 1) * scale
                    group = 0
                }
                saw = true
                lastScale = scale
                lastWasTens = false
                lastWasUnit = false
                end = list[k].end
                k += 1
            } else if word == "dozen" || word == "dozens", saw {
                group = max(group, 1) * 12
                end = list[k].end
                k += 1
                lastWasUnit = false
                lastWasTens = false
            } else if word == "and", saw, k + 1 < list.count {
                // "and" joins only what follows a hundred or a thousand, or starts a fraction.
                let after = list[k + 1].word
                // "one and a half", "five billion and three quarters" (of a billion), "five and
                // a half million".
                var fraction: (Double, Int)? = nil
                if after == "a" || after == "an" || after == "one", k + 2 < list.count, let d = Self.denominator(list[k + 2].word) {
                    fraction = (1 / d, k + 3)
                } else if cardinalValue(after) != nil, let (value, fractionEnd) = fractionFrom(list, k + 1) {
                    fraction = (value, list.firstIndex { $0.end == fractionEnd }.map { $0 + 1 } ?? list.count)
                }
                if let (part, nextItem) = fraction {
                    var endToken = list[nextItem - 1].end
                    var value: Double
                    if nextItem < list.count, let magnitude = Self.magnitudeWords[list[nextItem].word], magnitude >= 1000, magnitude < lastScale {
                        // "five and a half million"; "one billion and a half million".
                        value = total > 0 && group == 0 ? total + part * magnitude : (total + group + part) * magnitude
                        endToken = list[nextItem].end
                    } else {
                        // "one million and a half" is a million and a half.
                        let scale = group == 0 && total > 0 && lastScale < .infinity ? lastScale : 1
                        value = total + group + part * scale
                    }
                    return NumberReading(value: value, start: first.start, end: endToken, spelled: true)
                }
                guard cardinalValue(after) != nil, group.truncatingRemainder(dividingBy: 100) == 0 || group == 0 else { break }
                lastWasTens = false
                lastWasUnit = false
                k += 1
            } else if word == "point", saw, k + 1 < list.count, cardinalValue(list[k + 1].word) != nil {
                var digits = ""
                var j = k + 1
                while j < list.count, let digit = cardinalValue(list[j].word), digit < 100 {
                    digits += String(Int(digit))
                    end = list[j].end
                    j += 1
                }
                let value = (total + group) + (Double("0." + digits) ?? 0)
                return applyMagnitudes(NumberReading(value: value, start: first.start, end: end, spelled: true), millionM: millionM)
            } else if word == "second", saw, group >= 20, group.truncatingRemainder(dividingBy: 10) == 0 {
                // "three hundred twenty second": "second" ends a long ordinal.
                var reading = NumberReading(value: total + group + 2, start: first.start, end: list[k].end, spelled: true)
                reading.ordinal = true
                return reading
            } else if let d = Self.denominator(word), saw, word != "second", NumberWords.ordinal(word) != nil || Self.denominator(word) != nil {
                // Numerator then denominator: "two thirds", "five eighths", "three quarters".
                let numerator = group
                let plural = word.hasSuffix("s")
                if numerator == 1 && plural { break }
                if numerator > 1 && !plural && word != "half" {
                    // Or a long ordinal: "one hundred twenty-fifth", "two hundredth".
                    if let ordinal = NumberWords.ordinal(word), word != "second" || total + group >= 100 {
                        let isScale = ordinal >= 100 && Double(ordinal) == Self.magnitudeWords[String(word.dropLast(2))]
                        let value = isScale ? (total + group) * Double(ordinal) : total + group + Double(ordinal)
                        if isScale || (group.truncatingRemainder(dividingBy: 100) == 0 && ordinal < 100)
                            || (group.truncatingRemainder(dividingBy: 10) == 0 && ordinal < 10) {
                            var reading = NumberReading(value: value, start: first.start, end: list[k].end, spelled: true)
                            reading.ordinal = true
                            return reading
                        }
                    }
                    break
                }
                if k + 1 < list.count, let scale = Self.magnitudeWords[list[k + 1].word], scale >= 1000, total == 0 {
                    return NumberReading(value: numerator / d * scale, start: first.start, end: list[k + 1].end, spelled: true, scaled: true)
                }
                // "two thirds of a million".
                let after = list[k].end
                if total == 0, after + 2 < tokens.count, tokens[after].lower == "of", tokens[after + 1].lower == "a",
                   let scale = Self.magnitudeWords[tokens[after + 2].lower], scale >= 1000 {
                    return NumberReading(value: numerator / d * scale, start: first.start, end: after + 3, spelled: true, scaled: true)
                }
                let value = total + numerator / d
                return NumberReading(value: value, start: first.start, end: list[k].end, spelled: true, fraction: total == 0)
            } else {
                break
            }
        }
        guard saw, end > first.start else { return nil }
        var reading = NumberReading(value: total + group, start: first.start, end: end, spelled: true)
        reading = applyMagnitudes(reading, millionM: millionM)
        return reading
    }

    /// "three fifths" after an "and": a cardinal run then a denominator.
    private func fractionFrom(_ list: [Item], _ k: Int) -> (Double, Int)? {
        var numerator = 0.0
        var j = k
        while j < list.count, let value = cardinalValue(list[j].word) {
            numerator += value
            j += 1
        }
        guard j < list.count, numerator > 0, let d = Self.denominator(list[j].word) else { return nil }
        return (numerator / d, list[j].end)
    }
}
