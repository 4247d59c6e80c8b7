import Foundation

/// The scoring behind the PolNeAR quotations measure (`newsdesk-eval quotes --polnear`), kept
/// apart from reading files so that the tests can check each measure on small made-up cases.
///
/// Spans are scalar ranges. A gold quotation may be interrupted by its credit and then has
/// `segments`; the finder may report it as one quotation over the whole or as one quotation
/// per segment, and both count as found.
public enum QuoteScoring {
    /// One gold quotation.
    public struct Gold: Sendable {
        public var range: Range<Int>
        /// The quoted pieces; the whole range when the quotation is not interrupted.
        public var segments: [Range<Int>]
        public var speaker: String?
        public var mention: String?
        public var kind: String

        public init(
            range: Range<Int>, segments: [Range<Int>] = [], speaker: String?, mention: String?, kind: String
        ) {
            self.range = range
            self.segments = segments.isEmpty ? [range] : segments
            self.speaker = QuoteScoring.knownSpeaker(speaker)
            self.mention = mention
            self.kind = kind
        }
    }

    /// One quotation the finder reported.
    public struct Predicted: Sendable {
        public var range: Range<Int>
        public var speaker: String?
        public var mention: String?
        public var kind: String

        public init(range: Range<Int>, speaker: String?, mention: String?, kind: String) {
            self.range = range
            self.speaker = speaker
            self.mention = mention
            self.kind = kind
        }
    }

    /// Counts summed over articles; every ratio is worked out from them.
    public struct Tally: Sendable, Equatable {
        public var gold = 0, predicted = 0
        /// Gold quotations found (overlap / exact) and predictions that are right (overlap / exact).
        public var goldOverlapped = 0, goldExact = 0, predictedOverlapping = 0, predictedExact = 0
        /// Over found gold quotations: right kinds; with a gold mention, mentions sharing a word.
        public var kindsJudged = 0, rightKinds = 0, mentionsJudged = 0, rightMentions = 0
        /// Over found gold quotations with a gold speaker: right speakers, null speakers.
        public var speakersJudged = 0, rightSpeakers = 0, nullSpeakers = 0
        /// End to end: gold quotations with a speaker, found with the right speaker; predictions
        /// that can be judged (not only on gold with no speaker) and are right.
        public var goldWithSpeaker = 0, goldEndToEnd = 0, predictedJudged = 0, predictedEndToEnd = 0

        public init() {}

        public static func += (lhs: inout Tally, rhs: Tally) {
            lhs.gold += rhs.gold; lhs.predicted += rhs.predicted
            lhs.goldOverlapped += rhs.goldOverlapped; lhs.goldExact += rhs.goldExact
            lhs.predictedOverlapping += rhs.predictedOverlapping; lhs.predictedExact += rhs.predictedExact
            lhs.kindsJudged += rhs.kindsJudged; lhs.rightKinds += rhs.rightKinds
            lhs.mentionsJudged += rhs.mentionsJudged; lhs.rightMentions += rhs.rightMentions
            lhs.speakersJudged += rhs.speakersJudged; lhs.rightSpeakers += rhs.rightSpeakers
            lhs.nullSpeakers += rhs.nullSpeakers
            lhs.goldWithSpeaker += rhs.goldWithSpeaker; lhs.goldEndToEnd += rhs.goldEndToEnd
            lhs.predictedJudged += rhs.predictedJudged; lhs.predictedEndToEnd += rhs.predictedEndToEnd
        }

        public var overlapPrecision: Double { Self.ratio(predictedOverlapping, predicted) }
        public var overlapRecall: Double { Self.ratio(goldOverlapped, gold) }
        public var overlapF1: Double { Self.f1(overlapPrecision, overlapRecall) }
        public var exactPrecision: Double { Self.ratio(predictedExact, predicted) }
        public var exactRecall: Double { Self.ratio(goldExact, gold) }
        public var exactF1: Double { Self.f1(exactPrecision, exactRecall) }
        public var speakerAccuracy: Double { Self.ratio(rightSpeakers, speakersJudged) }
        public var mentionAccuracy: Double { Self.ratio(rightMentions, mentionsJudged) }
        public var kindAccuracy: Double { Self.ratio(rightKinds, kindsJudged) }
        public var endToEndPrecision: Double { Self.ratio(predictedEndToEnd, predictedJudged) }
        public var endToEndRecall: Double { Self.ratio(goldEndToEnd, goldWithSpeaker) }
        public var endToEndF1: Double { Self.f1(endToEndPrecision, endToEndRecall) }

        static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
        static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    }

    /// What went wrong with one quotation, for the error breakdown and `--verbose`.
    public enum Error: String, Sendable, CaseIterable {
        case missed = "missed (no prediction overlaps)"
        case extra = "extra (overlaps no gold)"
        case startDiffers = "span start differs"
        case endDiffers = "span end differs"
        case nullSpeaker = "speaker null"
        case wrongSpeaker = "speaker wrong"
        case wrongKind = "kind wrong"
        case wrongMention = "mention shares no word"
    }

    /// One error and the quotation it concerns (an index into gold, or into predicted for
    /// `extra`).
    public struct Note: Sendable, Equatable {
        public var error: Error
        public var index: Int

        public init(error: Error, index: Int) {
            self.error = error
            self.index = index
        }
    }

    /// Scores one article's predictions against its gold quotations.
    public static func score(_ gold: [Gold], _ predicted: [Predicted]) -> (Tally, [Note]) {
        var tally = Tally()
        var notes: [Note] = []
        tally.gold = gold.count
        tally.predicted = predicted.count
        func overlaps(_ p: Predicted, _ g: Gold) -> Bool { g.segments.contains { $0.overlaps(p.range) } }
        func exact(_ p: Predicted, _ g: Gold) -> Bool { p.range == g.range || g.segments.contains(p.range) }

        var judgedPredictions: Set<Int> = []
        var rightPredictions: Set<Int> = []
        for (index, g) in gold.enumerated() {
            let overlapping = predicted.indices.filter { overlaps(predicted[$0], g) }
            if g.speaker != nil { tally.goldWithSpeaker += 1 }
            guard let first = overlapping.first else {
                notes.append(Note(error: .missed, index: index))
                continue
            }
            tally.goldOverlapped += 1
            let whole = overlapping.contains { predicted[$0].range == g.range }
            let pieces = g.segments.count > 1
                && g.segments.allSatisfy { s in overlapping.contains { predicted[$0].range == s } }
            if whole || pieces {
                tally.goldExact += 1
            } else {
                let starts = overlapping.map { predicted[$0].range.lowerBound }
                let ends = overlapping.map { predicted[$0].range.upperBound }
                if !starts.contains(g.range.lowerBound) { notes.append(Note(error: .startDiffers, index: index)) }
                if !ends.contains(g.range.upperBound) { notes.append(Note(error: .endDiffers, index: index)) }
            }
            let p = predicted[first]
            tally.kindsJudged += 1
            if p.kind == g.kind { tally.rightKinds += 1 } else { notes.append(Note(error: .wrongKind, index: index)) }
            if let mention = g.mention {
                tally.mentionsJudged += 1
                if let found = p.mention, sharesWord(found, mention) {
                    tally.rightMentions += 1
                } else {
                    notes.append(Note(error: .wrongMention, index: index))
                }
            }
            if let speaker = g.speaker {
                tally.speakersJudged += 1
                // Every piece must carry the right speaker.
                let right = overlapping.allSatisfy { predicted[$0].speaker.map { namesMatch($0, speaker) } ?? false }
                if right {
                    tally.rightSpeakers += 1
                    tally.goldEndToEnd += 1
                } else if overlapping.contains(where: { predicted[$0].speaker == nil }) {
                    tally.nullSpeakers += 1
                    notes.append(Note(error: .nullSpeaker, index: index))
                } else {
                    notes.append(Note(error: .wrongSpeaker, index: index))
                }
                for item in overlapping {
                    judgedPredictions.insert(item)
                    if let name = predicted[item].speaker, namesMatch(name, speaker) { rightPredictions.insert(item) }
                }
            }
        }
        for (index, p) in predicted.enumerated() {
            let hits = gold.filter { overlaps(p, $0) }
            if hits.isEmpty {
                notes.append(Note(error: .extra, index: index))
                judgedPredictions.insert(index)
            }
            if hits.contains(where: { exact(p, $0) }) { tally.predictedExact += 1 }
            if !hits.isEmpty { tally.predictedOverlapping += 1 }
        }
        tally.predictedJudged = judgedPredictions.count
        tally.predictedEndToEnd = rightPredictions.count
        return (tally, notes)
    }

    /// Courtesy titles and offices written before a name, and suffixes after it: left out when
    /// names are compared.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
        "president", "secretary", "gen", "general", "judge", "the", "former", "vice", "speaker",
    ]
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// The words of a name compared: lower case, diacritics and full stops gone, titles before
    /// it and suffixes after it left out.
    public static func nameWords(_ name: String) -> [String] {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" })
            .map(String.init)
            .filter { !$0.isEmpty }
        while words.count > 1, let first = words.first, titles.contains(first) { words.removeFirst() }
        while words.count > 1, let last = words.last, suffixes.contains(last) { words.removeLast() }
        return words
    }

    /// Whether a predicted speaker names the gold one. The gold speakers are worked out by a
    /// program and are sometimes short ("Obama") or carry a title ("Sens. Jon Tester") where the
    /// finder gives the plain full name, or the reverse; so two names match when one's words end
    /// the other's ("Obama" and "Barack Obama", "Activist Angela Davis" and "Angela Davis"), or
    /// when their last words agree and their first words are equal or one the other's initial
    /// ("Loretta E. Lynch" and "Loretta Lynch", "J. Smith" and "John Smith"). "Laura Bush" does
    /// not match "George Bush"; "The New York Post" matches "New York Post".
    public static func namesMatch(_ predicted: String, _ gold: String) -> Bool {
        let a = nameWords(predicted), b = nameWords(gold)
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if Array(long.suffix(short.count)) == short { return true }
        guard a.last == b.last else { return false }
        let firstA = a[0], firstB = b[0]
        return firstA == firstB || firstA.count == 1 && firstB.hasPrefix(firstA)
            || firstB.count == 1 && firstA.hasPrefix(firstB)
    }

    /// Gold speakers that are only a pronoun ("He", "she"): the silver derivation could not name
    /// the speaker, so the quotation counts as one without a known speaker.
    static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "him", "her", "them"]

    /// The gold speaker, or nil when it is missing or only a pronoun.
    public static func knownSpeaker(_ speaker: String?) -> String? {
        guard let speaker else { return nil }
        let words = nameWords(speaker)
        return words.count == 1 && pronouns.contains(words[0]) ? nil : speaker
    }

    /// Words of a mention that say who it is (function words aside).
    static let mentionStopWords: Set<String> = ["the", "a", "an", "of", "for", "and", "in", "at", "to", "on"]

    /// Whether two mentions share a word that is not a function word, ignoring case: the gold
    /// gives only the mention's words, not where they are, so overlap is measured on words.
    public static func sharesWord(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> Set<String> {
            Set(nameWords(s).filter { !mentionStopWords.contains($0) })
                .union(s.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                    .filter { !mentionStopWords.contains($0) })
        }
        return !words(a).isDisjoint(with: words(b))
    }
}
