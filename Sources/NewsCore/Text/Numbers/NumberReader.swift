import Foundation

/// A number read from atoms: its value and the items of the `AtomRun` it spans.
public struct NumberReading: Sendable, Equatable {
    public var value: Double
    /// Item indices into the run: the first, and one past the last.
    public var start: Int
    public var end: Int
    /// Written in words ("fifty-two", "a dozen").
    public var spelled = false
    /// A proportion of a whole ("two-thirds", "3/4", "half").
    public var fraction = false
    /// A round plural that stands for "many" ("hundreds", "thousands").
    public var vague = false
    /// Digits alone: no separators, decimals, fractions or magnitudes (years look like this).
    public var plainDigits = false
    /// The number of digits of a plain number.
    public var digitCount = 0
    /// A magnitude word or suffix was applied ("5 million", "£300m").
    public var scaled = false
    /// The product of the magnitudes applied (1e6 for "5 million"), 1 when none was.
    public var magnitude = 1.0
    /// An ordinal written in words after a cardinal: "one hundred twenty-fifth", "two hundredth".
    public var ordinal = false
}

/// The one number reader: reads a number written in digits or words at an item of an
/// `AtomRun`, as news copy writes them: "1,300", "2.5", ".08", "1 234 567", "3/4", "2 1/4",
/// "1-1/2" (the caller reads the dash), "6.5bn", "300m", "10k", "5 million", "Rs 500 crore",
/// "fifty-two", "two hundred and fifty", "a dozen", "hundreds", "two-thirds", "one and a half",
/// "nine point five". Signs, currencies and units are left to the caller.
///
/// Figures and the timeline read numbers through it, so a number means the same everywhere.
///
///     let run = AtomRun(text: ScalarText("about 6.5bn people"))
///     NumberReader(run).read(at: 1)?.value   // 6.5e9
public struct NumberReader: Sendable {
    public let tokens: AtomRun

    public init(_ run: AtomRun) { self.tokens = run }

    /// Magnitude words written apart from the number ("5 million", "3 lakh crore").
    static let magnitudeWords: [String: Double] = Lexicon.numbers("numbers/magnitude-words")

    /// Magnitude letters written straight after digits ("6.5bn", "10k", "1MM").
    static let magnitudeSuffixes: [String: Double] = Lexicon.numbers("numbers/magnitude-suffixes")

    /// Round plurals that stand for a vague many, with the value reported for them.
    static let vaguePlurals: [String: Double] = Lexicon.numbers("numbers/vague-plurals")

    /// Reads a number starting at item `index`, or nil when none starts there. `millionM`
    /// allows a bare "m" suffix or word to mean million (beside a currency); otherwise "5m" is
    /// left for the unit reader as metres.
    public func read(at index: Int, millionM: Bool = false) -> NumberReading? {
        guard index < tokens.count, !tokens[index].inLink else { return nil }
        let token = tokens[index]
        if token.isDigits { return readDigits(at: index, millionM: millionM) }
        if token.isSymbol("."), token.spaceBefore || index == 0, index + 1 < tokens.count, tokens[index + 1].isDigits,
            !tokens[index + 1].spaceBefore
        {
            let value = decimal(whole: [], fraction: index + 1)
            return applyMagnitudes(NumberReading(value: value, start: index, end: index + 2), millionM: millionM)
        }
        if token.isWord { return readWords(at: index, millionM: millionM) }
        if let fraction = Self.vulgarFractions[token.first] {
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

    func joined(_ index: Int) -> Bool { index < tokens.count && !tokens[index].spaceBefore }

    private func readDigits(at index: Int, millionM: Bool) -> NumberReading? {
        // The digit runs of the whole part, and the run after a decimal point, if any.
        var whole = [index]
        var length = tokens[index].length
        var fractionIndex: Int? = nil
        var next = index + 1
        var plain = true
        if let european = continentalDecimal(at: index) { return european }
        // Thousands separators: 1,300 and 12,345,678.
        if length <= 3 {
            while next + 1 < tokens.count, tokens[next].isSymbol(","), joined(next), tokens[next + 1].isDigits,
                joined(next + 1),
                tokens[next + 1].length == 3,
                !(next + 2 < tokens.count && tokens[next + 2].isDigits && joined(next + 2))
            {
                whole.append(next + 1)
                length += 3
                next += 2
                plain = false
            }
        }
        // Indian grouping: 12,34,567 (two-digit groups, then a final group of three).
        if plain, length <= 2 {
            var probe = next
            var groups: [Int] = []
            while probe + 1 < tokens.count, tokens[probe].isSymbol(","), joined(probe), tokens[probe + 1].isDigits,
                joined(probe + 1),
                tokens[probe + 1].length == 2
            {
                groups.append(probe + 1)
                probe += 2
            }
            if !groups.isEmpty, probe + 1 < tokens.count, tokens[probe].isSymbol(","), joined(probe),
                tokens[probe + 1].isDigits,
                joined(probe + 1), tokens[probe + 1].length == 3
            {
                whole += groups + [probe + 1]
                length += groups.count * 2 + 3
                next = probe + 2
                plain = false
            }
        }
        // Digit groups set apart by a space or a no-break space: 1 234 567, 40 000. Not a line
        // score ("010 200 001", a group with a leading zero, or one after other spaced digits),
        // nor a count before a model ("400 737 Max jets").
        if plain, length <= 3, !leadingZero(index), !(index > 0 && tokens[index - 1].isDigits && !joined(index)) {
            while next < tokens.count, tokens[next].isDigits, tokens[next].length == 3, let gap = tokens.gap(next),
                Self.groupSpaces.contains(gap),
                !(next + 1 < tokens.count && (tokens[next + 1].isSymbol("/") || tokens[next + 1].isSymbol(":"))),
                !(next + 1 < tokens.count && tokens[next + 1].isWord && tokens[next + 1].first.properties.isUppercase
                    && Self.modelWords.contains(tokens.lower(next + 1)))
            {
                whole.append(next)
                length += 3
                next += 1
                plain = false
            }
        }
        let dottedBefore =
            index >= 2 && tokens[index - 1].isSymbol(".") && joined(index) && tokens[index - 2].isDigits
            && joined(index - 1)
        // Decimals, but not dotted addresses such as 192.168.1.2.
        if !dottedBefore, next + 1 < tokens.count, tokens[next].isSymbol("."), joined(next), tokens[next + 1].isDigits,
            joined(next + 1),
            !(next + 3 < tokens.count && tokens[next + 2].isSymbol(".") && joined(next + 2) && tokens[next + 3].isDigits
                && joined(next + 3))
        {
            fractionIndex = next + 1
            next += 2
            plain = false
        }
        var value = decimal(whole: whole, fraction: fractionIndex)
        var reading = NumberReading(
            value: value, start: index, end: next, plainDigits: plain,
            digitCount: plain ? length : 0)
        // Fractions: 3/4, and mixed numbers 2 1/4.
        if plain, let (fraction, end) = simpleFraction(at: index) {
            reading.value = fraction
            reading.end = end
            reading.fraction = true
            reading.plainDigits = false
            return reading
        }
        if plain, next < tokens.count, tokens[next].isDigits, tokens[next].spaceBefore,
            let (fraction, end) = simpleFraction(at: next), fraction < 1
        {
            value += fraction
            reading.value = value
            reading.end = end
            reading.plainDigits = false
            return reading
        }
        // Mixed numbers joined by a hyphen, as recipes and specifications write them: 1-1/2.
        if plain, length <= 3, tokens.isSymbol(next, "-"), joined(next), joined(next + 1),
            !(index > 0 && tokens[index - 1].isSymbol("/") && joined(index)),
            let (fraction, end) = simpleFraction(at: next + 1), fraction < 1,
            !(tokens.isDash(end) && joined(end))
        {
            reading.value = value + fraction
            reading.end = end
            reading.plainDigits = false
            return reading
        }
        if plain, next < tokens.count, joined(next), let fraction = Self.vulgarFractions[tokens[next].first] {
            reading.value = value + fraction
            reading.end = next + 1
            reading.plainDigits = false
            return reading
        }
        if let scientific = exponent(after: reading) { return scientific }
        var scaled = applyMagnitudes(reading, millionM: millionM)
        if let spoken = spokenTail(after: scaled) { return spoken }
        // "3 million and a half".
        if scaled.scaled, scaled.end + 2 < tokens.count, tokens.lower(scaled.end) == "and",
            tokens.lower(scaled.end + 1) == "a" || tokens.lower(scaled.end + 1) == "an",
            let d = Self.denominator(tokens.lower(scaled.end + 2)), !tokens.lower(scaled.end + 2).hasSuffix("s"),
            let scale = Self.magnitudeWords[tokens.lower(scaled.end - 1)]
        {
            scaled.value += scale / d
            scaled.end += 3
        }
        return scaled
    }

    /// "1.3e6", "12.32e+14", "1.1^23", "2.5^-1", "6.23x10^-4": a power written after digits.
    func exponent(after reading: NumberReading) -> NumberReading? {
        var cursor = reading.end
        var base = 10.0
        var mantissa = reading.value
        guard cursor + 1 < tokens.count, joined(cursor) else { return nil }
        if tokens[cursor].isWord, tokens.lower(cursor) == "e" {
            cursor += 1
        } else if tokens[cursor].isSymbol("^") {
            base = reading.value
            mantissa = 1
            cursor += 1
        } else if tokens[cursor].isWord || tokens[cursor].isSymbol("×"), tokens.lower(cursor) == "x"
            || tokens[cursor].isSymbol("×"), tokens[cursor + 1].isDigits, joined(cursor + 1),
            tokens.integer(cursor + 1) == 10, tokens.isSymbol(cursor + 2, "^"), joined(cursor + 2)
        {
            cursor += 3
        } else {
            return nil
        }
        var sign = 1.0
        while cursor < tokens.count, joined(cursor), tokens[cursor].isSymbol("-") || tokens[cursor].isSymbol("+") {
            if tokens[cursor].isSymbol("-") { sign = -sign }
            cursor += 1
        }
        // "--23" cancels out as two minus signs would.
        guard cursor < tokens.count, tokens[cursor].isDigits, joined(cursor), tokens[cursor].length <= 3,
            let power = tokens.integer(cursor),
            !(cursor + 1 < tokens.count && joined(cursor + 1)
                && (tokens[cursor + 1].isWord || tokens[cursor + 1].isDigits))
        else { return nil }
        var result = reading
        result.value = mantissa * Foundation.pow(base, sign * Double(power))
        result.end = cursor + 1
        result.plainDigits = false
        result.digitCount = 0
        return result
    }

    /// "1.111,11", "5,00", "1,3": a decimal comma as continental copy writes it, read when the
    /// digits after the comma cannot be a thousands group (one or two of them, or after
    /// dotted groups) and no list or name goes on after them ("1,3-butadiene", "1,2,3").
    func continentalDecimal(at index: Int) -> NumberReading? {
        var cursor = index + 1
        var groups = [index]
        guard tokens[index].length <= 3 else { return nil }
        while cursor + 1 < tokens.count, tokens[cursor].isSymbol("."), joined(cursor), tokens[cursor + 1].isDigits,
            joined(cursor + 1), tokens[cursor + 1].length == 3
        {
            groups.append(cursor + 1)
            cursor += 2
        }
        guard cursor + 1 < tokens.count, tokens[cursor].isSymbol(","), joined(cursor), tokens[cursor + 1].isDigits,
            joined(cursor + 1), tokens[cursor + 1].length <= (groups.count > 1 ? 3 : 2)
        else { return nil }
        let after = cursor + 2
        if after < tokens.count, joined(after) {
            let next = tokens[after]
            if next.isWord || next.isDigits || next.isSymbol("-") || next.isSymbol("%") { return nil }
            if next.isSymbol(","), after + 1 < tokens.count, tokens[after + 1].isDigits, joined(after + 1) {
                return nil
            }
        }
        if index > 0, joined(index), tokens[index - 1].isSymbol(",") || tokens[index - 1].isDigits { return nil }
        let value = decimal(whole: groups, fraction: cursor + 1)
        return NumberReading(value: value, start: index, end: after)
    }

    /// "4 thousand 3 hundred and 21", "6 crore and two hundred": a number spoken with digits,
    /// each part smaller than the magnitude word before it. Only after hundred, thousand, lakh
    /// and crore: "2 million and 300 people" stays two figures.
    func spokenTail(after reading: NumberReading) -> NumberReading? {
        guard reading.scaled, reading.end < tokens.count, reading.end > reading.start + 1,
            tokens[reading.end - 1].isWord, tokens[reading.end - 1].spaceBefore,
            let scale = Self.spokenScales[tokens.lower(reading.end - 1)]
        else { return nil }
        var cursor = reading.end
        if tokens.lower(cursor) == "and" { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].spaceBefore,
            tokens[cursor].isDigits || tokens[cursor].isWord && Self.isNumberWord(tokens.lower(cursor)),
            tokens.lower(cursor) != "a", tokens.lower(cursor) != "an", tokens.lower(cursor) != "and",
            let part = read(at: cursor), !part.fraction, !part.vague, part.value > 0, part.value < scale,
            cursor == reading.end + 1 || part.scaled
        else { return nil }
        var result = reading
        result.value += part.value
        result.end = part.end
        return result
    }

    /// The magnitude words a spoken number goes on after ("4 thousand 3 hundred").
    static let spokenScales: [String: Double] = ["hundred": 100, "thousand": 1e3, "lakh": 1e5, "crore": 1e7]

    static let groupSpaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// Capitalised words written after a model number ("737 Max", "iPhone 15 Pro").
    static let modelWords: Set<String> = Lexicon.set("figures/model-words")

    /// Digits of more than one figure that start with 0 ("010"): a code or a line score.
    func leadingZero(_ index: Int) -> Bool {
        tokens[index].length > 1 && tokens.scalars[tokens[index].range.lowerBound] == "0"
    }

    /// `a/b` with small digit runs and nothing joined after, where b is a plausible denominator.
    func simpleFraction(at index: Int) -> (Double, Int)? {
        guard index + 2 < tokens.count, tokens[index].isDigits, tokens[index + 1].isSymbol("/"), joined(index + 1),
            tokens[index + 2].isDigits, joined(index + 2),
            let numerator = tokens.integer(index).map(Double.init),
            let denominator = tokens.integer(index + 2).map(Double.init),
            denominator > 0,
            !(index + 3 < tokens.count && tokens[index + 3].isSymbol("/") && joined(index + 3)),
            numerator < denominator || index > 0 && tokens[index - 1].isDigits && tokens[index].spaceBefore
        else { return nil }
        return (numerator / denominator, index + 3)
    }

    /// Applies "million", "bn", "m", "k", "crore" and the like after a number.
    func applyMagnitudes(_ reading: NumberReading, millionM: Bool) -> NumberReading {
        var reading = reading
        var next = reading.end
        var lastScale = Double.infinity
        // "$1.5-billion", as some copy hyphenates it.
        if next + 1 < tokens.count, tokens[next].isSymbol("-"), joined(next), joined(next + 1),
            let word = tokens[next + 1].isWord ? tokens.lower(next + 1) : nil,
            ["million", "billion", "trillion"].contains(word)
        {
            next += 1
        }
        while next < tokens.count, tokens[next].isWord {
            let token = tokens[next]
            let lower = tokens.lower(next)
            let scale: Double?
            if !token.spaceBefore {
                if lower == "m" {
                    scale = (millionM || token.isUpperCase || countedAfter(next + 1)) ? 1e6 : nil
                } else if lower == "mm" {
                    scale = token.isUpperCase ? 1e6 : nil
                } else if lower == "g" {
                    scale = token.isUpperCase ? 1e9 : nil
                } else if lower == "b" {
                    scale = !token.isUpperCase || millionM ? 1e9 : nil
                } else {
                    scale = Self.magnitudeSuffixes[lower] ?? Self.magnitudeWords[lower]
                }
            } else if lower == "m" || lower == "k" || lower == "g" {
                // A spaced letter is a magnitude only when nothing word-like follows it.
                let followed = next + 1 < tokens.count && tokens[next + 1].isWord && !tokens[next + 1].spaceBefore
                let standsAlone = next + 1 >= tokens.count || !tokens[next + 1].isWord
                if lower == "m" {
                    scale = (millionM || token.isUpperCase && standsAlone) && !followed ? 1e6 : nil
                } else if lower == "g" {
                    scale = token.isUpperCase && standsAlone ? 1e9 : nil
                } else {
                    scale = standsAlone ? 1e3 : nil
                }
            } else {
                scale = Self.magnitudeWords[lower]
            }
            guard let scale, scale < lastScale || scale == 1e7 && lastScale == 1e5 || scale >= 1e5 && lastScale == 100
            else { break }
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
    func countedAfter(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isWord, tokens[index].spaceBefore, !tokens[index].isCapitalized else {
            return false
        }
        let word = tokens.lower(index)
        if word == "people" || word == "children" || word == "cattle" { return true }
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && UnitLexicon.durations[word] == nil
            && UnitLexicon.measures[word] == nil
            && !["across", "towards", "ahead", "downwards", "upwards"].contains(word)
    }

    /// The value of digit runs `whole` written together, then of the run `fraction` after a
    /// decimal point: exact as parsing the written number would give ("2.35" is 235 / 100).
    func decimal(whole: [Int], fraction: Int?) -> Double {
        let places = fraction.map { tokens[$0].length } ?? 0
        var digits = places
        for index in whole { digits += tokens[index].length }
        guard digits <= 15 else {
            let written = tokens.digits(whole) + (fraction.map { "." + tokens.digits([$0]) } ?? "")
            return Double(written) ?? 0
        }
        var mantissa = 0
        func append(_ index: Int) {
            for _ in 0..<tokens[index].length { mantissa *= 10 }
            mantissa += tokens.integer(index) ?? 0
        }
        for index in whole { append(index) }
        if let fraction { append(fraction) }
        return places == 0 ? Double(mantissa) : Double(mantissa) / Self.powersOfTen[places]
    }

    private static let powersOfTen: [Double] = (0...15).map { Double("1e\($0)")! }
}
