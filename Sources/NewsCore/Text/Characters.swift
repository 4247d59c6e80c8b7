/// Character classes checked on every scalar of an article, with an ASCII fast path: the
/// Unicode property tables are correct for everything but slow for the common case.
extension Unicode.Scalar {
    /// White space, including line and paragraph separators and no-break spaces.
    @inline(__always)
    var isSpaceLike: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    /// A letter of any script.
    @inline(__always)
    var isLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) }
        return properties.isAlphabetic
    }

    /// An upper-case letter of any script.
    @inline(__always)
    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }

    /// A lower-case letter of any script.
    @inline(__always)
    var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }

    /// A scalar that can be part of a word: a letter, a digit, or a combining mark.
    @inline(__always)
    var isWordScalar: Bool {
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return properties.isAlphabetic || properties.numericType != nil
    }
}

/// The marks and digits the tokenizer and the analyzers test for, in one place.
extension Unicode.Scalar {
    /// An ASCII digit, 0 to 9 (news copy writes figures with these; other scripts' digits are
    /// letters to the readers here).
    @inline(__always)
    public var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// A straight or curly apostrophe, which may stand inside a word ("don't", "O’Neill").
    @inline(__always)
    public var isApostrophe: Bool { self == "'" || self == "\u{2019}" }

    /// A hyphen that joins the parts of a word ("mid-September"): the ASCII hyphen-minus or
    /// the Unicode hyphen, not a dash.
    @inline(__always)
    public var isHyphen: Bool { self == "-" || self == "\u{2010}" }

    /// A dash that sets off a phrase or a credit ("— the minister said"): en and em dashes.
    @inline(__always)
    public var isDash: Bool { self == "\u{2013}" || self == "\u{2014}" }

    /// A mark that can open or close a quotation: straight and curly, double and single, and
    /// the low opening mark „.
    @inline(__always)
    public var isQuotationMark: Bool {
        switch self {
        case "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}", "\u{201E}": return true
        default: return false
        }
    }
}
