/// How central each sentence is to the story, in the manner of LexRank (Erkan and Radev,
/// 2004): a sentence that shares weighted terms with many important sentences is important.
///
/// A full sentence graph costs n² comparisons, too slow for a 5,000-sentence document, so the
/// graph is bounded: ranks are computed over at most `anchorLimit` anchor sentences (the first
/// `leadAnchors` story sentences, where news puts its substance, and the ones closest to the
/// article's centroid), and every sentence is then scored by its similarity to the ranked
/// anchors. That is O(n·k) comparisons for n sentences and k anchors.
enum Centrality {
    static let leadAnchors = 10
    static let anchorLimit = 30
    static let damping = 0.85

    /// One score per vector, the largest scaled to 1 (all 0 when nothing is shared).
    static func scores(_ vectors: [TermVector]) -> [Double] {
        let count = vectors.count
        guard count > 1 else { return Array(repeating: count == 1 ? 1 : 0, count: count) }
        let anchors = chooseAnchors(vectors)
        // LexRank over the anchors: continuous edge weights (cosine), rows normalised, damped.
        let k = anchors.count
        var similarity = Array(repeating: Array(repeating: 0.0, count: k), count: k)
        for row in 0..<k {
            for column in (row + 1)..<k {
                let value = vectors[anchors[row]].cosine(vectors[anchors[column]])
                similarity[row][column] = value
                similarity[column][row] = value
            }
        }
        let rowSums = similarity.map { $0.reduce(0, +) }
        var rank = Array(repeating: 1.0 / Double(k), count: k)
        for _ in 0..<50 {
            var next = Array(repeating: (1 - damping) / Double(k), count: k)
            for source in 0..<k where rowSums[source] > 0 {
                let share = damping * rank[source] / rowSums[source]
                for target in 0..<k where similarity[source][target] > 0 {
                    next[target] += share * similarity[source][target]
                }
            }
            // Rank held by anchors with no edges is spread evenly, so the total stays 1.
            let dangling = (0..<k).filter { rowSums[$0] == 0 }.reduce(0.0) { $0 + rank[$1] }
            for index in 0..<k { next[index] += damping * dangling / Double(k) }
            let change = zip(rank, next).reduce(0.0) { $0 + abs($1.0 - $1.1) }
            rank = next
            if change < 1e-9 { break }
        }
        // Every sentence: similarity-weighted rank of the anchors other than itself.
        var scores = Array(repeating: 0.0, count: count)
        for index in 0..<count where !vectors[index].isEmpty {
            var total = 0.0
            for (slot, anchor) in anchors.enumerated() where anchor != index {
                total += vectors[index].cosine(vectors[anchor]) * rank[slot]
            }
            scores[index] = total
        }
        let top = scores.max() ?? 0
        return top > 0 ? scores.map { $0 / top } : scores
    }

    /// The first story sentences, then the sentences nearest the centroid (sum of all
    /// vectors) until `anchorLimit`; in ascending order of position.
    static func chooseAnchors(_ vectors: [TermVector]) -> [Int] {
        var anchors = Set(0..<min(leadAnchors, vectors.count))
        if vectors.count > anchors.count {
            // The centroid as a dense array over term ids, so each sentence's closeness to it
            // costs its own length, not the vocabulary's.
            let terms = Int(vectors.compactMap { $0.ids.last }.max() ?? -1) + 1
            var centroid = Array(repeating: 0.0, count: terms)
            for vector in vectors {
                for (id, weight) in zip(vector.ids, vector.weights) { centroid[Int(id)] += weight }
            }
            let closeness: [Double] = vectors.map { vector in
                guard vector.norm > 0 else { return 0 }
                var dot = 0.0
                for (id, weight) in zip(vector.ids, vector.weights) { dot += weight * centroid[Int(id)] }
                return dot / vector.norm
            }
            let rest = Array(anchors.count..<vectors.count)
            let ranked = rest.sorted { (left: Int, right: Int) -> Bool in
                closeness[left] != closeness[right] ? closeness[left] > closeness[right] : left < right
            }
            for index in ranked.prefix(anchorLimit - anchors.count) { anchors.insert(index) }
        }
        return anchors.sorted()
    }
}
