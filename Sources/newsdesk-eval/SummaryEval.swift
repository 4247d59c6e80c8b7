import Foundation
import NewsCore

/// `summary`: newsdesk's summaries against the gold files' hand-written reference summaries,
/// beside Lead-3 and a centrality-only (bounded LexRank) baseline, in ROUGE-1/2/L F-measure.
enum SummaryEval {
    /// One system's three F-scores on one article, or averaged.
    struct Triple {
        var r1 = 0.0, r2 = 0.0, rl = 0.0

        init() {}

        init(_ scores: Rouge.Scores) {
            r1 = scores.rouge1.f
            r2 = scores.rouge2.f
            rl = scores.rougeL.f
        }

        static func += (lhs: inout Triple, rhs: Triple) {
            lhs.r1 += rhs.r1; lhs.r2 += rhs.r2; lhs.rl += rhs.rl
        }

        func divided(by count: Int) -> Triple {
            var result = self
            let d = Double(max(count, 1))
            result.r1 /= d; result.r2 /= d; result.rl /= d
            return result
        }

        var cells: String {
            [r1, r2, rl].map { String(format: "%5.1f", $0 * 100) }.joined(separator: " ")
        }
    }

    static let systems = ["newsdesk", "Lead-3", "LexRank*"]

    static func run(_ arguments: [String]) -> Int32 {
        if arguments.first == "--time" { return time(Array(arguments.dropFirst())) }
        let verbose = arguments.contains("--verbose")
        let useBackground = arguments.contains("--background")
        let operands = arguments.filter { !$0.hasPrefix("--") }
        guard operands.count == 1, let directory = operands.first else { return EvalTool.fail(EvalTool.usage) }
        let goldDirectory = (directory as NSString).appendingPathComponent("gold")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: goldDirectory) else {
            return EvalTool.fail("newsdesk-eval summary: cannot read \(goldDirectory)")
        }
        var cases: [(name: String, article: Article, reference: String)] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let stem = String(name.dropLast(5))
            guard
                let data = FileManager.default.contents(
                    atPath: (goldDirectory as NSString).appendingPathComponent(name)),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let reference = object["summary"] as? [String], !reference.isEmpty
            else { continue }
            if let article = GoldFiles.article(directory, stem) {
                cases.append((stem, article, reference.joined(separator: "\n")))
            }
        }
        let background = useBackground ? SummaryBackground(articles: cases.map(\.article)) : SummaryBackground()
        let nameWidth = max(24, (cases.map(\.name.count).max() ?? 0) + 2)
        let header = pad("ROUGE F-measure (%)", nameWidth) + systems.map { pad($0, 17) }.joined(separator: "  ")
        print(header.trimmingCharacters(in: .whitespaces))
        print(pad("", nameWidth) + systems.map { _ in "   R1    R2    RL" }.joined(separator: "  "))
        var totals = Array(repeating: Triple(), count: systems.count)
        for item in cases {
            let summaries = [
                Summarizer.summarize(item.article, background: background),
                Summarizer.lead(item.article, sentences: 3),
                Summarizer.centralOnly(item.article, sentences: 3, background: background),
            ]
            var line = pad(item.name, nameWidth)
            for (index, summary) in summaries.enumerated() {
                let text = summary.sentences.map { item.article.text[$0.range] }.joined(separator: "\n")
                let triple = Triple(Rouge.score(candidate: text, reference: item.reference))
                totals[index] += triple
                line += pad(triple.cells, 17) + "  "
            }
            print(line.trimmingCharacters(in: .whitespaces))
            if verbose {
                for (index, summary) in summaries.enumerated() {
                    print(
                        "  \(systems[index]): sentences \(summary.sentences.map { String($0.sentence) }.joined(separator: ", "))"
                    )
                }
            }
        }
        var line = pad("Average over \(cases.count)", nameWidth)
        for total in totals { line += pad(total.divided(by: cases.count).cells, 17) + "  " }
        print(line.trimmingCharacters(in: .whitespaces))
        print(
            "(LexRank* is newsdesk's bounded centrality alone: no position, people, figures or opener rules."
                + (useBackground ? " Term weights use every gold article as background.)" : ")"))
        return 0
    }

    /// `--time FILE`: how long summarizing FILE takes, people layer included and apart.
    static func time(_ arguments: [String]) -> Int32 {
        guard arguments.count == 1, let article = try? ArticleLoader().loadFile(arguments[0]) else {
            return EvalTool.fail("usage: newsdesk-eval summary --time FILE")
        }
        let rounds = 20
        func milliseconds(_ work: () -> Void) -> Double {
            work()
            let clock = ContinuousClock()
            let elapsed = clock.measure { for _ in 0..<rounds { work() } }
            let parts = elapsed.components
            return (Double(parts.seconds) * 1e3 + Double(parts.attoseconds) / 1e15) / Double(rounds)
        }
        let total = milliseconds { _ = Summarizer.summarize(article) }
        let people = milliseconds { _ = PeopleFinder.analyze(article) }
        print(
            String(
                format: "%d words, %d sentences: summary %.2f ms (people layer %.2f ms of it)",
                article.wordCount, article.sentences.count, total, people))
        return 0
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
