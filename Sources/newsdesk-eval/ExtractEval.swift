import Foundation
import NewsCore

/// `extract`: the web-page extractor on the article-extraction benchmark's pages.
///
/// The body is the `body` paragraphs of each loaded page, joined. The measure is the benchmark's
/// own (its README): tokens are runs of word characters (Python's `\w`: letters, numbers and the
/// underscore), shingles are 4-token windows (a shorter text is one shingle), and per page the
/// multiset overlap of predicted and true shingles gives tp, fp and fn. Precision and recall are
/// means over pages, F1 is taken from the two means, accuracy is the share of pages whose token
/// sequence is identical. With a metadata gold file, headline, byline and date are scored too.
enum ExtractEval {
    struct PageScore {
        var id: String
        var precision: Double?
        var recall: Double?
        var identical: Bool
        var reason: String
        var f1: Double {
            let p = precision ?? 1, r = recall ?? 1
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    static let usage = "usage: newsdesk-eval extract DIR [--metadata FILE] [--verbose]"

    static func run(_ arguments: [String]) -> Int32 {
        var directory: String?
        var metadataFile: String?
        var verbose = false
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--metadata": metadataFile = rest.popFirst()
            case "--verbose": verbose = true
            default: directory = argument
            }
        }
        guard let directory else { return EvalTool.fail(usage) }
        let truthURL = URL(fileURLWithPath: directory).appendingPathComponent("ground-truth.json")
        guard let data = try? Data(contentsOf: truthURL),
              let truth = (try? JSONSerialization.jsonObject(with: data)) as? [String: [String: Any]]
        else {
            return EvalTool.fail("extract: cannot read \(truthURL.path)")
        }
        let loader = ArticleLoader()
        var scores: [PageScore] = []
        var articles: [String: Article] = [:]
        var seconds = 0.0
        for id in truth.keys.sorted() {
            let expected = truth[id]?["articleBody"] as? String ?? ""
            let path = URL(fileURLWithPath: directory).appendingPathComponent("html/\(id).html.gz").path
            let started = Date()
            let predicted: String
            var failure: String?
            do {
                let article = try loader.loadFile(path)
                articles[id] = article
                predicted = article.paragraphs.filter { $0.kind == .body }.map(\.text).joined(separator: "\n\n")
            } catch {
                predicted = ""
                failure = error.reason
            }
            seconds += Date().timeIntervalSince(started)
            var score = compare(predicted: predicted, expected: expected, id: id)
            if let failure { score.reason = "not loaded: \(failure)" }
            scores.append(score)
            if verbose {
                print(String(format: "%@  P %.3f R %.3f  %@", String(id.prefix(12)), score.precision ?? 1,
                             score.recall ?? 1, score.reason))
            }
        }
        let precisions = scores.compactMap(\.precision), recalls = scores.compactMap(\.recall)
        let p = precisions.reduce(0, +) / Double(max(1, precisions.count))
        let r = recalls.reduce(0, +) / Double(max(1, recalls.count))
        let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
        let accuracy = Double(scores.filter(\.identical).count) / Double(max(1, scores.count))
        print("ten worst pages (F1, id, why):")
        for score in scores.sorted(by: { $0.f1 < $1.f1 }).prefix(10) {
            print(String(format: "  %.3f  %@  %@", score.f1, String(score.id.prefix(16)), score.reason))
        }
        if let metadataFile { MetadataScore.run(metadataFile, articles: articles) }
        print(String(format:
                "extract: %d pages · P %.3f R %.3f F1 %.3f · accuracy %.3f · %.1f ms a page (load and extract)",
                     scores.count, p, r, f1, accuracy, 1000 * seconds / Double(max(1, scores.count))))
        return 0
    }

    /// One page's precision and recall by the benchmark's shingle measure, and why it fell short.
    static func compare(predicted: String, expected: String, id: String) -> PageScore {
        let predictedTokens = tokens(predicted), expectedTokens = tokens(expected)
        let predictedShingles = shingles(predictedTokens), expectedShingles = shingles(expectedTokens)
        var remaining = expectedShingles
        var tp = 0.0
        var extra: [[String]] = []
        for shingle in predictedShingles.keys.sorted(by: { $0.joined(separator: " ") < $1.joined(separator: " ") }) {
            let count = predictedShingles[shingle]!
            let matched = min(count, remaining[shingle] ?? 0)
            tp += Double(matched)
            remaining[shingle] = (remaining[shingle] ?? 0) - matched
            if matched < count { extra.append(shingle) }
        }
        let fp = Double(predictedShingles.values.reduce(0, +)) - tp
        let fn = Double(expectedShingles.values.reduce(0, +)) - tp
        var score = PageScore(
            id: id, precision: nil, recall: nil, identical: predictedTokens == expectedTokens, reason: "")
        if fp == 0 && fn == 0 {
            score.precision = 1
            score.recall = 1
        } else {
            if tp + fp > 0 { score.precision = tp / (tp + fp) }
            if tp + fn > 0 { score.recall = tp / (tp + fn) }
        }
        score.reason = reason(
            predictedTokens: predictedTokens, expectedTokens: expectedTokens, fp: fp, fn: fn,
            remaining: remaining, predictedShingles: predictedShingles)
        return score
    }

    /// Why a page scored as it did: the first run of text kept that the truth lacks, and the
    /// first run missed.
    static func reason(
        predictedTokens: [String], expectedTokens: [String], fp: Double, fn: Double,
        remaining: [[String]: Int], predictedShingles: [[String]: Int]
    ) -> String {
        var parts: [String] = []
        let expectedSet = Set(shingles(expectedTokens).keys)
        if fp > 0, let start = (0..<max(1, predictedTokens.count - 3)).first(where: {
            !expectedSet.contains(Array(predictedTokens[$0..<min(predictedTokens.count, $0 + 4)]))
        }) {
            let predictedCount = Double(predictedShingles.values.reduce(0, +))
            parts.append(String(format: "kept %.0f%% extra, from \"%@\"", 100 * fp / max(1, predictedCount),
                                predictedTokens[start..<min(predictedTokens.count, start + 8)].joined(separator: " ")))
        }
        let predictedSet = Set(predictedShingles.keys)
        if fn > 0, let start = (0..<max(1, expectedTokens.count - 3)).first(where: {
            !predictedSet.contains(Array(expectedTokens[$0..<min(expectedTokens.count, $0 + 4)]))
        }) {
            let expectedCount = Double(shingles(expectedTokens).values.reduce(0, +))
            parts.append(String(format: "missed %.0f%%, from \"%@\"", 100 * fn / max(1, expectedCount),
                                expectedTokens[start..<min(expectedTokens.count, start + 8)].joined(separator: " ")))
        }
        return parts.isEmpty ? "identical" : parts.joined(separator: "; ")
    }

    /// Runs of word characters as Python's `\w` sees them: letters (general category L*),
    /// numbers (N*) and the underscore.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The 4-token windows of a token list with their counts; fewer than four tokens make one.
    static func shingles(_ tokens: [String]) -> [[String]: Int] {
        var result: [[String]: Int] = [:]
        guard tokens.count >= 4 else {
            result[tokens] = 1
            return result
        }
        for start in 0...(tokens.count - 4) { result[Array(tokens[start..<start + 4]), default: 0] += 1 }
        return result
    }
}
