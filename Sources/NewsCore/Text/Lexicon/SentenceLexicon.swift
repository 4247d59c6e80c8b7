/// The vocabulary `SentenceSplitter` consults, kept as plain data apart from its rules.
///
/// Every entry is lower case and written without periods: "Sept." is `sept`, "U.S." is `us`,
/// "a.m." is `am`. A word's list decides which rule applies to a period after it; adding a word
/// here changes behaviour without touching the splitter.
enum SentenceLexicon {
    /// Titles and other abbreviations written before a name ("Mr. Smith", "Gen. Lee",
    /// "Mt. Fuji", "Ft. Worth", "Sec. Rubio"). A period after one never ends a sentence.
    static let titles: Set<String> = Lexicon.set("sentence/titles")

    /// Abbreviations that introduce a number ("No. 5", "p. 55", "Fig. 3", "approx. 40",
    /// "N°. 12"). A period after one is no boundary when a number follows.
    static let numberPrefixes: Set<String> = Lexicon.set("sentence/number-prefixes")

    /// Month abbreviations ("Sept. 11", "Jan. 5"). Like `numberPrefixes`, a period after one is
    /// no boundary when a number follows, so datelines stay whole.
    static let months: Set<String> = CalendarLexicon.monthAbbreviations

    /// Other abbreviations, mostly written after a name or a number ("Briggs & Co.", "Apple
    /// Inc.", "JFK Jr.", "5th St.", "etc."). A period after one may end a sentence, but only
    /// when the next word is one of `sentenceStarters` ("…& Co. It closed", not "Inc. Chief").
    static let abbreviations: Set<String> = Lexicon.set("sentence/abbreviations")

    /// Dotted initialisms that always lead into more of the sentence ("e.g.", "i.e."). Other
    /// dotted initialisms ("U.S.", "E.U.", "U.S.A.", "Ph.D.") end a sentence only before one of
    /// `sentenceStarters`, so "U.S. Government" and "U.S. President" stay whole.
    static let nonFinalInitialisms: Set<String> = Lexicon.set("sentence/non-final-initialisms")

    /// Clock suffixes ("5 a.m.", "6 P.M."). After one, any capitalised word may start a new
    /// sentence, unless it is one of `clockFollowers` or the sentence so far is only the time.
    static let clockSuffixes: Set<String> = Lexicon.set("sentence/clock-suffixes")

    /// Capitalised words that continue a clock time ("10 a.m. Tuesday", "9 p.m. GMT").
    static let clockFollowers: Set<String> = Lexicon.set("sentence/clock-followers")

    /// Words that typically open a sentence and are not part of a name: pronouns,
    /// determiners, conjunctions, question words, auxiliaries and sentence adverbs. After an
    /// ambiguous abbreviation or initialism, a capitalised word from this list starts a new
    /// sentence; any other capitalised word is taken to continue a name.
    static let sentenceStarters: Set<String> = Lexicon.set("sentence/sentence-starters")

    /// Verbs of saying. A capitalised name followed by one of these right after a quotation
    /// that closes on "?" or "!" is its attribution ("“Why now?” Smith asked."), not a new
    /// sentence.
    static let speechVerbs: Set<String> = Lexicon.set("speech-verbs", tags: ["reporting", "crediting"])

    /// Words that cannot close a headline or a list line: a line that ends in one of them runs
    /// on into the next line ("…talks with the\nPresident…").
    static let lineContinuations: Set<String> = Lexicon.set("sentence/line-continuations")
}
