/// What the rules read around a candidate boundary: the white space after it, the text that
/// follows, and the word before a period.
extension SentenceScan {
    // MARK: Looking around

    /// The white space from `index`, with its line breaks counted (CRLF as one).
    func gap(from index: Int) -> Gap {
        var cursor = index
        var breaks = 0
        while cursor < upper, scalars[cursor].isSpace {
            let scalar = scalars[cursor]
            if scalar.breaksParagraph {
                breaks += 2
            } else if scalar.breaksLine {
                breaks += 1
                if scalar == "\r", cursor + 1 < upper, scalars[cursor + 1] == "\n" { cursor += 1 }
            }
            cursor += 1
        }
        return Gap(end: cursor, lineBreaks: breaks)
    }

    /// What the text at `index` starts with: its case, whether an opening mark comes first,
    /// its first word in lower case, and its length up to white space.
    func lookahead(at index: Int) -> Lookahead {
        var cursor = index
        while cursor < upper, cursor - index < 3, scalars[cursor].isOpener { cursor += 1 }
        let opened = cursor > index
        let quoted = (index..<cursor).contains { scalars[$0].isQuote }
        var end = cursor
        while end < upper, end - cursor < Self.wordLimit,
            scalars[end].isLetter || isInnerApostrophe(at: end)
        {
            end += 1
        }
        var length = index
        while length < upper, length - index < 64, !scalars[length].isSpace { length += 1 }
        return Lookahead(
            kind: kind(at: cursor, opened: opened), quoted: quoted, wordStart: cursor,
            word: lowercased(cursor..<end, straighteningApostrophes: true),
            length: length - index)
    }

    func kind(at index: Int, opened: Bool) -> Lookahead.Kind {
        guard index < upper else { return .other }
        let scalar = scalars[index]
        if scalar.isUpper { return .upper }
        if scalar.isLower { return .lower }
        if scalar.isDigit || scalar.isCurrency { return .digit }
        if scalar.isLetter || scalar.isPictograph { return .uncased }
        if scalar.isBullet { return .bullet }
        if !opened, scalar.isDashBullet, index + 1 < upper, scalars[index + 1] == " " {
            return .bullet
        }
        return .other
    }

    /// The word that ends right before the period at `index`.
    mutating func wordBefore(_ index: Int) -> WordBefore {
        if currentToken().isLink {
            return WordBefore(kind: .link, start: index, text: "", length: 0, hasLowercase: false)
        }
        var first = index
        while first > lower, index - first < Self.wordLimit, isWordScalar(at: first - 1) {
            first -= 1
        }
        let range = first..<index
        guard !range.isEmpty else {
            return WordBefore(kind: .none, start: index, text: "", length: 0, hasLowercase: false)
        }
        let hasLowercase = range.contains { scalars[$0].isLower }
        if range.allSatisfy({ scalars[$0].isDigit }) {
            return WordBefore(
                kind: .number, start: first, text: "", length: range.count, hasLowercase: false)
        }
        if let chainStart = dottedChainStart(endingWith: range) {
            let letters = (chainStart..<index).filter { scalars[$0] != "." }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: letters.map { scalars[$0] })
            return WordBefore(
                kind: .dotted, start: chainStart, text: String(view).lowercased(),
                length: range.count, hasLowercase: hasLowercase)
        }
        return WordBefore(
            kind: .letters, start: first, text: lowercased(range), length: range.count,
            hasLowercase: hasLowercase)
    }

    /// Where a dotted initialism such as "U.S", "e.g" or "Ph.D" starts, if `last` is the final
    /// segment of one: segments of one or two letters joined by periods.
    func dottedChainStart(endingWith last: Range<Int>) -> Int? {
        guard last.count <= 2, last.allSatisfy({ scalars[$0].isLetter }) else { return nil }
        var first = last.lowerBound
        var segments = 1
        while segments < 8, first - 1 > lower, scalars[first - 1] == "." {
            let period = first - 1
            var segmentStart = period
            while segmentStart > lower, period - segmentStart < 3,
                scalars[segmentStart - 1].isLetter
            {
                segmentStart -= 1
            }
            guard segmentStart < period, period - segmentStart <= 2 else { break }
            first = segmentStart
            segments += 1
        }
        return segments > 1 ? first : nil
    }

    func isWordScalar(at index: Int) -> Bool {
        let scalar = scalars[index]
        return scalar.isLetter || scalar.isDigit || scalar.isMark || scalar == "°"
            || isInnerApostrophe(at: index)
    }

    /// An apostrophe between letters, as in "Michael's" or "didn’t".
    func isInnerApostrophe(at index: Int) -> Bool {
        scalars[index].isApostrophe && index > lower && index + 1 < upper
            && scalars[index - 1].isLetter && scalars[index + 1].isLetter
    }

    /// The letters right before `end`, lower-cased.
    func lastWord(endingAt end: Int) -> String {
        var first = end
        while first > lower, end - first < Self.wordLimit, scalars[first - 1].isLetter {
            first -= 1
        }
        return lowercased(first..<end)
    }

    func lowercased(_ range: Range<Int>, straighteningApostrophes: Bool = false)
        -> String
    {
        guard straighteningApostrophes else { return text[range].lowercased() }
        var view = String.UnicodeScalarView()
        for index in range { view.append(scalars[index] == "’" ? "'" : scalars[index]) }
        return String(view).lowercased()
    }
}
