/// Numbers written in words: "fifty-two", "two hundred and fifty", "a dozen", "two-thirds",
/// "one and a half million", "one hundred twenty-fifth".
extension NumberReader {
    /// One number word with the tokens it spans ("fifty-two" is one item over three tokens).
    struct Item {
        var word: String
        var start: Int
        var end: Int
    }

    static let connectors: Set<String> = ["and", "a", "an", "point"]

    static func isNumberWord(_ word: String) -> Bool { numberWords.contains(word) }

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

    func items(from index: Int) -> [Item] {
        var items: [Item] = []
        var cursor = index
        while cursor < tokens.count, items.count < 16 {
            let token = tokens[cursor]
            guard token.isWord, !token.inLink else { break }
            var word = tokens.lower(cursor)
            if word == "nought" || word == "naught" { word = "zero" }
            guard Self.isNumberWord(word) else { break }
            var item = Item(word: word, start: cursor, end: cursor + 1)
            // Hyphenated compounds: fifty-two, fifty - two, twenty-fifth, two-thirds.
            if cursor + 2 < tokens.count, tokens[cursor + 1].isSymbol("-") || tokens[cursor + 1].isSymbol("‑"),
                tokens[cursor + 2].isWord
            {
                let second = tokens.lower(cursor + 2)
                if NumberWords.tens[word] != nil, let unit = NumberWords.cardinal(second), unit > 0, unit < 10 {
                    item = Item(word: String(NumberWords.tens[word]! + unit), start: cursor, end: cursor + 3)
                } else if NumberWords.tens[word] != nil,
                    NumberWords.ordinal(second) != nil || Self.denominator(second) != nil || second == "firsts",
                    !second.hasPrefix("second")
                {
                    item = Item(word: word + "-" + second, start: cursor, end: cursor + 3)
                } else if NumberWords.cardinal(word) != nil, Self.denominator(second) != nil,
                    !tokens[cursor + 1].spaceBefore || tokens[cursor + 2].spaceBefore
                {
                    // "two-thirds", "one-eighth", "five - eighths": numerator and denominator.
                    items.append(item)
                    item = Item(word: second, start: cursor + 2, end: cursor + 3)
                } else if word == "hundred" || Self.magnitudeWords[word] != nil, Self.denominator(second) != nil,
                    !tokens[cursor + 1].spaceBefore
                {
                    items.append(item)
                    item = Item(word: second, start: cursor + 2, end: cursor + 3)
                }
            }
            items.append(item)
            cursor = item.end
        }
        return items
    }

    func cardinalValue(_ word: String) -> Double? {
        if word == "dozen" { return nil }
        if let value = NumberWords.cardinal(word) { return Double(value) }
        if let value = Int(word) { return Double(value) }
        return nil
    }

    func readWords(at index: Int, millionM: Bool) -> NumberReading? {
        let list = items(from: index)
        guard let first = list.first else { return nil }
        // Vague plurals: "hundreds", "thousands", "tens of thousands".
        if let vague = Self.vaguePlurals[first.word] {
            var value = vague
            var end = first.end
            if first.word == "tens" || first.word == "hundreds", end + 1 < tokens.count, tokens.lower(end) == "of",
                let scale = Self.vaguePlurals[tokens.lower(end + 1)], scale >= 1000
            {
                value *= scale
                end += 2
            } else if first.word == "tens" {
                return nil
            }
            return NumberReading(value: value, start: first.start, end: end, spelled: true, vague: true)
        }
        if let compound = compoundFraction(list) { return compound }
        var k = 0
        var total = 0.0, group = 0.0
        var saw = false
        var lastScale = Double.infinity
        var lastWasTens = false
        var lastWasUnit = false
        var end = first.start
        // "half a dozen", "half a million"
        if first.word == "half", list.count >= 3, list[1].word == "a", let scale = Self.magnitudeWords[list[2].word],
            scale >= 12
        {
            return NumberReading(value: scale / 2, start: first.start, end: list[2].end, spelled: true)
        }
        if first.word == "quarter", list.count >= 2, let scale = Self.magnitudeWords[list[1].word], scale >= 1000 {
            return NumberReading(value: scale / 4, start: first.start, end: list[1].end, spelled: true)
        }
        if first.word == "half" {
            if list.count >= 2, let scale = Self.magnitudeWords[list[1].word], scale >= 1000 {
                return applyMagnitudes(
                    NumberReading(value: scale / 2, start: first.start, end: list[1].end, spelled: true),
                    millionM: millionM)
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
                    return NumberReading(
                        value: scale / denominator, start: first.start, end: list[2].end, spelled: true, scaled: true)
                }
                return NumberReading(
                    value: 1 / denominator, start: first.start, end: list[1].end, spelled: true, fraction: true)
            } else {
                return nil
            }
        }
        while k < list.count {
            let word = list[k].word
            if let value = cardinalValue(word) {
                let isTens = NumberWords.tens[word] != nil
                let fits =
                    !saw || (lastWasTens && value < 10)
                    || (!lastWasTens && !lastWasUnit && group.truncatingRemainder(dividingBy: 100) == 0 && value < 100)
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
            } else if let scale = Self.magnitudeWords[word], scale >= 1000,
                Self.vaguePlurals[word] == nil || word == "millions" && saw
            {
                guard scale < lastScale || lastScale == 1e5 && scale == 1e7 else { break }
                if lastScale == 1e5 && scale == 1e7 {
                    total = (total + group) * scale; group = 0
                } else {
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
                if after == "a" || after == "an" || after == "one", k + 2 < list.count,
                    let d = Self.denominator(list[k + 2].word)
                {
                    fraction = (1 / d, k + 3)
                } else if cardinalValue(after) != nil, let (value, fractionEnd) = fractionFrom(list, k + 1) {
                    fraction = (value, list.firstIndex { $0.end == fractionEnd }.map { $0 + 1 } ?? list.count)
                }
                if let (part, nextItem) = fraction {
                    var endToken = list[nextItem - 1].end
                    var value: Double
                    if nextItem < list.count, let magnitude = Self.magnitudeWords[list[nextItem].word],
                        magnitude >= 1000, magnitude < lastScale
                    {
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
                guard cardinalValue(after) != nil, group.truncatingRemainder(dividingBy: 100) == 0 || group == 0 else {
                    break
                }
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
                return applyMagnitudes(
                    NumberReading(value: value, start: first.start, end: end, spelled: true), millionM: millionM)
            } else if word == "second", saw, group >= 20, group.truncatingRemainder(dividingBy: 10) == 0 {
                // "three hundred twenty second": "second" ends a long ordinal.
                var reading = NumberReading(
                    value: total + group + 2, start: first.start, end: list[k].end, spelled: true)
                reading.ordinal = true
                return reading
            } else if let d = Self.denominator(word), saw, word != "second",
                NumberWords.ordinal(word) != nil || Self.denominator(word) != nil
            {
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
                            || (group.truncatingRemainder(dividingBy: 10) == 0 && ordinal < 10)
                        {
                            var reading = NumberReading(
                                value: value, start: first.start, end: list[k].end, spelled: true)
                            reading.ordinal = true
                            return reading
                        }
                    }
                    break
                }
                if k + 1 < list.count, let scale = Self.magnitudeWords[list[k + 1].word], scale >= 1000, total == 0 {
                    return NumberReading(
                        value: numerator / d * scale, start: first.start, end: list[k + 1].end, spelled: true,
                        scaled: true)
                }
                // "two thirds of a million".
                let after = list[k].end
                if total == 0, after + 2 < tokens.count, tokens.lower(after) == "of", tokens.lower(after + 1) == "a",
                    let scale = Self.magnitudeWords[tokens.lower(after + 2)], scale >= 1000
                {
                    return NumberReading(
                        value: numerator / d * scale, start: first.start, end: after + 3, spelled: true, scaled: true)
                }
                let value = total + numerator / d
                return NumberReading(
                    value: value, start: first.start, end: list[k].end, spelled: true, fraction: total == 0)
            } else {
                break
            }
        }
        guard saw, end > first.start else { return nil }
        var reading = NumberReading(value: total + group, start: first.start, end: end, spelled: true)
        reading = applyMagnitudes(reading, millionM: millionM)
        return reading
    }

    /// Fractions whose denominator is itself a compound ordinal, or whose numerator is a whole
    /// number joined by "and": "three twenty-firsts" (3/21), "twenty twenty fifths" (20/25),
    /// "one one hundred fifth" (1/105), "one hundred one thousand fifths" (100/1005), "one
    /// hundred and thirty fifths" (130/5). A tens word joins the denominator unless "and" ties
    /// it to the numerator; a hundred or thousand does when a numerator is left before it.
    func compoundFraction(_ list: [Item]) -> NumberReading? {
        // The items are number words and their hyphenated compounds, all ASCII: a byte test finds
        // the hyphen without Foundation's string search.
        guard let f = list.firstIndex(where: { Self.unitOrdinal($0.word) != nil || Self.hasHyphen($0.word) }), f >= 1,
            let unit = Self.unitOrdinal(list[f].word) ?? Self.denominator(list[f].word)
        else { return nil }
        let plural = list[f].word.hasSuffix("s")
        var denominator = unit
        var numeratorEnd = f
        if Self.hasHyphen(list[f].word) {
            // "three twenty-firsts": the hyphenated ordinal is the denominator.
            guard plural else { return nil }
        } else if let tens = NumberWords.tens[list[f - 1].word], f >= 2, list[f - 2].word != "and" {
            denominator += Double(tens)
            numeratorEnd = f - 1
        } else if f >= 3, list[f - 1].word == "and" || Self.magnitudeWords[list[f - 1].word] != nil {
            // "one one hundred (and) fifth", "one hundred one thousand fifths".
            let magnitudeAt = list[f - 1].word == "and" ? f - 2 : f - 1
            guard magnitudeAt >= 2, let scale = Self.magnitudeWords[list[magnitudeAt].word],
                scale == 100 || scale == 1000,
                let multiplier = cardinalValue(list[magnitudeAt - 1].word), multiplier < 10
            else { return nil }
            denominator += multiplier * scale
            numeratorEnd = magnitudeAt - 1
        } else if plural, f >= 3, list[f - 1].word.allSatisfy(\.isNumber) || NumberWords.tens[list[f - 1].word] != nil,
            list[f - 2].word == "and", Self.magnitudeWords[list[f - 3].word] != nil
        {
            // "one hundred and thirty-two fifths": the whole number counts the fifths.
            numeratorEnd = f
        } else if plural, f >= 2, NumberWords.units[list[f - 1].word] != nil,
            Self.magnitudeWords[list[f - 2].word] != nil
        {
            // "one million two thousand two hundred three fifths": so does a long whole number.
            numeratorEnd = f
        } else {
            return nil
        }
        // A singular denominator makes a fraction only after "one"; else it ends an ordinal.
        guard numeratorEnd >= 1, let numerator = wholeValue(list[0..<numeratorEnd]), plural || numerator == 1
        else { return nil }
        let value = numerator / denominator
        return NumberReading(value: value, start: list[0].start, end: list[f].end, spelled: true, fraction: value < 1)
    }

    /// True when a number word is a hyphenated compound ("twenty-first").
    static func hasHyphen(_ word: String) -> Bool { word.utf8.contains(UInt8(ascii: "-")) }

    /// An ordinal of one to nine, singular or plural ("fifth", "firsts"), as a denominator.
    static func unitOrdinal(_ word: String) -> Double? {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        guard let value = NumberWords.ordinalUnits[singular], value < 10, singular != "second" else { return nil }
        return Double(value)
    }

    /// The value of number words with no fraction in them ("one hundred and thirty", "a hundred
    /// thousand"), or nil when they do not make one number.
    func wholeValue(_ items: ArraySlice<Item>) -> Double? {
        var total = 0.0, group = 0.0
        var saw = false
        for item in items {
            if item.word == "and" { continue }
            if item.word == "a" || item.word == "an" {
                group = 1
                saw = true
            } else if let value = cardinalValue(item.word) {
                group += value
                saw = true
            } else if item.word == "hundred" {
                group = max(group, 1) * 100
                saw = true
            } else if let scale = Self.magnitudeWords[item.word] {
                total += max(group, 1) * scale
                group = 0
                saw = true
            } else {
                return nil
            }
        }
        return saw ? total + group : nil
    }

    /// "three fifths" after an "and": a cardinal run then a denominator.
    func fractionFrom(_ list: [Item], _ k: Int) -> (Double, Int)? {
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
