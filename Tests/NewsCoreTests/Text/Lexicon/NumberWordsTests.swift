import Testing
@testable import NewsCore

@Suite struct NumberWordsTests {
    @Test(arguments: [("fourteen", 14), ("Fifty-two", 52), ("dozen", 12), ("ninety-nine", 99), ("zero", 0)])
    func cardinalWords(word: String, value: Int) {
        #expect(NumberWords.cardinal(word) == value)
    }

    @Test func notNumbers() {
        #expect(NumberWords.cardinal("may") == nil)
        #expect(NumberWords.cardinal("twenty-") == nil)
        #expect(NumberWords.ordinal("firsthand") == nil)
        #expect(NumberWords.ordinal("th") == nil)
    }

    @Test(arguments: [("third", 3), ("twenty-first", 21), ("15th", 15), ("2nd", 2), ("hundredth", 100)])
    func ordinals(word: String, value: Int) {
        #expect(NumberWords.ordinal(word) == value)
    }

    @Test func runsOfWords() throws {
        let mixed = try #require(NumberWords.cardinal(words: ["two", "hundred", "and", "fifty", "people"]))
        #expect(mixed.value == 250 && mixed.count == 4)
        let millions = try #require(NumberWords.cardinal(words: ["three", "million", "and", "a", "half"]))
        #expect(millions.value == 3_000_000 && millions.count == 2)
        let list = try #require(NumberWords.cardinal(words: ["one", "and", "two"]))
        #expect(list.value == 1 && list.count == 1)
        #expect(NumberWords.cardinal(words: ["hundreds", "of"]) == nil)
    }
}
