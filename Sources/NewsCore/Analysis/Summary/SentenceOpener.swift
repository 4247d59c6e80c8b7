/// How a sentence begins, as far as standing alone is concerned.
enum SentenceOpener: Sendable, Equatable {
    /// Stands on its own.
    case free
    /// Opens with a connective that ties it to the sentence before ("However,", "But", "In
    /// exchange,"): never shown without that sentence, so never chosen.
    case connective
    /// Opens with a word pointing back at something unnamed ("It", "This", "They", "Both",
    /// "Some of those …"), or in the middle of a quotation an earlier sentence opened: chosen
    /// only right after the sentence before it.
    case referring
    /// Its subject is a personal pronoun ("He added …", or a quotation followed by "she
    /// said"): usable only when the people layer resolves the pronoun (at this range) to
    /// someone the summary has already named.
    case pronoun(Range<Int>)
    /// "The move …", "The decision …": usable right after the sentence before it, or once the
    /// summary holds that noun (this term id; -1 when the noun is no content term).
    case referringNoun(Int32)

    /// Reads the opener of a sentence from its words (as `terms` reads them); `quoteLed` is
    /// true when the sentence starts with a quotation mark, in which case the words after the
    /// quotation (the attribution) are what must stand alone.
    static func classify(_ words: [SummaryWord], of terms: SummaryTerms, quoteLed: Bool,
                         hasComma: Bool = false) -> SentenceOpener {
        if quoteLed {
            guard let speaker = words.first(where: { !$0.inQuote }) else { return .free }
            let kinds = OpenerWord.kinds(of: terms.lower(speaker))
            if kinds.contains(.personalPronoun) { return .pronoun(speaker.range) }
            if kinds.contains(.referring) { return .referring }
            return .free
        }
        guard let head = words.first else { return .free }
        // The middle of a quotation opened in an earlier sentence ("… to Mexico. From there, I
        // tried …,” he said.): its speaker and its start are in the sentence before.
        if head.inQuote { return .referring }
        let first = terms.lower(head)
        let entry = OpenerWord.table[first]
        let kinds = entry?.kinds ?? []
        let second = words.count > 1 ? terms.lower(words[1]) : ""
        let secondTerm = words.count > 1 ? words[1].term : -1
        for phrase in entry?.phrases ?? [] where phrase.count <= words.count {
            if phrase.indices.allSatisfy({ phrase[$0] == terms.lower(words[$0]) }) { return .connective }
        }
        if kinds.contains(.connective) { return .connective }
        // "Some of those funds …", "Most of them …": a share of something named before.
        if SummaryLexicon.partitiveQuantifiers.contains(first), second == "of", words.count > 2,
           OpenerWord.kinds(of: terms.lower(words[2])).contains(.referring) {
            return .referring
        }
        // "Because it is hiding." answers something; "Because of the strike, …" stands alone.
        if first == "because", second != "of", !hasComma { return .connective }
        if kinds.contains(.personalPronoun) { return .pronoun(head.range) }
        if kinds.contains(.referring) {
            if kinds.contains(.demonstrative), SummaryLexicon.demonstrativeTimeNouns.contains(second) {
                return .free
            }
            return .referring
        }
        if first == "the", SummaryLexicon.referringNouns.contains(second) {
            return .referringNoun(secondTerm)
        }
        return .free
    }
}

/// What a word opening a sentence can be, from the summary lexicon's opener lists, gathered
/// in one table so an opener costs one look-up instead of one per list.
struct OpenerWord: Sendable {
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let connective = Kinds(rawValue: 1 << 0)
        static let personalPronoun = Kinds(rawValue: 1 << 1)
        static let referring = Kinds(rawValue: 1 << 2)
        static let demonstrative = Kinds(rawValue: 1 << 3)
    }

    var kinds: Kinds = []
    /// The multi-word connectives opening with this word, in the lexicon's order.
    var phrases: [[String]] = []

    /// Opener words by their lower-case form.
    static let table: [String: OpenerWord] = {
        var table: [String: OpenerWord] = [:]
        func add(_ words: Set<String>, _ kind: Kinds) {
            for word in words { table[word, default: OpenerWord()].kinds.insert(kind) }
        }
        add(SummaryLexicon.connectives, .connective)
        add(SummaryLexicon.personalPronouns, .personalPronoun)
        add(SummaryLexicon.referringWords, .referring)
        add(SummaryLexicon.demonstratives, .demonstrative)
        for phrase in SummaryLexicon.connectivePhrases {
            guard let first = phrase.first else { continue }
            table[first, default: OpenerWord()].phrases.append(phrase)
        }
        return table
    }()

    /// The kinds of opener `word` can be.
    static func kinds(of word: String) -> Kinds { table[word]?.kinds ?? [] }
}
