import Foundation
import NewsCore

/// `summary`: newsdesk's summaries against reference summaries, beside Lead-3 and TextRank, in
/// ROUGE-1/2/L F-measure (`Rouge`: lower case, Porter-stemmed words; ROUGE-L over the longest
/// common subsequence of the whole texts, as the common Python `rougeL` scores it).
///
/// The references come from the gold files of a fixtures folder (their "summary" key) or from a
/// development set in JSON Lines (`SummaryDevSet`). `--words N` compares at equal length: every
/// system gives its sentences best first until it has N words or more, they are put in article
/// order, and the text is cut to its first N words (split at white space) before scoring.
enum SummaryEval {
    /// One system's three F-scores and its length in words, on one article or averaged.
    struct Triple {
        var r1 = 0.0, r2 = 0.0, rl = 0.0, words = 0.0

        init() {}

        init(_ scores: Rouge.Scores, words: Int) {
            r1 = scores.rouge1.f
            r2 = scores.rouge2.f
            rl = scores.rougeL.f
            self.words = Double(words)
        }

        static func += (lhs: inout Triple, rhs: Triple) {
            lhs.r1 += rhs.r1; lhs.r2 += rhs.r2; lhs.rl += rhs.rl; lhs.words += rhs.words
        }

        func divided(by count: Int) -> Triple {
            var result = self
            let d = Double(max(count, 1))
            result.r1 /= d; result.r2 /= d; result.rl /= d; result.words /= d
            return result
        }

        var cells: String {
            [r1, r2, rl].map { String(format: "%5.1f", $0 * 100) }.joined(separator: " ")
                + String(format: " %6.1f", words)
        }
    }

    /// One article to summarize and its reference.
    struct Case {
        var name: String
        var article: Article
        var reference: String
    }

    /// What the command line asked for.
    struct Settings {
        var verbose = false
        var background = false
        /// Cut every summary to this many words; nil compares the summaries as they are.
        var words: Int?
        var weights = SummaryWeights.standard
        /// `--sweep NAME=V1/V2/...`: newsdesk alone, once per value of one weight.
        var sweep: (name: String, values: [Double])?
    }

    static func run(_ arguments: [String]) -> Int32 {
        if arguments.first == "--time" { return time(Array(arguments.dropFirst())) }
        var settings = Settings()
        var operands: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            switch argument {
            case "--verbose": settings.verbose = true
            case "--background": settings.background = true
            case "--words":
                guard let count = value.flatMap(Int.init), count > 0 else { return EvalTool.fail(EvalTool.usage) }
                settings.words = count
                index += 1
            case "--set":
                guard let value, let weights = weights(value, over: settings.weights) else {
                    return EvalTool.fail("newsdesk-eval summary: --set NAME=VALUE[,NAME=VALUE...]; names: "
                                         + SummaryWeights.names.joined(separator: ", "))
                }
                settings.weights = weights
                index += 1
            case "--sweep":
                let parts = value?.split(separator: "=").map(String.init) ?? []
                let values = parts.count == 2 ? parts[1].split(separator: "/").compactMap { Double($0) } : []
                guard parts.count == 2, settings.weights[parts[0]] != nil, !values.isEmpty else {
                    return EvalTool.fail("newsdesk-eval summary: --sweep NAME=V1/V2/...")
                }
                settings.sweep = (parts[0], values)
                index += 1
            default:
                if argument.hasPrefix("--") { return EvalTool.fail(EvalTool.usage) }
                operands.append(argument)
            }
            index += 1
        }
        guard operands.count == 1, let source = operands.first else { return EvalTool.fail(EvalTool.usage) }
        let cases: [Case]
        if source.hasSuffix(".jsonl") {
            do {
                cases = try SummaryDevSet.load(source)
            } catch {
                return EvalTool.fail("newsdesk-eval summary: \(error)")
            }
        } else {
            guard let gold = goldCases(source) else { return GoldFiles.unreadable(source, tool: "summary") }
            cases = gold
        }
        let background = settings.background ? SummaryBackground(articles: cases.map(\.article)) : SummaryBackground()
        if let sweep = settings.sweep {
            for value in sweep.values {
                var weights = settings.weights
                weights[sweep.name] = value
                var total = Triple()
                for item in cases {
                    let sentences = newsdesk(item.article, settings.words, weights, background)
                    total += score(sentences, item, words: settings.words)
                }
                print(String(format: "%@=%-8g", sweep.name, value) + "  " + total.divided(by: cases.count).cells)
            }
            return 0
        }
        report(cases, settings, background)
        return 0
    }

    /// The systems compared, by name, each giving the texts of its sentences in article order.
    static func systems(_ settings: Settings, _ background: SummaryBackground)
        -> [(name: String, summarize: (Article) -> [String])] {
        let words = settings.words
        var systems: [(name: String, summarize: (Article) -> [String])] = [
            ("newsdesk", { newsdesk($0, words, settings.weights, background) }),
        ]
        if let words {
            systems.append(("newsdesk --words \(words)", { article in
                let options = SummaryOptions(words: words, weights: settings.weights)
                return texts(Summarizer.summarize(article, options: options, background: background).sentences, article)
            }))
        }
        systems.append(("TextRank", { article in
            let ranked = TextRankBaseline.ranked(article)
            return texts(words.map { filled(ranked, $0, article) } ?? Array(ranked.prefix(3)), article)
        }))
        systems.append((words == nil ? "Lead-3" : "Lead", { article in
            let story = Summarizer.lead(article, sentences: Int.max).sentences
            return texts(words.map { filled(story, $0, article) } ?? Array(story.prefix(3)), article)
        }))
        return systems
    }

    /// newsdesk's summary: as `summary` gives it, or with `words`, its sentences in the order
    /// chosen until they hold that many words.
    static func newsdesk(_ article: Article, _ words: Int?, _ weights: SummaryWeights,
                         _ background: SummaryBackground) -> [String] {
        guard let words else {
            let options = SummaryOptions(weights: weights)
            return texts(Summarizer.summarize(article, options: options, background: background).sentences, article)
        }
        let options = SummaryOptions(sentences: Int.max, weights: weights)
        let all = Summarizer.summarize(article, options: options, background: background).sentences
        return texts(filled(all.sorted { $0.rank < $1.rank }, words, article), article)
    }

    /// The first of `ranked` (best first) until they hold `words` words, in article order.
    static func filled(_ ranked: [SummarySentence], _ words: Int, _ article: Article) -> [SummarySentence] {
        var taken: [SummarySentence] = []
        var count = 0
        for sentence in ranked where count < words {
            taken.append(sentence)
            count += wordCount(article.text[sentence.range])
        }
        return taken.sorted { $0.sentence < $1.sentence }
    }

    static func texts(_ sentences: [SummarySentence], _ article: Article) -> [String] {
        sentences.map { article.text[$0.range] }
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }

    /// The ROUGE of `sentences` against the case's reference, cut first when `words` is set.
    static func score(_ sentences: [String], _ item: Case, words: Int? = nil) -> Triple {
        var tokens = sentences.joined(separator: "\n").split(whereSeparator: { $0.isWhitespace })
        if let words { tokens = Array(tokens.prefix(words)) }
        let text = tokens.joined(separator: " ")
        return Triple(Rouge.score(candidate: text, reference: item.reference), words: tokens.count)
    }

    static func report(_ cases: [Case], _ settings: Settings, _ background: SummaryBackground) {
        let systems = systems(settings, background)
        var totals = Array(repeating: Triple(), count: systems.count)
        let nameWidth = max(28, systems.map(\.name.count).max() ?? 0) + 2
        if settings.verbose {
            print("article: " + systems.map { "\($0.name) R1 R2 RL words" }.joined(separator: " | "))
        }
        for item in cases {
            var line = item.name + ":"
            for (index, system) in systems.enumerated() {
                let sentences = system.summarize(item.article)
                // The whole-sentence mode is scored as it is: it never exceeds the budget.
                let cut = system.name.hasPrefix("newsdesk --words") ? nil : settings.words
                let triple = score(sentences, item, words: cut)
                totals[index] += triple
                line += " " + triple.cells
            }
            if settings.verbose { print(line) }
        }
        let length = settings.words.map { "cut to \($0) words" } ?? "as each system gives it (3 sentences)"
        print("ROUGE F1 (%) over \(cases.count) articles, summaries \(length)")
        print(pad("system", nameWidth) + "   R1    R2    RL  words")
        for (index, system) in systems.enumerated() {
            print(pad(system.name, nameWidth) + totals[index].divided(by: cases.count).cells)
        }
        if let words = settings.words {
            print("(newsdesk --words \(words) is the product's own budget: whole sentences within \(words) words,"
                  + " not cut.)")
        }
        if settings.weights != .standard { print("(weights: \(describe(settings.weights)))") }
        if settings.background { print("(term weights use every article of the set as background)") }
    }

    /// `weights` with the `NAME=VALUE` pairs of `text` (comma-separated) set; nil for a bad pair.
    static func weights(_ text: String, over weights: SummaryWeights) -> SummaryWeights? {
        var result = weights
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=").map(String.init)
            guard parts.count == 2, result[parts[0]] != nil, let value = Double(parts[1]) else { return nil }
            result[parts[0]] = value
        }
        return result
    }

    static func describe(_ weights: SummaryWeights) -> String {
        SummaryWeights.names.map { "\($0)=\(weights[$0] ?? 0)" }.joined(separator: ",")
    }

    /// The fixtures' gold files with a "summary" key, with their articles.
    static func goldCases(_ directory: String) -> [Case]? {
        let goldDirectory = (directory as NSString).appendingPathComponent("gold")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: goldDirectory) else { return nil }
        var cases: [Case] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let stem = String(name.dropLast(5))
            guard
                let data = FileManager.default.contents(
                    atPath: (goldDirectory as NSString).appendingPathComponent(name)),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let reference = object["summary"] as? [String], !reference.isEmpty,
                let article = GoldFiles.article(directory, stem)
            else { continue }
            cases.append(Case(name: stem, article: article, reference: reference.joined(separator: "\n")))
        }
        return cases
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
