import Foundation
import NewsCore

/// `quotes`: the quotations finder on the gold files' "quotes" key.
///
/// Spans match exactly (same start and end) or, for the relaxed measure, by overlapping
/// (one to one, in order). Speaker accuracy is over the exactly matched spans: the speaker
/// must equal the gold speaker (ignoring case); a null speaker counts as wrong. Kind accuracy
/// likewise. Reported speech (`--all`) is not in the gold and is not measured.
enum QuoteEval {
    struct GoldQuote {
        let range: Range<Int>
        let speaker: String?
        let kind: String
    }

    struct Tally {
        var gold = 0, predicted = 0, exact = 0, overlapping = 0
        var rightSpeakers = 0, nullSpeakers = 0, rightKinds = 0

        static func += (lhs: inout Tally, rhs: Tally) {
            lhs.gold += rhs.gold; lhs.predicted += rhs.predicted; lhs.exact += rhs.exact
            lhs.overlapping += rhs.overlapping; lhs.rightSpeakers += rhs.rightSpeakers
            lhs.nullSpeakers += rhs.nullSpeakers; lhs.rightKinds += rhs.rightKinds
        }

        var line: String {
            "exact spans P \(ratio(exact, predicted)) R \(ratio(exact, gold)) F1 \(f1(exact))"
                + " · overlap F1 \(f1(overlapping))"
                + " · speakers \(ratio(rightSpeakers, exact)) (\(nullSpeakers) null)"
                + " · kinds \(ratio(rightKinds, exact))"
        }

        func f1(_ matched: Int) -> String {
            guard predicted + gold > 0 else { return "-" }
            return String(format: "%.3f", 2 * Double(matched) / Double(predicted + gold))
        }
    }

    static func run(_ arguments: [String]) -> Int32 {
        if arguments.first == "--bench", arguments.count == 2 { return bench(arguments[1]) }
        if arguments.first == "--polnear" { return PolnearEval.run(Array(arguments.dropFirst())) }
        guard let (directory, verbose) = GoldFiles.directoryArgument(arguments) else {
            return EvalTool.fail(EvalTool.usage)
        }
        guard let goldFiles = GoldFiles.load(directory, key: "quotes") else {
            return GoldFiles.unreadable(directory, tool: "quotes")
        }
        var total = Tally()
        var articles = 0
        for goldFile in goldFiles {
            let stem = goldFile.name, quotes = goldFile.items
            let gold = quotes.compactMap { entry -> GoldQuote? in
                guard let start = entry["start"] as? Int, let end = entry["end"] as? Int else { return nil }
                return GoldQuote(
                    range: start..<end, speaker: entry["speaker"] as? String, kind: entry["kind"] as? String ?? "direct"
                )
            }
            guard let article = GoldFiles.article(directory, stem) else { continue }
            let predicted = QuoteFinder.analyze(article)
            let (tally, notes) = compare(gold, predicted, article)
            print("\(stem): \(tally.line)")
            if verbose { for note in notes { print("  \(note)") } }
            total += tally
            articles += 1
        }
        print("Total over \(articles) articles: \(total.line)")
        return 0
    }

    /// Times the people layer and the quotations finder on one (large) article, best of five.
    static func bench(_ path: String) -> Int32 {
        guard let article = try? ArticleLoader().loadFile(path) else { return EvalTool.fail("cannot load \(path)") }
        func best(_ work: () -> Void) -> Double {
            var times: [Double] = []
            for _ in 0..<5 {
                let start = DispatchTime.now().uptimeNanoseconds
                work()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            return times.min() ?? 0
        }
        var count = 0
        let peopleTime = best { _ = PeopleFinder.analyze(article) }
        let quotesTime = best { count = QuoteFinder.analyze(article).count }
        let allTime = best { _ = QuoteFinder.analyze(article, includeReported: true) }
        print(
            String(
                format:
                    "%d words: people layer %.1f ms; quotes %.1f ms (%d found), quotes --all %.1f ms, both with the people layer",
                article.wordCount, peopleTime, quotesTime, count, allTime))
        return 0
    }

    static func compare(_ gold: [GoldQuote], _ predicted: [Quotation], _ article: Article) -> (Tally, [String]) {
        var tally = Tally()
        var notes: [String] = []
        tally.gold = gold.count
        tally.predicted = predicted.count
        var exactGold: Set<Int> = []
        for quote in predicted {
            guard let g = gold.firstIndex(where: { $0.range == quote.range }) else { continue }
            exactGold.insert(g)
            tally.exact += 1
            if quote.speaker == nil { tally.nullSpeakers += 1 }
            if let speaker = quote.speaker, speaker.lowercased() == gold[g].speaker?.lowercased() {
                tally.rightSpeakers += 1
            } else {
                notes.append(
                    "speaker of '\(short(quote.text))': \(quote.speaker ?? "null") (\(quote.mention ?? "-")), gold \(gold[g].speaker ?? "null")"
                )
            }
            if quote.kind.rawValue == gold[g].kind {
                tally.rightKinds += 1
            } else {
                notes.append("kind of '\(short(quote.text))': \(quote.kind.rawValue), gold \(gold[g].kind)")
            }
        }
        // Relaxed: one-to-one by overlap.
        var taken: Set<Int> = []
        for quote in predicted {
            if let g = gold.indices.first(where: { !taken.contains($0) && gold[$0].range.overlaps(quote.range) }) {
                taken.insert(g)
                tally.overlapping += 1
            }
        }
        for quote in predicted where !gold.contains(where: { $0.range == quote.range }) {
            notes.append(
                "extra \(quote.kind.rawValue) [\(quote.range.lowerBound), \(quote.range.upperBound)) '\(short(quote.text))' — \(quote.speaker ?? "null")"
            )
        }
        for (index, quote) in gold.enumerated() where !exactGold.contains(index) {
            notes.append(
                "missed \(quote.kind) [\(quote.range.lowerBound), \(quote.range.upperBound)) '\(short(article.text[quote.range]))' — \(quote.speaker ?? "null")"
            )
        }
        return (tally, notes)
    }

    static func short(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 70 ? String(flat.prefix(67)) + "..." : flat
    }

    static func ratio(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", Double(part) * 100 / Double(whole)) + " (\(part)/\(whole))"
    }
}
