/// Words that make up temporal expressions in news copy, kept apart from the rules that read
/// them (as HeidelTime keeps its normalisation tables in resource files).
enum TemporalLexicon {
    /// A unit of calendar time a duration or a relative date counts in.
    enum Unit: String, Sendable {
        case second, minute, hour, day, week, month, year, decade, century

        /// The TIMEX3 duration letter and how many of it one unit makes ("decade" is ten years).
        var durationParts: (letter: String, scale: Int, isTime: Bool) {
            switch self {
            case .second: return ("S", 1, true)
            case .minute: return ("M", 1, true)
            case .hour: return ("H", 1, true)
            case .day: return ("D", 1, false)
            case .week: return ("W", 1, false)
            case .month: return ("M", 1, false)
            case .year: return ("Y", 1, false)
            case .decade: return ("Y", 10, false)
            case .century: return ("Y", 100, false)
            }
        }

        /// The TIMEX3 letters of a vague duration ("years of" = PXY, "decades" = PXDE).
        var vagueDuration: String {
            switch self {
            case .second: return "PTXS"
            case .minute: return "PTXM"
            case .hour: return "PTXH"
            case .day: return "PXD"
            case .week: return "PXW"
            case .month: return "PXM"
            case .year: return "PXY"
            case .decade: return "PXDE"
            case .century: return "PXCE"
            }
        }
    }

    /// Lower-cased unit nouns, singular and plural, with their units.
    static let units: [String: Unit] = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute,
        "hour": .hour, "hours": .hour, "day": .day, "days": .day, "week": .week, "weeks": .week,
        "fortnight": .week, "month": .month, "months": .month, "year": .year, "years": .year,
        "decade": .decade, "decades": .decade, "century": .century, "centuries": .century,
    ]

    /// Words that stand for "one" before a unit ("a day", "an hour").
    static let oneWords: Set<String> = ["a", "an", "one"]

    /// Quantifiers that make a plural unit a vague duration ("several years", "many months").
    static let vagueQuantifiers: Set<String> = ["several", "many", "few", "some", "recent", "countless", "numerous"]

    /// Prepositions after which a bare plural unit is a vague duration ("for years", "after months").
    static let vagueDurationPrepositions: Set<String> = ["for", "after", "over", "within", "in", "during"]

    /// Days relative to the reference date, with their offsets in days.
    static let relativeDays: [String: Int] = ["yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0]

    /// "last", "next" and "this" before a unit or weekday, with their offsets.
    static let periodOffsets: [String: Int] = [
        "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
    ]

    /// Parts of the day and their TIMEX3 codes.
    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]

    /// Seasons and their TIMEX3 codes.
    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]

    /// Words that refer to a period without naming it: TIMEX3's special reference values.
    static let references: [String: String] = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "recently": "PAST_REF", "lately": "PAST_REF",
    ]

    /// Modifiers written before a date or duration, with TIMEX3's `mod` values. Multi-word
    /// modifiers are listed as their words joined by spaces.
    static let modifiers: [String: String] = [
        "over": "MORE_THAN", "more than": "MORE_THAN", "at least": "EQUAL_OR_MORE", "nearly": "LESS_THAN",
        "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "about": "APPROX",
        "around": "APPROX", "roughly": "APPROX", "some": "APPROX", "approximately": "APPROX",
        "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "just over": "MORE_THAN",
        "well over": "MORE_THAN", "barely": "LESS_THAN",
    ]

    /// Modifiers of a point in time: the start, middle or end of it.
    static let pointModifiers: [String: String] = [
        "early": "START", "mid": "MID", "late": "END", "earlier": "", "later": "",
    ]

    /// "the end of …", "the beginning of …": the part of a period, with TIMEX3's `mod`.
    static let partModifiers: [String: String] = [
        "end": "END", "beginning": "START", "start": "START", "middle": "MID", "close": "END", "turn": "START",
    ]

    /// Frequency adverbs that are sets on their own ("daily"), with their TIMEX3 values.
    static let frequencyAdverbs: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
        "hourly": "PT1H", "nightly": "P1D",
    ]

    /// Words before which a four-digit number is a year ("in 2021", "since 2014").
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "to", "between", "and", "of", "before", "after",
        "during", "through", "early", "mid", "late", "fiscal", "circa", "around", "or", "the", "spring",
        "summer", "autumn", "winter", "fall", "for", "than", "as", "on",
    ]

    /// Words before which a bare month name is a month ("in March", "as recently as May").
    static let monthPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "to", "through", "before", "after", "during",
        "of", "early", "mid", "late", "last", "next", "this", "as", "between", "and", "or", "since",
        "throughout", "that", "each", "every",
    ]

    /// Words that can begin a temporal expression besides numbers, month and weekday names
    /// and number words: the finder tries its patterns only at these.
    static let triggers: Set<String> = {
        var words: Set<String> = [
            "the", "every", "each", "once", "twice", "half", "noon", "midday", "midnight", "mid", "dozen",
            "q", "first", "second", "third", "fourth",
        ]
        for list in [Array(relativeDays.keys), Array(references.keys), Array(periodOffsets.keys), Array(units.keys),
                     Array(vagueQuantifiers), Array(oneWords), Array(frequencyAdverbs.keys), Array(seasons.keys),
                     Array(pointModifiers.keys)] {
            words.formUnion(list)
        }
        return words
    }()

    /// Every word a pattern can start with: the triggers, month and weekday names (plural
    /// weekdays too), and number words. One set, so the finder's check is one look-up.
    static let startWords: Set<String> = {
        var words = triggers
        words.formUnion(CalendarLexicon.months.keys)
        words.formUnion(CalendarLexicon.weekdays.keys)
        words.formUnion(CalendarLexicon.weekdays.keys.map { $0 + "s" })
        words.formUnion(NumberWords.units.keys)
        words.formUnion(NumberWords.tens.keys)
        return words
    }()

    /// Counted nouns that show a four-digit number is a count, not a year ("2000 people").
    static let countNouns: Set<String> = [
        "people", "members", "jobs", "homes", "houses", "workers", "troops", "soldiers", "votes",
        "residents", "students", "pupils", "cases", "deaths", "tonnes", "tons", "metres", "meters",
        "km", "miles", "feet", "acres", "hectares", "units", "shares", "points", "per", "percent",
    ]
}
