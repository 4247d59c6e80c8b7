/// TempEval-3's measures for temporal expressions: strict span (exact extent) and relaxed span
/// (any overlap) precision, recall and F1, and over the relaxed matches the share whose TIMEX3
/// type and value agree. Value F1 is the value's own precision and recall, which works out as
/// relaxed F1 × value accuracy, as the shared task reported it.
///
/// Lives beside the tests rather than in the core: only the measuring tool and its tests use it.
public enum TempEvalScore {
    /// One annotated or predicted TIMEX3: scalar extent, type and value.
    public struct Timex: Sendable, Equatable {
        public var range: Range<Int>
        public var type: String
        public var value: String

        public init(range: Range<Int>, type: String, value: String) {
            self.range = range
            self.type = type
            self.value = value
        }
    }

    /// What went wrong with one expression, for the breakdown of misses.
    public enum Difference: Sendable, Equatable {
        /// A gold expression no prediction overlaps.
        case missed(gold: Int)
        /// A prediction that overlaps no gold expression.
        case spurious(predicted: Int)
        /// An overlap whose extent differs.
        case boundary(gold: Int, predicted: Int)
        /// An overlap whose type differs.
        case wrongType(gold: Int, predicted: Int)
        /// An overlap whose value differs.
        case wrongValue(gold: Int, predicted: Int)
    }

    /// Counts, summed over documents with `+=`.
    public struct Tally: Sendable, Equatable {
        public var gold = 0, predicted = 0, strict = 0, relaxed = 0, typeRight = 0, valueRight = 0

        public init() {}

        public static func += (lhs: inout Tally, rhs: Tally) {
            lhs.gold += rhs.gold; lhs.predicted += rhs.predicted; lhs.strict += rhs.strict
            lhs.relaxed += rhs.relaxed; lhs.typeRight += rhs.typeRight; lhs.valueRight += rhs.valueRight
        }

        public var strictF1: Double { Self.f1(strict, predicted, gold) }
        public var relaxedF1: Double { Self.f1(relaxed, predicted, gold) }
        public var valueF1: Double { Self.f1(valueRight, predicted, gold) }
        public var typeAccuracy: Double { relaxed == 0 ? 0 : Double(typeRight) / Double(relaxed) }
        public var valueAccuracy: Double { relaxed == 0 ? 0 : Double(valueRight) / Double(relaxed) }

        /// F1 of `right` out of `predicted` (precision) and out of `gold` (recall).
        public static func f1(_ right: Int, _ predicted: Int, _ gold: Int) -> Double {
            guard right > 0, predicted > 0, gold > 0 else { return 0 }
            let p = Double(right) / Double(predicted), r = Double(right) / Double(gold)
            return 2 * p * r / (p + r)
        }
    }

    /// Scores one document. Each gold expression takes the first unused prediction that overlaps
    /// it, preferring one with the exact extent, so that one prediction counts for one gold.
    public static func score(gold: [Timex], predicted: [Timex]) -> (Tally, [Difference]) {
        var tally = Tally()
        tally.gold = gold.count
        tally.predicted = predicted.count
        var differences: [Difference] = []
        var used = Array(repeating: false, count: predicted.count)
        for (g, expected) in gold.enumerated() {
            let candidates = predicted.indices.filter { !used[$0] && predicted[$0].range.overlaps(expected.range) }
            guard let p = candidates.first(where: { predicted[$0].range == expected.range }) ?? candidates.first
            else {
                differences.append(.missed(gold: g))
                continue
            }
            used[p] = true
            let found = predicted[p]
            tally.relaxed += 1
            if found.range == expected.range {
                tally.strict += 1
            } else {
                differences.append(.boundary(gold: g, predicted: p))
            }
            if found.type == expected.type {
                tally.typeRight += 1
            } else {
                differences.append(.wrongType(gold: g, predicted: p))
            }
            if found.value == expected.value {
                tally.valueRight += 1
            } else {
                differences.append(.wrongValue(gold: g, predicted: p))
            }
        }
        for p in predicted.indices where !used[p] { differences.append(.spurious(predicted: p)) }
        return (tally, differences)
    }
}
