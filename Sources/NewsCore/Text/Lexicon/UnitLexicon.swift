/// Units of time and measurement as news copy writes them after a number ("15 years", "5 km",
/// "40C", "a 7.1-magnitude quake"), with the short name newsdesk reports for each.
enum UnitLexicon {
    /// A unit a number can carry: its reported name, and the factor that turns the written
    /// amount into that unit ("three decades" = 30 years).
    struct Unit: Sendable {
        let name: String
        let factor: Double
    }

    /// Lower-cased time units, singular and plural, to `year`, `month`, `week`, `day`, `hour`,
    /// `minute` or `second`.
    static let durations: [String: Unit] = {
        var table: [String: Unit] = [:]
        let forms: [(String, [String], Double)] = [
            ("year", ["year", "years", "yr", "yrs"], 1), ("year", ["decade", "decades"], 10),
            ("year", ["century", "centuries"], 100), ("month", ["month", "months"], 1),
            ("week", ["week", "weeks"], 1), ("week", ["fortnight", "fortnights"], 2),
            ("day", ["day", "days"], 1), ("hour", ["hour", "hours", "hr", "hrs"], 1),
            ("minute", ["minute", "minutes", "min", "mins"], 1),
            ("second", ["second", "seconds", "sec", "secs"], 1),
        ]
        for (name, words, factor) in forms {
            for word in words { table[word] = Unit(name: name, factor: factor) }
        }
        return table
    }()

    /// Lower-cased measurement words and abbreviations to their reported symbol. Abbreviations
    /// that are also common English words ("in", "a") are left out; "m" is read as metres only
    /// when no currency is in sight (see `FigureFinder`).
    static let measures: [String: String] = {
        var table: [String: String] = [:]
        let forms: [(String, [String])] = [
            ("km", ["km", "kilometre", "kilometres", "kilometer", "kilometers", "kms"]),
            ("m", ["m", "metre", "metres", "meter", "meters"]),
            ("cm", ["cm", "centimetre", "centimetres", "centimeter", "centimeters"]),
            ("mm", ["mm", "millimetre", "millimetres", "millimeter", "millimeters"]),
            ("dm", ["dm", "decimetre", "decimetres", "decimeter", "decimeters"]),
            ("mi", ["mile", "miles", "mi"]), ("ft", ["ft", "foot", "feet"]),
            ("in", ["inch", "inches"]), ("yd", ["yard", "yards", "yd", "yds"]),
            ("kg", ["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "kilogramme", "kilogrammes"]),
            ("g", ["gram", "grams", "gramme", "grammes"]),
            ("mg", ["mg", "milligram", "milligrams"]),
            ("µg", ["μg", "µg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"]),
            ("tonne", ["tonne", "tonnes", "ton", "tons", "t"]), ("lb", ["lb", "lbs", "pound", "pounds"]),
            ("oz", ["oz", "ounce", "ounces"]),
            ("l", ["litre", "litres", "liter", "liters", "l"]),
            ("ml", ["ml", "millilitre", "millilitres", "milliliter", "milliliters"]),
            ("gal", ["gallon", "gallons"]), ("barrel", ["barrel", "barrels", "bbl"]),
            ("acre", ["acre", "acres"]), ("ha", ["hectare", "hectares", "ha"]),
            ("km2", ["km2", "km²"]), ("m2", ["m2", "m²"]),
            ("km/h", ["kph", "kmph", "km/h"]), ("mph", ["mph"]), ("mpg", ["mpg"]),
            ("hp", ["hp", "bhp", "horsepower"]), ("light-year", ["light-year", "light-years"]),
            ("C", ["°c", "celsius", "centigrade"]), ("F", ["°f", "fahrenheit"]),
            ("degree", ["degree", "degrees"]),
            ("magnitude", ["magnitude"]),
            ("MW", ["mw", "megawatt", "megawatts"]), ("GW", ["gw", "gigawatt", "gigawatts"]),
            ("kW", ["kw", "kilowatt", "kilowatts"]), ("kWh", ["kwh"]),
            ("MB", ["mb", "megabyte", "megabytes"]), ("GB", ["gb", "gigabyte", "gigabytes"]),
            ("TB", ["tb", "terabyte", "terabytes"]), ("bit", ["bit", "bits"]),
            ("storey", ["storey", "storeys", "story-high"]),
            ("calorie", ["calorie", "calories", "kcal"]),
            ("tbsp", ["tablespoon", "tablespoons", "tbsp"]), ("tsp", ["teaspoon", "teaspoons", "tsp"]),
            ("cup", ["cup", "cups"]), ("rad", ["rad", "radian", "radians"]), ("turn", ["turn", "turns"]),
        ]
        for (symbol, words) in forms {
            for word in words { table[word] = symbol }
        }
        return table
    }()

    /// Units of time a rate is given per ("50 metres per second", "3 km/ms"), to the short
    /// form written after the slash.
    static let rateTimes: [String: String] = [
        "second": "s", "s": "s", "sec": "s", "millisecond": "ms", "ms": "ms", "minute": "min", "min": "min",
        "hour": "h", "h": "h", "hr": "h", "day": "day", "week": "week", "year": "year",
    ]

    /// Two-word measures ("square metres", "metric tons", "cubic feet"), by their first word.
    static let measureQualifiers: [String: String] = Lexicon.table("unit/measure-qualifiers")

    /// Distances that make a following "per gallon" or "per litre" a fuel economy ("90 miles
    /// per gallon" is `mpg`, "38 kilometres per litre" `km/l`), by the volume word.
    static let fuelEconomy: [String: [String: String]] = [
        "mi": ["gallon": "mpg"],
        "km": ["liter": "km/l", "litre": "km/l"],
    ]

    /// Words that make a following "per hour" a speed ("km per hour", "miles an hour").
    static let speedBases: [String: String] = Lexicon.table("unit/speed-bases")

    /// Letters that, written straight after digits, make a temperature ("40C", "-2F").
    static let temperatureLetters: [String: String] = Lexicon.table("unit/temperature-letters")

    /// Words after a number that mark a time of day, not a quantity ("6pm", "10 a.m.").
    static let clockWords: Set<String> = Lexicon.set("unit/clock-words")
}
