import Foundation

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

    /// One score per vector by LexRank's cosine, the largest scaled to 1 (all 0 when nothing
    /// is shared).
    static func scores(_ vectors: [TermVector]) -> [Double] {
        scores(vectors, lengths: nil).cosine
    }

    /// LexRank's scores and, given each sentence's word count in `lengths`, TextRank's overlap
    /// scores (Mihalcea and Tarau, 2004) over the same anchors, worked out in one pass: the
    /// distinct terms two sentences share over log|s1| + log|s2|, which lets a long sentence that
    /// says much of the story rank above a short one that says a little of it. Each list has one
    /// score per vector, the largest scaled to 1.
    static func scores(_ vectors: [TermVector], lengths: [Int]?) -> (cosine: [Double], overlap: [Double]?) {
        let count = vectors.count
        let both = lengths != nil
        guard count > 1 else {
            let trivial = Array(repeating: count == 1 ? 1.0 : 0, count: count)
            return (trivial, both ? trivial : nil)
        }
        let anchors = chooseAnchors(vectors)
        let k = anchors.count
        // Each anchor's rows of similarities are worked out twice, once for the anchors' graphs
        // and once to score every sentence, rather than kept: the rows of all anchors take 240
        // bytes a sentence, the largest thing a long article's summary would hold.
        let rows = CosineRows(vectors, lengths: lengths)
        var cosineRow = Array(repeating: 0.0, count: count)
        var overlapRow = Array(repeating: 0.0, count: both ? count : 0)
        var anchorCosines = Array(repeating: 0.0, count: k * k)
        var anchorOverlaps = Array(repeating: 0.0, count: both ? k * k : 0)
        for (slot, anchor) in anchors.enumerated() {
            rows.fill(&cosineRow, &overlapRow, anchor: anchor)
            for column in 0..<k {
                anchorCosines[slot * k + column] = cosineRow[anchors[column]]
                if both { anchorOverlaps[slot * k + column] = overlapRow[anchors[column]] }
            }
        }
        let cosineRank = rankAnchors(similarities: anchorCosines, k)
        let overlapRank = both ? rankAnchors(similarities: anchorOverlaps, k) : []
        // Every sentence: similarity-weighted rank of the anchors other than itself, summed
        // anchor by anchor in the same order as a sentence-by-sentence sum would.
        var cosineScores = Array(repeating: 0.0, count: count)
        var overlapScores = Array(repeating: 0.0, count: both ? count : 0)
        for (slot, anchor) in anchors.enumerated() {
            rows.fill(&cosineRow, &overlapRow, anchor: anchor)
            for index in 0..<count where anchor != index && !vectors[index].isEmpty {
                cosineScores[index] += cosineRow[index] * cosineRank[slot]
                if both { overlapScores[index] += overlapRow[index] * overlapRank[slot] }
            }
        }
        return (scaledToTop(cosineScores), both ? scaledToTop(overlapScores) : nil)
    }

    /// The scores divided by the largest, so it is 1 (unchanged when none is above 0).
    private static func scaledToTop(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        return top > 0 ? scores.map { $0 / top } : scores
    }

    /// LexRank over the anchors' graph of `similarities` (`k` × `k`, row by row): continuous
    /// edge weights, rows normalised, damped. Each row keeps only its edges (weight above 0), in
    /// column order.
    static func rankAnchors(similarities: [Double], _ k: Int) -> [Double] {
        var edgeStarts = [0], edgeTargets: [Int] = [], edgeWeights: [Double] = []
        edgeTargets.reserveCapacity(k * k)
        edgeWeights.reserveCapacity(k * k)
        var rowSums = Array(repeating: 0.0, count: k)
        for slot in 0..<k {
            var sum = 0.0
            for column in 0..<k {
                let value = slot == column ? 0 : similarities[slot * k + column]
                sum += value
                if value > 0 {
                    edgeTargets.append(column)
                    edgeWeights.append(value)
                }
            }
            rowSums[slot] = sum
            edgeStarts.append(edgeTargets.count)
        }
        return rankAnchors(edgeStarts, edgeTargets, edgeWeights, rowSums)
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

    /// The cosine of every vector with every anchor, anchor by anchor (`slot * count + index`);
    /// with `lengths`, TextRank's overlap instead (see `CosineRows`). For tests.
    static func anchorCosines(_ vectors: [TermVector], _ anchors: [Int], lengths: [Int]? = nil) -> [Double] {
        let rows = CosineRows(vectors, lengths: lengths)
        var cosineRow = Array(repeating: 0.0, count: vectors.count)
        var overlapRow = Array(repeating: 0.0, count: lengths == nil ? 0 : vectors.count)
        var values: [Double] = []
        values.reserveCapacity(anchors.count * vectors.count)
        for anchor in anchors {
            rows.fill(&cosineRow, &overlapRow, anchor: anchor)
            values += lengths == nil ? cosineRow : overlapRow
        }
        return values
    }

    /// The first story sentences, then the sentences nearest the centroid (sum of all
    /// vectors) until `anchorLimit`; in ascending order of position.
    static func chooseAnchors(_ vectors: [TermVector]) -> [Int] {
        let leads = min(leadAnchors, vectors.count)
        var anchors = Array(0..<leads)
        if vectors.count > leads {
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
            let ranked = (leads..<vectors.count).sorted { (left: Int, right: Int) -> Bool in
                closeness[left] != closeness[right] ? closeness[left] > closeness[right] : left < right
            }
            // The rest come after the leads, so the anchors stay in ascending order once sorted.
            anchors += ranked.prefix(anchorLimit - leads).sorted()
        }
        return anchors
    }
}

/// The similarity of every vector with one anchor, read through an inverted index (term → the
/// vectors holding it), so an anchor costs the term occurrences it shares, not every vector's
/// length.
///
/// An anchor's terms are visited in ascending order, so each vector's products are summed in
/// the order `TermVector.cosine` sums them and the values are the same to the last bit. With
/// `lengths`, TextRank's overlap comes from the same walk: shared terms over the sum of the logs
/// of the two word counts (0 when that sum is 0).
struct CosineRows {
    private let vectors: [TermVector]
    /// Postings of term t at `starts[t]..<starts[t + 1]`: the vectors holding it and its weight there.
    private let starts: [Int]
    private let holders: [Int32]
    private let weights: [Double]
    private let norms: [Double]
    private let logs: [Double]?

    init(_ vectors: [TermVector], lengths: [Int]? = nil) {
        self.vectors = vectors
        let terms = Int(vectors.compactMap { $0.ids.last }.max() ?? -1) + 1
        var starts = Array(repeating: 0, count: terms + 1)
        for vector in vectors {
            for id in vector.ids { starts[Int(id) + 1] += 1 }
        }
        for term in 0..<terms { starts[term + 1] += starts[term] }
        var holders = Array(repeating: Int32(0), count: starts[terms])
        var weights = Array(repeating: 0.0, count: starts[terms])
        var filled = starts
        for (index, vector) in vectors.enumerated() {
            for (id, weight) in zip(vector.ids, vector.weights) {
                holders[filled[Int(id)]] = Int32(index)
                weights[filled[Int(id)]] = weight
                filled[Int(id)] += 1
            }
        }
        self.starts = starts
        self.holders = holders
        self.weights = weights
        norms = vectors.map(\.norm)
        logs = lengths?.map { log(Double(max(1, $0))) }
    }

    /// Sets `cosine[index]` to the cosine of vector `index` with vector `anchor` and, when the
    /// rows were made with word counts, `overlap[index]` to their overlap (all 0 when the anchor
    /// has no terms). Each row holds one value per vector (`overlap` none without word counts);
    /// both come from one walk of the anchor's postings.
    func fill(_ cosine: inout [Double], _ overlap: inout [Double], anchor: Int) {
        let count = vectors.count
        let anchorNorm = norms[anchor]
        let other = vectors[anchor]
        cosine.withUnsafeMutableBufferPointer { cosine in
            overlap.withUnsafeMutableBufferPointer { overlap in
                let both = !overlap.isEmpty
                for index in 0..<count { cosine[index] = 0 }
                if both { for index in 0..<count { overlap[index] = 0 } }
                guard anchorNorm > 0 else { return }
                for (id, weight) in zip(other.ids, other.weights) {
                    for posting in starts[Int(id)]..<starts[Int(id) + 1] {
                        let holder = Int(holders[posting])
                        cosine[holder] += weights[posting] * weight
                        if both { overlap[holder] += 1 }
                    }
                }
                for index in 0..<count {
                    guard norms[index] > 0 else {
                        cosine[index] = 0
                        if both { overlap[index] = 0 }
                        continue
                    }
                    cosine[index] = cosine[index] / (norms[index] * anchorNorm)
                    if both, let logs {
                        let denominator = logs[index] + logs[anchor]
                        overlap[index] = denominator > 0 ? overlap[index] / denominator : 0
                    }
                }
            }
        }
    }
}
