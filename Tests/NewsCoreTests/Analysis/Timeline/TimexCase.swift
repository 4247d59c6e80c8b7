import Testing
@testable import NewsCore

/// One sentence and the time expression the timeline must find in it, with its TIMEX3 type and
/// value against a reference date (Thursday 2025-09-11 unless the case says otherwise).
struct TimexCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var text: String
    var type: String
    var value: String
    /// The TIMEX3 modifier ("APPROX", "START"), nil for none.
    var mod: String? = nil
    var reference = "2025-09-11"
    var testDescription: String { "\(text) in: \(sentence)" }

    /// Expects the expression to be found with exactly this extent, type, value and modifier.
    func check() throws {
        let found = TimelineFinder.timexes(in: sentence, reference: CalendarDate(iso: reference))
        let match = try #require(found.first { $0.text == text }, "found \(found.map(\.text))")
        #expect(match.type == type)
        #expect(match.value == value)
        #expect(match.mod == mod)
    }
}
