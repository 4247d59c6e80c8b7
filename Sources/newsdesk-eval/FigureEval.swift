import Foundation
import NewsCore

/// `figures`: the figure finder on the gold files' "figures" key (`figures gold DIR`) and on the
/// Recognizers-Text English specification cases (`figures suite DIR`).
enum FigureEval {
    static func run(_ arguments: [String]) -> Int32 {
        let verbose = arguments.contains("--verbose")
        let operands = arguments.filter { $0 != "--verbose" }
        guard operands.count == 2, !operands[1].hasPrefix("-") else { return EvalTool.fail(EvalTool.usage) }
        switch operands[0] {
        case "show": return show(operands[1])
        case "gold": return FigureGoldEval.run(directory: operands[1], verbose: verbose)
        case "suite": return RecognizersSuiteEval.run(directory: operands[1], verbose: verbose)
        case "time": return time(path: operands[1])
        default: return EvalTool.fail(EvalTool.usage)
        }
    }

    /// Prints the figures of one paragraph of text, one a line: span, kind, value, unit, "of".
    static func show(_ paragraph: String) -> Int32 {
        let article = ArticleParser.parse("Story\n\n" + paragraph + "\n", format: .text, source: "show")
        for figure in FigureFinder.analyze(article) {
            let high = figure.high.map { "–\($0)" } ?? ""
            print(
                "'\(figure.text)' \(figure.kind.rawValue) \(figure.value)\(high) \(figure.unit ?? "-")"
                    + " of: \(figure.of ?? "-")")
        }
        return 0
    }

    /// Times the figure finder on one article (the best of ten runs), for the speed check.
    static func time(path: String) -> Int32 {
        guard var article = try? ArticleLoader().loadFile(path) else { return EvalTool.fail("cannot load \(path)") }
        var best = Double.infinity
        var found = 0
        for _ in 0..<10 {
            // A fresh article each run (the finder's result is cached per article), with its
            // token layer, sentences and metadata built before the clock starts.
            article = (try? ArticleLoader().loadFile(path)) ?? article
            _ = (article.tokens.atoms.count, article.sentences.count, article.metadata.dateline)
            let start = DispatchTime.now().uptimeNanoseconds
            found = FigureFinder.analyze(article).count
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        print(String(format: "%d words, %d figures: %.1f ms (best of 10)", article.wordCount, found, best))
        return 0
    }

    static func ratio(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", Double(part) * 100 / Double(whole)) + " (\(part)/\(whole))"
    }

    /// Two values agree when they differ by less than 0.01 (or 0.01% of their size).
    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= max(0.01, abs(y) * 1e-4)
        default: return false
        }
    }
}

/// Precision and recall of figure spans against gold files, and how often a found figure's
/// value, kind, unit and counted noun agree with the gold.
enum FigureGoldEval {
    struct Tally {
        var gold = 0, predicted = 0, matched = 0
        var valueRight = 0, kindRight = 0, unitRight = 0, ofRight = 0, ofGold = 0

        static func += (lhs: inout Tally, rhs: Tally) {
            lhs.gold += rhs.gold; lhs.predicted += rhs.predicted; lhs.matched += rhs.matched
            lhs.valueRight += rhs.valueRight; lhs.kindRight += rhs.kindRight; lhs.unitRight += rhs.unitRight
            lhs.ofRight += rhs.ofRight; lhs.ofGold += rhs.ofGold
        }

        var line: String {
            "P \(FigureEval.ratio(matched, predicted)) R \(FigureEval.ratio(matched, gold))"
                + " · of matched: value \(FigureEval.ratio(valueRight, matched)) kind \(FigureEval.ratio(kindRight, matched))"
                + " unit \(FigureEval.ratio(unitRight, matched)) of \(FigureEval.ratio(ofRight, ofGold))"
        }
    }

    static func run(directory: String, verbose: Bool) -> Int32 {
        guard let goldFiles = GoldFiles.load(directory, key: "figures") else {
            return GoldFiles.unreadable(directory, tool: "figures")
        }
        var total = Tally()
        var articles = 0
        for goldFile in goldFiles {
            let stem = goldFile.name, gold = goldFile.items
            guard let article = GoldFiles.article(directory, stem) else { continue }
            let (tally, notes) = compare(gold, FigureFinder.analyze(article))
            print("\(stem): \(tally.line)")
            if verbose { for note in notes { print("  \(note)") } }
            total += tally
            articles += 1
        }
        print("Figures over \(articles) articles: \(total.line)")
        return 0
    }

    /// "the company" and "company" name the same thing; case does not matter.
    static func normalisedOf(_ text: String?) -> String? {
        guard var words = text?.lowercased().split(separator: " ").map(String.init), !words.isEmpty else { return nil }
        if ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    static func compare(_ gold: [[String: Any]], _ found: [Figure]) -> (Tally, [String]) {
        var tally = Tally()
        var notes: [String] = []
        tally.gold = gold.count
        tally.predicted = found.count
        var bySpan: [[Int]: Figure] = [:]
        for figure in found { bySpan[[figure.range.lowerBound, figure.range.upperBound]] = figure }
        var matchedSpans: Set<[Int]> = []
        for item in gold {
            guard let start = item["start"] as? Int, let end = item["end"] as? Int else { continue }
            let text = item["text"] as? String ?? ""
            guard let figure = bySpan[[start, end]] else {
                notes.append("missed: '\(text)' at \(start) (\(item["kind"] as? String ?? "?"))")
                continue
            }
            matchedSpans.insert([start, end])
            tally.matched += 1
            let value = (item["value"] as? NSNumber)?.doubleValue
            let high = (item["high"] as? NSNumber)?.doubleValue
            if FigureEval.close(figure.value, value) && FigureEval.close(figure.high, high) {
                tally.valueRight += 1
            } else {
                notes.append(
                    "value of '\(text)': \(figure.value)\(figure.high.map { "–\($0)" } ?? ""), gold \(value ?? .nan)\(high.map { "–\($0)" } ?? "")"
                )
            }
            let kind = item["kind"] as? String
            if figure.kind.rawValue == kind {
                tally.kindRight += 1
            } else {
                notes.append("kind of '\(text)': \(figure.kind.rawValue), gold \(kind ?? "null")")
            }
            let unit = item["unit"] as? String
            if figure.unit == unit {
                tally.unitRight += 1
            } else {
                notes.append("unit of '\(text)': \(figure.unit ?? "null"), gold \(unit ?? "null")")
            }
            if kind == "count" || kind == "percent" {
                tally.ofGold += 1
                let goldOf = item["of"] as? String
                if normalisedOf(figure.of) == normalisedOf(goldOf) {
                    tally.ofRight += 1
                } else {
                    notes.append(
                        "of '\(text)': \(figure.of.map { "'\($0)'" } ?? "null"), gold \(goldOf.map { "'\($0)'" } ?? "null")"
                    )
                }
            }
        }
        for figure in found where !matchedSpans.contains([figure.range.lowerBound, figure.range.upperBound]) {
            notes.append("extra: '\(figure.text)' at \(figure.range.lowerBound) (\(figure.kind.rawValue))")
        }
        return (tally, notes)
    }
}
