/// One word of a sentence as the summarizer reads it.
struct SummaryWord: Sendable, Equatable {
    /// Lower case, curly apostrophes made straight, a possessive "'s" taken off.
    var lower: String
    /// Scalar offsets into the article.
    var range: Range<Int>
    /// True inside a double quotation.
    var inQuote: Bool
}

/// Cuts a sentence into words: runs of letters and digits, keeping apostrophes inside words
/// ("don't") and stops or commas inside numbers ("4.5", "1,300"); hyphens and dashes separate
/// words, so "cash-and-shares" compares by its parts.
enum SummaryTokenizer {
    static func words(in text: ScalarText, _ range: Range<Int>) -> [SummaryWord] {
        let scalars = text.scalars
        var words: [SummaryWord] = []
        var inQuote = false
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            guard scalar.isWordScalar else {
                switch scalar {
                case "\u{201C}": inQuote = true
                case "\u{201D}": inQuote = false
                case "\"": inQuote.toggle()
                default: break
                }
                index += 1
                continue
            }
            let start = index
            var hasDigit = false
            var view = String.UnicodeScalarView()
            while index < range.upperBound {
                let current = scalars[index]
                if current.isWordScalar {
                    if current.value >= 0x30 && current.value <= 0x39 { hasDigit = true }
                    if current.value >= 0x41 && current.value <= 0x5A {
                        view.append(Unicode.Scalar(current.value + 0x20)!)
                    } else if current.value < 0x80 {
                        view.append(current)
                    } else {
                        view.append(contentsOf: current.properties.lowercaseMapping.unicodeScalars)
                    }
                    index += 1
                    continue
                }
                let next = index + 1 < range.upperBound ? scalars[index + 1] : " "
                if current == "'" || current == "\u{2019}", next.isWordScalar, !(next.value >= 0x30 && next.value <= 0x39) {
                    view.append("'")
                    index += 1
                    continue
                }
                if current == "." || current == ",", hasDigit, next.value >= 0x30 && next.value <= 0x39 {
                    view.append(current)
                    index += 1
                    continue
                }
                break
            }
            if view.count > 2, view.last == "s", view[view.index(view.endIndex, offsetBy: -2)] == "'" {
                view.removeLast(2)
            }
            let lower = String(view)
            words.append(SummaryWord(lower: lower, range: start..<index, inQuote: inQuote))
        }
        return words
    }
}
