/// How a sentence begins, as far as standing alone is concerned.
enum SentenceOpener: Sendable, Equatable {
    /// Stands on its own.
    case free
    /// Opens with a connective that ties it to the sentence before ("However,", "But", "In
    /// exchange,"): never shown without that sentence, so never chosen.
    case connective
    /// Opens with a word pointing back at something unnamed ("It", "This", "They", "Both"):
    /// never chosen.
    case referring
    /// Its subject is a personal pronoun ("He added …", or a quotation followed by "she
    /// said"): usable only when the people layer resolves the pronoun (at this range) to
    /// someone the summary has already named.
    case pronoun(Range<Int>)
    /// "The move …", "The decision …": usable right after the sentence before it, or once the
    /// summary holds that noun (this term id; -1 when the noun is no content term).
    case referringNoun(Int32)

    /// Reads the opener of a sentence from its words; `quoteLed` is true when the sentence
    /// starts with a quotation mark, in which case the words after the quotation (the
    /// attribution) are what must stand alone.
    static func classify(_ words: [SummaryWord], quoteLed: Bool, hasComma: Bool = false) -> SentenceOpener {
        if quoteLed {
            guard let speaker = words.first(where: { !$0.inQuote }) else { return .free }
            if SummaryLexicon.personalPronouns.contains(speaker.lower) { return .pronoun(speaker.range) }
            if SummaryLexicon.referringWords.contains(speaker.lower) { return .referring }
            return .free
        }
        guard let first = words.first?.lower else { return .free }
        let second = words.count > 1 ? words[1].lower : ""
        let secondTerm = words.count > 1 ? words[1].term : -1
        for phrase in SummaryLexicon.connectivePhrases where phrase[0] == first && phrase.count <= words.count {
            if phrase.indices.allSatisfy({ phrase[$0] == words[$0].lower }) { return .connective }
        }
        if SummaryLexicon.connectives.contains(first) { return .connective }
        // "Because it is hiding." answers something; "Because of the strike, …" stands alone.
        if first == "because", second != "of", !hasComma { return .connective }
        if SummaryLexicon.personalPronouns.contains(first), let range = words.first?.range { return .pronoun(range) }
        if SummaryLexicon.referringWords.contains(first) {
            if SummaryLexicon.demonstratives.contains(first), SummaryLexicon.demonstrativeTimeNouns.contains(second) {
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
