/// Word lists the summarizer reads, kept apart from the rules that use them: function words
/// left out when sentences are compared, and the sentence openers that lean on an earlier
/// sentence ("However, …", "It also …", "The move …").
enum SummaryLexicon {
    /// English function words and reporting glue that say nothing about what a sentence is
    /// about: left out of the term vectors sentences are compared by. Lower case.
    static let stopwords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "almost", "along", "already",
        "also", "although", "always", "am", "among", "an", "and", "another", "any", "are", "around",
        "as", "at", "back", "be", "became", "because", "become", "been", "before", "being", "below",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done", "down",
        "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further",
        "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
        "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "last", "least", "less", "like", "made", "make", "many", "may", "me",
        "might", "more", "most", "much", "must", "my", "neither", "never", "no", "nor", "not", "now",
        "of", "off", "often", "on", "once", "only", "or", "other", "others", "our", "ours", "out",
        "over", "own", "per", "perhaps", "put", "quite", "rather", "really", "said", "same", "say",
        "saying", "says", "see", "seen", "several", "shall", "she", "should", "since", "so", "some",
        "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "these", "they", "this", "those", "though", "through", "thus", "to", "told", "too",
        "toward", "towards", "under", "until", "up", "upon", "us", "very", "was", "we", "were",
        "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
        "with", "within", "without", "would", "yet", "you", "your", "yours", "mr", "mrs", "ms",
        "dr", "s", "t", "ll", "re", "ve", "d", "m",
    ]

    /// Connectives that tie a sentence to the one before it; a sentence opening with one makes
    /// no sense alone ("However, the number falls short …", "But officials said …").
    static let connectives: Set<String> = [
        "however", "but", "yet", "still", "also", "moreover", "furthermore", "additionally",
        "besides", "meanwhile", "nevertheless", "nonetheless", "instead", "otherwise", "therefore",
        "thus", "hence", "consequently", "accordingly", "so", "and", "or", "nor", "then", "too",
        "likewise", "similarly", "conversely", "indeed", "regardless", "anyway", "again",
        "afterwards", "afterward", "subsequently", "finally", "lastly", "secondly", "thirdly",
        "separately", "elsewhere", "alternatively", "plus",
    ]

    /// Multi-word connectives, as lower-case word sequences ("in exchange", "as a result").
    static let connectivePhrases: [[String]] = [
        ["in", "addition"], ["in", "exchange"], ["in", "return"], ["in", "response"], ["in", "contrast"],
        ["by", "contrast"], ["as", "a", "result"], ["on", "the", "other", "hand"], ["even", "so"],
        ["after", "that"], ["at", "the", "same", "time"], ["in", "turn"], ["for", "its", "part"],
        ["for", "his", "part"], ["for", "her", "part"], ["for", "their", "part"], ["that", "said"],
        ["even", "then"], ["on", "top", "of", "that"], ["to", "that", "end"], ["in", "that", "case"],
        ["because", "of", "this"], ["because", "of", "that"], ["as", "well"], ["in", "the", "meantime"],
        ["apart", "from", "that"], ["other", "than", "that"], ["not", "only", "that"],
        ["in", "particular"], ["on", "the", "contrary"], ["in", "doing", "so"], ["by", "then"],
        ["at", "that", "time"], ["since", "then"], ["until", "then"], ["in", "the", "end"],
    ]

    /// Pronouns that name a person the people layer can resolve ("He added …", "Her lawyer …").
    static let personalPronouns: Set<String> = ["he", "she", "him", "his", "her", "hers"]

    /// Words that point back to something earlier without naming it ("It was the largest …",
    /// "This is …", "They said …", "Both men …"). Never resolved, so a sentence opening with
    /// one is not used.
    static let referringWords: Set<String> = [
        "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "such",
        "both", "neither", "either", "another", "others", "we", "our", "here", "which",
        "whose", "whom",
    ]

    /// Nouns after "this"/"that"/"these" that make a time phrase rather than a reference back
    /// ("This year …", "That morning …" still tell when on their own).
    static let demonstrativeTimeNouns: Set<String> = [
        "year", "week", "month", "morning", "afternoon", "evening", "weekend", "season", "summer",
        "winter", "spring", "autumn", "fall", "quarter", "decade", "century", "years", "weeks",
        "months",
    ]

    /// Nouns that, after "The", usually stand for what an earlier sentence told ("The move
    /// came after …", "The decision follows …"): such a sentence is used only when the summary
    /// already holds the sentence before it or a sentence with the same noun.
    static let referringNouns: Set<String> = [
        "move", "decision", "step", "announcement", "comments", "comment", "remarks", "remark",
        "statement", "latter", "former", "same", "two", "three", "pair", "incident", "development",
        "news", "episode", "measure", "change", "changes", "request", "offer", "claim", "claims",
        "figure", "figures", "number", "numbers", "rest", "others", "report", "revelation",
        "attack", "ruling", "verdict", "plan", "deal", "agreement", "proposal", "bill",
    ]
}
