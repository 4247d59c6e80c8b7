import Foundation

/// Scores people and quotations found on a page against its hand annotation (RealPageGold).
///
/// Pure functions over plain values, so the measuring tool and the unit tests share them. The
/// rules, chosen to judge what a reader would call right rather than exact tokenisation:
/// - a found person is a gold person when the names are the same (ignoring case, full stops,
///   honorifics such as "Mr." and suffixes such as "Jr."), or when one name is the first or last
///   words of the other, or both share the surname and the first initial ("Tom"/"Thomas Reyes"),
///   and in those two looser cases at least one found mention overlaps one of the gold person's
///   (the same person, not a namesake); matching is one to one, exact names first, then by most
///   overlapping mentions;
/// - a title is right when both are absent, or one title's words appear in order inside the
///   other's ("coach" in "Wild coach"; "Rep." reads as "representative");
/// - a gold mention is found when a mention of the matched person overlaps it;
/// - quotations match exactly (the same span once white space and a closing , . ; : inside the
///   marks are set aside on both sides: whether "...plan," keeps its comma is a convention, not
///   an error) or by overlap, one to one in text order; a speaker is
///   right when its name agrees with the gold speaker's by the name rule above; speaker
///   accuracy counts only quotations whose gold speaker is named.
public enum RealPagesScoring {
    /// A person as an analyzer found them.
    public struct FoundPerson: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var mentions: [Range<Int>]

        public init(name: String, title: String?, mentions: [Range<Int>]) {
            self.name = name
            self.title = title
            self.mentions = mentions
        }
    }

    /// A quotation as an analyzer found it.
    public struct FoundQuote: Sendable, Equatable {
        public var range: Range<Int>
        public var speaker: String?
        public var kind: String

        public init(range: Range<Int>, speaker: String?, kind: String) {
            self.range = range
            self.speaker = speaker
            self.kind = kind
        }
    }

    /// People counts of one page (or summed over pages), with notes naming each error.
    public struct PeopleScore: Sendable, Equatable {
        public var goldPeople = 0, foundPeople = 0, matchedPeople = 0, rightTitles = 0
        public var goldMentions = 0, foundGoldMentions = 0, goldPronouns = 0, foundGoldPronouns = 0
        public var matchedPersonMentions = 0, rightMatchedPersonMentions = 0
        public var notes: [String] = []

        public init() {}

        public static func += (lhs: inout PeopleScore, rhs: PeopleScore) {
            lhs.goldPeople += rhs.goldPeople; lhs.foundPeople += rhs.foundPeople
            lhs.matchedPeople += rhs.matchedPeople; lhs.rightTitles += rhs.rightTitles
            lhs.goldMentions += rhs.goldMentions; lhs.foundGoldMentions += rhs.foundGoldMentions
            lhs.goldPronouns += rhs.goldPronouns; lhs.foundGoldPronouns += rhs.foundGoldPronouns
            lhs.matchedPersonMentions += rhs.matchedPersonMentions
            lhs.rightMatchedPersonMentions += rhs.rightMatchedPersonMentions
            lhs.notes += rhs.notes
        }
    }

    /// Quotation counts of one page (or summed), with notes naming each error.
    public struct QuoteScore: Sendable, Equatable {
        public var gold = 0, found = 0, exact = 0, overlapping = 0
        /// Overlap-matched quotations whose gold speaker is named, and how many got it right.
        public var namedSpeakers = 0, rightSpeakers = 0, nullSpeakers = 0
        /// Overlap-matched quotations whose kind agrees.
        public var rightKinds = 0
        /// Overlap-matched with the speaker right (a gold null speaker needs a null one).
        public var endToEnd = 0
        public var notes: [String] = []

        public init() {}

        public static func += (lhs: inout QuoteScore, rhs: QuoteScore) {
            lhs.gold += rhs.gold; lhs.found += rhs.found; lhs.exact += rhs.exact
            lhs.overlapping += rhs.overlapping; lhs.namedSpeakers += rhs.namedSpeakers
            lhs.rightSpeakers += rhs.rightSpeakers; lhs.nullSpeakers += rhs.nullSpeakers
            lhs.rightKinds += rhs.rightKinds; lhs.endToEnd += rhs.endToEnd
            lhs.notes += rhs.notes
        }
    }

    static let pronouns: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "the"]
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
    static let abbreviations: [String: String] = [
        "rep": "representative", "sen": "senator", "gov": "governor", "gen": "general", "lt": "lieutenant",
        "col": "colonel", "sgt": "sergeant", "pres": "president", "atty": "attorney", "supt": "superintendent",
    ]

    /// The words of a name, lowercased, without full stops, commas, honorifics or suffixes.
    public static func nameWords(_ name: String) -> [String] {
        let words = name.lowercased()
            .replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })
            .map { $0.replacingOccurrences(of: ".", with: "") }
            .filter { !$0.isEmpty }
        let core = words.filter { !suffixes.contains($0) }
        let trimmed = Array(core.drop(while: { honorifics.contains($0) }))
        return trimmed.isEmpty ? core : trimmed
    }

    /// True when the names are exactly the same after `nameWords`.
    public static func sameName(_ a: String, _ b: String) -> Bool {
        let left = nameWords(a)
        return !left.isEmpty && left == nameWords(b)
    }

    /// True when two names may be the same person's: the same, one the first or last words of
    /// the other, or the same surname and first initial.
    public static func namesAgree(_ a: String, _ b: String) -> Bool {
        let left = nameWords(a), right = nameWords(b)
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left == right { return true }
        let (short, long) = left.count <= right.count ? (left, right) : (right, left)
        if Array(long.prefix(short.count)) == short || Array(long.suffix(short.count)) == short { return true }
        return left.count > 1 && right.count > 1 && left.last == right.last && left[0].first == right[0].first
    }

    /// True when both titles are absent, or the words of one appear in order inside the other.
    public static func titlesAgree(_ gold: String?, _ found: String?) -> Bool {
        switch (gold, found) {
        case (nil, nil): return true
        case (nil, _), (_, nil): return false
        case (let gold?, let found?):
            let left = titleWords(gold), right = titleWords(found)
            guard !left.isEmpty, !right.isEmpty else { return left == right }
            let (short, long) = left.count <= right.count ? (left, right) : (right, left)
            return (0...(long.count - short.count)).contains { Array(long[$0..<$0 + short.count]) == short }
        }
    }

    static func titleWords(_ title: String) -> [String] {
        title.lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
            .map { word in
                let bare = word.replacingOccurrences(of: ".", with: "")
                return abbreviations[bare] ?? bare
            }
            .filter { !$0.isEmpty }
    }

    /// Scores the people found on one page. `text` is the page's text (for pronouns and notes).
    public static func scorePeople(
        gold: [RealPageGold.Person], found: [FoundPerson], text: [Unicode.Scalar]
    ) -> PeopleScore {
        var score = PeopleScore()
        score.goldPeople = gold.count
        score.foundPeople = found.count
        let pairs = matchPeople(gold: gold, found: found)
        let foundFor = Dictionary(uniqueKeysWithValues: pairs.map { ($0.gold, $0.found) })
        let goldFor = Dictionary(uniqueKeysWithValues: pairs.map { ($0.found, $0.gold) })
        score.matchedPeople = pairs.count
        for (g, person) in gold.enumerated() {
            let isPronoun = { (range: Range<Int>) in pronouns.contains(excerpt(text, range).lowercased()) }
            score.goldMentions += person.mentions.count
            score.goldPronouns += person.mentions.filter(isPronoun).count
            guard let f = foundFor[g] else {
                score.notes.append("missed person: \(person.name)" + (person.title.map { " (\($0))" } ?? ""))
                continue
            }
            let mine = found[f]
            if titlesAgree(person.title, mine.title) {
                score.rightTitles += 1
            } else {
                score.notes.append(
                    "title of \(person.name): \(mine.title ?? "none"), gold \(person.title ?? "none")")
            }
            for mention in person.mentions {
                if mine.mentions.contains(where: { $0.overlaps(mention) }) {
                    score.foundGoldMentions += 1
                    if isPronoun(mention) { score.foundGoldPronouns += 1 }
                } else {
                    score.notes.append(
                        "missed mention of \(person.name): '\(excerpt(text, mention))' at \(mention.lowerBound)")
                }
            }
        }
        for (f, person) in found.enumerated() {
            guard let g = goldFor[f] else {
                score.notes.append("extra person: \(person.name) (\(person.mentions.count) mentions)")
                continue
            }
            score.matchedPersonMentions += person.mentions.count
            for mention in person.mentions {
                if gold[g].mentions.contains(where: { $0.overlaps(mention) }) {
                    score.rightMatchedPersonMentions += 1
                } else {
                    score.notes.append(
                        "extra mention of \(gold[g].name): '\(excerpt(text, mention))' at \(mention.lowerBound)")
                }
            }
        }
        return score
    }

    /// One-to-one pairs (gold index, found index): exact names first, then agreeing names that
    /// share at least one overlapping mention, most overlaps first.
    public static func matchPeople(gold: [RealPageGold.Person], found: [FoundPerson]) -> [(gold: Int, found: Int)] {
        var pairs: [(gold: Int, found: Int)] = []
        var usedGold: Set<Int> = [], usedFound: Set<Int> = []
        for (f, person) in found.enumerated() {
            if let g = gold.indices.first(where: { !usedGold.contains($0) && sameName(gold[$0].name, person.name) }) {
                pairs.append((g, f))
                usedGold.insert(g)
                usedFound.insert(f)
            }
        }
        var candidates: [(gold: Int, found: Int, overlaps: Int)] = []
        for (g, person) in gold.enumerated() where !usedGold.contains(g) {
            for (f, mine) in found.enumerated() where !usedFound.contains(f) && namesAgree(person.name, mine.name) {
                let overlaps = person.mentions.filter { m in mine.mentions.contains { $0.overlaps(m) } }.count
                if overlaps > 0 { candidates.append((g, f, overlaps)) }
            }
        }
        candidates.sort { ($0.overlaps, -$0.gold, -$0.found) > ($1.overlaps, -$1.gold, -$1.found) }
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedFound.contains(candidate.found) {
            pairs.append((candidate.gold, candidate.found))
            usedGold.insert(candidate.gold)
            usedFound.insert(candidate.found)
        }
        return pairs.sorted { $0.gold < $1.gold }
    }

    /// Scores the quotations found on one page.
    public static func scoreQuotes(
        gold: [RealPageGold.Quote], found: [FoundQuote], text: [Unicode.Scalar]
    ) -> QuoteScore {
        var score = QuoteScore()
        score.gold = gold.count
        score.found = found.count
        let goldCores = Set(gold.map { core($0.range, text) })
        score.exact = found.filter { goldCores.contains(core($0.range, text)) }.count
        var usedFound: Set<Int> = []
        for quote in gold {
            guard
                let f = found.indices.first(where: { !usedFound.contains($0) && found[$0].range.overlaps(quote.range) })
            else {
                score.notes.append(
                    "missed \(quote.kind) quotation of \(quote.speaker ?? "an unnamed speaker") at "
                        + "\(quote.range.lowerBound): '\(short(excerpt(text, quote.range)))'")
                continue
            }
            usedFound.insert(f)
            score.overlapping += 1
            let mine = found[f]
            if core(mine.range, text) != core(quote.range, text) {
                score.notes.append(
                    "span [\(mine.range.lowerBound), \(mine.range.upperBound)) for gold "
                        + "[\(quote.range.lowerBound), \(quote.range.upperBound)): "
                        + "'\(short(excerpt(text, mine.range)))'")
            }
            if mine.kind == quote.kind {
                score.rightKinds += 1
            } else {
                score.notes.append("kind \(mine.kind), gold \(quote.kind): '\(short(excerpt(text, quote.range)))'")
            }
            if mine.speaker == nil { score.nullSpeakers += 1 }
            if let speaker = quote.speaker {
                score.namedSpeakers += 1
                if let said = mine.speaker, namesAgree(speaker, said) {
                    score.rightSpeakers += 1
                    score.endToEnd += 1
                } else {
                    score.notes.append(
                        "speaker \(mine.speaker ?? "null"), gold \(speaker): '\(short(excerpt(text, quote.range)))'")
                }
            } else if mine.speaker == nil {
                score.endToEnd += 1
            } else {
                score.notes.append(
                    "speaker \(mine.speaker ?? "null"), gold unnamed: '\(short(excerpt(text, quote.range)))'")
            }
        }
        for (f, quote) in found.enumerated() where !usedFound.contains(f) {
            score.notes.append(
                "extra \(quote.kind) quotation (\(quote.speaker ?? "null")) at \(quote.range.lowerBound): "
                    + "'\(short(excerpt(text, quote.range)))'")
        }
        return score
    }

    /// `range` without white space at either end and without a closing , . ; : (the span an
    /// exact match compares).
    public static func core(_ range: Range<Int>, _ text: [Unicode.Scalar]) -> Range<Int> {
        var lower = max(0, min(range.lowerBound, text.count))
        var upper = max(lower, min(range.upperBound, text.count))
        let closing: Set<Unicode.Scalar> = [",", ".", ";", ":"]
        while lower < upper, text[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, text[upper - 1].properties.isWhitespace || closing.contains(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The text of `range`, clamped to the text.
    public static func excerpt(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, text.count)), upper = max(lower, min(range.upperBound, text.count))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text[lower..<upper])
        return String(result)
    }

    static func short(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(57)) + "..." : flat
    }
}
