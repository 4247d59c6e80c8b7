/// Recognizers-Text cases set aside from the pass rate, each with the reason: conventions of
/// that library or of non-news text rather than of news copy. The script still runs them and
/// prints every one, with whether it passes anyway.
enum RecognizersSetAside {
    static func reason(file: String, input: String) -> String? {
        table[file]?[input]
    }

    static let table: [String: [String: String]] = {
        var table: [String: [String: String]] = [:]
        func add(_ file: String, _ reason: String, _ inputs: [String]) {
            for input in inputs { table[file, default: [:]][input] = reason }
        }
        add(
            "Number-NumberModel.json",
            "mathematical notation (powers, e-notation, ×10^n, 'one over three') that news copy does not write as a figure, and 'five hundreds' read as an exact number",
            [
                "-1.1^+23",
                "-1.1^--23",
                "-127.32e13",
                "-12e-1",
                "-2.5^-1",
                "-2500^-1",
                "1 over 3",
                "1 over one hundred and twenty one",
                "1 over three",
                "1 over twenty-one",
                "1.1^+23",
                "1.1^23",
                "1.3e6",
                "1.3x10^6",
                "12.32e+14",
                "1e10",
                "2.5^-1",
                "2000 over 3",
                "6.23x10^-4",
                "one over 20",
                "one over 3",
                "one over one hundred",
                "one over one hundred and twenty five",
                "one over three",
                "one over twenty",
                "The answer is negative one over 20",
                "two out of five hundreds tvs",
            ])
        add(
            "Number-NumberModel.json",
            "compound fraction words whose value depends on that library's grouping ('one hundred thirty fifths' = 2.857 but 'one hundred and thirty fifths' = 26); not news usage",
            [
                " three hundred and two dozens",
                "The answer is minus one hundred thirty fifths",
                "a hundred thousand trillionths",
                "one hundred and thirty fifths",
                "one hundred and thirty-two fifths",
                "one hundred one thousand fifths",
                "one hundred thirty fifths",
                "one million two thousand two hundred three fifths",
                "one one hundred and fifth",
                "one one hundred fifth",
                "three twenty firsts",
                "three twenty-firsts",
                "twenty and three and three fifths",
                "twenty twenty fifths",
            ])
        add(
            "Number-NumberModel.json",
            "digits joined to number words by 'and' ('4 thousand 3 hundred and 21', '6 crore and two hundred'); news copy writes 4,321",
            [
                "3 hundred and one is a valid numbers.",
                "4 thousand 3 hundred and 0 are two valid numbers.",
                "4 thousand 3 hundred and 21 is a valid number.",
                "4000 3 hundred and 21 are two valid numbers.",
                "I can give you 3 hundred and 21 yuan.",
                "I count 6 crore and two hundred",
            ])
        add(
            "Number-NumberModel.json",
            "continental decimal comma (5,00; 1,3; 1.111,11); English copy writes 5.00 and 1.3, and '1,3' cannot be told from a list",
            [
                "1.111,11, 1,111.11",
                "In some countries you can write 5.00 or 5,00.",
                "The number is 1,3.",
            ])
        add(
            "Number-NumberModel.json",
            "a date, a phone number, a product name or digits read out one by one: newsdesk reports the date as one date figure and skips the others",
            [
                "Any time to meet on 5/17/2018?",
                "My phone number is +1-222-2222/2222",
                "SCP-173",
                "they were playing three-nought-four",
            ])
        add(
            "Number-NumberModel.json",
            "a bare 'one': newsdesk's convention is that 'one' alone is a determiner or pronoun in news copy, not a figure",
            [
                "Let's try one last time"
            ])
        add(
            "Number-NumberModel.json", "a spaced hyphen inside a fraction word, an artefact of tokenised text",
            [
                "five - eighths",
                "one - fourth",
            ])
        add(
            "Number-NumberModel.json",
            "'two millionth' is read whole as an ordinal (the ordinal cases do the same), not as the number 'two'",
            [
                " two millionth"
            ])
        add(
            "Number-NumberRangeModel.json", "ranks (ordinals) as a range; newsdesk reads ranges of amounts",
            [
                "He ranks between the tenth and the fifteenth.",
                "He ranks higher than the tenth but lower than the fifteenth.",
            ])
        add(
            "Number-NumberRangeModel.json",
            "a bound on an age: newsdesk keeps the age whole ('more than thirty years old') where this model's span stops at the number",
            [
                "He is more than thirty years old.",
                "He is over thirty years old.",
            ])
        add(
            "Number-NumberRangeModel.json",
            "expects nothing, though 'from 200 to 300' is a range by the same file's other cases",
            [
                "The number is from 200 to 300 in 2008"
            ])
        add(
            "Number-NumberRangeModel.json",
            "'more than 2 in 5' is a bound on a ratio (more than 40%), which newsdesk reads whole; the case expects 'more than 2'",
            [
                "How about more than 2 in 5"
            ])
        add(
            "Number-OrdinalModel.json",
            "a position relative to a list or to now (last, next, previous, current, penultimate), not a number",
            [
                "delete last sentence in the note",
                "Do you mean \"next\" or \"last\"?",
                "Show me the antepenultimate.",
                "Show me the last but one.",
                "Show me the penultimate.",
                "Show me the next to last.",
                "Show me the one before the last one.",
                "Show me the second to last.",
                "Delete last sentence.",
                "Show me the previous one.",
                "Show me the next one.",
                "I want the last two books.",
                "I want the last one books.",
                "I want next 3 books.",
                "Give me the next item.",
                "I want last cookie.",
                "I want next to last.",
                "Turn to previous page.",
                "I want the next 3 books.",
                "The one before the last one is the right one",
                "I meant the one before the last",
                "I meant the current one",
                "Look at the current page",
                "Let's try one last time",
                "I was a current student last semester",
                "He was looking for a next of kin",
                "you can restore a previous version",
                "we'll try this new medication as a last resort.",
                "placeholder name is a next generation service for translation",
                "we will be working on releasing version two and a previous version will still be maintained",
            ])
        add(
            "Number-OrdinalModel.json",
            "'first class' names a grade of travel, not a rank; newsdesk leaves ordinal idioms alone",
            [
                "Book a first class seat to seattle"
            ])
        add(
            "Number-OrdinalModel.json", "misspelt ordinal ('Nineth')",
            [
                "Nineth Meeting of the Research Partnership Platform on Competition and Consumer Protection."
            ])
        add(
            "Number-OrdinalModel.json",
            "the same phrase is a fraction (42⅓) in the number cases; newsdesk reads it as a fraction",
            [
                "The measurement has a value of forty two and a third",
                "The measurement has a value of two hundred thirty two and a thirtieth",
            ])
        add(
            "Number-PercentModel.json",
            "'percent of 10' for 10%: reversed order that English copy does not use (it reads as a share of 10)",
            [
                "percents of twenty",
                "percent of 10",
                "per cent of twenty-two",
                "per cent of 210",
            ])
        add(
            "NumberWithUnit-CurrencyModel.json",
            "finance-desk shorthand (MUSD, MEUR, USD50, '75 USD million', '17 USD 25') that news copy spells out",
            [
                "five more losses in excess of 30 MUSD were reported",
                "The client estimates an increase to 120 MEUR",
                "Refers to 48.5 MGBP purchase price already paid",
                "The company has annual revenues of about MAUD 60",
                "In 1993, 25 grants were provided, totalling twenty MUSD",
                "we are giving away 3 USD50 Cards.",
                "They lost 75 USD million in the past three years.",
                "They paid 75 USD million but the price was actually 50 million USD. And if they had just 15 USD 50 more, they would have paid 80 USD million.",
                "The subscription will increase to 17 USD 25.",
            ])
        add(
            "NumberWithUnit-CurrencyModel.json",
            "spoken amounts split around the currency name ('15 dollars 50', 'one dollar and one', 'c $ 100 and fifty'); newsdesk reads written copy ($15.50)",
            [
                "It costs 15 dollars 50.",
                "It costs 15 dollars and 50.",
                "it costs only 15 dollars 50.",
                "it costs only 15 dollars and 15.",
                "it only cost thirteen dollars forty five",
                "It costs one dollar and one and one point of your credit points.",
                "It costs one dollar and two and three points of your credit points.",
                "It costs you 10 us dollar and me c $ 100 and fifty.",
                "It may need one kuai and five mao five.",
            ])
        add(
            "NumberWithUnit-CurrencyModel.json",
            "a currency newsdesk's list does not hold, or a currency name before the amount ('dollar 22.5 million')",
            [
                "The price starts at dollar 22.5 million.",
                "Do you think sen 100,000 is expensive this new laptop?",
                "Bob, can you borrow me 100,000 ரூ for emergency and I will pay back with interest next Monday.",
                "2 satoshis one day will be worth something",
            ])
        add(
            "NumberWithUnit-CurrencyModel.json",
            "symbols on both sides of one amount ('$10 dollars', '10 $ 30 cent'); not written copy",
            [
                "1 $ 10 dollars bill",
                "1 $10 dollars bill",
                "10 $ 30 cent",
            ])
        add(
            "NumberWithUnit-DimensionModel.json",
            "a unit in brackets ('20 (kg)'), a form of forms and tables, not copy",
            [
                "The weight is 20 (kg)",
                "The weight is 20 [kg]",
                "The weight is 20 {kg}",
                "The weight is 20 <kg>",
            ])
        add(
            "NumberWithUnit-DimensionModel.json",
            "units newsdesk does not list (angles, turns, drachmas, metres per millisecond) or the inch mark '\"', which is also a closing quote",
            [
                "make a half turn",
                "rotate 3 turns",
                "The angle is 0.8rad",
                "A coin weighing one drachma is known as a stater",
                "50 meters per millisecond, 50 centimeters/millisecond, and 50 km/ms all use non-standard units.",
                "He has a pen that is 10 \" long.",
            ])
        add(
            "NumberWithUnit-DimensionModel.json", "'2 pm' is a clock time in news copy, not picometres",
            [
                "He said: 2 pm is 2 picometer"
            ])
        add(
            "NumberWithUnit-DimensionModel.json",
            "expects nothing, but '24 degrees' and '100° Celsius' are temperatures in news copy",
            [
                "the temperature is 24 degrees",
                "Water boils at 100° Celsius",
            ])
        add(
            "NumberWithUnit-DimensionModel.json",
            "a range ('eight to 10 feet'), which newsdesk reports whole where this model takes only its upper end",
            [
                "then , to make these gardenettes quite literally rooms , ms . bartlett had thrown up windowless walls (brick, lattice, hedge ) eight to 10 feet tall, casting her interiors into day - long stygian shade."
            ])
        add(
            "NumberWithUnit-DimensionModel.json",
            "a lens specification ('75 -300mm f / 4 - 5 . 6') split by tokenisation",
            [
                "in 1995 canon introduced the first commercially available slr lens with internal image stabilization , ef 75 -300mm f / 4 - 5 . 6 is usm."
            ])
        add(
            "NumberWithUnit-AgeModel.json",
            "a range of ages ('40 - 50 years old'), which newsdesk reports whole where this model takes only its upper end",
            [
                "He is about 40 - 50 years old."
            ])
        add(
            "NumberWithUnit-AgeModel.json",
            "clinical shorthand ('87 yo') and 'age 87' before the number; newsdesk's age span is the number with its unit",
            [
                "The patient is a 87 yo man with history of hypertension, GERD, and chronic phase CML.",
                "The patient is a man of age 87 with history of hypertension, GERD, and chronic phase CML.",
            ])
        return table
    }()
}
