/// One token of a paragraph as the figure finder sees it: a run of letters, a run of digits, or
/// one other visible scalar.
struct FigureToken: Sendable {
    enum Kind: Sendable { case word, digits, symbol }

    var kind: Kind
    /// Scalar offsets into the article text.
    var range: Range<Int>
    /// The token as written.
    var text: String
    /// Lower-cased; dotted initialisms lose their final stop ("U.S." → "u.s", "a.m." → "a.m").
    var lower: String
    /// True when white space separates this token from the one before it (or it starts the text).
    var spaceBefore: Bool
    /// The last white-space scalar before the token, if any (no-break spaces join digit groups).
    var gap: Unicode.Scalar?
    /// True for tokens inside a web address or e-mail, which hold no figures.
    var inLink: Bool = false

    var isWord: Bool { kind == .word }
    var isDigits: Bool { kind == .digits }
    func isSymbol(_ scalar: Unicode.Scalar) -> Bool { kind == .symbol && text.unicodeScalars.first == scalar }
    /// True for a word that starts with a capital letter.
    var isCapitalized: Bool { kind == .word && (text.unicodeScalars.first?.isUppercaseLetter ?? false) }
}

/// Splits a span of text into `FigureToken`s in one linear pass.
enum FigureTokenizer {
    static func tokenize(_ text: ScalarText, in range: Range<Int>) -> [FigureToken] {
        let scalars = text.scalars
        var tokens: [FigureToken] = []
        var index = range.lowerBound
        var spaceBefore = true
        var gap: Unicode.Scalar? = nil
        var chunkStart = 0
        var chunkHasLink = false

        func closeChunk() {
            if chunkHasLink {
                for t in chunkStart..<tokens.count { tokens[t].inLink = true }
            }
            chunkStart = tokens.count
            chunkHasLink = false
        }

        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar.isSpaceLike {
                if !spaceBefore { closeChunk() }
                spaceBefore = true
                gap = scalar
                index += 1
                continue
            }
            let start = index
            let kind: FigureToken.Kind
            if isDigit(scalar) {
                while index < range.upperBound, isDigit(scalars[index]) { index += 1 }
                kind = .digits
            } else if isLetter(scalar) {
                index += 1
                while index < range.upperBound {
                    let next = scalars[index]
                    if isLetter(next) {
                        index += 1
                    } else if next == "’" || next == "'", index + 1 < range.upperBound, isLetter(scalars[index + 1]) {
                        index += 2
                    } else if next == ".", index + 1 < range.upperBound, isLetter(scalars[index + 1]), index - start == 1,
                              index + 2 >= range.upperBound || !isLetter(scalars[index + 2]) {
                        // Dotted initialisms: U.S., a.m., p.m.
                        index += 2
                        if index < range.upperBound, scalars[index] == "." { index += 1 }
                        break
                    } else {
                        break
                    }
                }
                kind = .word
            } else {
                index += 1
                kind = .symbol
            }
            // The token as written and lower-cased, in one pass over bytes when it is ASCII.
            var ascii = true
            for offset in start..<index where scalars[offset].value >= 0x80 {
                ascii = false
                break
            }
            let written: String
            var lower: String
            if ascii {
                var bytes = [UInt8](), lowerBytes = [UInt8]()
                bytes.reserveCapacity(index - start)
                lowerBytes.reserveCapacity(index - start)
                for offset in start..<index {
                    let byte = UInt8(truncatingIfNeeded: scalars[offset].value)
                    bytes.append(byte)
                    lowerBytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                }
                written = String(decoding: bytes, as: UTF8.self)
                lower = String(decoding: lowerBytes, as: UTF8.self)
            } else {
                written = text[start..<index]
                lower = written.lowercased()
            }
            if kind == .word, lower.hasSuffix("."), lower.count > 1 { lower.removeLast() }
            if kind == .word, lower == "www" || lower == "http" || lower == "https" { chunkHasLink = true }
            if kind == .symbol, written == "@" || written == "/" && tokens.last?.text == ":" { chunkHasLink = true }
            tokens.append(FigureToken(kind: kind, range: start..<index, text: written, lower: lower,
                                      spaceBefore: spaceBefore, gap: spaceBefore ? gap : nil))
            spaceBefore = false
            gap = nil
        }
        closeChunk()
        return tokens
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (0x61...0x7A).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
        }
        return scalar.isLetter && scalar.properties.numericType == nil
    }
}
