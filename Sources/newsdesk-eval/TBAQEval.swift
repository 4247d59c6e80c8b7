import Foundation
import NewsCore
import TestSupport

/// `timeline … --tbaq FILE`: the TempEval-3 TBAQ development set (one JSON document a line:
/// id, text, date, timexes), each document read against its own `date` as the reference, and
/// scored with TempEval-3's measures, with a breakdown of the misses by class.
enum TBAQEval {
    /// One document of the set.
    struct Document {
        let id: String
        let text: String
        let date: CalendarDate?
        let gold: [TempEvalScore.Timex]
    }

    /// Reads the JSON Lines file; nil when it cannot be read.
    static func load(_ path: String) -> [Document]? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { return nil }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let body = object["text"] as? String
            else { return nil }
            let gold = (object["timexes"] as? [[String: Any]] ?? []).compactMap { entry -> TempEvalScore.Timex? in
                guard let start = entry["start"] as? Int, let end = entry["end"] as? Int, start < end,
                    let type = entry["type"] as? String, let value = entry["value"] as? String
                else { return nil }
                return TempEvalScore.Timex(range: start..<end, type: type, value: value)
            }
            let date = (object["date"] as? String).flatMap(CalendarDate.init(iso:))
            return Document(id: id, text: body, date: date, gold: gold)
        }
    }

    /// Scores every document and prints the totals, the breakdown and (with `verbose`) every
    /// difference with the words around it. Returns the exit status.
    static func run(_ path: String, verbose: Bool) -> Int32 {
        guard let documents = load(path) else { return EvalTool.fail("newsdesk-eval timeline: cannot read \(path)") }
        var total = TempEvalScore.Tally()
        var classes: [String: Int] = [:]
        for document in documents {
            let scalars = Array(document.text.unicodeScalars)
            let article = ArticleParser.parse(document.text, format: .text, source: document.id)
            let analysis = TimelineFinder.analyze(article, reference: document.date)
            let predicted = analysis.timexes.map {
                TempEvalScore.Timex(range: $0.range, type: $0.type, value: $0.value)
            }
            let (tally, differences) = TempEvalScore.score(gold: document.gold, predicted: predicted)
            total += tally
            var lines: [String] = []
            for difference in differences {
                let (name, line) = describe(difference, document, predicted, scalars)
                classes[name, default: 0] += 1
                lines.append(line)
            }
            if verbose, !lines.isEmpty {
                print("\(document.id) (\(document.date?.iso ?? "no date")):")
                for line in lines { print("  " + line) }
            }
        }
        print("TempEval-3 TBAQ: \(documents.count) documents, \(total.gold) gold expressions, "
            + "\(total.predicted) found")
        print("  strict span  " + TimelineEval.prf(total.strict, total.predicted, total.gold))
        print("  relaxed span " + TimelineEval.prf(total.relaxed, total.predicted, total.gold))
        print("  type accuracy \(TimelineEval.ratio(total.typeRight, total.relaxed)) · value accuracy "
            + TimelineEval.ratio(total.valueRight, total.relaxed))
        print("  value        " + TimelineEval.prf(total.valueRight, total.predicted, total.gold))
        print("  misses by class:")
        for (name, count) in classes.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            print("    \(count)\t\(name)")
        }
        return 0
    }

    /// The class of a difference (for the breakdown) and its line (for the listing).
    private static func describe(
        _ difference: TempEvalScore.Difference, _ document: Document, _ predicted: [TempEvalScore.Timex],
        _ scalars: [Unicode.Scalar]
    ) -> (String, String) {
        func text(_ range: Range<Int>) -> String {
            let clamped = max(0, range.lowerBound)..<min(scalars.count, range.upperBound)
            var string = String(String.UnicodeScalarView(scalars[clamped]))
            string = string.replacingOccurrences(of: "\n", with: " ")
            return string
        }
        func context(_ range: Range<Int>) -> String {
            text(max(0, range.lowerBound - 40)..<range.lowerBound) + "[" + text(range) + "]"
                + text(range.upperBound..<min(scalars.count, range.upperBound + 40))
        }
        switch difference {
        case .missed(let g):
            let gold = document.gold[g]
            return ("missed \(gold.type)", "missed \(gold.type) \(gold.value): \(context(gold.range))")
        case .spurious(let p):
            let found = predicted[p]
            return ("spurious \(found.type)", "spurious \(found.type) \(found.value): \(context(found.range))")
        case .boundary(let g, let p):
            let gold = document.gold[g], found = predicted[p]
            return ("boundary \(gold.type)", "boundary '\(text(found.range))' for gold '\(text(gold.range))'")
        case .wrongType(let g, let p):
            let gold = document.gold[g], found = predicted[p]
            return ("wrong type \(gold.type) → \(found.type)",
                "type \(found.type) for gold \(gold.type) '\(text(gold.range))'")
        case .wrongValue(let g, let p):
            let gold = document.gold[g], found = predicted[p]
            return ("wrong value \(gold.type)",
                "value \(found.value) for gold \(gold.type) \(gold.value): \(context(gold.range))")
        }
    }
}
