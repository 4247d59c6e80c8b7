/// Word lists the summarizer reads, kept apart from the rules that use them: function words
/// left out when sentences are compared, and the sentence openers that lean on an earlier
/// sentence ("However, …", "It also …", "The move …").
enum SummaryLexicon {
    /// English function words and reporting glue that say nothing about what a sentence is
    /// about: left out of the term vectors sentences are compared by. Lower case.
    static let stopwords: Set<String> = Lexicon.set("summary/stopwords")

    /// Connectives that tie a sentence to the one before it; a sentence opening with one makes
    /// no sense alone ("However, the number falls short …", "But officials said …").
    static let connectives: Set<String> = Lexicon.set("summary/connectives")

    /// Multi-word connectives, as lower-case word sequences ("in exchange", "as a result").
    static let connectivePhrases: [[String]] = Lexicon.list("summary/connective-phrases").map {
        $0.split(separator: " ").map(String.init)
    }

    /// Pronouns that name a person the people layer can resolve ("He added …", "Her lawyer …").
    static let personalPronouns: Set<String> = Lexicon.set("summary/personal-pronouns")

    /// Words that point back to something earlier without naming it ("It was the largest …",
    /// "This is …", "They said …", "Both men …"). Never resolved, so a sentence opening with
    /// one is not used.
    static let referringWords: Set<String> = Lexicon.set("summary/referring-words")

    /// Referring words that point ahead, not back, when they open a story's first sentence
    /// ("Their savings gone, 150 workers returned …").
    static let cataphoricOpeners: Set<String> = Lexicon.set("summary/cataphoric-openers")

    /// Nouns after "this"/"that"/"these" that make a time phrase rather than a reference back
    /// ("This year …", "That morning …" still tell when on their own).
    static let demonstrativeTimeNouns: Set<String> = Lexicon.set("summary/demonstrative-time-nouns")

    /// The demonstratives that make such a time phrase ("this", "that", "these").
    static let demonstratives: Set<String> = Lexicon.set("summary/demonstratives")

    /// Quantifiers that lean back when "of" and a referring word follow them ("Some of those
    /// funds …", "Most of them …").
    static let partitiveQuantifiers: Set<String> = Lexicon.set("summary/partitive-quantifiers")

    /// Nouns that, after "The", usually stand for what an earlier sentence told ("The move
    /// came after …", "The decision follows …"): such a sentence is used only when the summary
    /// already holds the sentence before it or a sentence with the same noun.
    static let referringNouns: Set<String> = Lexicon.set("summary/referring-nouns")
}
