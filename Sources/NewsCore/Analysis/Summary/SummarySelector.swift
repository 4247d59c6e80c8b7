/// Picks the summary sentences: the lead first, then, greedily, the sentence with the best
/// score less its redundancy with what is already chosen (maximal marginal relevance,
/// Carbonell and Goldstein, 1998), among the sentences that can stand in the summary.
struct SummarySelector {
    /// The lead is taken first when it is usable and among the first this many sentences.
    static let leadWindow = 3

    var features: [SentenceFeatures]
    var vectors: [TermVector]
    var scores: [Double]
    var people: PeopleSalience
    /// MMR's λ (`SummaryWeights.relevance`) and the similarity that makes a repeat
    /// (`SummaryWeights.duplicate`).
    var relevance: Double
    var duplicateSimilarity: Double

    /// Story-sentence slots chosen, in the order they were chosen (the lead first). Stops at
    /// `limit` sentences or when no further whole sentence fits in `words` words; empty when
    /// not even one fits.
    func select(limit: Int, words budget: Int?) -> [Int] {
        var chosen: [Int] = []
        var isChosen = Array(repeating: false, count: features.count)
        var redundancy = Array(repeating: 0.0, count: features.count)
        var used = 0
        func take(_ slot: Int) {
            chosen.append(slot)
            isChosen[slot] = true
            used += features[slot].wordCount
            for other in features.indices where !isChosen[other] {
                redundancy[other] = max(redundancy[other], vectors[slot].cosine(vectors[other]))
            }
        }
        if let lead = lead, budget.map({ features[lead].wordCount <= $0 }) ?? true {
            take(lead)
        }
        while chosen.count < limit {
            var best: (slot: Int, value: Double)? = nil
            for repairing in [false, true] {
                for slot in features.indices where !isChosen[slot] {
                    guard redundancy[slot] < duplicateSimilarity,
                          budget.map({ used + features[slot].wordCount <= $0 }) ?? true,
                          usable(slot, chosen: chosen, isChosen: isChosen, repairing: repairing)
                    else { continue }
                    let value = relevance * scores[slot] - (1 - relevance) * redundancy[slot]
                    if best == nil || value > best!.value { best = (slot, value) }
                }
                if best != nil { break }
            }
            guard let pick = best?.slot else { break }
            take(pick)
        }
        return chosen
    }

    /// The story's lead: the first usable sentence of the first `leadWindow`, nil for none.
    var lead: Int? { features.indices.prefix(Self.leadWindow).first(where: { standsAlone($0) }) }

    /// The sentence to cut when not one whole sentence fits the word budget: the lead, or else the
    /// best-scoring usable sentence. Nil when the story has no usable sentence.
    var best: Int? {
        if let lead { return lead }
        return features.indices.filter { standsAlone($0) }.max {
            scores[$0] != scores[$1] ? scores[$0] < scores[$1] : $0 > $1
        }
    }

    /// Usable with nothing else in the summary.
    private func standsAlone(_ slot: Int) -> Bool {
        features[slot].exclusion == nil && features[slot].opener == .free
    }

    /// Whether `slot` may join the sentences chosen so far. Sentences leaning on something
    /// earlier are usable when the summary holds what they lean on; with `repairing` (only when
    /// nothing else is left), a dangling sentence is also usable right after the sentence it
    /// follows in the article.
    private func usable(_ slot: Int, chosen: [Int], isChosen: [Bool], repairing: Bool) -> Bool {
        let feature = features[slot]
        guard feature.exclusion == nil else { return false }
        let previousChosen = slot > 0 && isChosen[slot - 1]
        switch feature.opener {
        case .free:
            return true
        case .connective, .referring:
            return repairing && previousChosen
        case .pronoun(let range):
            if let person = people.analysis.resolve(pronounAt: range),
               chosen.contains(where: { $0 < slot && people.named[$0].contains(person) }) {
                return true
            }
            return repairing && previousChosen
        case .referringNoun(let term):
            if previousChosen { return true }
            guard term >= 0 else { return false }
            return chosen.contains { $0 < slot && features[$0].termCounts.contains(term) }
        }
    }
}
