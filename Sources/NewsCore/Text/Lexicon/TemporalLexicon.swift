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
    static let units: [String: Unit] = Lexicon.table("temporal/units").compactMapValues(Unit.init(rawValue:))

    /// Words that stand for "one" before a unit ("a day", "an hour").
    static let oneWords: Set<String> = Lexicon.set("temporal/one-words")

    /// Quantifiers that make a plural unit a vague duration ("several years", "many months").
    static let vagueQuantifiers: Set<String> = Lexicon.set("temporal/vague-quantifiers")

    /// Prepositions after which a bare plural unit is a vague duration ("for years", "after months").
    static let vagueDurationPrepositions: Set<String> = Lexicon.set("temporal/vague-duration-prepositions")

    /// Days relative to the reference date, with their offsets in days.
    static let relativeDays: [String: Int] = Lexicon.integers("temporal/relative-days")

    /// "last", "next" and "this" before a unit or weekday, with their offsets.
    static let periodOffsets: [String: Int] = Lexicon.integers("temporal/period-offsets")

    /// Parts of the day and their TIMEX3 codes.
    static let partsOfDay: [String: String] = Lexicon.table("temporal/parts-of-day")

    /// Holidays dated by name: a fixed day ("12-25") or the Nth weekday of a month ("11-4-4").
    static let holidays: [String: String] = Lexicon.table("temporal/holidays")

    /// The words of the holidays' names ("thanksgiving", "day", "eve"), capitalised in a name.
    static let holidayWords: Set<String> = Set(holidays.keys.flatMap { $0.split(separator: " ").map(String.init) })

    /// Nouns after which "current" is a term of accounts or physics, not now ("current assets").
    static let notCurrentTimes: Set<String> = Lexicon.set("temporal/not-current-times")

    /// Seasons and their TIMEX3 codes.
    static let seasons: [String: String] = Lexicon.table("temporal/seasons")

    /// Words that refer to a period without naming it: TIMEX3's special reference values.
    static let references: [String: String] = Lexicon.table("temporal/references")

    /// Modifiers written before a date or duration, with TIMEX3's `mod` values. Multi-word
    /// modifiers are listed as their words joined by spaces.
    static let modifiers: [String: String] = Lexicon.table("temporal/modifiers")

    /// Modifiers of a point in time: the start, middle or end of it.
    static let pointModifiers: [String: String] = Lexicon.table("temporal/point-modifiers")

    /// "the end of …", "the beginning of …": the part of a period, with TIMEX3's `mod`.
    static let partModifiers: [String: String] = Lexicon.table("temporal/part-modifiers")

    /// Frequency adverbs that are sets on their own ("daily"), with their TIMEX3 values.
    static let frequencyAdverbs: [String: String] = Lexicon.table("temporal/frequency-adverbs")

    /// Words before which a four-digit number is a year ("in 2021", "since 2014").
    static let yearPrepositions: Set<String> = Lexicon.set("temporal/year-prepositions")

    /// Words before which a bare month name is a month ("in March", "as recently as May").
    static let monthPrepositions: Set<String> = Lexicon.set("temporal/month-prepositions")

    /// Words that can begin a temporal expression besides numbers, month and weekday names
    /// and number words: the finder tries its patterns only at these.
    static let triggers: Set<String> = {
        var words = Lexicon.set("temporal/triggers")
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

    /// Words of sports copy: beside them a quarter or a half is game time, not a date.
    static let gameWords: Set<String> = Lexicon.set("temporal/game-words")

    /// Words that make "quarter" or "period" the story's own quarter ("the latest quarter"),
    /// with its distance in years from that quarter ("the year-ago quarter" = -1).
    static let storyQuarterWords: [String: Int] = Lexicon.integers("temporal/story-quarter-words")

    /// Counted nouns that show a four-digit number is a count, not a year ("2000 people").
    static let countNouns: Set<String> = Lexicon.set("temporal/count-nouns")
}
