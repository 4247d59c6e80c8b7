/// Word lists the figure finder reads: approximation words, idioms that hold a number word
/// without being a figure, and the function words that end a counted noun phrase.
enum FigureWords {
    /// Words before "over"/"under" that make them prepositions of place or cause rather than
    /// bounds ("fraud over £300m" is about money, not "more than").
    static let boundVerbsAndPrepositions: Set<String> = Lexicon.set("figures/bound-verbs-and-prepositions")

    /// Words before a time unit that make "a day", "one week" a duration ("for a week").
    static let durationLeads: Set<String> = Lexicon.set("figures/duration-leads")

    /// Words after "a day", "a week" that make it a point in time, not a duration ("a day after").
    static let relativeAfter: Set<String> = Lexicon.set("figures/relative-after")

    /// Ordinal idioms: the ordinal word and a neighbour that makes it no rank ("at first",
    /// "first of all", "in the first place", "first-hand").
    static let ordinalIdiomBefore: Set<String> = Lexicon.set("figures/ordinal-idiom-before")
    static let ordinalIdiomAfter: Set<String> = Lexicon.set("figures/ordinal-idiom-after")

    /// Function words that end a counted noun phrase.
    static let phraseStops: Set<String> = Lexicon.set("figures/phrase-stops")

    /// Determiners and possessives allowed at the start of the phrase after "of" ("30% of the
    /// company", "eight of their last ten games").
    static let determiners: Set<String> = Lexicon.set("figures/determiners")

    /// Head nouns whose "of" complement belongs to what is counted ("14 counts of fraud",
    /// "8,400 members of the scheme").
    static let relationalHeads: Set<String> = Lexicon.set("figures/relational-heads")

    /// Nouns of change that follow a percentage without being what it counts ("a 4% rise").
    static let changeNouns: Set<String> = Lexicon.set("figures/change-nouns")

    /// Nouns before "of N%" that name the share itself ("a market share of 31%").
    static let shareHeads: Set<String> = Lexicon.set("figures/share-heads")

    /// Nouns ending in -ing or -ed that head a counted phrase rather than start a clause
    /// ("new capital spending", "affordable housing").
    static let nounsLikeVerbs: Set<String> = Lexicon.set("figures/nouns-like-verbs")

    /// Leading words dropped from a counted phrase ("two more efforts" counts efforts).
    static let droppedLeads: Set<String> = Lexicon.set("figures/dropped-leads")

    /// Lower-cased words at which a figure can start: number words, signs in words, range and
    /// unit words written first, months, currency abbreviations. Other words are skipped at once.
    static let starterWords: Set<String> = {
        var words = NumberReader.numberWords.union(NumberWords.ordinalUnits.keys)
        words.formUnion(["minus", "negative", "between", "from", "magnitude", "one", "first"])
        words.formUnion(CalendarLexicon.months.keys)
        words.formUnion(CurrencyLexicon.dollarPrefixes.keys)
        words.formUnion(CurrencyLexicon.prefixWords.keys)
        words.formUnion(millionCodes)
        words.formUnion(["percent", "percents", "per"])
        return words
    }()

    /// Finance-desk codes for millions of a currency ("musd", "meur"): "m" before an ISO code.
    static let millionCodes: [String] = CurrencyLexicon.prefixWords.filter { $0.key == $0.value.lowercased() }
        .map { "m" + $0.key }

    /// Starter words at which a figure starts only with a certain next item: a dollar prefix
    /// before "$" ("A$", "US$"), "a"/"an" before a number word ("a dozen", "a third") or a unit of
    /// time ("for a week"); "and" and "point" join the parts of a number but never begin one.
    /// See `FigureScanner.canStart(wordAt:)`.
    static let conditionalStarters: Set<String> = {
        var unconditional = NumberReader.numberWords.subtracting(NumberReader.connectors)
            .union(NumberWords.ordinalUnits.keys)
        unconditional.formUnion(["minus", "negative", "between", "from", "magnitude", "one", "first"])
        unconditional.formUnion(CalendarLexicon.months.keys)
        unconditional.formUnion(CurrencyLexicon.prefixWords.keys)
        unconditional.formUnion(millionCodes)
        unconditional.formUnion(["percent", "percents", "per"])
        return starterWords.subtracting(unconditional)
    }()

    /// What the scanner asks of every word, looked up once per distinct form of a word atom
    /// of `layer` (other forms have no facts), with one hash of the form.
    static func facts(_ layer: TokenLayer) -> [FigureWordFacts] {
        var facts = [FigureWordFacts](repeating: [], count: layer.vocabulary.count)
        var seen = [Bool](repeating: false, count: layer.vocabulary.count)
        for atom in layer.atoms where atom.kind == .word && !seen[Int(atom.word)] {
            seen[Int(atom.word)] = true
            facts[Int(atom.word)] = factTable.value(ofBare: atom.word, in: layer.vocabulary) ?? []
        }
        return facts
    }

    /// The facts of every word that has any.
    private static let factTable = WordTable<FigureWordFacts>({
        var table: [String: FigureWordFacts] = [:]
        for word in starterWords { table[word, default: []].insert(.starter) }
        for word in conditionalStarters { table[word, default: []].insert(.conditional) }
        for word in NumberReader.numberWords { table[word, default: []].insert(.numberWord) }
        for word in UnitLexicon.durations.keys { table[word, default: []].insert(.durationUnit) }
        for word in CurrencyLexicon.suffixWords.keys { table[word, default: []].insert(.currencyName) }
        for word in CurrencyLexicon.qualifiedNames.keys { table[word, default: []].insert(.currencyQualifier) }
        for word in CurrencyLexicon.dollarCountries.keys { table[word, default: []].insert(.dollarCountry) }
        for word in CurrencyLexicon.unitedStatesWords { table[word, default: []].insert(.unitedStates) }
        return table
    }())
}

/// Per-form facts the figure scanner asks on every token, as bits indexed by `WordID`.
struct FigureWordFacts: OptionSet, Sendable {
    let rawValue: UInt16

    /// One of `FigureWords.starterWords`: a figure can start at it.
    static let starter = FigureWordFacts(rawValue: 1 << 0)
    /// A currency named after an amount ("euros", "dollars").
    static let currencyName = FigureWordFacts(rawValue: 1 << 1)
    /// The first word of a two-word currency name ("Swiss" francs, "Hong" Kong dollars).
    static let currencyQualifier = FigureWordFacts(rawValue: 1 << 2)
    /// One of `FigureWords.conditionalStarters`: a figure can start at it before some items only.
    static let conditional = FigureWordFacts(rawValue: 1 << 5)
    /// One of `NumberReader.numberWords`, the words a spelled number is made of.
    static let numberWord = FigureWordFacts(rawValue: 1 << 6)
    /// A unit of time ("week", "hours"; `UnitLexicon.durations`).
    static let durationUnit = FigureWordFacts(rawValue: 1 << 7)
    /// A country with its own dollar (`CurrencyLexicon.dollarCountries`).
    static let dollarCountry = FigureWordFacts(rawValue: 1 << 3)
    /// A name of the United States (`CurrencyLexicon.unitedStatesWords`).
    static let unitedStates = FigureWordFacts(rawValue: 1 << 4)
}
