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
