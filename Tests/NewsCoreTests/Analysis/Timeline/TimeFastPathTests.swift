import Testing
@testable import NewsCore

/// The timeline's shortcuts must give what the plain reading gives: the facts of a form read
/// with the listed bit instead of a set look-up, number words asked for only after a tens word,
/// and the last word of a phrase read from its end.
@Suite("timeline fast paths")
struct TimeFastPathTests {
    /// The facts of each token of `body`, by its lower-case form.
    static func facts(_ body: String) throws -> [String: TimeFacts] {
        let (_, tokens) = try TimeWordsTests.tokens(body)
        var found: [String: TimeFacts] = [:]
        for i in tokens.indices { found[tokens.lower(i)] = tokens.facts(i) }
        return found
    }

    @Test("a regular past is a verb unless listed as a word in '-ed' that is none")
    func regularPast() throws {
        let facts = try Self.facts("The red bed shed voted and turned; seed was agreed.")
        for verb in ["voted", "turned", "agreed"] {
            #expect(facts[verb]?.has(.pastVerb) == true, "\(verb)")
            #expect(ClauseTense.isRegularPast(verb))
        }
        for noun in ["red", "bed", "shed", "seed"] {
            #expect(facts[noun]?.has(.pastVerb) != true, "\(noun)")
            #expect(!ClauseTense.isRegularPast(noun))
        }
    }

    @Test("hyphenated number words keep their values; other compounds keep only their parts")
    func hyphenated() throws {
        let facts = try Self.facts("In mid-September fifty-two staff marked the twenty-first nine-hour shift, a year-long one.")
        #expect(facts["fifty-two"]?.count == 52)
        #expect(facts["twenty-first"]?.ordinal == 21)
        #expect(facts["mid-september"]?.has(.monthPart) == true)
        #expect(facts["mid-september"]?.count == nil)
        #expect(facts["nine-hour"]?.has(.unitPart) == true)
        #expect(facts["year-long"]?.has(.unitPart) == true)
        #expect(facts["year-long"]?.ordinal == nil)
    }

    @Test("the last word of a phrase is split(separator: \" \").last, ASCII or not",
          arguments: ["rose to the", "cut  jobs at ", "the café in", "", "   ", "one", "naïve plan of", "a b"])
    func lastWord(_ phrase: String) {
        #expect(EventDescriber.lastWord(phrase).map(String.init) == phrase.split(separator: " ").last.map(String.init))
    }
}
