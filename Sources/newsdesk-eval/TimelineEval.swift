import Foundation
import NewsCore

/// `timeline`: temporal expressions and events against the gold files' "timexes" and
/// "events" keys, with TempEval-3's measures, and optionally the Recognizers-Text date-time
/// cases.
enum TimelineEval {
    struct GoldTimex {
        let range: Range<Int>
        let text: String
        let type: String
        let value: String
    }

    /// Counts summed over articles.
    struct Tally {
        var gold = 0, predicted = 0, strict = 0, relaxed = 0, typeRight = 0, valueRight = 0
        var goldEvents = 0, predictedEvents = 0, matchedEvents = 0, datedRight = 0

        static func += (lhs: inout Tally, rhs: Tally) {
            lhs.gold += rhs.gold; lhs.predicted += rhs.predicted; lhs.strict += rhs.strict; lhs.relaxed += rhs.relaxed
            lhs.typeRight += rhs.typeRight; lhs.valueRight += rhs.valueRight; lhs.goldEvents += rhs.goldEvents
            lhs.predictedEvents += rhs.predictedEvents; lhs.matchedEvents += rhs.matchedEvents;
            lhs.datedRight += rhs.datedRight
        }

        var lines: [String] {
            [
                "strict span  " + prf(strict, predicted, gold),
                "relaxed span " + prf(relaxed, predicted, gold),
                "type accuracy \(ratio(typeRight, relaxed)) · value accuracy \(ratio(valueRight, relaxed))",
                "value        " + prf(valueRight, predicted, gold),
                "events: \(matchedEvents) of \(goldEvents) gold events found (\(predictedEvents) predicted), "
                    + "\(datedRight) of those with the gold date",
            ]
        }
    }

    static func run(_ arguments: [String]) -> Int32 {
        var verbose = false
        var recognizers: String? = nil
        var tbaq: String? = nil
        var operands: [String] = []
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--verbose": verbose = true
            case "--text", "--date": index += 1
            case "--recognizers":
                index += 1
                guard index < arguments.count else { return EvalTool.fail(EvalTool.usage) }
                recognizers = arguments[index]
            case "--tbaq":
                index += 1
                guard index < arguments.count else { return EvalTool.fail(EvalTool.usage) }
                tbaq = arguments[index]
            default: operands.append(arguments[index])
            }
            index += 1
        }
        if let text = value(of: "--text", in: arguments) {
            let date = value(of: "--date", in: arguments).flatMap(CalendarDate.init(iso:))
            for timex in TimelineFinder.timexes(in: text, reference: date) {
                print("\(timex.range) '\(timex.text)' \(timex.type) \(timex.value)")
            }
            return 0
        }
        // With --tbaq alone the fixtures are skipped.
        if operands.isEmpty, let tbaq { return TBAQEval.run(tbaq, verbose: verbose) }
        guard operands.count == 1, let directory = operands.first, !directory.hasPrefix("-") else {
            return EvalTool.fail(EvalTool.usage)
        }
        guard let goldFiles = GoldFiles.load(directory, key: "timexes") else {
            return GoldFiles.unreadable(directory, tool: "timeline")
        }
        var total = Tally()
        var articles = 0
        for goldFile in goldFiles {
            let stem = goldFile.name, object = goldFile.object, timexes = goldFile.items
            let gold = timexes.compactMap { entry -> GoldTimex? in
                guard let start = entry["start"] as? Int, let end = entry["end"] as? Int,
                    let type = entry["type"] as? String,
                    let value = entry["value"] as? String
                else { return nil }
                return GoldTimex(range: start..<end, text: entry["text"] as? String ?? "", type: type, value: value)
            }
            guard let article = GoldFiles.article(directory, stem) else { continue }
            // The reference date is the article's own, as the command reads it; the gold's
            // "date" stands in when the loader finds none.
            let reference =
                article.metadata.date?.complete ?? (object["date"] as? String).flatMap(CalendarDate.init(iso:))
            let analysis = TimelineFinder.analyze(article, reference: reference)
            var (tally, notes) = compare(gold, analysis.timexes)
            let goldEvents = (object["events"] as? [[String: Any]] ?? []).compactMap { entry -> (String?, String)? in
                guard let text = entry["event"] as? String else { return nil }
                return (entry["date"] as? String, text)
            }
            let eventNotes = compareEvents(goldEvents, analysis.events, into: &tally)
            print(
                "\(stem): strict F1 \(f1(tally.strict, tally.predicted, tally.gold)) · relaxed F1 \(f1(tally.relaxed, tally.predicted, tally.gold))"
                    + " · value F1 \(f1(tally.valueRight, tally.predicted, tally.gold)) · events \(tally.matchedEvents)/\(tally.goldEvents)"
            )
            if verbose { for note in notes + eventNotes { print("  \(note)") } }
            total += tally
            articles += 1
        }
        print("Total over \(articles) articles (TempEval-3 measures):")
        for line in total.lines { print("  " + line) }
        if let tbaq, TBAQEval.run(tbaq, verbose: verbose) != 0 { return 1 }
        if let recognizers { return RecognizersDateTimeEval.run(recognizers, verbose: verbose) }
        return 0
    }

    static func compare(_ gold: [GoldTimex], _ predicted: [TimelineAnalysis.Timex]) -> (Tally, [String]) {
        var tally = Tally()
        var notes: [String] = []
        tally.gold = gold.count
        tally.predicted = predicted.count
        var used = Set<Int>()
        for g in gold {
            guard
                let p = predicted.indices.first(where: { !used.contains($0) && predicted[$0].range.overlaps(g.range) })
            else {
                notes.append("missed '\(g.text)' \(g.type) \(g.value) at \(g.range.lowerBound)")
                continue
            }
            used.insert(p)
            let found = predicted[p]
            tally.relaxed += 1
            if found.range == g.range {
                tally.strict += 1
            } else {
                notes.append("span '\(found.text)' for gold '\(g.text)'")
            }
            if found.type == g.type {
                tally.typeRight += 1
            } else {
                notes.append("type \(found.type) for '\(g.text)', gold \(g.type)")
            }
            if found.value == g.value {
                tally.valueRight += 1
            } else {
                notes.append("value \(found.value) for '\(g.text)', gold \(g.value)")
            }
        }
        for (index, found) in predicted.enumerated() where !used.contains(index) {
            notes.append("extra '\(found.text)' \(found.type) \(found.value) at \(found.range.lowerBound)")
        }
        return (tally, notes)
    }

    /// A gold event is found when a predicted event shares at least a third of its content
    /// words (words of four letters or more, compared by their first five letters so that
    /// "sentence" meets "sentenced"); it is dated right when the dates agree.
    static func compareEvents(
        _ gold: [(String?, String)], _ predicted: [TimelineAnalysis.Event], into tally: inout Tally
    ) -> [String] {
        func words(_ text: String) -> Set<String> {
            Set(
                text.lowercased().split { !$0.isLetter && !$0.isNumber }.map { String($0.prefix(5)) }.filter {
                    $0.count >= 4
                })
        }
        var notes: [String] = []
        tally.goldEvents += gold.count
        tally.predictedEvents += predicted.count
        var used = Set<Int>()
        for (date, text) in gold {
            let goldWords = words(text)
            let best = predicted.indices.filter { !used.contains($0) }.max { a, b in
                goldWords.intersection(words(predicted[a].description)).count
                    < goldWords.intersection(words(predicted[b].description)).count
            }
            guard let best, !goldWords.isEmpty,
                Double(goldWords.intersection(words(predicted[best].description)).count) >= Double(goldWords.count) / 3
            else {
                notes.append("event missed: \(date ?? "-") \(text)")
                continue
            }
            used.insert(best)
            tally.matchedEvents += 1
            if predicted[best].date == date {
                tally.datedRight += 1
            } else {
                notes.append(
                    "event '\(predicted[best].description)' dated \(predicted[best].date ?? "-"), gold \(date ?? "-")")
            }
        }
        for (index, event) in predicted.enumerated() where !used.contains(index) {
            notes.append("event extra: \(event.date ?? "-") \(event.description)")
        }
        return notes
    }

    /// The argument after `flag`, when given.
    static func value(of flag: String, in arguments: [String]) -> String? {
        guard let at = arguments.firstIndex(of: flag), at + 1 < arguments.count else { return nil }
        return arguments[at + 1]
    }

    static func prf(_ right: Int, _ predicted: Int, _ gold: Int) -> String {
        "P \(ratio(right, predicted)) R \(ratio(right, gold)) F1 \(f1(right, predicted, gold))"
    }

    static func f1(_ right: Int, _ predicted: Int, _ gold: Int) -> String {
        guard predicted > 0, gold > 0, right > 0 else { return "0.0%" }
        let p = Double(right) / Double(predicted), r = Double(right) / Double(gold)
        return String(format: "%.1f%%", 200 * p * r / (p + r))
    }

    static func ratio(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", Double(part) * 100 / Double(whole)) + " (\(part)/\(whole))"
    }
}
