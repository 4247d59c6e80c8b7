import Foundation

/// What each signal gave one sentence's score, weighted: the summarizer's reasons for it,
/// which `summary --why` shows.
public struct SummarySignals: Sendable, Equatable {
    /// Early in the story (the inverted pyramid).
    public var position = 0.0
    /// Central: shares content with the rest of the story.
    public var centrality = 0.0
    /// Holds the headline's content words.
    public var headline = 0.0
    /// Names the story's key people.
    public var people = 0.0
    /// Carries a figure that tells how many or how much.
    public var figure = 0.0
    /// A full-length sentence.
    public var length = 0.0
    /// The nut graf after an anecdotal lead.
    public var nutGraf = 0.0
    /// Taken off the score: the share inside quotation marks.
    public var quotation = 0.0
    /// Taken first as the story's lead, whatever its score.
    public var isLead = false

    public init() {}

    /// The score: every signal added up, quotation taken off.
    public var total: Double { position + centrality + headline + people + figure + length + nutGraf - quotation }

    /// The signals that count for the sentence, largest first, as (name, contribution); ties keep
    /// the order of the declaration, so the list is the same every run.
    public var named: [(name: String, value: Double)] {
        let all = [("early", position), ("central", centrality), ("headline words", headline), ("key people", people),
                   ("figure", figure), ("full length", length), ("nut graf", nutGraf)]
        return all.enumerated().filter { $0.element.1 > 0 }
            .sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map { (name: $0.element.0, value: $0.element.1) }
    }
}

/// How much each sentence deserves a place in the summary, from news-writing cues weighed by
/// `SummaryWeights`.
///
/// - **Position**: news puts what happened first (the inverted pyramid), and a paragraph's first
///   sentence says what the paragraph is about.
/// - **Centrality**: sentences sharing content with the rest of the story (`Centrality`).
/// - **Headline**: the headline names what the story is about; a sentence holding its words
///   tells that.
/// - **Key people** and **figures**: who and how many are part of what happened.
/// - **Length**: a fragment rarely carries a whole fact.
/// - **Nut graf**: a feature opening on a scene (a lead sharing no headline word and no figure)
///   says what it is about a few sentences later, in the first sentence that holds the
///   headline's words.
///
/// Direct quotation is colour rather than substance in a summary, so the share of a sentence
/// inside quotation marks counts against it.
struct SentenceScorer: Sendable {
    /// The nut graf is looked for among this many sentences after the lead.
    static let nutGrafWindow = 8
    /// A nut graf holds at least this share of the headline's content words.
    static let nutGrafHeadlineShare = 0.34

    /// The signals of each of `features`, in the same order; `overlap` is TextRank-style
    /// centrality, empty when not weighed. `headline` holds the headline's
    /// content terms (sorted, distinct; empty when the article has no headline).
    static func signals(_ features: [SentenceFeatures], centrality: [Double], overlap: [Double], people: [Double],
                        headline: [Int32], weights: SummaryWeights) -> [SummarySignals] {
        let shares = features.map { headlineShare($0.termCounts, headline) }
        let nut = headline.count >= 2 ? nutGraf(features, shares) : nil
        return features.indices.map { index in
            let feature = features[index]
            var signals = SummarySignals()
            signals.position = weights.position * pow(0.5, Double(feature.position) / weights.positionHalfLife)
                + (feature.sentence.opensParagraph ? weights.paragraphStart : 0)
            signals.centrality = weights.centrality * centrality[index]
                + (overlap.isEmpty ? 0 : weights.overlap * overlap[index])
            signals.headline = weights.headline * shares[index]
            signals.people = weights.people * people[index]
            signals.figure = feature.hasFigure ? weights.figure : 0
            signals.length = weights.length * min(1, Double(feature.wordCount) / max(1, weights.lengthWords))
            signals.nutGraf = index == nut ? weights.nutGraf : 0
            signals.quotation = weights.quotation * feature.quoteShare
            return signals
        }
    }

    /// The share of the headline's terms that `counts` holds (0 with no headline).
    static func headlineShare(_ counts: TermCounts, _ headline: [Int32]) -> Double {
        guard !headline.isEmpty else { return 0 }
        let held = headline.reduce(0) { $0 + (counts.contains($1) ? 1 : 0) }
        return Double(held) / Double(headline.count)
    }

    /// The slot of the nut graf when the lead is anecdotal: the lead holds none of the headline's
    /// words (a headline of two or more) and no figure; the nut graf is then the first usable
    /// sentence of the next `nutGrafWindow` that holds a good share of them. Nil otherwise.
    static func nutGraf(_ features: [SentenceFeatures], _ shares: [Double]) -> Int? {
        guard let lead = features.first, shares.first == 0, !lead.hasFigure else { return nil }
        return (1..<min(features.count, nutGrafWindow + 1)).first { slot in
            shares[slot] >= nutGrafHeadlineShare && features[slot].exclusion == nil && features[slot].opener == .free
        }
    }
}

/// Who each sentence names, from the people layer, and how much those people matter.
struct PeopleSalience: Sendable {
    /// For each story sentence, the people it names (not counting pronouns).
    var named: [Set<Int>]
    /// For each story sentence, 0…1: the summed weight of the key people it refers to (a
    /// person's weight is their mentions over the most-mentioned person's; people mentioned
    /// once are not key).
    var scores: [Double]
    let analysis: PeopleAnalysis

    init(_ analysis: PeopleAnalysis, story: [SummaryStorySentence]) {
        self.analysis = analysis
        var position: [Int: Int] = [:]
        for (slot, sentence) in story.enumerated() { position[sentence.index] = slot }
        var named = Array(repeating: Set<Int>(), count: story.count)
        var referred = Array(repeating: Set<Int>(), count: story.count)
        let most = analysis.people.map(\.mentions.count).max() ?? 0
        for (person, entry) in analysis.people.enumerated() {
            for mention in entry.mentions {
                guard let slot = position[mention.sentence] else { continue }
                referred[slot].insert(person)
                if mention.kind != .pronoun { named[slot].insert(person) }
            }
        }
        self.named = named
        scores = referred.map { people in
            guard most > 0 else { return 0 }
            let total = people.reduce(0.0) { sum, person in
                let count = analysis.people[person].mentions.count
                return count >= 2 ? sum + Double(count) / Double(most) : sum
            }
            return min(1, total)
        }
    }
}
