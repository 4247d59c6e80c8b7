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

    /// Reads the opener of a sentence from its words (as `terms` reads them); `quoteLed` is
    /// true when the sentence starts with a quotation mark, in which case the words after the
    /// quotation (the attribution) are what must stand alone.
    static func classify(_ words: [SummaryWord], of terms: SummaryTerms, quoteLed: Bool,
                         hasComma: Bool = false) -> SentenceOpener {
        if quoteLed {
            guard let speaker = words.first(where: { !$0.inQuote }) else { return .free }
            let lower = terms.lower(speaker)
            if SummaryLexicon.personalPronouns.contains(lower) { return .pronoun(speaker.range) }
            if SummaryLexicon.referringWords.contains(lower) { return .referring }
            return .free
        }
        guard let head = words.first else { return .free }
        let first = terms.lower(head)
        let second = words.count > 1 ? terms.lower(words[1]) : ""
        let secondTerm = words.count > 1 ? words[1].term : -1
        for phrase in SummaryLexicon.connectivePhrases where phrase[0] == first && phrase.count <= words.count {
            if phrase.indices.allSatisfy({ phrase[$0] == terms.lower(words[$0]) }) { return .connective }
        }
        if SummaryLexicon.connectives.contains(first) { return .connective }
        // "Because it is hiding." answers something; "Because of the strike, …" stands alone.
        if first == "because", second != "of", !hasComma { return .connective }
        if SummaryLexicon.personalPronouns.contains(first) { return .pronoun(head.range) }
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
