import Testing
@testable import NewsCore

/// The figure finder's examples: each input sentence with the one figure it must yield (as
/// Duckling keeps a corpus per dimension). Sentences are written here, not taken from fixtures.
@Suite("figure finder examples")
struct FigureFinderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sentence: String
        let text: String
        let kind: Figure.Kind
        let value: Double
        var high: Double? = nil
        var unit: String? = nil
        var testDescription: String { sentence }
    }

    static func figures(_ sentence: String) -> [Figure] {
        FigureFinder.find(in: ScalarText(sentence))
    }

    static let cases: [Case] = [
        // Digits, separators, decimals, signs.
        Case(sentence: "The mill employs 1,250 people.", text: "1,250", kind: .count, value: 1250),
        Case(sentence: "Output fell by 0.75 points.", text: "0.75", kind: .count, value: 0.75),
        Case(sentence: "Overnight lows reached -12C in the valley.", text: "-12C", kind: .quantity, value: -12, unit: "C"),
        // Spelled-out numbers and vague plurals.
        Case(sentence: "Officers arrested thirty-one protesters.", text: "thirty-one", kind: .count, value: 31),
        Case(sentence: "Two hundred and fifty families were moved.", text: "Two hundred and fifty", kind: .count, value: 250),
        Case(sentence: "Police found a dozen rifles.", text: "a dozen", kind: .count, value: 12),
        Case(sentence: "Thousands of fans queued overnight.", text: "Thousands", kind: .count, value: 1000),
        // Fractions are shares, reported in percent.
        Case(sentence: "Nearly three-quarters of voters backed the plan.", text: "three-quarters", kind: .percent, value: 75, unit: "%"),
        Case(sentence: "Half of the wells are dry.", text: "Half", kind: .percent, value: 50, unit: "%"),
        Case(sentence: "About 1/3 of the fleet is grounded.", text: "1/3", kind: .percent, value: 33.33, unit: "%"),
        // Percentages.
        Case(sentence: "Turnout rose to 64.5 per cent.", text: "64.5 per cent", kind: .percent, value: 64.5, unit: "%"),
        Case(sentence: "Inflation is eleven percent.", text: "eleven percent", kind: .percent, value: 11, unit: "%"),
        Case(sentence: "Support dropped 2 percentage points.", text: "2 percentage points", kind: .percent, value: 2, unit: "percentage point"),
        // Money in the forms news copy writes it.
        Case(sentence: "The club paid €85m for the striker.", text: "€85m", kind: .money, value: 85_000_000, unit: "EUR"),
        Case(sentence: "Profit reached $1.2bn last year.", text: "$1.2bn", kind: .money, value: 1_200_000_000, unit: "USD"),
        Case(sentence: "Tickets cost A$45 each.", text: "A$45", kind: .money, value: 45, unit: "AUD"),
        Case(sentence: "The state set aside Rs 120 crore for roads.", text: "Rs 120 crore", kind: .money, value: 1_200_000_000, unit: "INR"),
        Case(sentence: "He was fined 20,000 Swiss francs.", text: "20,000 Swiss francs", kind: .money, value: 20000, unit: "CHF"),
        Case(sentence: "The fare rose by 40 cents.", text: "40 cents", kind: .money, value: 0.4, unit: "USD"),
        // Ranges.
        Case(sentence: "The storm left 150–200 homes without power.", text: "150–200", kind: .count, value: 150, high: 200),
        Case(sentence: "Rents rose between 8 and 12 per cent.", text: "between 8 and 12 per cent", kind: .percent, value: 8, high: 12, unit: "%"),
        Case(sentence: "Forecasters expect from 5 to 10 centimetres of snow.", text: "from 5 to 10 centimetres", kind: .quantity, value: 5, high: 10, unit: "cm"),
        Case(sentence: "The plant was built in 2004-07.", text: "2004-07", kind: .year, value: 2004, high: 2007),
        Case(sentence: "Tickets were priced from £35 to £70.", text: "from £35 to £70", kind: .money, value: 35, high: 70, unit: "GBP"),
        Case(sentence: "Between 2 and 3 million people fled.", text: "Between 2 and 3 million", kind: .count, value: 2_000_000, high: 3_000_000),
        Case(sentence: "Ticket sales for the 2025/26 season opened.", text: "2025/26", kind: .year, value: 2025, high: 2026),
        Case(sentence: "Shares fell 5pc on Monday.", text: "5pc", kind: .percent, value: 5, unit: "%"),
        Case(sentence: "The $1.5-billion deal closed.", text: "$1.5-billion", kind: .money, value: 1_500_000_000, unit: "USD"),
        // Years and decades.
        Case(sentence: "The bridge opened in 1932.", text: "1932", kind: .year, value: 1932),
        Case(sentence: "Music from the '80s filled the hall.", text: "'80s", kind: .year, value: 1980, high: 1989),
        Case(sentence: "Prices last peaked in the 1970s.", text: "1970s", kind: .year, value: 1970, high: 1979),
        // Dates written with numbers.
        Case(sentence: "Ballots are due on 4/15 this year.", text: "4/15", kind: .date, value: 15),
        Case(sentence: "The vote is set for Nov. 5, 2024.", text: "Nov. 5, 2024", kind: .date, value: 5),
        Case(sentence: "The hearing resumes on 21 January.", text: "21 January", kind: .date, value: 21),
        // Dates written with dots: year first as in ISO, or day first with a four-digit year.
        Case(sentence: "The permit was signed on 2018.04.05 in Oslo.", text: "2018.04.05", kind: .date, value: 5),
        Case(sentence: "The concert moved to 05.04.2019 after the storm.", text: "05.04.2019", kind: .date, value: 5),
        // Durations, ages, quantities.
        Case(sentence: "The siege lasted four decades.", text: "four decades", kind: .duration, value: 40, unit: "year"),
        Case(sentence: "Talks ran for 36 hours.", text: "36 hours", kind: .duration, value: 36, unit: "hour"),
        Case(sentence: "She was held for a fortnight.", text: "a fortnight", kind: .duration, value: 2, unit: "week"),
        Case(sentence: "A 19-year-old was charged.", text: "19-year-old", kind: .quantity, value: 19, unit: "year"),
        Case(sentence: "Most were under the age of 10.", text: "10", kind: .quantity, value: 10, unit: "year"),
        Case(sentence: "The convoy covered 240 miles.", text: "240 miles", kind: .quantity, value: 240, unit: "mi"),
        Case(sentence: "A 6.4-magnitude tremor struck.", text: "6.4-magnitude", kind: .quantity, value: 6.4, unit: "magnitude"),
        Case(sentence: "Crews cleared 12 tonnes of debris.", text: "12 tonnes", kind: .quantity, value: 12, unit: "tonne"),
        Case(sentence: "It opened a 250,000-square-foot depot.", text: "250,000-square-foot", kind: .quantity, value: 250_000, unit: "sq ft"),
        // Ratios are shares; a glued "m" before a plural noun is millions, else metres.
        Case(sentence: "One in five adults smokes.", text: "One in five", kind: .percent, value: 20, unit: "%"),
        Case(sentence: "About 2m people watched the final.", text: "2m", kind: .count, value: 2_000_000),
        Case(sentence: "She won the 100m final.", text: "100m", kind: .quantity, value: 100, unit: "m"),
        Case(sentence: "The poll ran from Jan. 2-22 online.", text: "Jan. 2-22", kind: .date, value: 2, high: 22),
        Case(sentence: "The margin is plus or minus 3 percentage points.", text: "3 percentage points", kind: .percent, value: 3, unit: "percentage point"),
        // Finance notation: a bond's 32nds are price points, decimals kept as written.
        Case(sentence: "The long bond fell 5/32 in late trade.", text: "5/32", kind: .count, value: 0.15625),
        Case(sentence: "The pound bought $1.2734 at the close.", text: "$1.2734", kind: .money, value: 1.2734, unit: "USD"),
        Case(sentence: "The yield eased to 4.217% on Friday.", text: "4.217%", kind: .percent, value: 4.217, unit: "%"),
        Case(sentence: "The trial took 2-1/2 years.", text: "2-1/2 years", kind: .duration, value: 2.5, unit: "year"),
        // Money as finance desks and speakers write it.
        Case(sentence: "The fund raised 45 MEUR last year.", text: "45 MEUR", kind: .money, value: 45_000_000, unit: "EUR"),
        Case(sentence: "Their loss was 12 USD million.", text: "12 USD million", kind: .money, value: 12_000_000, unit: "USD"),
        Case(sentence: "A ticket costs 8 dollars 25.", text: "8 dollars 25", kind: .money, value: 8.25, unit: "USD"),
        // Rates, bracketed units, clinical ages, a percentage said the other way round.
        Case(sentence: "The probe moved at 11 kilometres per second.", text: "11 kilometres per second", kind: .quantity, value: 11, unit: "km/s"),
        Case(sentence: "Load: 40 (kg) per crate.", text: "40 (kg)", kind: .quantity, value: 40, unit: "kg"),
        Case(sentence: "A 64 yo woman was treated.", text: "64 yo", kind: .quantity, value: 64, unit: "year"),
        Case(sentence: "The share was put at percent of 15.", text: "percent of 15", kind: .percent, value: 15, unit: "%"),
        Case(sentence: "The ratio came to 3 over 4.", text: "3 over 4", kind: .count, value: 0.75),
        // Names with numbers: the count is the figure, the model is part of what it counts.
        Case(sentence: "The carrier ordered 150 737 Max planes.", text: "150", kind: .count, value: 150),
        Case(sentence: "Regulators grounded 40 Boeing 777-300 jets.", text: "40", kind: .count, value: 40),
        // Ordinals.
        Case(sentence: "It was her 12th marathon.", text: "12th", kind: .ordinal, value: 12),
        Case(sentence: "The party came third in the poll.", text: "third", kind: .ordinal, value: 3),
        // Units of power, fuel economy and distance in space.
        Case(sentence: "The new engine makes 210 horsepower.", text: "210 horsepower", kind: .quantity, value: 210, unit: "hp"),
        Case(sentence: "It has a 190-horsepower motor.", text: "190-horsepower", kind: .quantity, value: 190, unit: "hp"),
        Case(sentence: "The hybrid gets 55 miles per gallon.", text: "55 miles per gallon", kind: .quantity, value: 55, unit: "mpg"),
        Case(sentence: "That is 23 kilometres per litre.", text: "23 kilometres per litre", kind: .quantity, value: 23, unit: "km/l"),
        Case(sentence: "The cloud lies 40 million light-years away.", text: "40 million light-years", kind: .quantity, value: 40_000_000, unit: "light-year"),
        Case(sentence: "Stars formed over billions of years.", text: "billions of years", kind: .duration, value: 1_000_000_000, unit: "year"),
        // Vague counts lead their magnitude; "a year ago" measures the time back.
        Case(sentence: "Several thousand nurses marched.", text: "Several thousand", kind: .count, value: 1000),
        Case(sentence: "Only a few hundred seats remain.", text: "a few hundred", kind: .count, value: 100),
        Case(sentence: "A year ago the mine closed.", text: "A year", kind: .duration, value: 1, unit: "year"),
        Case(sentence: "The mill shut less than a week after the sale.", text: "a week", kind: .duration, value: 1, unit: "week"),
        // A spelled number hyphened to what it counts.
        Case(sentence: "The hosts held a two-goal lead.", text: "two", kind: .count, value: 2),
        // An age after a name ending in Jr.
        Case(sentence: "Tom Reyes Jr., 61, was charged.", text: "61", kind: .quantity, value: 61, unit: "year"),
    ]

    @Test(arguments: cases)
    func example(_ example: Case) throws {
        let found = Self.figures(example.sentence)
        #expect(found.count == 1, "figures: \(found.map(\.text))")
        let figure = try #require(found.first)
        #expect(figure.text == example.text)
        #expect(figure.kind == example.kind)
        #expect(abs(figure.value - example.value) < 0.01, "value \(figure.value)")
        #expect(figure.high == example.high)
        #expect(figure.unit == example.unit)
    }

    @Test("idioms, clock times and names with numbers are not figures", arguments: [
        "One of the guards opened the gate.",
        "Everyone left at once.",
        "The session opened at 6pm and closed at 10 a.m. the next day.",
        "The COVID-19 ward reopened.",
        "It was wrong in the first place.",
        "At first the crowd was quiet.",
        "The report came out a day after the vote.",
        "No one was hurt.",
        "She said one day she would return.",
        "Highway 35 was closed in both directions.",
        "The helpline is staffed 24/7.",
        "The repairs could take a week or two.",
        "The Big Ten title went to the visitors.",
        "Lawyers cited the First Amendment in court.",
        "The sedan keeps its four-cylinder engine.",
        "The ferry runs a one-off service.",
        "A Boeing 787-9 landed at noon.",
        "The iPhone 15 went on sale.",
        "He sank a 3-pointer at the buzzer.",
        "Dispatchers logged 911 calls all night.",
        "She dialled 999 at once.",
        "Leaders of the G7 met the F-35 makers.",
        "Patients with Type 2 diabetes were invited.",
        "Traffic on Route 66 and the I-95 slowed.",
    ])
    func notFigures(_ sentence: String) {
        #expect(Self.figures(sentence).isEmpty, "found \(Self.figures(sentence).map(\.text))")
    }

    @Test("approximation words are kept as the qualifier, outside the figure's text")
    func qualifiers() throws {
        let found = Self.figures("About 300 homes flooded and more than 40% of roads closed for up to 10 days.")
        #expect(found.map(\.text) == ["300", "40%", "10 days"])
        #expect(found.map(\.qualifier) == ["about", "more than", "up to"])
        #expect(FigureBound.of("more than") == .above(inclusive: false))
        #expect(FigureBound.of("up to") == .below(inclusive: true))
    }

    @Test("figures split the way a reporter reads them", arguments: [
        // A win-loss record in brackets is two counts, not a range.
        ("The Hawks (7-4, 3-5) lost again.", ["7", "4", "3", "5"]),
        // A change told before "from" makes the two levels two figures.
        ("Use rose by 30 percent, from 1.10 percent to 1.43 percent.", ["30 percent", "1.10 percent", "1.43 percent"]),
        // From rest to a speed: the speed reached is the figure.
        ("The coupe goes from zero to 60 mph in four seconds.", ["60 mph", "four seconds"]),
        // "between … to …" is a range as "between … and …" is.
        ("Surveys ran between 2011 to 2019.", ["between 2011 to 2019"]),
        // The number of a point in a numbered list is no figure.
        ("4. Questions about the budget\n\nThe council met.", []),
    ])
    func readerSplits(sentence: String, texts: [String]) {
        #expect(Self.figures(sentence).map(\.text) == texts)
    }

    @Test("a counted compound and a country in capitals give what is counted", arguments: [
        ("The hosts held a two-goal lead.", "goals"),
        ("About 9,000 US soldiers remain.", "US soldiers"),
    ])
    func countedNouns(sentence: String, of: String) throws {
        let figure = try #require(Self.figures(sentence).first)
        #expect(figure.of == of)
    }

    @Test("a change from one figure to another is two figures")
    func change() {
        let found = Self.figures("Turnout went from 40% to 55%.")
        #expect(found.map(\.text) == ["40%", "55%"])
        #expect(found.allSatisfy { $0.high == nil })
    }

    @Test("a change and the level it reached are two figures, not a range", arguments: [
        ("The index fell by 30 to 126 on Monday.", ["30", "126"]),
        ("The tally rose 12 to 140.", ["12", "140"]),
        ("Revenue rose 2% to $11.1bn.", ["2%", "$11.1bn"]),
        ("He paid 20 dollars and 5 of them were fake.", ["20 dollars", "5"]),
    ])
    func changeAndLevel(sentence: String, texts: [String]) {
        let found = Self.figures(sentence)
        #expect(found.map(\.text) == texts)
        #expect(found.allSatisfy { $0.high == nil })
    }

    @Test("after a change verb a shared unit still makes a range")
    func changeRange() throws {
        let figure = try #require(Self.figures("Prices rose 3 to 5 percent.").first)
        #expect(figure.text == "3 to 5 percent")
        #expect(figure.high == 5)
    }

    @Test("a box score counts each stat, a bare line after a name its points")
    func boxScore() {
        let found = Self.figures("Ortiz 31 points, 12 assists; Bell 22, Kane 9 rebounds.")
        #expect(found.map(\.text) == ["31", "12", "22", "9"])
        #expect(found.map(\.of) == ["points", "assists", "points", "rebounds"])
        #expect(found.allSatisfy { $0.kind == .count })
    }

    @Test("a line score is read group by group, never as one number or a name")
    func lineScore() {
        let found = Self.figures("Visitors 010 200 001 — 4 9 1")
        #expect(found.map(\.value) == [10, 200, 1, 4, 9, 1])
        #expect(found.allSatisfy { $0.kind == .count })
    }

    @Test("a model number belongs to what a count counts", arguments: [
        ("The carrier ordered 150 737 Max planes.", "737 Max planes"),
        ("Regulators grounded 40 Boeing 777-300 jets.", "Boeing 777-300 jets"),
    ])
    func modelInCountedNoun(sentence: String, of: String) throws {
        let figure = try #require(Self.figures(sentence).first)
        #expect(figure.of == of)
    }

    @Test("a scoreline is two counts, not a range")
    func scoreline() {
        let found = Self.figures("United won 3-1 on Sunday.")
        #expect(found.map(\.text) == ["3", "1"])
        #expect(found.allSatisfy { $0.kind == .count && $0.high == nil })
    }

    @Test("a dotted date is one date, and a version number with a fourth part is no date")
    func dottedDates() {
        let found = Self.figures("The permit was signed on 2018.04.05 in Oslo.")
        #expect(found.map(\.kind) == [.date])
        #expect(Self.figures("Die Frist endet am 30.06.2025 für alle.").map(\.kind) == [.date])
        #expect(!Self.figures("Firmware 2018.04.05.1 fixed the fault.").contains { $0.kind == .date })
    }

    @Test("a year is not a count and a year does not start a range with a duration")
    func yearBeforeDuration() {
        let found = Self.figures("He was jailed in 2019 to 12 years.")
        #expect(found.map(\.kind) == [.year, .duration])
    }
}
