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
        guard line.utf8.count <= maximumMetadataLineBytes else { return nil }
        let tokens = LineTokenizer.tokens(line)
        guard tokens.count >= 3, tokens.count <= 30, tokens[0].lower == "by" else { return nil }
        var names: [String] = []
        var current: [LineToken] = []
        var index = tokens[1].text == ":" ? 2 : 1
        func closeName() -> Bool {
            let words = current.filter { $0.kind == .word }
            defer { current = [] }
            guard words.count >= 2, words.count <= 5, words.first!.isCapitalised, words.last!.isCapitalised,
                  !words.contains(where: { BylineLexicon.roleWords.contains($0.lower) && !BylineLexicon.nameParticles.contains($0.lower) }),
                  !words.contains(where: { CalendarLexicon.months[$0.lower] != nil || CalendarLexicon.weekdays[$0.lower] != nil }),
                  words.allSatisfy({ $0.isCapitalised || BylineLexicon.nameParticles.contains($0.lower) }) else { return false }
            names.append(nameText(current, in: line))
            return true
        }
        while index < tokens.count {
            let token = tokens[index]
            if token.text == "," || token.lower == "and" || token.text == "&" {
                guard closeName() else { break }
            } else if ["|", "—", "–", ";", "(", "/"].contains(token.text) || (token.text == "-" && index + 1 < tokens.count && tokens[index + 1].range.lowerBound > token.range.upperBound) {
                _ = closeName()
                current = []
                break
            } else if token.kind == .number {
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

    /// The date of a line that holds only a publication date and its furniture.
    static func dateLine(_ line: String) -> PartialDate? {
        // A date line is short and carries a year, so it has digits; most paragraphs are
        // turned away here without being tokenised.
        guard line.utf8.count <= maximumDateLineBytes,
              line.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let tokens = LineTokenizer.tokens(line)
        guard !tokens.isEmpty, tokens.count <= 24 else { return nil }
        let matches = DateFinder.dates(in: tokens)
        guard matches.count == 1, let match = matches.first, match.date.year != nil else { return nil }
        for (index, token) in tokens.enumerated() where !match.tokens.contains(index) && token.kind == .word {
            let word = token.lower
            if CalendarLexicon.dateLineWords.contains(word) || CalendarLexicon.weekdays[word] != nil { continue }
            return nil
        }
        return match.date
    }

    /// A dateline at the start of a paragraph: where it ends (scalar offset into `paragraph`,
    /// after its dash) and the date it gives, if any.
    static func dateline(_ paragraph: String) -> (end: Int, date: PartialDate?)? {
        let tokens = LineTokenizer.tokens(String(paragraph.unicodeScalars.prefix(160)))
        var index = 0
        var placeLetters = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .word, token.isAllCaps {
                placeLetters = max(placeLetters, token.text.count)
            } else if token.kind == .mark, [".", "'", "’"].contains(token.text) || (token.text == "-" && index > 0 && tokens[index - 1].range.upperBound == token.range.lowerBound) {
                // part of a place name: ST. LOUIS, N'DJAMENA, WINSTON-SALEM
            } else {
                break
            }
            index += 1
        }
        guard placeLetters >= 3, index < tokens.count else { return nil }
        var date: PartialDate? = nil
        // ", Region" and ", Month Day[, Year]" in either order, at most three commas.
        var commas = 0
        while index < tokens.count, tokens[index].text == ",", commas < 3 {
            commas += 1
            index += 1
            if let match = DateFinder.dates(in: Array(tokens[index...])).first, match.tokens.lowerBound == 0 {
                date = match.date
                index += match.tokens.count
                continue
            }
            var words = 0
            while index < tokens.count, words < 4 {
                if tokens[index].kind == .word, tokens[index].isCapitalised {
                    words += 1
                } else if tokens[index].text == ".", index > 0, tokens[index - 1].kind == .word,
                          tokens[index - 1].range.upperBound == tokens[index].range.lowerBound {
                    // an abbreviated state or region: "SAN JOSE, Calif. —", "ALBANY, N.Y. —"
                } else {
                    break
                }
                index += 1
            }
            if words == 0 { return nil }
        }
        if index < tokens.count, tokens[index].text == "(" {
            guard let close = tokens[index...].firstIndex(where: { $0.text == ")" }), close - index <= 6 else { return nil }
            index = close + 1
        }
        guard index < tokens.count else { return nil }
        let dash = tokens[index].text
        if ["-", "–", "—", ":"].contains(dash) {
            // "--" as typed on plain keyboards counts as one dash
            var end = tokens[index].range.upperBound
            if index + 1 < tokens.count, tokens[index + 1].text == "-", tokens[index + 1].range.lowerBound == end {
                end = tokens[index + 1].range.upperBound
            }
            return (end, date)
        }
        return nil
    }

    /// Whether the first paragraph of a story reads as its headline.
    static func isHeadline(_ text: String) -> Bool {
        guard text.utf8.count <= maximumMetadataLineBytes else { return false }
        let trimmed = text.trimmingCharacters(in: " \t")
        guard let first = trimmed.unicodeScalars.first, let last = trimmed.unicodeScalars.last else { return false }
        let words = trimmed.split(separator: " ").count
        guard words >= 2, words <= 22, trimmed.unicodeScalars.count <= 160 else { return false }
        if "\"“‘'«(".unicodeScalars.contains(first) { return false }
        if last == "." || last == "," || last == ":" || last == ";" { return false }
        return byline(trimmed) == nil && dateLine(trimmed) == nil
    }

    /// The text of the tokens as written in `line`, spaces between tokens kept.
    private static func nameText(_ tokens: [LineToken], in line: String) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return ScalarText(line)[first.range.lowerBound..<last.range.upperBound]
    }
}
