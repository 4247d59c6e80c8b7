/// The classes of scalars the sentence scan tells apart.
extension Unicode.Scalar {
    /// White space as `Range.trimmed(in:)` sees it (the Unicode White_Space property).
    var isSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    var breaksLine: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    var breaksParagraph: Bool { value == 0x0C || value == 0x2029 }

    var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    var digitValue: Int? { isDigit ? Int(value - 0x30) : nil }

    var isASCIILowercase: Bool { value >= 0x61 && value <= 0x7A }

    var isUpper: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    var isLower: Bool {
        if value < 0x80 { return isASCIILowercase }
        return properties.isLowercase
    }

    var isMark: Bool {
        guard value >= 0x300 else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    var isCurrency: Bool {
        value == 0x24 || (value >= 0x80 && properties.generalCategory == .currencySymbol)
    }

    /// Emoji and other pictographs, which may open a sentence as a word does.
    var isPictograph: Bool {
        value >= 0x2600 && properties.generalCategory == .otherSymbol
    }

    var isStop: Bool {
        switch self {
        case ".", "!", "?", "…", "‼", "⁇", "⁈", "⁉": return true
        default: return false
        }
    }

    var isStrongStop: Bool {
        switch self {
        case "!", "?", "‼", "⁇", "⁈", "⁉": return true
        default: return false
        }
    }

    var isQuote: Bool {
        switch self {
        case "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚": return true
        default: return false
        }
    }

    var isCloser: Bool {
        switch self {
        case "\"", "'", "”", "’", "»", "›", ")", "]", "}": return true
        default: return false
        }
    }

    var isOpener: Bool {
        switch self {
        case "\"", "'", "“", "‘", "„", "‚", "«", "‹", "(", "[", "{", "¿", "¡": return true
        default: return false
        }
    }

    var isOpeningBracket: Bool { self == "(" || self == "[" }


    var isBullet: Bool {
        switch self {
        case "•", "◦", "‣", "⁃", "▪", "▫", "●", "○", "■", "□", "►", "▶", "▸": return true
        default: return false
        }
    }

    /// Marks that start a list line when followed by a space: "- item", "* item".
    var isDashBullet: Bool {
        switch self {
        case "-", "*", "–", "—": return true
        default: return false
        }
    }

    /// Punctuation that may close a token after its last word.
    var endsToken: Bool { isStop || isCloser || self == "," || self == ";" || self == ":" }

    /// Punctuation at the end of a line that says the line runs on.
    var continuesLine: Bool {
        switch self {
        case ",", ";", ":", "-", "–", "—", "/", "&", "(", "+": return true
        default: return false
        }
    }
}
