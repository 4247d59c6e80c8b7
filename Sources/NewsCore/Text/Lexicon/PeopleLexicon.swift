/// Words that tell the people finder a capitalised name belongs to a person, or does not.
///
/// Kept apart from the rules in `Analysis/People/` so that a desk can grow the lists without
/// touching the code. Every entry is lower case; multi-word entries are not used here (the rules
/// read one word at a time and chain them).
enum PeopleLexicon {
    /// Titles written capitalised in front of a name ("President Alexander Lukashenko",
    /// "Judge Eleanor Whitcombe", "Gen. Ann Smith"). Abbreviations are listed without their stop.
    static let titles: Set<String> = Lexicon.set("people/titles")

    /// Honorifics that mark the gender of the name they stand before.
    static let masculineHonorifics: Set<String> = Lexicon.set("people/masculine-honorifics")
    static let feminineHonorifics: Set<String> = Lexicon.set("people/feminine-honorifics")

    /// Courtesy titles: they tell gender (or nothing), never a role.
    static let courtesyTitles: Set<String> = Lexicon.set("people/courtesy-titles")

    /// Abbreviated titles and post-nominals that are written with a full stop ("Dr.", "Jr.").
    static let abbreviations: Set<String> = Lexicon.set("people/abbreviations")

    /// Letters written after a name that are not part of it ("Rachel Osei KC").
    static let postNominals: Set<String> = Lexicon.set("people/post-nominals")

    /// Nouns naming what a person is or does ("a journalist", "opposition leader", "head of").
    static let roleNouns: Set<String> = Lexicon.set("people/role-nouns")

    /// Nouns for how one person stands to another: evidence of a person, but not a role to show
    /// ("her husband, Walter", "a close ally of ...").
    static let relationNouns: Set<String> = Lexicon.set("people/relation-nouns")

    /// Words that stand before a role noun inside a title ("former", "opposition", "chief").
    static let roleModifiers: Set<String> = Lexicon.set("people/role-modifiers")

    /// Head nouns that make a name an organisation, a place or a thing when they stand just
    /// before it ("state news agency Belta", "the carrier Belavia") or head its appositive
    /// ("Calloway Bend, a town ...", "Vantara Infra, the Indian tower company").
    static let nonPersonHeads: Set<String> = Lexicon.set("people/non-person-heads")

    /// Last words of organisation names ("Freedom House", "Kestrel Telecom", "World Bank").
    static let organisationCues: Set<String> = Lexicon.set("people/organisation-cues")

    /// Abbreviated titles and the noun for the same role ("gov" → "governor"), so "the
    /// governor" can refer back to "Gov. Ann Lee".
    static let titleAbbreviations: [String: String] = Lexicon.table("people/title-abbreviations")

    /// Last words of product and service names after their maker's name ("Orbit Music",
    /// "Orbit Pay"): such a two-word name is a thing, not a person.
    static let productWords: Set<String> = Lexicon.set("people/product-words")

    /// Lower-case nouns that make the capitalised word just before them an organisation
    /// ("Orbit founder", "Orbit shareholders").
    static let organisationRoleNouns: Set<String> = Lexicon.set("people/organisation-role-nouns")

    /// Last words of place names ("Front Street", "Ohio River", "Cape Town").
    static let placeCues: Set<String> = Lexicon.set("people/place-cues")

    /// Place words that are also common surnames ("Hill", "Park"): after a listed given name
    /// and before a verb they end a person's name.
    static let surnamePlaceCues: Set<String> = Lexicon.set("people/surname-place-cues")

    /// Words that come first in place names ("Mount Kenya", "Lake Chad", "Port Harcourt").
    static let placePrefixes: Set<String> = Lexicon.set("people/place-prefixes")

    /// Short forms of given names to their full form ("tom" → "thomas").
    static let nicknames: [String: String] = {
        var table: [String: String] = [:]
        for line in Lexicon.list("people/nicknames") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { table[String(parts[0])] = String(parts[1]) }
        }
        return table
    }()

    /// Given names news copy uses almost only for men or for women: they rule a person out for
    /// a pronoun of the other gender when the text marks none.
    static let masculineGivenNames: Set<String> = Lexicon.set("people/masculine-given-names")
    static let feminineGivenNames: Set<String> = Lexicon.set("people/feminine-given-names")

    /// Given names used for men and women alike ("Kim", "Taylor"): a sign of a person, not of
    /// a gender.
    static let neutralGivenNames: Set<String> = Lexicon.set("people/given-names")

    /// Nouns for a person the story does not name ("the man", "his wife") and the gender
    /// each marks ("neutral" for none).
    static let unnamedPersonNouns: [String: String] = Lexicon.table("people/unnamed-person-nouns")

    /// Given names that are also common words ("Will", "Hope"), kept as a first name when a
    /// capitalised name follows them at a sentence start.
    static let givenNameWords: Set<String> = Lexicon.set("people/given-names-that-are-words")

    /// Capitalised words that are never names of people on their own.
    static let notNames: Set<String> = Lexicon.set("people/not-names")

    /// Verbs of saying that follow (or precede) a speaker ("Trump urged", "said Lukashenko").
    static let speechVerbs: Set<String> = Lexicon.set("speech-verbs", tags: ["reporting", "crediting"])

    /// Verbs of doing and thinking: a person acts, but is not quoted ("Pruitt worries").
    static let actionVerbs: Set<String> = Lexicon.set("people/action-verbs")

    /// Verbs that introduce a quoted speaker after the verb ("quoted John Coale as saying").
    static let speakerIntroducers: Set<String> = Lexicon.set("people/speaker-introducers")

    /// Pronouns the resolver reads, with their gender.
    static let masculinePronouns: Set<String> = Lexicon.set("people/masculine-pronouns")
    static let femininePronouns: Set<String> = Lexicon.set("people/feminine-pronouns")

    /// Role nouns that carry a gender ("spokeswoman", "chairman", "widow").
    static let masculineNouns: Set<String> = Lexicon.set("people/masculine-nouns")
    static let feminineNouns: Set<String> = Lexicon.set("people/feminine-nouns")

    /// Surname endings that, in Slavic and Baltic names, are only borne by women.
    static let feminineSurnameEndings: [String] = Lexicon.list("people/feminine-surname-endings")
    /// Surname endings that, in the same naming systems, are only borne by men.
    static let masculineSurnameEndings: [String] = Lexicon.list("people/masculine-surname-endings")

    /// Words in front of a single capitalised word that make it a date, not a name ("in May").
    static let datePrepositions: Set<String> = Lexicon.set("people/date-prepositions")

    /// Prepositions that put a following name in a place ("in Vilnius", "from Lagos").
    static let placePrepositions: Set<String> = Lexicon.set("people/place-prepositions")

    /// Words that, lower case, end an appositive's title before a relative clause or verb.
    static let clauseBreakers: Set<String> = Lexicon.set("people/clause-breakers")

    /// Prepositions that may continue a title after its head ("head of the U.S. delegation",
    /// "analyst at Crestline Securities", "spokeswoman for Havenbond").
    static let titlePrepositions: Set<String> = Lexicon.set("people/title-prepositions")

    /// Function words that stop a title read backwards from a name.
    static let titleStoppers: Set<String> = Lexicon.set("people/title-stoppers")
}
