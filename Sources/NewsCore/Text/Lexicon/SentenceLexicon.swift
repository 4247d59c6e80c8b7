/// The vocabulary `SentenceSplitter` consults, kept as plain data apart from its rules.
///
/// Every entry is lower case and written without periods: "Sept." is `sept`, "U.S." is `us`,
/// "a.m." is `am`. A word's list decides which rule applies to a period after it; adding a word
/// here changes behaviour without touching the splitter.
enum SentenceLexicon {
    /// Titles and other abbreviations written before a name ("Mr. Smith", "Gen. Lee",
    /// "Mt. Fuji", "Ft. Worth", "Sec. Rubio"). A period after one never ends a sentence.
    static let titles: Set<String> = [
        "adm", "amb", "atty", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "fr", "ft",
        "gen", "gens", "gov", "govs", "hon", "insp", "lt", "maj", "messrs", "mlle", "mme",
        "mr", "mrs", "ms", "msgr", "mt", "pres", "prof", "pvt", "rep", "reps", "rev", "sec",
        "sen", "sens", "sgt", "supt",
    ]

    /// Abbreviations that introduce a number ("No. 5", "p. 55", "Fig. 3", "approx. 40",
    /// "N°. 12"). A period after one is no boundary when a number follows.
    static let numberPrefixes: Set<String> = [
        "approx", "art", "ca", "ch", "chap", "est", "fig", "figs", "n°", "nº", "no", "nos",
        "op", "p", "para", "pp", "ref", "tel", "vol", "vols",
    ]

    /// Month abbreviations ("Sept. 11", "Jan. 5"). Like `numberPrefixes`, a period after one is
    /// no boundary when a number follows, so datelines stay whole.
    static let months: Set<String> = CalendarLexicon.monthAbbreviations

    /// Other abbreviations, mostly written after a name or a number ("Briggs & Co.", "Apple
    /// Inc.", "JFK Jr.", "5th St.", "etc."). A period after one may end a sentence, but only
    /// when the next word is one of `sentenceStarters` ("…& Co. It closed", not "Inc. Chief").
    static let abbreviations: Set<String> = [
        "al", "asst", "assn", "assoc", "ave", "blvd", "bros", "cf", "co", "corp", "dept", "dir",
        "dist", "div", "esp", "etc", "fri", "govt", "hr", "hrs", "hwy", "ibid", "inc", "incl",
        "intl", "jr", "lb", "lbs", "llc", "ltd", "max", "mfg", "mgr", "min", "misc", "natl",
        "oz", "plc", "rd", "sq", "sr", "st", "thu", "thurs", "tue", "tues", "univ", "viz", "vs",
        "yr", "yrs",
    ]

    /// Dotted initialisms that always lead into more of the sentence ("e.g.", "i.e."). Other
    /// dotted initialisms ("U.S.", "E.U.", "U.S.A.", "Ph.D.") end a sentence only before one of
    /// `sentenceStarters`, so "U.S. Government" and "U.S. President" stay whole.
    static let nonFinalInitialisms: Set<String> = ["eg", "ie"]

    /// Clock suffixes ("5 a.m.", "6 P.M."). After one, any capitalised word may start a new
    /// sentence, unless it is one of `clockFollowers` or the sentence so far is only the time.
    static let clockSuffixes: Set<String> = ["am", "pm"]

    /// Capitalised words that continue a clock time ("10 a.m. Tuesday", "9 p.m. GMT").
    static let clockFollowers: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
        "et", "edt", "est", "ct", "cdt", "cst", "mt", "mdt", "mst", "pt", "pdt", "pst", "gmt",
        "utc", "bst", "cet", "cest", "eastern", "central", "mountain", "pacific",
    ]

    /// Words that typically open a sentence and are not part of a name: pronouns,
    /// determiners, conjunctions, question words, auxiliaries and sentence adverbs. After an
    /// ambiguous abbreviation or initialism, a capitalised word from this list starts a new
    /// sentence; any other capitalised word is taken to continue a name.
    static let sentenceStarters: Set<String> = [
        "a", "about", "according", "after", "again", "all", "also", "although", "among", "an",
        "and", "another", "any", "are", "aren't", "as", "at", "because", "before", "both",
        "but", "by", "can", "can't", "could", "couldn't", "despite", "did", "didn't", "do",
        "does", "doesn't", "don't", "during", "each", "earlier", "even", "every", "few",
        "finally", "first", "for", "from", "had", "has", "hasn't", "have", "haven't", "he",
        "her", "here", "his", "how", "however", "i", "if", "in", "instead", "is", "isn't", "it",
        "its", "last", "later", "let", "let's", "many", "may", "meanwhile", "might", "more",
        "most", "much", "must", "my", "neither", "never", "next", "no", "nor", "not", "now",
        "of", "on", "once", "one", "only", "or", "other", "our", "over", "please", "several",
        "she", "should", "since", "so", "some", "still", "such", "than", "thanks", "that",
        "the", "their", "then", "there", "these", "they", "this", "those", "though", "to",
        "today", "tomorrow", "under", "unless", "until", "was", "wasn't", "we", "were",
        "weren't", "what", "when", "where", "whether", "which", "while", "who", "why", "will",
        "with", "without", "won't", "would", "wouldn't", "yes", "yesterday", "yet", "you",
        "your",
    ]

    /// Verbs of saying. A capitalised name followed by one of these right after a quotation
    /// that closes on "?" or "!" is its attribution ("“Why now?” Smith asked."), not a new
    /// sentence.
    static let speechVerbs: Set<String> = [
        "acknowledged", "added", "adds", "admitted", "answered", "argued", "asked", "asks",
        "concluded", "continued", "cried", "declared", "demanded", "exclaimed", "explained",
        "insisted", "joked", "laughed", "muttered", "noted", "pleaded", "posted", "recalled",
        "remarked", "replied", "replies", "responded", "said", "says", "screamed", "shouted",
        "sighed", "snapped", "stated", "tells", "told", "tweeted", "urged", "warned",
        "whispered", "wondered", "wrote", "writes", "yelled",
    ]

    /// Words that cannot close a headline or a list line: a line that ends in one of them runs
    /// on into the next line ("…talks with the\nPresident…").
    static let lineContinuations: Set<String> = [
        "a", "about", "after", "an", "and", "are", "as", "at", "be", "been", "before",
        "between", "but", "by", "during", "for", "from", "had", "has", "have", "her", "his",
        "in", "including", "into", "is", "its", "like", "my", "nor", "not", "of", "on", "onto",
        "or", "our", "over", "per", "said", "says", "than", "that", "the", "their", "to",
        "under", "via", "was", "were", "which", "who", "whose", "will", "with", "within",
        "without", "would", "your",
    ]
}
