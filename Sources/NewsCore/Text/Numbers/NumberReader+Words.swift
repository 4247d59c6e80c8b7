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
            var word = token.lower
            if word == "nought" || word == "naught" { word = "zero" }
            guard Self.isNumberWord(word) else { break }
            var item = Item(word: word, start: cursor, end: cursor + 1)
            // Hyphenated compounds: fifty-two, fifty - two, twenty-fifth, two-thirds.
            if cursor + 2 < tokens.count, tokens[cursor + 1].isSymbol("-") || tokens[cursor + 1].isSymbol("‑"),
                tokens[cursor + 2].isWord
            {
                let second = tokens[cursor + 2].lower
                if NumberWords.tens[word] != nil, let unit = NumberWords.cardinal(second), unit > 0, unit < 10 {
                    item = Item(word: String(NumberWords.tens[word]! + unit), start: cursor, end: cursor + 3)
                } else if NumberWords.tens[word] != nil,
                    NumberWords.ordinal(second) != nil || Self.denominator(second) != nil,
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
            if first.word == "tens" || first.word == "hundreds", end + 1 < tokens.count, tokens[end].lower == "of",
                let scale = Self.vaguePlurals[tokens[end + 1].lower], scale >= 1000
            {
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
                if total == 0, after + 2 < tokens.count, tokens[after].lower == "of", tokens[after + 1].lower == "a",
                    let scale = Self.magnitudeWords[tokens[after + 2].lower], scale >= 1000
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
