import Testing
@testable import NewsCore

/// The one number reader over layer atoms: numbers read the same way wherever they are read.
@Suite("number reader")
struct NumberReaderTests {
    /// The number read at the first atom of `text` that starts one, with the text it spans.
    static func read(_ text: String, millionM: Bool = false) -> (value: Double, written: String)? {
        let scalars = ScalarText(text)
        let run = AtomRun(text: scalars)
        let reader = NumberReader(run)
        for index in 0..<run.count {
            if let reading = reader.read(at: index, millionM: millionM) {
                let range = run[reading.start].range.lowerBound..<run[reading.end - 1].range.upperBound
                return (reading.value, scalars[range])
            }
        }
        return nil
    }

    @Test("digits, separators, decimals, fractions and magnitudes", arguments: [
        ("about 1,300 people", 1_300.0, "1,300"),
        ("12,34,567 rupees", 1_234_567, "12,34,567"),
        ("a 1 234 567 total", 1_234_567, "1 234 567"),
        ("rates of .08 percent", 0.08, ".08"),
        ("a 2.35 rise", 2.35, "2.35"),
        ("2 1/2 hours", 2.5, "2 1/2"),
        ("1-1/2 cups", 1.5, "1-1/2"),
        ("3/4 of voters", 0.75, "3/4"),
        ("it cost 6.5bn", 6.5e9, "6.5bn"),
        ("a 10k run", 10_000, "10k"),
        ("5 million barrels", 5e6, "5 million"),
        ("3 million and a half", 3.5e6, "3 million and a half"),
        // Science notation, continental decimals and numbers spoken with digits.
        ("a mass of 2.4e5 tonnes", 240_000, "2.4e5"),
        ("roughly 4.5x10^9 years", 4.5e9, "4.5x10^9"),
        ("a factor of 2^10 here", 1024, "2^10"),
        ("a price of 7,50 euros", 7.5, "7,50"),
        ("a bill of 2.345,60 euros", 2345.6, "2.345,60"),
        ("about 7 thousand 2 hundred and 15 voters", 7215, "7 thousand 2 hundred and 15"),
    ] as [(String, Double, String)])
    func digits(text: String, value: Double, written: String) throws {
        let reading = try #require(Self.read(text))
        #expect(reading.value == value)
        #expect(reading.written == written)
    }

    @Test("numbers in words", arguments: [
        ("fifty-two prisoners", 52.0, "fifty-two"),
        ("two hundred and fifty", 250, "two hundred and fifty"),
        ("a dozen eggs", 12, "a dozen"),
        ("two-thirds of members", 2.0 / 3, "two-thirds"),
        ("one and a half million", 1.5e6, "one and a half million"),
        ("nine point five", 9.5, "nine point five"),
        ("hundreds of homes", 100, "hundreds"),
        // Compound denominators and whole numerators.
        ("four twenty-fifths of it", 4.0 / 25, "four twenty-fifths"),
        ("two forty sevenths", 2.0 / 47, "two forty sevenths"),
        ("one one hundred third", 1.0 / 103, "one one hundred third"),
        ("two hundred and forty fifths", 48, "two hundred and forty fifths"),
        ("seven - eighths of the vote", 0.875, "seven - eighths"),
    ] as [(String, Double, String)])
    func words(text: String, value: Double, written: String) throws {
        let reading = try #require(Self.read(text))
        #expect(abs(reading.value - value) < 1e-9)
        #expect(reading.written == written)
    }

    @Test("a glued m is a million beside a currency or before a plural, else left as metres")
    func millionM() throws {
        #expect(try #require(Self.read("300m", millionM: true)).value == 3e8)
        #expect(try #require(Self.read("2m people")).value == 2e6)
        let sprint = try #require(Self.read("a 100m sprint"))
        #expect(sprint.value == 100)
        #expect(sprint.written == "100")
    }

    @Test("line scores, a comma list and a chemical name are not one number", arguments: [
        ("Visitors 010 200 001", 10.0, "010"),
        ("pages 1,2,3 were torn", 1, "1"),
        ("1,3-butadiene leaked", 1, "1"),
        ("2 million and 300 people", 2e6, "2 million"),
    ] as [(String, Double, String)])
    func notJoined(text: String, value: Double, written: String) throws {
        let reading = try #require(Self.read(text))
        #expect(reading.value == value)
        #expect(reading.written == written)
    }

    @Test("a hyphen between whole numbers or dates is not a mixed number", arguments: [
        ("scores of 1-3 and", 1.0, "1"),
        ("from 10-1/2-3 on", 10, "10"),
        ("the 2009-10 season", 2009, "2009"),
    ] as [(String, Double, String)])
    func hyphens(text: String, value: Double, written: String) throws {
        let reading = try #require(Self.read(text))
        #expect(reading.value == value)
        #expect(reading.written == written)
    }

    @Test("digits inside a web address are not read")
    func links() {
        #expect(Self.read("see www.example.com/2024/report") == nil)
    }

    @Test("a bare line's atoms read as a layer's do", arguments: [
        "1-1/2 cups", "the 2009-10 season", "about 1,300 people", "it cost 6.5bn", "fifty-two prisoners",
    ])
    func bareLine(text: String) throws {
        let scalars = ScalarText(text)
        let layerRun = AtomRun(text: scalars), lineRun = AtomRun(line: scalars)
        #expect(layerRun.count == lineRun.count)
        let index = try #require((0..<layerRun.count).first { NumberReader(layerRun).read(at: $0) != nil })
        let fromLayer = try #require(NumberReader(layerRun).read(at: index))
        let fromLine = try #require(NumberReader(lineRun).read(at: index))
        #expect(fromLayer == fromLine)
    }
}
