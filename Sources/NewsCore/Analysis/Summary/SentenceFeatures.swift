/// What the summarizer knows about one story sentence before scoring it.
struct SentenceFeatures: Sendable {
    var sentence: SummaryStorySentence
    /// Position among the story sentences (0 is the lead).
    var position: Int
    var wordCount: Int
    /// Content-term counts (term id → count).
    var termCounts: [Int: Int]
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
    }
}

/// Reads the features of every story sentence of an article in one pass.
enum FeatureReader {
    /// Sentences shorter than this many words are fragments ("Smith declined to comment." is
    /// five words and still a sentence; "More to follow." is not summary material).
    static let minimumWords = 6

    static func read(_ article: Article, story: [SummaryStorySentence], terms: inout TermSpace) -> [SentenceFeatures] {
        let text = article.analysisText
        let headings = SummaryStory.headings(of: article).map { headingTerms(text, $0, &terms) }
        var features: [SentenceFeatures] = []
        features.reserveCapacity(story.count)
        let telling: Set<Figure.Kind> = [.count, .percent, .money, .quantity, .duration]
        let figureStarts = FigureFinder.analyze(article).filter { telling.contains($0.kind) }.map(\.range.lowerBound)
        var figureCursor = 0
        for (position, sentence) in story.enumerated() {
            let words = SummaryTokenizer.words(in: text, sentence.range)
            var counts: [Int: Int] = [:]
            var quoted = 0
            for word in words {
                let info = terms.info(for: word.lower)
                if info.term >= 0 { counts[info.term, default: 0] += 1 }
                if word.inQuote { quoted += 1 }
            }
            // Story sentences and figures both run in text order: one cursor serves them all.
            while figureCursor < figureStarts.count, figureStarts[figureCursor] < sentence.range.lowerBound { figureCursor += 1 }
            let figure = figureCursor < figureStarts.count && sentence.range.contains(figureStarts[figureCursor])
            let first = firstVisible(text, sentence.range)
            let quoteLed = first == "\u{201C}" || first == "\"" || first == "\u{2018}" || first == "'"
            var exclusion: SentenceFeatures.Exclusion? = nil
            let last = lastVisible(text, sentence.range)
            let ended = last.map { ".!?\u{201D}\"\u{2019}')…".unicodeScalars.contains($0) } ?? false
            if last == ":" {
                exclusion = .leadIn
            } else if last == "?" || (last.map { "\u{201D}\"".unicodeScalars.contains($0) } ?? false && endsInQuestion(text, sentence.range)) {
                exclusion = .question
            } else if words.count < minimumWords || (!ended && words.count < 15) {
                exclusion = .fragment
            } else if headings.contains(where: { overlap(Set(counts.keys), $0) >= 0.6 }) {
                exclusion = .headline
            }
            features.append(SentenceFeatures(
                sentence: sentence, position: position, wordCount: words.count, termCounts: counts,
                opener: SentenceOpener.classify(words, quoteLed: quoteLed, hasComma: sentence.range.contains { text.scalars[$0] == "," }), exclusion: exclusion,
                quoteShare: words.isEmpty ? 0 : Double(quoted) / Double(words.count), hasFigure: figure))
        }
        return features
    }

    private static func headingTerms(_ text: ScalarText, _ range: Range<Int>, _ terms: inout TermSpace) -> Set<Int> {
        Set(SummaryTokenizer.words(in: text, range).compactMap { terms.term(for: $0.lower) })
    }

    /// Jaccard overlap of two term sets.
    private static func overlap(_ left: Set<Int>, _ right: Set<Int>) -> Double {
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        return Double(left.intersection(right).count) / Double(left.union(right).count)
    }

    /// True when the sentence ends with a question mark inside its closing quotation mark.
    private static func endsInQuestion(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        var index = range.upperBound - 1
        while index > range.lowerBound, "\u{201D}\"\u{2019}'".unicodeScalars.contains(text.scalars[index]) { index -= 1 }
        return text.scalars[index] == "?"
    }

    private static func firstVisible(_ text: ScalarText, _ range: Range<Int>) -> Unicode.Scalar? {
        range.lazy.map { text.scalars[$0] }.first { !$0.isSpaceLike && $0 != "*" && $0 != "_" }
    }

    private static func lastVisible(_ text: ScalarText, _ range: Range<Int>) -> Unicode.Scalar? {
        range.reversed().lazy.map { text.scalars[$0] }.first { !$0.isSpaceLike && $0 != "*" && $0 != "_" }
    }
}
