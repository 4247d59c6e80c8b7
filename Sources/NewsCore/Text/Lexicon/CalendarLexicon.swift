/// Month and weekday names as news copy writes them, with AP-style abbreviations.
enum CalendarLexicon {
    /// Lower-cased month names and abbreviations (without the trailing stop) to month numbers.
    static let months: [String: Int] = Lexicon.integers("calendar/months")

    /// The abbreviated forms among `months`, which news copy writes with a stop ("Sept. 11").
    static let monthAbbreviations: Set<String> = Lexicon.set("calendar/month-abbreviations")

    /// Lower-cased weekday names and abbreviations to ISO weekday numbers (Monday = 1).
    static let weekdays: [String: Int] = Lexicon.integers("calendar/weekdays")

    /// Words that may stand on a date line beside the date itself ("Published on …, 10:32 GMT").
    static let dateLineWords: Set<String> = Lexicon.set("calendar/date-line-words")
}
