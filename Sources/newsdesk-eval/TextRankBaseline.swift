import Foundation
import NewsCore

/// TextRank (Mihalcea and Tarau, 2004), the baseline newsdesk's summaries are measured against:
/// sentences are the vertices of a graph whose edges weigh how many words two sentences share,
/// normalised by their lengths, and PageRank with damping 0.85 ranks them.
///
/// Similarity of sentences Si and Sj: |{w : w in Si and w in Sj}| / (log |Si| + log |Sj|), over
/// the words ROUGE reads (lower case, Porter-stemmed; every word counts, as in the paper), with
/// |S| the sentence's word count. The sentences are the story sentences newsdesk itself
/// considers (headline, byline, date lines and boilerplate already left out), so only the ranking
/// differs between the systems.
enum TextRankBaseline {
    static let damping = 0.85
    static let iterations = 100
    static let tolerance = 1e-8

    /// The rank of every sentence of `sentences` (each given as its words), in the same order.
    static func ranks(_ sentences: [[String]]) -> [Double] {
        let count = sentences.count
        guard count > 1 else { return Array(repeating: 1, count: count) }
        let sets = sentences.map(Set.init)
        var weights = Array(repeating: 0.0, count: count * count)
        for left in 0..<count {
            for right in (left + 1)..<count {
                let denominator = log(Double(sentences[left].count)) + log(Double(sentences[right].count))
                guard denominator > 0 else { continue }
                let shared = sets[left].intersection(sets[right]).count
                let value = Double(shared) / denominator
                weights[left * count + right] = value
                weights[right * count + left] = value
            }
        }
        let outSums = (0..<count).map { row in (0..<count).reduce(0.0) { $0 + weights[row * count + $1] } }
        var rank = Array(repeating: 1.0, count: count)
        for _ in 0..<iterations {
            var next = Array(repeating: 1 - damping, count: count)
            for source in 0..<count where outSums[source] > 0 {
                let share = damping * rank[source] / outSums[source]
                for target in 0..<count { next[target] += share * weights[source * count + target] }
            }
            let change = zip(rank, next).reduce(0.0) { $0 + abs($1.0 - $1.1) }
            rank = next
            if change < tolerance { break }
        }
        return rank
    }

    /// The story sentences of `article` in TextRank's order, best first (ties by position).
    static func ranked(_ article: Article) -> [SummarySentence] {
        let story = Summarizer.lead(article, sentences: Int.max).sentences
        let rank = ranks(story.map { Rouge.tokens(article.text[$0.range]) })
        return story.indices.sorted { rank[$0] != rank[$1] ? rank[$0] > rank[$1] : $0 < $1 }.map { story[$0] }
    }
}
