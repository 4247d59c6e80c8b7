/// Cues to the tense of a clause, which decides whether "on Thursday" or "in January" points
/// back from the reference date or forward from it.
enum TenseLexicon {
    /// Auxiliaries that put a clause in the future ("will", and "would" in reported speech).
    static let futureAuxiliaries: Set<String> = ["will", "'ll", "’ll", "shall", "would"]

    /// Words that put a clause in the future when "to" follows ("is due to", "plans to").
    static let futureBeforeTo: Set<String> = [
        "due", "set", "expected", "scheduled", "going", "plans", "planned", "intends", "aims",
    ]

    /// Auxiliaries of past or perfect clauses.
    static let pastAuxiliaries: Set<String> = ["was", "were", "had", "did", "has", "have", "been"]

    /// Auxiliaries of present clauses.
    static let presentAuxiliaries: Set<String> = ["is", "are", "am", "does", "do"]

    /// Irregular past-tense verbs common in news copy (regular ones end in "-ed").
    static let irregularPast: Set<String> = [
        "said", "told", "took", "went", "came", "made", "gave", "got", "held", "left", "met", "ran",
        "saw", "sent", "set", "shot", "spent", "stood", "struck", "thought", "won", "wrote", "began",
        "became", "brought", "built", "bought", "caught", "chose", "cut", "drew", "drove", "fell",
        "felt", "fled", "flew", "fought", "found", "grew", "heard", "hit", "hurt", "kept", "knew",
        "led", "lost", "meant", "paid", "put", "quit", "rose", "sang", "sat", "sold", "sought",
        "spoke", "stole", "swore", "taught", "threw", "understood", "wore", "broke", "forgave",
        "froze", "hung", "laid", "lay", "lit", "rode", "rang", "shook", "shut", "slept", "slid",
        "split", "spread", "stuck", "swept", "swam", "tore", "woke", "withdrew", "overtook", "undertook",
        "upheld", "was", "were", "had", "did", "sank", "cost", "struck", "sent", "bore", "dealt", "fed", "forbade", "forgot",
        "beat", "bit", "blew", "dug", "hid", "let", "read", "sped", "sprang", "stung", "stank",
        "struck", "strove", "wept", "wound",
    ]

    /// Verbs of saying, after which a clause reports what someone said ("Poland said it shot
    /// down drones"): the reported clause is the event.
    static let sayingVerbs: Set<String> = [
        "said", "says", "say", "told", "announced", "confirmed", "reported", "claimed", "stated",
        "added", "insisted", "warned", "noted", "argued", "acknowledged", "admitted", "denied",
    ]

    /// Words ending in "-ed" that are not past-tense verbs.
    static let notVerbsInEd: Set<String> = [
        "red", "bed", "shed", "need", "feed", "seed", "speed", "breed", "creed", "deed", "greed",
        "hundred", "led", "wed", "bred", "fled", "sled", "ted", "united", "limited", "based",
        "related", "detailed", "advanced", "alleged", "armed", "skilled", "talented", "naked",
        "sacred", "wicked", "rugged", "ragged", "beloved", "aged", "embed", "infrared",
    ]

    /// Pronouns that can stand as the subject of a reported clause.
    static let subjectPronouns: Set<String> = ["it", "he", "she", "they", "we", "i"]

    /// Words that open a new clause inside a sentence.
    static let clauseOpeners: Set<String> = [
        "who", "which", "whose", "whom", "while", "whereas", "although", "though", "because",
        "when", "where", "but", "following", "after", "before", "ahead", "until", "since",
        "as", "if", "unless", "coming", "despite", "amid", "saying", "according",
    ]

    /// Prepositions that end the object of a short event description.
    static let prepositions: Set<String> = [
        "in", "on", "at", "for", "from", "with", "by", "over", "under", "after", "before", "during",
        "since", "until", "into", "onto", "across", "through", "against", "between", "among",
        "amid", "despite", "following", "ahead", "near", "about", "around", "without", "within",
        "via", "per", "than", "as", "of", "to", "off", "out", "up", "down", "along", "toward", "towards",
        "above", "below", "beyond", "beneath", "throughout", "upon",
    ]

    /// Particles that belong to the verb they follow ("shot down", "walked off").
    static let particles: Set<String> = ["down", "up", "off", "out", "back", "away"]

    /// Words that introduce an undated event placed relative to its anchor: what follows
    /// "ahead of" comes after the anchor, what follows "following" came before it.
    static let relationCues: [String: Bool] = [
        "following": false, "after": false, "ahead": true, "before": true, "pending": true,
    ]
}
