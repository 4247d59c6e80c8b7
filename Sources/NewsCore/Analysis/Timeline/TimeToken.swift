/// One token of text as the timeline reads it: a word (hyphenated compounds such as
/// "mid-September" or "nine-hour" stay whole, "a.m." keeps its stops), a number (with its
/// thousands commas and decimals) or one mark, with its scalar range in the article.
struct TimeToken: Sendable, Equatable {
    enum Kind: Sendable { case word, number, mark }

    var kind: Kind
    var text: String
    var lower: String
    var range: Range<Int>
    /// True when white space comes right before the token.
    var spaceBefore: Bool
    /// True inside double quotation marks.
    var inQuote: Bool

    /// True for a word starting with a capital letter (set once, when the token is made).
    var isCapitalised: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// The value of a number token without its thousands commas.
    var number: Double? {
        guard kind == .number else { return nil }
        return Double(text.filter { $0 != "," })
    }

    /// Digits only, no separators: the number as an integer.
    var integer: Int? {
        guard kind == .number, text.allSatisfy(\.isNumber) else { return nil }
        return Int(text)
    }
}

/// Cuts a scalar range of text into `TimeToken`s; linear in the length of the range.
enum TimeTokenizer {
    static func tokens(_ text: ScalarText, _ range: Range<Int>) -> [TimeToken] {
        let scalars = text.scalars
        var tokens: [TimeToken] = []
        var index = range.lowerBound
        var space = true
        var inQuote = false
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return (0x61...0x7A).contains(s.value) || (0x41...0x5A).contains(s.value) }
            return s.isLetter
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func at(_ i: Int) -> Unicode.Scalar { i < range.upperBound ? scalars[i] : " " }
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar.isSpaceLike { space = true; index += 1; continue }
            let start = index
            var kind = TimeToken.Kind.mark
            if isLetter(scalar) {
                kind = .word
                index += 1
                while index < range.upperBound {
                    let next = scalars[index]
                    if isLetter(next) { index += 1; continue }
                    if (next == "'" || next == "’") && isLetter(at(index + 1)) && !(at(index + 1) == "s" && !isLetter(at(index + 2))) {
                        index += 1; continue
                    }
                    if (next == "-" || next == "‐") && isLetter(at(index + 1)) { index += 1; continue }
                    break
                }
                // "a.m.", "p.m.", "U.S.": single letters with stops.
                if index - start == 1, at(index) == ".", isLetter(at(index + 1)), at(index + 2) == "." {
                    index += 3
                    while isLetter(at(index)), at(index + 1) == ".", index + 1 < range.upperBound { index += 2 }
                }
            } else if isDigit(scalar) {
                kind = .number
                index += 1
                while index < range.upperBound {
                    let next = scalars[index]
                    if isDigit(next) { index += 1; continue }
                    if next == ",", isDigit(at(index + 1)), isDigit(at(index + 2)), isDigit(at(index + 3)), !isDigit(at(index + 4)) {
                        index += 4; continue
                    }
                    if next == ".", isDigit(at(index + 1)), tokensBeforeAllowDecimal(scalars, start, index) { index += 1; continue }
                    break
                }
            } else {
                index += 1
                if scalar == "“" { inQuote = true } else if scalar == "”" { inQuote = false } else if scalar == "\"" { inQuote.toggle() }
            }
            let word = text[start..<index]
            let first = scalars[start]
            let capitalised = kind == .word && (first.value < 0x80 ? (0x41...0x5A).contains(first.value) : first.isUppercaseLetter)
            tokens.append(TimeToken(kind: kind, text: word, lower: word.utf8.contains { $0 >= 0x80 || (0x41...0x5A).contains($0) } ? word.lowercased() : word,
                                    range: start..<index, spaceBefore: space, inQuote: inQuote && kind != .mark,
                                    isCapitalised: capitalised))
            space = false
        }
        return tokens
    }

    /// A decimal point joins digits unless the number already reads as a time ("10.30" stays a
    /// number either way; a second stop ends it).
    private static func tokensBeforeAllowDecimal(_ scalars: [Unicode.Scalar], _ start: Int, _ index: Int) -> Bool {
        !scalars[start..<index].contains(".")
    }
}
