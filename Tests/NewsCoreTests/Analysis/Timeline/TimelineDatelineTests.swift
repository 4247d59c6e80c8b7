import Testing

@testable import NewsCore

/// The dateline dates a story; it is never part of the story's events.
@Suite("timeline and the dateline")
struct TimelineDatelineTests {
    @Test("an agency credit in the dateline never becomes an event's subject, and no dash leads an event",
          arguments: ["LEEDS, England, May 2 (Newsline) – ", "OSLO, May 2 (Nordwire) - "])
    func datelineIsNoSubject(dateline: String) throws {
        let text = "Mayor jailed over bribes\n\n" + dateline
            + "The former mayor was jailed for eight years on Friday.\n"
        let article = ArticleParser.parse(text, format: .text, source: "court")
        let timeline = TimelineFinder.analyze(article, reference: CalendarDate(iso: "2025-05-02"))
        let event = try #require(timeline.events.first { $0.description.hasPrefix("The former mayor was jailed") })
        #expect(event.date == "2025-05-02")
        #expect(!timeline.events.contains { $0.description.contains("Newsline") || $0.description.contains("Nordwire") })
        #expect(!timeline.events.contains { $0.description.hasPrefix("-") || $0.description.hasPrefix("–") })
    }
}
