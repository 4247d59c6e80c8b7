/// ROUGE (Lin, 2004), the standard overlap measure between a candidate summary and a
/// reference: ROUGE-1 and ROUGE-2 count shared word unigrams and bigrams, ROUGE-L the longest
/// common subsequence of the two word sequences. Each gives precision, recall and F-measure.
///
/// Text is read as the common Python implementation reads it: lower-cased, every run of
/// characters other than a–z and 0–9 a word break, and words longer than three letters
/// Porter-stemmed (`PorterStemmer`).
public enum Rouge {
    /// Precision, recall and their harmonic mean (F1); all 0 when nothing overlaps.
    public struct Score: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f: Double

        public init(precision: Double, recall: Double) {
            self.precision = precision
            self.recall = recall
            f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }

        init(overlap: Int, candidate: Int, reference: Int) {
            self.init(
                precision: candidate > 0 ? Double(overlap) / Double(candidate) : 0,
                recall: reference > 0 ? Double(overlap) / Double(reference) : 0)
        }
    }

    /// The three scores of one candidate against one reference.
    public struct Scores: Sendable, Equatable {
        public var rouge1: Score
        public var rouge2: Score
        public var rougeL: Score
    }

    /// ROUGE-1, ROUGE-2 and ROUGE-L of `candidate` against `reference`.
    public static func score(candidate: String, reference: String) -> Scores {
        let left = tokens(candidate), right = tokens(reference)
        return Scores(rouge1: ngram(1, left, right), rouge2: ngram(2, left, right), rougeL: longestCommon(left, right))
    }

    /// The words ROUGE compares: lower case, split at anything but a–z and 0–9, stemmed when
    /// longer than three letters.
    ///
    /// This is the scoring tokenizer of the ROUGE definition (as the reference implementation
    /// splits text), not an analyzer's tokenizer: it reads arbitrary strings (hand-written
    /// reference summaries with no article behind them), and must split exactly as the measure
    /// prescribes so scores stay comparable with published ones. Analyzers read `article.tokens`.
    public static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            words.append(word.unicodeScalars.count > 3 ? PorterStemmer.stem(word) : word)
            current = String.UnicodeScalarView()
        }
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// ROUGE-N: n-grams in common (each counted at most as often as in either text).
    public static func ngram(_ n: Int, _ candidate: [String], _ reference: [String]) -> Score {
        let left = grams(n, candidate), right = grams(n, reference)
        var overlap = 0
        for (gram, count) in left { overlap += min(count, right[gram] ?? 0) }
        return Score(
            overlap: overlap, candidate: max(0, candidate.count - n + 1), reference: max(0, reference.count - n + 1))
    }

    /// ROUGE-L: the longest common subsequence over each text's length.
    public static func longestCommon(_ candidate: [String], _ reference: [String]) -> Score {
        guard !candidate.isEmpty, !reference.isEmpty else { return Score(precision: 0, recall: 0) }
        var previous = Array(repeating: 0, count: reference.count + 1)
        var current = previous
        for word in candidate {
            for (index, other) in reference.enumerated() {
                current[index + 1] = word == other ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            swap(&previous, &current)
        }
        return Score(overlap: previous[reference.count], candidate: candidate.count, reference: reference.count)
    }

    private static func grams(_ n: Int, _ words: [String]) -> [[String]: Int] {
        var counts: [[String]: Int] = [:]
        guard words.count >= n, n > 0 else { return counts }
        for start in 0...(words.count - n) { counts[Array(words[start..<(start + n)]), default: 0] += 1 }
        return counts
    }
}
