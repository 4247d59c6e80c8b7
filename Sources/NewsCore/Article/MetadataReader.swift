/// Reads the credit and date lines at the top of a story: bylines ("By NAME and NAME"),
/// date lines ("Published 14 March 2025") and datelines ("VILNIUS, Sept. 11 (Reuters) -").
enum MetadataReader {
    /// Credit and date lines are short; longer paragraphs are story text and are not read here.
    static let maximumMetadataLineBytes = 640
    /// A date line is at most a couple of dozen short tokens.
    static let maximumDateLineBytes = 160

    /// The names credited by a byline line, joined as written ("Ann Lee and Tom Fry"), or nil if
    /// the line is not a byline.
    static func byline(_ line: String) -> String? {
        guard line.utf8.count <= maximumMetadataLineBytes, startsWithBy(line) else { return nil }
        let text = ScalarText(line)
        let tokens = AtomRun(line: text)
        guard tokens.count >= 3, tokens.count <= 30, tokens.word(0) == "by" else { return nil }
        var names: [String] = []
        var current: [AtomRun.Atom] = []
        var index = tokens.isSymbol(1, ":") ? 2 : 1
        func closeName() -> Bool {
            let words = current.filter(\.isWord)
            defer { current = [] }
            guard words.count >= 2, words.count <= 5, words.first!.isCapitalized, words.last!.isCapitalized,
                  !words.contains(where: {
                      BylineLexicon.roleWords.contains(tokens.lower($0))
                          && !BylineLexicon.nameParticles.contains(tokens.lower($0))
                  }),
                  !words.contains(where: {
                      CalendarLexicon.months[tokens.lower($0)] != nil || CalendarLexicon.weekdays[tokens.lower($0)] != nil
                  }),
                  words.allSatisfy({ $0.isCapitalized || BylineLexicon.nameParticles.contains(tokens.lower($0)) })
            else { return false }
            // Marks left around a name by Markdown emphasis ("**[Ann Lee](…)**") are not part of it.
            let first = current.first(where: \.isWord)!, last = current.last(where: \.isWord)!
            names.append(text[first.range.lowerBound..<last.range.upperBound])
            return true
        }
        while index < tokens.count {
            let token = tokens[index]
            if token.isSymbol(",") || tokens.lower(index) == "and" || token.isSymbol("&") {
                guard closeName() else { break }
            } else if token.isMark, Self.bylineEnds.contains(token.first)
                        || (token.isSymbol("-") && index + 1 < tokens.count && tokens[index + 1].spaceBefore) {
                _ = closeName()
                current = []
                break
            } else if token.isDigits {
                break
            } else {
                current.append(token)
            }
            index += 1
        }
        if !current.isEmpty { _ = closeName() }
        guard !names.isEmpty else { return nil }
        if names.count == 1 { return names[0] }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// True when the line's first word is "by" (any case): a byline's first test, made on the
    /// string's first bytes before the line is cut into atoms.
    private static func startsWithBy(_ line: String) -> Bool {
        var bytes = line.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.prefix(3).makeIterator()
        guard bytes.next().map({ $0 | 0x20 }) == UInt8(ascii: "b"), bytes.next().map({ $0 | 0x20 }) == UInt8(ascii: "y")
        else { return false }
        guard let after = bytes.next() else { return true }
        let letter = (after | 0x20) >= UInt8(ascii: "a") && (after | 0x20) <= UInt8(ascii: "z") || after >= 0x80
        return !letter
    }

    /// Marks after which a byline credits no more names.
    private static let bylineEnds: Set<Unicode.Scalar> = ["|", "—", "–", ";", "(", "/"]

    /// The date of a line that holds only a publication date and its furniture.
    static func dateLine(_ line: String) -> PartialDate? {
        // A date line is short and carries a year, so it has digits; most paragraphs are
        // turned away here without being tokenised.
        guard line.utf8.count <= maximumDateLineBytes,
              line.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let tokens = AtomRun(line: ScalarText(withoutISOTimes(line)))
        guard tokens.count > 0, tokens.count <= 24 else { return nil }
        let matches = DateFinder.dates(in: tokens)
        guard matches.count == 1, let match = matches.first, match.date.year != nil else { return nil }
        for index in 0..<tokens.count where !match.tokens.contains(index) {
            guard let word = tokens.word(index) else { continue }
            if CalendarLexicon.dateLineWords.contains(word) || CalendarLexicon.weekdays[word] != nil { continue }
            return nil
        }
        return match.date
    }

    /// The line with the time cut off every ISO timestamp ("2021-12-03T16:05:00Z" becomes
    /// "2021-12-03"), so the date reader sees a plain ISO date; other lines come back as they are.
    static func withoutISOTimes(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { index < scalars.count && ("0"..."9").contains(scalars[index]) }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            // YYYY-MM-DD followed at once by "T" and a time.
            let isStamp = (index == 0 || scalars[index - 1].isSpaceLike)
                && (0..<4).allSatisfy { isDigit(index + $0) } && index + 10 < scalars.count
                && scalars[index + 4] == "-" && isDigit(index + 5) && isDigit(index + 6) && scalars[index + 7] == "-"
                && isDigit(index + 8) && isDigit(index + 9) && scalars[index + 10] == "T" && isDigit(index + 11)
            if isStamp {
                result.append(contentsOf: scalars[index..<(index + 10)])
                index += 10
                while index < scalars.count, !scalars[index].isSpaceLike { index += 1 }
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// A dateline at the start of a paragraph: where it ends (scalar offset into `paragraph`,
    /// after its dash) and the date it gives, if any.
    static func dateline(_ paragraph: String) -> (end: Int, date: PartialDate?)? {
        // A dateline opens with a place in capitals: most paragraphs are turned away by their
        // first scalar, before they are cut into atoms.
        guard let first = paragraph.unicodeScalars.first(where: { !$0.isSpaceLike }), first.isUppercaseLetter
        else { return nil }
        let tokens = AtomRun(line: ScalarText(String(paragraph.unicodeScalars.prefix(160))))
        var index = 0
        var placeLetters = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isUpperCase {
                placeLetters = max(placeLetters, letterCount(tokens.lower(index)))
            } else if token.isSymbol(".") || token.first.isApostrophe && token.isMark
                        || (token.isSymbol("-") && tokens.attached(index)) {
                // part of a place name: ST. LOUIS, N'DJAMENA, WINSTON-SALEM
            } else {
                break
            }
            index += 1
        }
        if placeLetters < 3 {
            // A place in ordinary capitals ("Washington, DC, United States:", "New York, NY –",
            // "Dekalb, Ill. —", "London —") is a dateline only with a region after a comma, or
            // as a place the place lists know before an en or em dash: "Summary:", "Star Wars
            // Jedi: …", "The IAAF - athletics' body" and "Prof. Carlos:" stay text.
            guard let end = mixedCasePlaceEnd(tokens) else { return nil }
            index = end
        }
        guard index < tokens.count else { return nil }
        let dates = DateReader(tokens)
        var date: PartialDate? = nil
        // ", Region" and ", Month Day[, Year]" in either order, at most three commas.
        var commas = 0
        while index < tokens.count, tokens.isSymbol(index, ","), commas < 3 {
            commas += 1
            index += 1
            if let match = DateFinder.date(dates, at: index) {
                date = match.date
                index = match.tokens.upperBound
                continue
            }
            var words = 0
            while index < tokens.count, words < 4 {
                if tokens[index].isCapitalized {
                    words += 1
                } else if tokens.isSymbol(index, "."), index > 0, tokens[index - 1].isWord, tokens.attached(index) {
                    // an abbreviated state or region: "SAN JOSE, Calif. —", "ALBANY, N.Y. —"
                } else {
                    break
                }
                index += 1
            }
            if words == 0 { return nil }
        }
        if tokens.isSymbol(index, "(") {
            guard let close = (index..<tokens.count).first(where: { tokens.isSymbol($0, ")") }),
                  close - index <= 6 else { return nil }
            index = close + 1
        }
        guard index < tokens.count, tokens[index].isMark, Self.datelineDashes.contains(tokens[index].first)
        else { return nil }
        // "--" as typed on plain keyboards counts as one dash
        var end = tokens[index].range.upperBound
        if tokens.isSymbol(index + 1, "-"), tokens.attached(index + 1) { end = tokens[index + 1].range.upperBound }
        return (end, date)
    }

    /// Where a dateline's place written in ordinary capitals ends (the token after it), or nil
    /// when the paragraph does not open with one: up to three capitalised words, the first no
    /// function word, with a region after a comma ("New York, NY –"); or a place the place
    /// lists know, right before an en or em dash ("Washington — ").
    private static func mixedCasePlaceEnd(_ tokens: AtomRun) -> Int? {
        var index = 0
        while index < tokens.count, index < 3, tokens[index].isCapitalized { index += 1 }
        guard index > 0, index < tokens.count, !SummaryLexicon.stopwords.contains(tokens.lower(0)) else { return nil }
        if tokens.isSymbol(index, ",") { return index }
        let place = (0..<index).map { tokens.lower($0) }.joined(separator: " ")
        let dashes: Set<Unicode.Scalar> = ["–", "—"]
        if tokens[index].isMark, dashes.contains(tokens[index].first),
           PlaceLexicon.cities.contains(place) || PlaceLexicon.countries.contains(place)
            || PlaceLexicon.regions.contains(place) {
            return index
        }
        return nil
    }

    /// Marks that end a dateline.
    private static let datelineDashes: Set<Unicode.Scalar> = ["-", "–", "—", ":"]

    /// The letters of a word item's lower form, without the stops of an initialism ("N.Y." has two).
    private static func letterCount(_ lower: String) -> Int {
        lower.unicodeScalars.reduce(0) { $0 + ($1 == "." ? 0 : 1) }
    }

    /// How many runs of scalars other than a space a line holds: its words as a headline
    /// counts them ("U.S.-led" one, "—" one).
    private static func spaceSeparatedWords(_ scalars: String.UnicodeScalarView) -> Int {
        var words = 0, inWord = false
        for scalar in scalars {
            if scalar == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    /// Whether the first paragraph of a story reads as its headline.
    static func isHeadline(_ text: String) -> Bool {
        guard text.utf8.count <= maximumMetadataLineBytes else { return false }
        let trimmed = text.trimmingCharacters(in: " \t")
        guard let first = trimmed.unicodeScalars.first, let last = trimmed.unicodeScalars.last else { return false }
        guard trimmed.unicodeScalars.count <= 160 else { return false }
        let words = spaceSeparatedWords(trimmed.unicodeScalars)
        guard words >= 2, words <= 22 else { return false }
        if "\"“‘'«(".unicodeScalars.contains(first) { return false }
        if last == "." || last == "," || last == ":" || last == ";" { return false }
        // A sentence ending in a quotation ("… with the slogan “Meth, we’re on it.”") ends in a
        // full stop inside the marks: a lead, not a headline.
        if "\"”’'".unicodeScalars.contains(last) {
            let beforeMark = trimmed.unicodeScalars.dropLast().last
            if beforeMark == "." || beforeMark == "," { return false }
        }
        return byline(trimmed) == nil && dateLine(trimmed) == nil
    }
}
