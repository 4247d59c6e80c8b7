/// What the summarizer knows about one story sentence before scoring it.
struct SentenceFeatures: Sendable {
    var sentence: SummaryStorySentence
    /// Position among the story sentences (0 is the lead).
    var position: Int
    var wordCount: Int
    /// Content-term counts.
    var termCounts: TermCounts
    var opener: SentenceOpener
    /// Why the sentence can never be chosen, if it cannot: a fragment, a headline repeated as
    /// text, a lead-in ending in a colon.
    var exclusion: Exclusion?
    /// The share of its words inside quotation marks (0…1).
    var quoteShare: Double
    /// True when it carries a figure that tells how many or how much (a count, share, sum,
    /// quantity or span of time, from the figures layer), not just a year, date or ordinal.
    var hasFigure: Bool

    enum Exclusion: String, Sendable {
        case fragment = "too short to stand alone"
        case leadIn = "introduces what follows (ends with a colon)"
        case headline = "repeats the headline"
        case question = "asks rather than tells"
        case dateLine = "is a date line"
    }
}

/// Reads the features of every story sentence of an article in one pass over its layer words.
enum FeatureReader {
    /// Sentences shorter than this many words are fragments ("Smith declined to comment." is
    /// five words and still a sentence; "More to follow." is not summary material).
    static let minimumWords = 6
    /// A sentence that does not end in a stop, question mark or closing quotation is a fragment
    /// unless it has at least this many words (a list item, a caption).
    static let unendedMinimumWords = 15
    /// A sentence sharing this share of its terms with a heading repeats it (Jaccard).
    static let headlineOverlap = 0.6
    /// Figures that tell how many or how much, as opposed to a year, date or ordinal.
    static let tellingFigures: Set<Figure.Kind> = [.count, .percent, .money, .quantity, .duration]

    static func read(_ article: Article, _ reading: SummaryReading) -> [SentenceFeatures] {
        let layer = article.tokens
        let text = article.analysisText
        var features: [SentenceFeatures] = []
        features.reserveCapacity(reading.story.count)
        let figureStarts = FigureFinder.analyze(article).filter { tellingFigures.contains($0.kind) }
            .map(\.range.lowerBound)
        var figureCursor = 0
        var words: [SummaryWord] = []
        var scratch: [Int32] = []
        for (position, sentence) in reading.story.enumerated() {
            let wordCount = reading.terms.words(sentence.words, of: layer, into: &words)
            let counts = TermCounts(words, scratch: &scratch)
            let marks = SentenceMarks(layer, text, sentence.words)
            // Story sentences and figures both run in text order: one cursor serves them all.
            while figureCursor < figureStarts.count, figureStarts[figureCursor] < sentence.range.lowerBound {
                figureCursor += 1
            }
            let figure = figureCursor < figureStarts.count && sentence.range.contains(figureStarts[figureCursor])
            var exclusion: SentenceFeatures.Exclusion? = nil
            if isDateLine(layer, sentence.words) {
                exclusion = .dateLine
            } else if marks.last == ":" {
                exclusion = .leadIn
            } else if marks.endsInQuestion {
                exclusion = .question
            } else if wordCount < minimumWords || (!marks.isEnded && wordCount < unendedMinimumWords) {
                exclusion = .fragment
            } else if reading.headings.contains(where: { counts.overlap($0) >= headlineOverlap }) {
                exclusion = .headline
            }
            var quoted = 0
            for index in sentence.words where layer.words[index].isWordLike && layer.words[index].has(.inQuote) {
                quoted += 1
            }
            var opener = SentenceOpener.classify(words, of: reading.terms, quoteLed: marks.isQuoteLed,
                                                 hasComma: marks.hasComma)
            // The story's first sentence has nothing before it to lean on: a personal pronoun there
            // points ahead ("Their savings gone, 150 deportees returned …"). "This comes after …"
            // still leans on something, most likely a standfirst the story text left out.
            if position == 0 {
                switch opener {
                case .pronoun:
                    opener = .free
                case .referring where words.first.map { SummaryLexicon.cataphoricOpeners.contains(reading.terms.lower($0)) } == true:
                    opener = .free
                default:
                    break
                }
            }
            features.append(SentenceFeatures(
                sentence: sentence, position: position, wordCount: wordCount, termCounts: counts,
                opener: opener,
                exclusion: exclusion, quoteShare: wordCount == 0 ? 0 : Double(quoted) / Double(wordCount),
                hasFigure: figure))
        }
        return features
    }
}

extension FeatureReader {
    /// A date line standing as a sentence ("Dec. 3, 2021 4:05 p.m.", "Updated Tuesday 3 June
    /// 2025"): every word a number, a month, a weekday or date-line furniture ("updated", "GMT",
    /// "p.m."), and at least one number.
    static func isDateLine(_ layer: TokenLayer, _ words: Range<Int>) -> Bool {
        var number = false
        for index in words where layer.words[index].isWordLike {
            let token = layer.words[index]
            if token.kind == .number {
                number = true
                continue
            }
            let bare = layer.bare(token), key = layer.key(token)
            guard CalendarLexicon.months[bare] != nil || CalendarLexicon.monthAbbreviations.contains(bare)
                    || CalendarLexicon.weekdays[bare] != nil || CalendarLexicon.dateLineWords.contains(bare)
                    || CalendarLexicon.dateLineWords.contains(key) else { return false }
        }
        return number
    }
}

/// The marks at either end of a sentence that its features depend on, read from its layer words
/// (Markdown emphasis marks at either end do not count).
struct SentenceMarks {
    /// The first and last visible marks or letters.
    var first: Unicode.Scalar?
    var last: Unicode.Scalar?
    /// A question mark ends it, before any closing quotation marks.
    var endsInQuestion = false
    /// A comma stands somewhere in it (not one inside a number).
    var hasComma = false

    init(_ layer: TokenLayer, _ text: ScalarText, _ words: Range<Int>) {
        guard let head = words.first(where: { Self.isVisible(layer, text, $0) }),
              let tail = words.last(where: { Self.isVisible(layer, text, $0) }) else { return }
        first = Self.scalar(layer, text, head)
        last = text.scalars[Int(layer.words[tail].end) - 1]
        var end = tail
        while end > head, layer.words[end].isMark, Self.closingQuotes.contains(Self.scalar(layer, text, end)) {
            end -= 1
        }
        endsInQuestion = layer.words[end].isMark && Self.scalar(layer, text, end) == "?"
        hasComma = words.contains { layer.words[$0].isMark && Self.scalar(layer, text, $0) == "," }
    }

    /// The first scalar of layer word `index`.
    private static func scalar(_ layer: TokenLayer, _ text: ScalarText, _ index: Int) -> Unicode.Scalar {
        text.scalars[Int(layer.words[index].start)]
    }

    /// Not a Markdown emphasis mark.
    private static func isVisible(_ layer: TokenLayer, _ text: ScalarText, _ index: Int) -> Bool {
        !layer.words[index].isMark || (scalar(layer, text, index) != "*" && scalar(layer, text, index) != "_")
    }

    static let closingQuotes: Set<Unicode.Scalar> = ["\u{201D}", "\"", "\u{2019}", "'"]
    static let openingQuotes: Set<Unicode.Scalar> = ["\u{201C}", "\"", "\u{2018}", "'"]
    static let endings: Set<Unicode.Scalar> = [".", "!", "?", "\u{201D}", "\"", "\u{2019}", "'", ")", "\u{2026}"]

    /// Opens with a quotation mark.
    var isQuoteLed: Bool { first.map(Self.openingQuotes.contains) ?? false }
    /// Ends as a sentence does: a stop, question or exclamation mark, closing quotation,
    /// bracket or ellipsis.
    var isEnded: Bool { last.map(Self.endings.contains) ?? false }
}
