import Testing

@testable import NewsCore

@Suite("timeline date labels")
struct TimelineLabelTests {
    @Test("decades and centuries read as a reader writes them; other values are untouched", arguments: [
        ("199", "1990s"), ("19", "1900s"), ("2021", "2021"), ("2025-09", "2025-09"), ("XXXX-WXX-4", "XXXX-WXX-4"),
        ("PXY", "PXY"),
    ])
    func readable(value: String, label: String) {
        #expect(TimelineResult.readable(value) == label)
    }
}
