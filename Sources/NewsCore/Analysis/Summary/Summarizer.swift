/// How long a summary may be.
public struct SummaryOptions: Sendable, Equatable {
    /// At most this many sentences; nil means 3 unless `words` is given, in which case only
    /// the word budget limits the summary.
    public var sentences: Int?
    /// At most this many words in all: the longest selection of whole sentences that fits, or,
    /// when not even one sentence fits, the best sentence cut to this many words.
    public var words: Int?
    /// How the signals are weighed (`SummaryWeights.standard` unless measuring others).
    public var weights: SummaryWeights

    public init(sentences: Int? = nil, words: Int? = nil, weights: SummaryWeights = .standard) {
        self.sentences = sentences
        self.words = words
        self.weights = weights
    }

    /// The number of sentences asked for when neither limit is given.
    public static let defaultSentences = 3
}

/// One sentence of a summary.
public struct SummarySentence: Sendable, Equatable {
    /// Index into `Article.sentences`.
    public var sentence: Int
    /// Scalar offsets of the words shown: the sentence, less a dateline in front of the lead.
    public var range: Range<Int>
    /// The number of the paragraph holding it, as `show` numbers paragraphs.
    public var paragraph: Int
    /// When it was chosen: 0 for the first sentence chosen, 1 for the next, and so on.
    public var rank: Int
    /// What chose it.
    public var signals: SummarySignals
    /// True when `range` holds only the first words of the sentence, because not one whole
    /// sentence fit the word budget (shown with "…").
    public var isCut: Bool

    public init(sentence: Int, range: Range<Int>, paragraph: Int, rank: Int = 0,
                signals: SummarySignals = SummarySignals(), isCut: Bool = false) {
        self.sentence = sentence
        self.range = range
        self.paragraph = paragraph
        self.rank = rank
        self.signals = signals
        self.isCut = isCut
    }
}

/// An extractive summary: sentences of the article, in article order.
public struct Summary: Sendable, Equatable {
    public var sentences: [SummarySentence]
    /// How many story sentences the article has (for "3 of 19").
    public var storySentences: Int

    public init(sentences: [SummarySentence], storySentences: Int) {
        self.sentences = sentences
        self.storySentences = storySentences
    }
}

/// Extractive summaries of news articles: the sentences that tell what happened, who, how many
/// and why, in article order.
///
/// The method, step by step in this folder: `SummaryStory` keeps the token layer's story
/// sentences that are body text (no headline, byline, date line or boilerplate; the layer cuts
/// a dateline off the lead); `SummaryTerms` gives each distinct word form of the layer its
/// content term once (Porter stems of content words, as integer ids), and `FeatureReader`
/// reads each sentence's terms, opener,
/// quotation share and figures, and rules out fragments, colon lead-ins and a headline
/// repeated as text; `Centrality` ranks sentences LexRank-style over a bounded graph;
/// `PeopleSalience` weighs the story's key people; `SentenceScorer` combines position,
/// centrality, people and figures; `SummarySelector` takes the lead, then adds sentences by
/// maximal marginal relevance, never a sentence that leans on one the summary lacks ("However,
/// …", "It also …"). Linear in the article's length but for one sort of its sentences.
public enum Summarizer {
    /// The summary of `article`. `background` holds term statistics of other articles (the
    /// session's), which make words common to every story weigh less.
    public static func summarize(
        _ article: Article, options: SummaryOptions = SummaryOptions(),
        background: SummaryBackground = SummaryBackground()
    ) -> Summary {
        let reading = SummaryReading.of(article)
        let story = reading.story
        guard !story.isEmpty else { return Summary(sentences: [], storySentences: 0) }
        // The people first: what finding them holds for a while is let go before the
        // sentences' features and vectors are made, not held beside them (a long article's peak).
        let found = PeopleFinder.analyze(article)
        let features = FeatureReader.read(article, reading)
        let vectors = termVectors(features, reading, background)
        let weights = options.weights
        let (centrality, overlapScores) = Centrality.scores(
            vectors, lengths: weights.overlap == 0 ? nil : features.map(\.wordCount))
        let overlap = overlapScores ?? []
        let people = PeopleSalience(found, story: story)
        var signals = SentenceScorer.signals(features, centrality: centrality, overlap: overlap, people: people.scores,
                                             headline: reading.headline, weights: weights)
        let selector = SummarySelector(features: features, vectors: vectors, scores: signals.map(\.total),
                                       people: people, relevance: weights.relevance,
                                       duplicateSimilarity: weights.duplicate)
        let limit = options.sentences ?? (options.words == nil ? SummaryOptions.defaultSentences : story.count)
        var slots = selector.select(limit: limit, words: options.words)
        if let lead = selector.lead, slots.first == lead { signals[lead].isLead = true }
        if slots.isEmpty, options.words != nil, let best = selector.best {
            // Not one whole sentence fits the budget: the best one, cut.
            slots = [best]
        }
        if slots.isEmpty {
            // A story of nothing but fragments or questions: its opening lines, as they are,
            // say more than an empty summary.
            slots = Array(0..<min(limit, story.count))
        }
        let layer = article.tokens
        let chosen = slots.enumerated().map { rank, slot in
            var shown = sentence(story[slot])
            shown.rank = rank
            shown.signals = signals[slot]
            if let budget = options.words, features[slot].wordCount > budget {
                shown.range = firstWords(budget, of: story[slot], layer)
                shown.isCut = true
            }
            return shown
        }
        return Summary(sentences: chosen.sorted { $0.sentence < $1.sentence }, storySentences: story.count)
    }

    /// The offsets of the first `count` words of `sentence` (as the summary counts words).
    private static func firstWords(_ count: Int, of sentence: SummaryStorySentence, _ layer: TokenLayer) -> Range<Int> {
        var seen = 0
        for index in sentence.words where layer.words[index].isWordLike {
            seen += 1
            if seen == count { return sentence.range.lowerBound..<Int(layer.words[index].end) }
        }
        return sentence.range
    }

    /// Lead-N, the baseline news summarizers are measured against: the first `count` story
    /// sentences (dateline cut off as in `summarize`).
    public static func lead(_ article: Article, sentences count: Int) -> Summary {
        let story = SummaryStory.storySentences(of: article)
        return Summary(sentences: story.prefix(count).map(sentence), storySentences: story.count)
    }

    /// Centrality alone (the bounded LexRank of `Centrality`, no position, people, figures or
    /// opener rules): the `count` most central story sentences in article order. A baseline
    /// for measuring what the news cues add.
    public static func centralOnly(
        _ article: Article, sentences count: Int,
        background: SummaryBackground = SummaryBackground()
    ) -> Summary {
        let reading = SummaryReading.of(article)
        let story = reading.story
        let features = FeatureReader.read(article, reading)
        let vectors = termVectors(features, reading, background)
        let centrality = Centrality.scores(vectors)
        let top = centrality.indices.sorted {
            centrality[$0] != centrality[$1] ? centrality[$0] > centrality[$1] : $0 < $1
        }
        return Summary(sentences: top.prefix(count).sorted().map { sentence(story[$0]) }, storySentences: story.count)
    }

    /// Each sentence's terms weighted by how much they set this story apart from the background.
    private static func termVectors(
        _ features: [SentenceFeatures], _ reading: SummaryReading,
        _ background: SummaryBackground
    ) -> [TermVector] {
        let weights = background.isEmpty ? [] : reading.terms.stems.map { background.weight(of: $0) }
        return features.map { feature in
            TermVector(feature.termCounts, weight: { weights.isEmpty ? 1 : weights[$0] })
        }
    }

    private static func sentence(_ story: SummaryStorySentence) -> SummarySentence {
        SummarySentence(sentence: story.index, range: story.range, paragraph: story.paragraph)
    }
}
