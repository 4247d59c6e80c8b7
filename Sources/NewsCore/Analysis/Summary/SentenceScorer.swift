import Foundation

/// How much each sentence deserves a place in the summary, from four news-writing cues.
///
/// - **Position**: news puts what happened first (the inverted pyramid); the prior halves
///   every `positionHalfLife` sentences.
/// - **Centrality**: sentences sharing content with the rest of the story (`Centrality`).
/// - **Key people**: sentences naming the people the story mentions most.
/// - **Figures**: "how many" is part of what happened.
///
/// Direct quotation is colour rather than substance in a summary, so the share of a sentence
/// inside quotation marks counts against it. The weights were set once from these principles,
/// not fitted to any test article.
struct SentenceScorer: Sendable {
    static let positionHalfLife = 3.0
    static let positionWeight = 0.45
    static let centralityWeight = 0.30
    static let peopleWeight = 0.15
    static let figureWeight = 0.10
    static let quotationWeight = 0.25

    /// Scores for `features`, in the same order.
    static func scores(_ features: [SentenceFeatures], centrality: [Double], people: [Double]) -> [Double] {
        features.indices.map { index in
            let feature = features[index]
            let position = pow(0.5, Double(feature.position) / positionHalfLife)
            return positionWeight * position + centralityWeight * centrality[index] + peopleWeight * people[index]
                + figureWeight * (feature.hasFigure ? 1 : 0) - quotationWeight * feature.quoteShare
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
