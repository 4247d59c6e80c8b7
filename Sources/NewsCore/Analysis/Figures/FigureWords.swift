/// Word lists the figure finder reads: approximation words, idioms that hold a number word
/// without being a figure, and the function words that end a counted noun phrase.
enum FigureWords {
    /// Words before "over"/"under" that make them prepositions of place or cause rather than
    /// bounds ("fraud over £300m" is about money, not "more than").
    static let boundVerbsAndPrepositions: Set<String> = [
        "for", "of", "in", "to", "by", "with", "at", "from", "is", "was", "are", "were", "be", "been",
        "has", "had", "have", "cost", "costs", "lasted", "took", "spent", "rose", "fell", "reached",
        "killed", "injured", "now", "still", "just", "employs", "employ", "aged", "ages", "than",
        "worth", "paid", "earned", "received", "raised", "lost", "won", "sold", "bought", "and", "or",
        "–", "—", "-", "(", ",",
    ]

    /// Words before "one" that make it a pronoun ("no one", "the one who").
    static let pronounOneBefore: Set<String> = [
        "no", "the", "this", "that", "which", "any", "every", "each", "some", "someone", "everyone",
        "anyone", "little", "big", "right", "wrong", "last", "next", "only", "loved", "young", "new",
        "old", "other",
    ]

    /// Words after "one" that make an idiom or a pronoun ("one of the", "one day", "one another").
    static let pronounOneAfter: Set<String> = [
        "of", "another", "day", "time", "way", "thing", "side", "hand", "point", "who", "that",
        "which", "by", "last", "must", "should", "can", "could", "would", "will", "may", "might",
        "knows", "said", "says", "is", "was", "another's", "another’s", "off", "stop", "too",
    ]

    /// Words before a time unit that make "a day", "one week" a duration ("for a week").
    static let durationLeads: Set<String> = [
        "for", "in", "within", "over", "than", "about", "nearly", "almost", "around", "roughly",
        "barely", "just", "only", "lasted", "last", "spent", "took", "takes", "take", "after", "past",
        "whole", "entire", "full", "least", "of", "during", "throughout", "once",
    ]

    /// Words after "a day", "a week" that make it a point in time, not a duration ("a day after").
    static let relativeAfter: Set<String> = ["after", "before", "later", "earlier", "ago", "or", "and", "to"]

    /// Ordinal idioms: the ordinal word and a neighbour that makes it no rank ("at first",
    /// "first of all", "in the first place", "first-hand").
    static let ordinalIdiomBefore: Set<String> = ["at"]
    static let ordinalIdiomAfter: Set<String> = ["place", "hand", "aid", "class", "instance", "sight", "glance", "person", "lady", "gentleman", "half", "round"]

    /// Function words that end a counted noun phrase.
    static let phraseStops: Set<String> = [
        "of", "in", "on", "at", "from", "to", "for", "with", "by", "about", "over", "under", "into",
        "onto", "across", "through", "between", "after", "before", "during", "since", "until",
        "against", "among", "without", "within", "per", "than", "as", "like", "near", "off", "up",
        "down", "out", "around", "including", "via", "toward", "towards", "inside", "outside",
        "behind", "beyond", "despite", "amid", "along", "upon", "above", "below", "past", "ahead",
        "and", "or", "but", "nor", "so", "yet", "while", "whereas", "because", "if", "when", "where",
        "who", "whom", "whose", "which", "that", "what", "whether", "though", "although",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "may", "might", "must", "should", "shall",
        "said", "says", "say", "told", "tell", "went", "came", "come", "comes", "took", "take", "takes",
        "made", "make", "makes", "got", "get", "gets", "gave", "give", "found", "saw", "kept", "held",
        "lost", "paid", "met", "ran", "won", "fell", "rose", "grew", "began", "brought", "bought",
        "stood", "sat", "spent", "sent", "built", "became", "become", "felt", "fought", "heard",
        "led", "knew", "thought", "wrote", "slept", "left", "fled", "died", "live", "lived", "remain",
        "remains", "remained", "carry", "carries", "need", "needs", "want", "wants", "face", "faces",
        "stay", "stays", "work", "works", "worked", "risen", "fallen", "grown", "gone", "seen",
        "spend", "pay", "get", "go", "see", "know", "think", "use", "try", "ask", "feel", "mean",
        "keep", "seem", "hear", "bring", "happen", "write", "provide", "lose", "meet", "include",
        "continue", "learn", "understand", "speak", "allow", "grow", "walk", "win", "offer", "remember",
        "consider", "appear", "buy", "wait", "serve", "die", "send", "expect", "build", "reach", "kill",
        "suggest", "sell", "require", "decide", "earn", "own", "receive", "hope", "say", "believe",
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "its", "there",
        "now", "then", "still", "also", "already", "just", "only", "even", "ago", "later", "earlier",
        "here", "each", "apiece", "too", "again", "ever", "never", "not", "no", "this", "these",
        "those", "such", "all", "both", "either", "neither", "every", "a", "an", "the", "some", "any",
        "most", "own", "instead", "respectively", "altogether", "overall", "total", "alone",
    ]

    /// Determiners and possessives allowed at the start of the phrase after "of" ("30% of the
    /// company", "eight of their last ten games").
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our",
        "my", "your", "all", "last", "next", "first",
    ]

    /// Head nouns whose "of" complement belongs to what is counted ("14 counts of fraud",
    /// "8,400 members of the scheme").
    static let relationalHeads: Set<String> = [
        "members", "member", "counts", "count", "cases", "case", "pieces", "piece", "units", "kinds",
        "types", "sorts", "rounds", "bottles", "cups", "bags", "sacks", "boxes", "head", "heads",
        "acts", "charges", "instances", "series",
    ]

    /// Nouns of change that follow a percentage without being what it counts ("a 4% rise").
    static let changeNouns: Set<String> = [
        "rise", "rises", "increase", "increases", "cut", "cuts", "fall", "falls", "drop", "drops",
        "jump", "gain", "gains", "hike", "hikes", "decline", "decrease", "reduction", "growth",
        "stake", "premium", "discount", "chance", "probability", "majority", "margin", "lead",
        "slump", "surge", "boost", "raise", "rate", "share", "return", "yield",
    ]

    /// Nouns before "of N%" that name the share itself ("a market share of 31%").
    static let shareHeads: Set<String> = ["share", "stake", "rate", "proportion", "portion", "percentage", "fraction", "majority", "total"]

    /// Nouns ending in -ing or -ed that head a counted phrase rather than start a clause
    /// ("new capital spending", "affordable housing").
    static let nounsLikeVerbs: Set<String> = [
        "spending", "funding", "housing", "building", "buildings", "training", "meeting", "meetings",
        "shooting", "shootings", "bombing", "bombings", "killing", "killings", "earnings", "savings",
        "holdings", "listings", "bookings", "landings", "sightings", "hearings", "findings",
        "dwellings", "crossings", "warnings", "beings", "offerings", "proceedings", "borrowing",
        "lending", "pricing", "financing", "shipping", "clothing", "bedding", "heating", "flooding",
        "seed", "need", "speed", "feed", "breed", "bed", "shed", "red", "hundred",
    ]

    /// Leading words dropped from a counted phrase ("two more efforts" counts efforts).
    static let droppedLeads: Set<String> = ["more", "other", "further", "extra", "additional", "fewer", "less"]

    /// Lower-cased words at which a figure can start: number words, signs in words, range and
    /// unit words written first, months, currency abbreviations. Other words are skipped at once.
    static let starterWords: Set<String> = {
        var words = NumberReader.numberWords.union(NumberWords.ordinalUnits.keys)
        words.formUnion(["minus", "negative", "between", "from", "magnitude", "one", "first"])
        words.formUnion(CalendarLexicon.months.keys)
        words.formUnion(CurrencyLexicon.dollarPrefixes.keys)
        words.formUnion(CurrencyLexicon.prefixWords.keys)
        return words
    }()

    /// What the scanner asks of every word, looked up once per distinct form of a word atom
    /// of `layer` (other forms have no facts), with one hash of the form.
    static func facts(_ layer: TokenLayer) -> [FigureWordFacts] {
        var facts = [FigureWordFacts](repeating: [], count: layer.vocabulary.count)
        var seen = [Bool](repeating: false, count: layer.vocabulary.count)
        for atom in layer.atoms where atom.kind == .word && !seen[Int(atom.word)] {
            seen[Int(atom.word)] = true
            facts[Int(atom.word)] = factTable[layer.bare(atom)] ?? []
        }
        return facts
    }

    /// The facts of every word that has any.
    private static let factTable: [String: FigureWordFacts] = {
        var table: [String: FigureWordFacts] = [:]
        for word in starterWords { table[word, default: []].insert(.starter) }
        for word in CurrencyLexicon.suffixWords.keys { table[word, default: []].insert(.currencyName) }
        for word in CurrencyLexicon.qualifiedNames.keys { table[word, default: []].insert(.currencyQualifier) }
        return table
    }()
}

/// Per-form facts the figure scanner asks on every token, as bits indexed by `WordID`.
struct FigureWordFacts: OptionSet, Sendable {
    let rawValue: UInt8

    /// One of `FigureWords.starterWords`: a figure can start at it.
    static let starter = FigureWordFacts(rawValue: 1 << 0)
    /// A currency named after an amount ("euros", "dollars").
    static let currencyName = FigureWordFacts(rawValue: 1 << 1)
    /// The first word of a two-word currency name ("Swiss" francs, "Hong" Kong dollars).
    static let currencyQualifier = FigureWordFacts(rawValue: 1 << 2)
}
