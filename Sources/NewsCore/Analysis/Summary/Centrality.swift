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
        edgeTargets.reserveCapacity(k * k)
        edgeWeights.reserveCapacity(k * k)
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
        let rank = rankAnchors(edgeStarts, edgeTargets, edgeWeights, rowSums)
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

    /// LexRank's power iteration over the anchors' graph (edges of row `source` at
    /// `starts[source]..<starts[source + 1]`, rows summing to `rowSums`): the stationary rank
    /// of each anchor, damped, with the rank of anchors that have no edges spread evenly.
    static func rankAnchors(_ starts: [Int], _ targets: [Int], _ weights: [Double], _ rowSums: [Double]) -> [Double] {
        let k = rowSums.count
        let dangling = (0..<k).filter { rowSums[$0] == 0 }
        let teleport = (1 - damping) / Double(k)
        var rank = UnsafeMutableBufferPointer<Double>.allocate(capacity: k)
        var next = UnsafeMutableBufferPointer<Double>.allocate(capacity: k)
        defer {
            rank.deallocate()
            next.deallocate()
        }
        rank.initialize(repeating: 1.0 / Double(k))
        next.initialize(repeating: 0)
        targets.withUnsafeBufferPointer { targets in
            weights.withUnsafeBufferPointer { weights in
                for _ in 0..<50 {
                    for index in 0..<k { next[index] = teleport }
                    for source in 0..<k where rowSums[source] > 0 {
                        let share = damping * rank[source] / rowSums[source]
                        for edge in starts[source]..<starts[source + 1] {
                            next[targets[edge]] += share * weights[edge]
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
            }
        }
        return Array(rank)
    }

    /// The cosine of every vector with every anchor, anchor by anchor (`slot * count + index`).
    /// Each anchor is spread over a dense array by term id once, so a vector's cosine with it
    /// costs the vector's length; the products are summed in ascending term order, as
    /// `TermVector.cosine` sums them, so the values are the same to the last bit.
    static func anchorCosines(_ vectors: [TermVector], _ anchors: [Int]) -> [Double] {
        let count = vectors.count
        // All vectors' terms in one run: vector v's at `starts[v]..<starts[v + 1]`.
        var starts = [0], ids: [Int] = [], weights: [Double] = []
        starts.reserveCapacity(count + 1)
        for vector in vectors {
            for id in vector.ids { ids.append(Int(id)) }
            weights.append(contentsOf: vector.weights)
            starts.append(ids.count)
        }
        let norms = vectors.map(\.norm)
        var cosines = Array(repeating: 0.0, count: anchors.count * count)
        var dense = Array(repeating: 0.0, count: (ids.max() ?? -1) + 1)
        ids.withUnsafeBufferPointer { ids in
            weights.withUnsafeBufferPointer { weights in
                dense.withUnsafeMutableBufferPointer { dense in
                    cosines.withUnsafeMutableBufferPointer { cosines in
                        for (slot, anchor) in anchors.enumerated() where norms[anchor] > 0 {
                            let terms = starts[anchor]..<starts[anchor + 1]
                            for term in terms { dense[ids[term]] = weights[term] }
                            for index in 0..<count where norms[index] > 0 {
                                var dot = 0.0
                                for term in starts[index]..<starts[index + 1] {
                                    let shared = dense[ids[term]]
                                    if shared != 0 { dot += weights[term] * shared }
                                }
                                cosines[slot * count + index] = dot / (norms[index] * norms[anchor])
                            }
                            for term in terms { dense[ids[term]] = 0 }
                        }
                    }
                }
            }
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
