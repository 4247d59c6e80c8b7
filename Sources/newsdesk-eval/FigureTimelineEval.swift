import Foundation
import NewsCore
import TestSupport

/// `real figures|timeline DIR BODIES`: the figure finder and the timeline on real news pages
/// annotated by hand (`Fixtures/real/figures-timeline/ID.json`), each page's body read from the
/// shared article-extraction set and analysed as newsdesk loads a `.txt` article, against the
/// page's own publication date.
enum FigureTimelineEval {
    static let usage = "usage: newsdesk-eval real figures|timeline DIR GROUND-TRUTH.json [--verbose]"

    /// One page ready to measure: its gold, its body as scalars (for quoting) and the article.
    struct Page {
        let gold: FigureTimelineGold
        let scalars: [Unicode.Scalar]
        let article: Article

        var name: String { String(gold.id.prefix(12)) }

        /// The page text at `range`, on one line and cut to 60 characters, for a note.
        func quote(_ range: Range<Int>) -> String {
            let clamped = max(0, range.lowerBound)..<min(scalars.count, max(range.lowerBound, range.upperBound))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[clamped])
            let text = String(view).split(whereSeparator: \.isNewline).joined(separator: " ")
            return text.count > 60 ? String(text.prefix(57)) + "…" : text
        }
    }

    static func run(_ arguments: [String]) -> Int32 {
        let verbose = arguments.contains("--verbose")
        let operands = arguments.filter { $0 != "--verbose" }
        guard operands.count == 3, ["figures", "timeline"].contains(operands[0]) else {
            return EvalTool.fail(usage)
        }
        guard let pages = load(directory: operands[1], bodies: operands[2]) else { return 2 }
        print("\(pages.count) pages from \(operands[1])")
        return operands[0] == "figures" ? figures(pages, verbose: verbose) : timeline(pages, verbose: verbose)
    }

    /// The gold files of `directory` with their bodies; nil, after saying why, when either is missing.
    static func load(directory: String, bodies path: String) -> [Page]? {
        guard FileManager.default.fileExists(atPath: path), let bodies = ArticleExtractionBodies.load(path) else {
            _ = EvalTool.fail(
                "newsdesk-eval real: cannot read the page bodies at \(path); the measure needs the shared "
                    + "data set ../shared/data/article-extraction beside the checkout")
            return nil
        }
        guard let (golds, unreadable) = ArticleExtractionBodies.goldFiles(in: directory), !golds.isEmpty else {
            _ = EvalTool.fail("newsdesk-eval real: no gold files in \(directory)")
            return nil
        }
        for name in unreadable { print("\(name): not a gold file (skipped)") }
        return golds.compactMap { gold in
            guard let body = bodies[gold.id] else {
                print("\(gold.id.prefix(12)): no such page in \(path) (skipped)")
                return nil
            }
            let article = ArticleParser.parse(body, format: .text, source: "\(gold.id).txt")
            return Page(gold: gold, scalars: Array(body.unicodeScalars), article: article)
        }
    }

    static func figures(_ pages: [Page], verbose: Bool) -> Int32 {
        var total = FigureTimelineScoring.FigureTally()
        var goldByKind: [String: Int] = [:]
        var foundByKind: [String: Int] = [:]
        for page in pages {
            let found = FigureFinder.analyze(page.article).map {
                FigureTimelineScoring.FoundFigure(
                    range: $0.range, value: $0.value, high: $0.high, kind: $0.kind.rawValue, unit: $0.unit,
                    of: $0.of)
            }
            let (tally, notes) = FigureTimelineScoring.figures(page.gold.figures, found)
            print("\(page.name): \(figureLine(tally))")
            if verbose { printNotes(notes, page) }
            total += tally
            for item in page.gold.figures {
                goldByKind[item.kind, default: 0] += 1
                if found.contains(where: { $0.range == item.start..<item.end }) {
                    foundByKind[item.kind, default: 0] += 1
                }
            }
        }
        print("Figures over \(pages.count) pages: \(figureLine(total))")
        print("  gold figures some found figure overlaps: \(ratio(total.overlapping, total.gold))")
        print("  counted noun by head noun: \(ratio(total.ofHeadRight, total.ofGold))"
            + " · exact: \(ratio(total.ofRight, total.ofGold))")
        let byKind = goldByKind.keys.sorted().map { "\($0) \(ratio(foundByKind[$0] ?? 0, goldByKind[$0] ?? 0))" }
        print("  recall by kind: " + byKind.joined(separator: ", "))
        return 0
    }

    /// Prints `notes` in text order, each with its offset and the page words it is about.
    static func printNotes(_ notes: [FigureTimelineScoring.Note], _ page: Page) {
        for note in notes.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            print("  \(note.range.lowerBound) '\(page.quote(note.range))': \(note.message)")
        }
    }

    static func figureLine(_ tally: FigureTimelineScoring.FigureTally) -> String {
        let score = FigureTimelineScoring.prf(tally.matched, found: tally.found, gold: tally.gold)
        return "span P \(ratio(tally.matched, tally.found)) R \(ratio(tally.matched, tally.gold))"
            + " F1 \(percent(score.f1)) · of matched: value \(ratio(tally.valueRight, tally.matched))"
            + " kind \(ratio(tally.kindRight, tally.matched)) unit \(ratio(tally.unitRight, tally.matched))"
            + " of \(ratio(tally.ofHeadRight, tally.ofGold))"
    }

    static func timeline(_ pages: [Page], verbose: Bool) -> Int32 {
        var total = FigureTimelineScoring.TimelineTally()
        for page in pages {
            let analysis = TimelineFinder.analyze(page.article, reference: CalendarDate(iso: page.gold.date))
            let timexes = analysis.timexes.map {
                FigureTimelineScoring.FoundTimex(range: $0.range, type: $0.type, value: $0.value)
            }
            let events = analysis.events.map { event in
                let known = analysis.timexes.indices.contains(event.timex)
                let anchor = known ? analysis.timexes[event.timex].range : 0..<0
                return FigureTimelineScoring.FoundEvent(date: event.date, anchor: anchor)
            }
            var tally = FigureTimelineScoring.TimelineTally()
            let notes =
                FigureTimelineScoring.timexes(page.gold.timexes, timexes, into: &tally)
                + FigureTimelineScoring.events(page.gold.events, events, into: &tally)
            let strict = FigureTimelineScoring.prf(tally.strict, found: tally.found, gold: tally.gold)
            let relaxed = FigureTimelineScoring.prf(tally.relaxed, found: tally.found, gold: tally.gold)
            print(
                "\(page.name): timex strict F1 \(percent(strict.f1)) relaxed F1 \(percent(relaxed.f1))"
                    + " value \(ratio(tally.valueRight, tally.relaxed))"
                    + " · events found \(ratio(tally.eventsFound, tally.goldEvents))"
                    + " dated right \(ratio(tally.eventsDatedRight, tally.goldEvents))")
            if verbose { printNotes(notes, page) }
            total += tally
        }
        let strict = FigureTimelineScoring.prf(total.strict, found: total.found, gold: total.gold)
        let relaxed = FigureTimelineScoring.prf(total.relaxed, found: total.found, gold: total.gold)
        let value = FigureTimelineScoring.prf(total.valueRight, found: total.found, gold: total.gold)
        print("Timeline over \(pages.count) pages:")
        print("  timex strict span  P \(percent(strict.p)) R \(percent(strict.r)) F1 \(percent(strict.f1))")
        print("  timex relaxed span P \(percent(relaxed.p)) R \(percent(relaxed.r)) F1 \(percent(relaxed.f1))")
        print(
            "  timex type accuracy \(ratio(total.typeRight, total.relaxed))"
                + " · value accuracy \(ratio(total.valueRight, total.relaxed)) · value F1 \(percent(value.f1))")
        print(
            "  events: \(ratio(total.eventsFound, total.goldEvents)) of gold events found, "
                + "\(ratio(total.eventsDatedRight, total.goldEvents)) found with the gold date "
                + "(\(ratio(total.eventsDatedRight, total.eventsFound)) of those found; "
                + "\(total.foundEvents) events given)")
        return 0
    }

    static func ratio(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", Double(part) * 100 / Double(whole)) + " (\(part)/\(whole))"
    }

    static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }
}
