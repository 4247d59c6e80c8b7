/// One token of story text, as the people finder reads it: a word, a number, a possessive
/// ending or one mark of punctuation, with its scalar range in the article.
struct StoryToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        /// The "'s" or "’s" of a possessive, split off so "Trump’s" names "Trump".
        case possessive
        case punctuation
    }

    var kind: Kind
    let text: String
    var range: Range<Int>
    /// Index into `StoryTokens.sentences`.
    var sentence: Int
    /// True for the first word-like token of its sentence.
    var startsSentence: Bool
    /// True inside a double quotation ("…" or “…”), marks excluded.
    var inQuote: Bool
    /// True when the sentence belongs to a heading rather than the story body.
    var inHeading: Bool

    init(kind: Kind, text: String, range: Range<Int>, sentence: Int, startsSentence: Bool, inQuote: Bool, inHeading: Bool) {
        self.kind = kind
        self.text = text
        self.range = range
        self.sentence = sentence
        self.startsSentence = startsSentence
        self.inQuote = inQuote
        self.inHeading = inHeading
        lower = text.lowercasedQuickly
        key = lower.utf8.contains(UInt8(ascii: ".")) ? lower.filter { $0 != "." } : lower
    }

    /// The word in lower case; kept rather than recomputed, as every rule compares it.
    let lower: String

    /// The word without a final full stop ("Gen." → "gen"), lower case.
    var bare: String {
        var word = lower
        while word.hasSuffix(".") { word.removeLast() }
        return word
    }

    /// The word lower case with every full stop removed ("U.S." → "us"), for list look-ups.
    let key: String

    var isWord: Bool { kind == .word }

    /// True when the word starts with an upper-case letter.
    var isCapitalised: Bool {
        kind == .word && (text.unicodeScalars.first?.isUppercaseLetter ?? false)
    }

    /// True for words written wholly in capitals with at least two letters ("NCT", "U.S.").
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.isLetter {
            if scalar.isLowercaseLetter { return false }
            letters += 1
        }
        return letters >= 2
    }
}

/// The story sentences of an article, cut into tokens.
struct StoryTokens: Sendable {
    /// The analysed sentences (story paragraphs and headings), in article order.
    var sentences: [Range<Int>]
    var tokens: [StoryToken]
    /// For each sentence, the range of indices into `tokens`.
    var tokenRanges: [Range<Int>]
    /// For each sentence, its index in `Article.sentences`.
    var articleSentences: [Int]
}

/// Cuts the story sentences of an article into word tokens with scalar offsets.
///
/// Only sentences inside story paragraphs (and headings, which may name people) are read, so
/// bylines, date lines and page furniture such as "READ ALSO" lines never yield a person.
enum StoryTokenizer {
    static func tokenize(_ article: Article) -> StoryTokens {
        let text = article.analysisText
        var sentences: [Range<Int>] = []
        var headings: [Bool] = []
        var paragraphStarts: [Bool] = []
        var articleSentences: [Int] = []
        var lastParagraph = -1
        let dateline = article.metadata.dateline
        for (sentenceIndex, sentence) in article.sentences.enumerated() {
            guard let paragraph = article.paragraph(containing: sentence.lowerBound) else { continue }
            let isHeading = paragraph.role == .heading && !paragraph.isBoilerplate
            guard paragraph.isStory || isHeading else { continue }
            var range = sentence
            if let dateline, dateline.overlaps(range) {
                range = range.starting(at: dateline.upperBound)
                if range.isEmpty { continue }
            }
            sentences.append(range)
            articleSentences.append(sentenceIndex)
            headings.append(isHeading)
            paragraphStarts.append(paragraph.number != lastParagraph)
            lastParagraph = paragraph.number
        }
        var tokens: [StoryToken] = []
        var tokenRanges: [Range<Int>] = []
        var inQuote = false
        for (index, range) in sentences.enumerated() {
            if paragraphStarts[index] { inQuote = false }
            let first = tokens.count
            scan(text, range, sentence: index, heading: headings[index], inQuote: &inQuote, into: &tokens)
            tokenRanges.append(first..<tokens.count)
        }
        return StoryTokens(sentences: sentences, tokens: tokens, tokenRanges: tokenRanges, articleSentences: articleSentences)
    }

    /// Tokens of a plain string, for tests and small inputs: the whole string is one sentence.
    static func tokenize(_ string: String) -> [StoryToken] {
        let text = ScalarText(string)
        var tokens: [StoryToken] = []
        var inQuote = false
        scan(text, 0..<text.count, sentence: 0, heading: false, inQuote: &inQuote, into: &tokens)
        return tokens
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        return scalar.isLetter || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }

    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "‐" }

    private static func scan(_ text: ScalarText, _ range: Range<Int>, sentence: Int, heading: Bool,
                             inQuote: inout Bool, into tokens: inout [StoryToken]) {
        let scalars = text.scalars
        var index = range.lowerBound
        var first = true
        func emit(_ kind: StoryToken.Kind, _ start: Int, _ end: Int) {
            let isWordLike = kind == .word || kind == .number
            tokens.append(StoryToken(kind: kind, text: text[start..<end], range: start..<end, sentence: sentence,
                                     startsSentence: first && isWordLike, inQuote: inQuote, inHeading: heading))
            if isWordLike { first = false }
        }
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar.isSpaceLike { index += 1; continue }
            let start = index
            if isLetter(scalar) {
                index += 1
                while index < range.upperBound {
                    let next = scalars[index]
                    if isLetter(next) || isDigit(next) { index += 1; continue }
                    let following = index + 1 < range.upperBound ? scalars[index + 1] : " "
                    if isApostrophe(next), isLetter(following) {
                        // "’s" at the end of a word is a possessive of its own.
                        let after = index + 2 < range.upperBound ? scalars[index + 2] : " "
                        if (following == "s" || following == "S"), !isLetter(after) { break }
                        index += 1; continue
                    }
                    if isHyphen(next), isLetter(following) || isDigit(following) { index += 1; continue }
                    break
                }
                // Initials and abbreviations keep their stop: "U.S.", "J.", "Gen.", "Dr."
                if index < range.upperBound, scalars[index] == "." {
                    let word = text[start..<index].lowercased()
                    let isInitial = index - start == 1 && scalar.isUppercaseLetter
                    if isInitial || PeopleLexicon.abbreviations.contains(word) {
                        index += 1
                        // "U.S." : letter, stop, letter, stop
                        while index + 1 < range.upperBound, isLetter(scalars[index]), scalars[index + 1] == "." {
                            index += 2
                        }
                    }
                }
                emit(.word, start, index)
                // "Thomas’ Hospital", "the workers’ union": a plural possessive.
                if index < range.upperBound, isApostrophe(scalars[index]), scalars[index - 1] == "s" || scalars[index - 1] == "S",
                   index + 1 >= range.upperBound || !isLetter(scalars[index + 1]) {
                    emit(.possessive, index, index + 1)
                    index += 1
                    continue
                }
                if index + 1 < range.upperBound, isApostrophe(scalars[index]),
                   scalars[index + 1] == "s" || scalars[index + 1] == "S",
                   index + 2 >= range.upperBound || !isLetter(scalars[index + 2]) {
                    emit(.possessive, index, index + 2)
                    index += 2
                }
            } else if isDigit(scalar) {
                index += 1
                while index < range.upperBound {
                    let next = scalars[index]
                    if isDigit(next) || isLetter(next) { index += 1; continue }
                    let following = index + 1 < range.upperBound ? scalars[index + 1] : " "
                    if (next == "," || next == "." || isHyphen(next)), isDigit(following) || (isHyphen(next) && isLetter(following)) {
                        index += 1; continue
                    }
                    break
                }
                emit(.number, start, index)
            } else {
                index += 1
                switch scalar {
                case "“": inQuote = true; emit(.punctuation, start, index)
                case "”": emit(.punctuation, start, index); inQuote = false
                case "\"":
                    if inQuote { emit(.punctuation, start, index); inQuote = false } else { inQuote = true; emit(.punctuation, start, index) }
                default: emit(.punctuation, start, index)
                }
            }
        }
    }
}
