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
        let k = anchors.count
        let cosines = anchorCosines(vectors, anchors)
        // LexRank over the anchors: continuous edge weights (cosine), rows normalised, damped.
        // Each row keeps only its edges (weight above 0), in column order.
        var edgeStarts = [0], edgeTargets: [Int] = [], edgeWeights: [Double] = []
        var rowSums = Array(repeating: 0.0, count: k)
        for row in 0..<k {
            var sum = 0.0
            for column in 0..<k {
                let value = row == column ? 0 : cosines[row * count + anchors[column]]
                sum += value
                if value > 0 {
                    edgeTargets.append(column)
                    edgeWeights.append(value)
                }
            }
            rowSums[row] = sum
            edgeStarts.append(edgeTargets.count)
        }
        let dangling = (0..<k).filter { rowSums[$0] == 0 }
        let teleport = (1 - damping) / Double(k)
        var rank = Array(repeating: 1.0 / Double(k), count: k)
        var next = Array(repeating: 0.0, count: k)
        for _ in 0..<50 {
            for index in 0..<k { next[index] = teleport }
            for source in 0..<k where rowSums[source] > 0 {
                let share = damping * rank[source] / rowSums[source]
                for edge in edgeStarts[source]..<edgeStarts[source + 1] {
                    next[edgeTargets[edge]] += share * edgeWeights[edge]
                }
            }
            // Rank held by anchors with no edges is spread evenly, so the total stays 1.
            let held = dangling.reduce(0.0) { $0 + rank[$1] }
            let spread = damping * held / Double(k)
            for index in 0..<k { next[index] += spread }
            var change = 0.0
            for index in 0..<k { change += abs(rank[index] - next[index]) }
            swap(&rank, &next)
            if change < 1e-9 { break }
        }
        // Every sentence: similarity-weighted rank of the anchors other than itself.
        var scores = Array(repeating: 0.0, count: count)
        for index in 0..<count where !vectors[index].isEmpty {
            var total = 0.0
            for (slot, anchor) in anchors.enumerated() where anchor != index {
                total += cosines[slot * count + index] * rank[slot]
            }
            scores[index] = total
        }
        let top = scores.max() ?? 0
        return top > 0 ? scores.map { $0 / top } : scores
    }

    /// The cosine of every vector with every anchor, anchor by anchor (`slot * count + index`).
    /// Each anchor is spread over a dense array by term id once, so a vector's cosine with it
    /// costs the vector's length; the products are summed in ascending term order, as
    /// `TermVector.cosine` sums them, so the values are the same to the last bit.
    static func anchorCosines(_ vectors: [TermVector], _ anchors: [Int]) -> [Double] {
        let count = vectors.count
        let terms = Int(vectors.compactMap { $0.ids.last }.max() ?? -1) + 1
        var cosines = Array(repeating: 0.0, count: anchors.count * count)
        var dense = Array(repeating: 0.0, count: terms)
        for (slot, anchor) in anchors.enumerated() {
            let other = vectors[anchor]
            guard other.norm > 0 else { continue }
            for (id, weight) in zip(other.ids, other.weights) { dense[Int(id)] = weight }
            for index in 0..<count {
                let vector = vectors[index]
                guard vector.norm > 0 else { continue }
                var dot = 0.0
                for (id, weight) in zip(vector.ids, vector.weights) {
                    let shared = dense[Int(id)]
                    if shared != 0 { dot += weight * shared }
                }
                cosines[slot * count + index] = dot / (vector.norm * other.norm)
            }
            for id in other.ids { dense[Int(id)] = 0 }
        }
        return cosines
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
