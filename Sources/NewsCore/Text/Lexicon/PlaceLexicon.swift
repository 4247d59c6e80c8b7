/// Names of countries, capitals and large cities, regions, and the adjectives of nationality.
///
/// The people finder uses them to keep places and nationalities out of its list of people
/// ("Belarus", "Vilnius", "Russian"). A modest list of facts, lower case; multi-word names are
/// written with single spaces.
enum PlaceLexicon {
    static let countries: Set<String> = Lexicon.set("place/countries")

    static let cities: Set<String> = Lexicon.set("place/cities")

    static let regions: Set<String> = Lexicon.set("place/regions")

    /// Adjectives and demonyms of nationality and region ("Russian", "Belarusian", "Western").
    static let nationalities: Set<String> = Lexicon.set("place/nationalities")
}
