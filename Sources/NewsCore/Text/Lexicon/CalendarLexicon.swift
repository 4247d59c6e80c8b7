/// Month and weekday names as news copy writes them, with AP-style abbreviations.
enum CalendarLexicon {
    /// Lower-cased month names and abbreviations (without the trailing stop) to month numbers.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    ]

    /// The abbreviated forms among `months`, which news copy writes with a stop ("Sept. 11").
    static let monthAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Lower-cased weekday names and abbreviations to ISO weekday numbers (Monday = 1).
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]

    /// Words that may stand on a date line beside the date itself ("Published on …, 10:32 GMT").
    static let dateLineWords: Set<String> = [
        "published", "updated", "posted", "last", "first", "on", "at", "date", "dated", "am",
        "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "et", "est",
        "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "msk", "ist", "jst", "local", "time",
        "modified", "created", "issued", "|",
    ]
}
