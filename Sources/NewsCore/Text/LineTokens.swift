/// A token of a short line: a run of letters, a run of digits, or one other visible character.
///
/// Metadata lines (bylines, date lines, datelines) are short, so a simple tokeniser is enough
/// to read them; story text goes through the full tokenizer of the reading layer.
struct LineToken: Sendable, Equatable {
    enum Kind: Sendable { case word, number, mark }
    var kind: Kind
    var text: String
    /// Scalar offsets relative to the start of the tokenised string.
    var range: Range<Int>

    var lower: String { text.lowercasedQuickly }
    var isCapitalised: Bool { text.unicodeScalars.first.map { $0.isUppercaseLetter } ?? false }
    var isAllCaps: Bool { kind == .word && text.unicodeScalars.allSatisfy { !$0.isLowercaseLetter } }
}

enum LineTokenizer {
    static func tokens(_ text: String) -> [LineToken] {
        var tokens: [LineToken] = []
        let line = ScalarText(text)
        let scalars = line.scalars
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isSpaceLike { index += 1; continue }
            let start = index
            let kind: LineToken.Kind
            if scalar.isLetter {
                kind = .word
                while index < scalars.count, scalars[index].isLetter
                    || ((scalars[index] == "'" || scalars[index] == "’") && index + 1 < scalars.count
                        && scalars[index + 1].isLetter) {
                    index += 1
                }
            } else if ("0"..."9").contains(scalar) {
                kind = .number
                while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            } else {
                kind = .mark
                index += 1
            }
            tokens.append(LineToken(kind: kind, text: line[start..<index], range: start..<index))
        }
        return tokens
    }
}
