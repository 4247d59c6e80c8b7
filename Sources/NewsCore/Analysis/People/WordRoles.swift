/// What the people and quotation rules ask of a word: is it a title, a role noun, a verb of
/// saying, a preposition that makes a name oblique…, as bits looked up once per distinct form
/// of an article (see `StoryWords`), so a rule tests a mask instead of hashing a string.
///
/// Each bit stands for one word list of the lexicon; the lists stay the single source of the
/// words, this type only indexes them.
struct WordRoles: OptionSet, Sendable, Hashable {
    let rawValue: UInt64
    init(rawValue: UInt64) { self.rawValue = rawValue }

    // People
    static let title = WordRoles(rawValue: 1 << 0)
    static let roleNoun = WordRoles(rawValue: 1 << 1)
    static let roleModifier = WordRoles(rawValue: 1 << 2)
    static let relationNoun = WordRoles(rawValue: 1 << 3)
    static let notName = WordRoles(rawValue: 1 << 4)
    static let nonPersonHead = WordRoles(rawValue: 1 << 5)
    static let placePreposition = WordRoles(rawValue: 1 << 6)
    /// A reporting or crediting verb (the people layer's verbs of saying).
    static let speechVerb = WordRoles(rawValue: 1 << 7)
    static let actionVerb = WordRoles(rawValue: 1 << 8)
    static let titleStopper = WordRoles(rawValue: 1 << 9)
    static let masculineHonorific = WordRoles(rawValue: 1 << 10)
    static let feminineHonorific = WordRoles(rawValue: 1 << 11)
    static let masculineNoun = WordRoles(rawValue: 1 << 12)
    static let feminineNoun = WordRoles(rawValue: 1 << 13)
    static let masculinePronoun = WordRoles(rawValue: 1 << 14)
    static let femininePronoun = WordRoles(rawValue: 1 << 15)
    static let courtesyTitle = WordRoles(rawValue: 1 << 16)
    static let organisationCue = WordRoles(rawValue: 1 << 17)
    static let placeCue = WordRoles(rawValue: 1 << 18)
    static let postNominal = WordRoles(rawValue: 1 << 19)
    static let clauseBreaker = WordRoles(rawValue: 1 << 20)
    static let titlePreposition = WordRoles(rawValue: 1 << 21)
    static let datePreposition = WordRoles(rawValue: 1 << 22)
    static let sentenceStarter = WordRoles(rawValue: 1 << 23)
    static let obliquePreposition = WordRoles(rawValue: 1 << 24)
    static let nameParticle = WordRoles(rawValue: 1 << 25)
    static let nationality = WordRoles(rawValue: 1 << 26)
    /// A country, city, region or nationality.
    static let placeOrNationality = WordRoles(rawValue: 1 << 27)
    static let month = WordRoles(rawValue: 1 << 28)
    static let weekday = WordRoles(rawValue: 1 << 29)
    /// A word that opens a place name ("Mount", "Lake").
    static let placePrefix = WordRoles(rawValue: 1 << 30)
    /// "has", "was", "will" after a name: the name is the subject.
    static let subjectAuxiliary = WordRoles(rawValue: 1 << 31)

    // Quotations
    /// A verb of saying of any sub-kind, participles included.
    static let anySpeechVerb = WordRoles(rawValue: 1 << 32)
    static let reportingVerb = WordRoles(rawValue: 1 << 33)
    static let participle = WordRoles(rawValue: 1 << 34)
    static let labellingVerb = WordRoles(rawValue: 1 << 35)
    static let speechNoun = WordRoles(rawValue: 1 << 36)
    static let termCue = WordRoles(rawValue: 1 << 37)
    static let namingVerb = WordRoles(rawValue: 1 << 38)
    static let workNoun = WordRoles(rawValue: 1 << 39)
    static let organisationHead = WordRoles(rawValue: 1 << 40)
    static let businessHead = WordRoles(rawValue: 1 << 41)
    static let businessCue = WordRoles(rawValue: 1 << 42)
    static let spokespersonHead = WordRoles(rawValue: 1 << 43)
    static let unnamedPersonHead = WordRoles(rawValue: 1 << 44)
    static let subjectPronoun = WordRoles(rawValue: 1 << 45)
    static let clausePronoun = WordRoles(rawValue: 1 << 46)
    static let auxiliary = WordRoles(rawValue: 1 << 47)
    /// A preposition after which a name is not the subject of a verb of saying.
    static let preposition = WordRoles(rawValue: 1 << 48)
    /// An adverb or auxiliary between a subject and its verb ("later", "has").
    static let filler = WordRoles(rawValue: 1 << 49)
    static let unnamedSubject = WordRoles(rawValue: 1 << 50)
    static let regulatorHead = WordRoles(rawValue: 1 << 51)
    static let country = WordRoles(rawValue: 1 << 52)
    static let city = WordRoles(rawValue: 1 << 53)
    /// "the", "a", "an".
    static let article = WordRoles(rawValue: 1 << 54)
    /// A word that, after a comma, opens a relative clause or an appositive ("who", "based").
    static let appositiveOpener = WordRoles(rawValue: 1 << 55)
    /// A given name that is also a common word ("Will", "Hope", "Grant").
    static let givenNameWord = WordRoles(rawValue: 1 << 56)
    /// A noun that after "the" or "his" usually stands for a person the story does not name
    /// ("the man", "his wife"): `people/unnamed-person-nouns`.
    static let unnamedPersonNoun = WordRoles(rawValue: 1 << 57)
    /// A lower-case sports position that stands as a role ("guard", "star"):
    /// `EntityClassifier.lowerCaseRoles`.
    static let lowerCaseRole = WordRoles(rawValue: 1 << 58)
    /// A firm's people after its name ("founder", "shareholders"): `people/organisation-role-nouns`.
    static let organisationRoleNoun = WordRoles(rawValue: 1 << 59)
    /// A word before a player beaten ("beat", "edged"): `EntityClassifier.beatenBefore`.
    static let beatenBefore = WordRoles(rawValue: 1 << 60)
    /// A plural for party members ending in "s" ("democrats", "tories"): `EntityClassifier.groupPlurals`.
    static let groupPlural = WordRoles(rawValue: 1 << 61)
    /// A nationality with an "s" after it ("indians", "kurds"): a people, not a person.
    static let nationalityPlural = WordRoles(rawValue: 1 << 62)
    /// A short word a title-case headline keeps in lower case ("of", "and"):
    /// `NameCandidateFinder.titleCaseLowerWords`. The last free bit of the raw value.
    static let titleCaseLowerWord = WordRoles(rawValue: 1 << 63)

    /// Every listed word with the union of its lists' bits, keyed by scalar values so an
    /// article's interned forms read it without hashing a string. Built straight from the
    /// lists, with no dictionary of strings in between (it is built once per process, before a
    /// first analysis of people or quotations answers).
    static let wordTable: WordTable<WordRoles> = {
        var table = WordTable<WordRoles>(capacity: 4096)
        func add(_ words: some Sequence<String>, _ role: WordRoles) {
            for word in words { table.merge(word, role) { $0.union($1) } }
        }
        add(PeopleLexicon.titles, .title)
        add(PeopleLexicon.roleNouns, .roleNoun)
        // "judges Len Ford and Ada Cole", "officers": a plural role before a list of names.
        add(PeopleLexicon.roleNouns.filter { $0.count > 3 && !$0.utf8.contains(UInt8(ascii: " ")) }.map(pluralOfRole),
            .roleNoun)
        add(PeopleLexicon.roleModifiers, .roleModifier)
        add(PeopleLexicon.relationNouns, .relationNoun)
        add(PeopleLexicon.notNames, .notName)
        add(PeopleLexicon.givenNameWords, .givenNameWord)
        add(PeopleLexicon.nonPersonHeads, .nonPersonHead)
        add(PeopleLexicon.placePrepositions, .placePreposition)
        add(PeopleLexicon.speechVerbs, .speechVerb)
        add(PeopleLexicon.actionVerbs, .actionVerb)
        add(PeopleLexicon.titleStoppers, .titleStopper)
        add(PeopleLexicon.masculineHonorifics, .masculineHonorific)
        add(PeopleLexicon.feminineHonorifics, .feminineHonorific)
        add(PeopleLexicon.masculineNouns, .masculineNoun)
        add(PeopleLexicon.feminineNouns, .feminineNoun)
        add(PeopleLexicon.masculinePronouns, .masculinePronoun)
        add(PeopleLexicon.femininePronouns, .femininePronoun)
        add(PeopleLexicon.courtesyTitles, .courtesyTitle)
        add(PeopleLexicon.organisationCues, .organisationCue)
        add(PeopleLexicon.placeCues, .placeCue)
        add(PeopleLexicon.postNominals, .postNominal)
        add(PeopleLexicon.clauseBreakers, .clauseBreaker)
        add(PeopleLexicon.titlePrepositions, .titlePreposition)
        add(PeopleLexicon.datePrepositions, .datePreposition)
        add(SentenceLexicon.sentenceStarters, .sentenceStarter)
        add(EntityClassifier.obliquePrepositions, .obliquePreposition)
        add(BylineLexicon.nameParticles, .nameParticle)
        add(PlaceLexicon.nationalities, .nationality)
        for list in [PlaceLexicon.countries, PlaceLexicon.cities, PlaceLexicon.regions, PlaceLexicon.nationalities] {
            add(list, .placeOrNationality)
        }
        add(CalendarLexicon.months.keys, .month)
        add(CalendarLexicon.weekdays.keys, .weekday)
        add(EntityClassifier.placeNamePrefixes, .placePrefix)
        add(EntityClassifier.subjectAuxiliaries, .subjectAuxiliary)
        add(QuoteLexicon.speechVerbs, .anySpeechVerb)
        add(QuoteLexicon.reportingVerbs, .reportingVerb)
        add(QuoteLexicon.participles, .participle)
        add(QuoteLexicon.labellingVerbs, .labellingVerb)
        add(QuoteLexicon.speechNouns, .speechNoun)
        add(QuoteLexicon.termCues, .termCue)
        add(QuoteLexicon.namingVerbs, .namingVerb)
        add(QuoteLexicon.workNouns, .workNoun)
        add(QuoteLexicon.organisationHeads, .organisationHead)
        add(QuoteLexicon.businessHeads, .businessHead)
        add(QuoteLexicon.businessCues, .businessCue)
        add(QuoteLexicon.spokespersonHeads, .spokespersonHead)
        add(QuoteLexicon.unnamedPersonHeads, .unnamedPersonHead)
        add(PeopleLexicon.unnamedPersonNouns.keys, .unnamedPersonNoun)
        add(QuoteLexicon.subjectPronouns, .subjectPronoun)
        add(QuoteLexicon.clausePronouns, .clausePronoun)
        add(QuoteLexicon.auxiliaries, .auxiliary)
        add(SpeakerFinder.prepositions, .preposition)
        add(SpeakerFinder.fillers, .filler)
        add(SpeakerFinder.unnamedSubjects, .unnamedSubject)
        add(OrganisationNames.regulatorHeads, .regulatorHead)
        add(PlaceLexicon.countries, .country)
        add(PlaceLexicon.cities, .city)
        add(["the", "a", "an"], .article)
        add(SpeakerFinder.appositiveOpeners, .appositiveOpener)
        add(EntityClassifier.lowerCaseRoles, .lowerCaseRole)
        add(PeopleLexicon.organisationRoleNouns, .organisationRoleNoun)
        add(EntityClassifier.beatenBefore, .beatenBefore)
        // The rules test these only on a key ending in "s", so only such entries are indexed.
        add(EntityClassifier.groupPlurals.filter { $0.hasSuffix("s") }, .groupPlural)
        add(PlaceLexicon.nationalities.map { $0 + "s" }, .nationalityPlural)
        add(NameCandidateFinder.titleCaseLowerWords, .titleCaseLowerWord)
        return table
    }()

    /// The plural of a role noun as news copy writes it ("judges", "spokesmen", "attorneys").
    static func pluralOfRole(_ noun: String) -> String {
        if noun.hasSuffix("man") { return String(noun.dropLast(3)) + "men" }
        if noun.hasSuffix("s") || noun.hasSuffix("ch") || noun.hasSuffix("sh") || noun.hasSuffix("x") {
            return noun + "es"
        }
        if noun.hasSuffix("y"), let last = noun.dropLast().last, !"aeiou".contains(last) {
            return String(noun.dropLast()) + "ies"
        }
        return noun + "s"
    }

    /// The roles of a lower-case key (full stops removed).
    static func of(_ key: String) -> WordRoles { wordTable.value(key) ?? [] }
}
