import Foundation

/// Builds a `Brief` from the session's articles: the one place that decides what a brief holds.
public enum BriefBuilder {
    /// How many quotations and key figures each story gets.
    public static let quotesPerStory = 2
    public static let figuresPerStory = 3

    /// The brief of `reports`, one per loaded article in session order. Each article is read
    /// once (its analyses are cached with it); articles are read in parallel, since a desk may
    /// load hundreds.
    public static func build(_ reports: [InStory<ArticleReport>]) -> Brief {
        let readings = StoryReadings.read(reports)
        let stories = zip(reports, readings).map { report, reading in
            let article = report.value.article
            return Brief.Story(story: report.story, byline: article.metadata.byline,
                               date: report.value.reference?.iso, lead: reading.lead.map { SummaryDisplay.plain(article.text[$0]) },
                               quotes: pickQuotes(reading.quotes, people: reading.people),
                               figures: pickFigures(reading.figures, leadEnd: reading.lead?.upperBound ?? 0).map {
                                   Brief.KeyFigure(figure: $0, phrase: phrase(of: $0, in: article))
                               })
        }
        let people = PeopleMerger.merge(readings.map(\.people))
        let kinship = StoryKinship(stories: reports.map(\.story), people: people)
        return Brief(
            stories: stories,
            chronology: StoryChronology(readings.map(\.timeline)),
            sharedSpeakers: people.filter { $0.quotedIn.count > 1 },
            disagreements: FigureDisagreements.find(readings.map(\.figures), contexts: readings.map(\.figureContexts),
                                                    related: kinship.related))
    }

    /// The quotations most worth reading: by named people only (never unattributed, never an
    /// organisation's statement), direct quotations before partial ones, longer before shorter,
    /// and a second speaker's best before the first speaker's runner-up, so two voices are heard
    /// where the story has two.
    static func pickQuotes(_ quotations: InStory<[Quotation]>, people: InStory<[PeopleResult.Row]>) -> [Brief.Quote] {
        let roles = Dictionary(people.value.map { ($0.name, $0.title) }, uniquingKeysWith: { first, _ in first })
        let named = quotations.value.filter { quote in quote.speaker.map { roles[$0] != nil } ?? false }
        let ranked = named.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if (x.kind == .direct) != (y.kind == .direct) { return x.kind == .direct }
            if x.range.count != y.range.count { return x.range.count > y.range.count }
            return a.offset < b.offset
        }.map(\.element)
        var chosen: [Quotation] = []
        for quote in ranked where chosen.count < quotesPerStory {
            if !chosen.contains(where: { $0.speaker == quote.speaker }) { chosen.append(quote) }
        }
        for quote in ranked where chosen.count < quotesPerStory && !chosen.contains(quote) { chosen.append(quote) }
        return chosen.map { Brief.Quote(quotation: $0, role: roles[$0.speaker!] ?? nil) }
    }

    /// The figures that carry the story, up to `figuresPerStory`, shown in text order. Amounts
    /// only: money, percentages, quantities with a unit, durations, and counts of something
    /// named ("47 container ships"); a bare number (an age, a score) and years, dates and
    /// ordinals are not key figures. Those in the headline or lead come first, then money,
    /// percentages, quantities and counts of ten or more elsewhere in text order, then the
    /// rest; an amount already chosen is not chosen again under another noun. An age ("63",
    /// "a 52-year-old") is no amount, nor is a duration used as an adjective ("a 15-year wait").
    static func pickFigures(_ figures: InStory<[Figure]>, leadEnd: Int) -> [Figure] {
        // Strong amounts of the headline and lead; a duration there ("jailed for 15 years");
        // strong amounts further down; then anything else that is an amount.
        var tiers: [[Figure]] = [[], [], [], []]
        for figure in figures.value {
            guard let strength = strength(of: figure) else { continue }
            let early = figure.range.upperBound <= leadEnd
            if strength >= 2 {
                tiers[early ? 0 : 2].append(figure)
            } else {
                tiers[early && figure.kind == .duration ? 1 : 3].append(figure)
            }
        }
        var chosen: [Figure] = []
        for figure in tiers.joined() where chosen.count < figuresPerStory {
            let same = chosen.contains {
                $0.kind == figure.kind && $0.value == figure.value && $0.high == figure.high && $0.unit == figure.unit
            }
            if !same { chosen.append(figure) }
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// How much a figure says on its own: 2 for money, percentages, quantities and counts of ten
    /// or more things, 1 for durations and smaller counts, nil for what is no key figure.
    static func strength(of figure: Figure) -> Int? {
        switch figure.kind {
        case .money, .percent: return 2
        case .quantity: return figure.unit.map(timeUnits.contains) == true ? nil : 2
        case .duration: return figure.text.contains("-") ? nil : 1
        case .count:
            guard figure.of != nil else { return nil }
            return figure.value >= 10 ? 2 : 1
        case .year, .date, .ordinal: return nil
        }
    }

    /// Units that make a quantity an age ("63" of a person, "71-year-old").
    static let timeUnits: Set<String> = ["year", "month", "week", "day", "hour", "minute", "second"]

    /// How a key figure reads in the brief: the words as written from its qualifier to what it
    /// counts when they follow it closely ("more than 40 million subscribers", "about 38% of the
    /// container traffic"); else the figure and, in brackets, what it counts ("12 per cent
    /// (transit spending)").
    static func phrase(of figure: Figure, in article: Article) -> String {
        let start = figure.qualifierRange.map { min($0.lowerBound, figure.range.lowerBound) } ?? figure.range.lowerBound
        let written = (figure.qualifier.map { $0 + " " } ?? "") + figure.text
        guard let ofRange = figure.ofRange, let of = figure.of else { return oneLine(written) }
        if ofRange.lowerBound >= figure.range.upperBound, ofRange.lowerBound - figure.range.upperBound <= 24 {
            let span = article.text[start..<ofRange.upperBound]
            if !span.contains(where: { ".;!?\n".contains($0) }) { return oneLine(span) }
        }
        return oneLine(written + " (" + of + ")")
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// What the brief reads of each article, worked out in parallel.
struct StoryReadings: Sendable {
    var people: InStory<[PeopleResult.Row]>
    var quotes: InStory<[Quotation]>
    var figures: InStory<[Figure]>
    var timeline: InStory<TimelineAnalysis>
    /// The story's first sentence, dateline and agency credit cut off (as the summary reads
    /// it), or nil for a story with no body sentence.
    var lead: Range<Int>?
    /// The words of each figure's sentence (see `FigureContext`).
    var figureContexts: [Set<String>]

    static func read(_ reports: [InStory<ArticleReport>]) -> [StoryReadings] {
        StoryWork.map(reports) { report in
            let story = report.story
            let article = report.value.article
            let quotations = QuoteFinder.directQuotations(of: article)
            let figures = FigureFinder.analyze(article)
            // What does not depend on the reference date is kept with the article.
            let kept = article.analyses.value(DeskReading.self) {
                DeskReading(lead: SummaryStory.storySentences(of: article).first?.range,
                            figureContexts: FigureContext.words(of: figures, in: article))
            }
            return StoryReadings(
                people: InStory(story, PeopleResult(PeopleFinder.analyze(report.value.article), quotations: quotations).rows),
                quotes: InStory(story, quotations),
                figures: InStory(story, figures),
                timeline: InStory(story, TimelineMemo.timeline(of: report.value)),
                lead: kept.lead, figureContexts: kept.figureContexts)
        }
    }
}

/// An article's lead and figure contexts, kept in its analysis cache: neither depends on the
/// reference date, so a second `brief` reads neither again.
struct DeskReading: Sendable {
    var lead: Range<Int>?
    var figureContexts: [Set<String>]
}

/// Work on every story of a session at once.
public enum StoryWork {
    /// `transform` applied to each story, on as many threads as there are cores, results in
    /// story order. Analyses are pure and each article's cache is thread-safe, so stories never
    /// wait on each other.
    public static func map<Value: Sendable>(_ reports: [InStory<ArticleReport>],
                                            _ transform: @Sendable (InStory<ArticleReport>) -> Value) -> [Value] {
        let slots = StoryResultSlots<Value>(count: reports.count)
        DispatchQueue.concurrentPerform(iterations: reports.count) { index in
            slots.put(index, transform(reports[index]))
        }
        return slots.values
    }
}

/// Results filled in from several threads, one slot each.
private final class StoryResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func put(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// Every slot's value; call after all are filled.
    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
