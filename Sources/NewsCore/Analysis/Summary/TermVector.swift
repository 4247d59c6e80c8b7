/// A sentence as weighted terms: term ids in ascending order with their weights, so two
/// vectors compare in one merge pass.
struct TermVector: Sendable, Equatable {
    var ids: [Int] = []
    var weights: [Double] = []
    /// Euclidean length of `weights`.
    var norm: Double = 0

    /// The vector of term counts `counts` (term id → count), each count times `weight(id)`.
    init(counts: [Int: Int], weight: (Int) -> Double) {
        ids = counts.keys.sorted()
        weights = ids.map { Double(counts[$0] ?? 0) * weight($0) }
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

/// The content terms of one article: each word's stem gets an id, in order of first
/// appearance, so every run numbers them alike; function words get none.
struct TermSpace: Sendable {
    /// What is known of one distinct word, worked out once per article.
    struct WordInfo: Sendable {
        /// The term id, or -1 for a word that is not a content term.
        var term: Int
    }

    private var words: [String: WordInfo] = [:]
    private var stemIDs: [String: Int] = [:]
    /// The stem of each term id.
    private(set) var stems: [String] = []

    /// What is known of a lower-case word.
    mutating func info(for word: String) -> WordInfo {
        if let known = words[word] { return known }
        var id = -1
        if let stem = Self.contentStem(word) {
            if let existing = stemIDs[stem] {
                id = existing
            } else {
                id = stems.count
                stems.append(stem)
                stemIDs[stem] = id
            }
        }
        let info = WordInfo(term: id)
        words[word] = info
        return info
    }

    /// The term id of a word, or nil for a function word or a single letter.
    mutating func term(for word: String) -> Int? {
        let id = info(for: word).term
        return id >= 0 ? id : nil
    }

    /// The term id of a stem already seen, if any.
    func id(ofStem stem: String) -> Int? { stemIDs[stem] }

    /// The stem a word is compared by, or nil when it is not a content word: numbers stay as
    /// written, words are Porter-stemmed, function words and single letters are dropped.
    static func contentStem(_ word: String) -> String? {
        if word.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) { return word }
        guard word.unicodeScalars.count > 1, !SummaryLexicon.stopwords.contains(word) else { return nil }
        return PorterStemmer.stem(String(word.unicodeScalars.filter { $0 != "'" }))
    }
}
