/// A sentence as weighted terms: term ids in ascending order with their weights, so two
/// vectors compare in one merge pass.
struct TermVector: Sendable, Equatable {
    var ids: [Int32] = []
    var weights: [Double] = []
    /// Euclidean length of `weights`.
    var norm: Double = 0

    /// The vector of a sentence's term counts, each count times `weight(id)`.
    init(_ counts: TermCounts, weight: (Int) -> Double) {
        ids = counts.ids
        weights = zip(counts.ids, counts.counts).map { Double($1) * weight(Int($0)) }
        norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// The vector of term counts `counts` (term id → count), each count times `weight(id)`.
    init(counts: [Int: Int], weight: (Int) -> Double) {
        ids = counts.keys.sorted().map { Int32($0) }
        weights = ids.map { Double(counts[Int($0)] ?? 0) * weight(Int($0)) }
        norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    init() {}

    var isEmpty: Bool { ids.isEmpty }

    /// The cosine of the angle between two vectors: 1 for the same terms in the same
    /// proportions, 0 for no term in common (LexRank's idf-modified cosine when the weights
    /// are tf·idf).
    func cosine(_ other: TermVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        var dot = 0.0
        var left = 0, right = 0
        while left < ids.count, right < other.ids.count {
            if ids[left] == other.ids[right] {
                dot += weights[left] * other.weights[right]
                left += 1
                right += 1
            } else if ids[left] < other.ids[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return dot / (norm * other.norm)
    }
}
