import Foundation
import NewsCore
import TestSupport

/// `people --real` and `quotes --real`: the people finder and the quotations finder on real
/// news bodies annotated by hand (Fixtures/real/quotes-people, bodies from the shared
/// article-extraction ground truth). Scoring rules: RealPagesScoring.
enum RealPagesEval {
    enum Measure: String {
        case people, quotes
    }

    static let usage = """
        usage: newsdesk-eval people --real GOLD_DIR GROUND_TRUTH [--verbose]
               newsdesk-eval quotes --real GOLD_DIR GROUND_TRUTH [--verbose]
        """

    static func run(_ measure: Measure, _ arguments: [String]) -> Int32 {
        let operands = arguments.filter { $0 != "--verbose" }
        guard operands.count == 2, !operands.contains(where: { $0.hasPrefix("-") }) else {
            return EvalTool.fail(usage)
        }
        let verbose = arguments.contains("--verbose")
        let pages: [RealPageGold], bodies: [String: String]
        do {
            pages = try RealPages.loadGold(directory: operands[0])
            bodies = try RealPages.loadBodies(path: operands[1])
        } catch {
            FileHandle.standardError.write(
                Data("newsdesk-eval \(measure.rawValue) --real: \(error.description); nothing measured\n".utf8))
            return 1
        }
        var people = RealPagesScoring.PeopleScore(), quotes = RealPagesScoring.QuoteScore()
        var measured = 0
        // Per-page ratios, so that one long page (a roll of 39 tennis players) cannot carry the total.
        var pagePrecision: [Double] = [], pageRecall: [Double] = [], pageSpeakers: [Double] = []
        for page in pages {
            let name = String(page.id.prefix(8))
            guard let body = bodies[page.id] else {
                print("\(name): not in the ground truth, skipped")
                continue
            }
            let article: Article
            do {
                article = try ArticleLoader().article(fromBytes: Array(body.utf8), source: name, format: .text)
            } catch {
                print("\(name): \(error)")
                continue
            }
            let text = Array(body.unicodeScalars)
            if article.text.scalars != text {
                let loaded = article.text.scalars
                let at = text.indices.first(where: { $0 >= loaded.count || loaded[$0] != text[$0] }) ?? text.count
                print("\(name): the loaded text differs from the body at offset \(at); offsets after it are off")
            }
            measured += 1
            switch measure {
            case .people:
                // The gold marks names and pronouns; role mentions ("the judge") are left out of both.
                let found = PeopleFinder.analyze(article).people.map { person in
                    RealPagesScoring.FoundPerson(
                        name: person.name, title: person.title,
                        mentions: person.mentions.filter { $0.kind != .title }.map(\.range))
                }
                let score = RealPagesScoring.scorePeople(gold: page.people, found: found, text: text)
                print("\(name): \(line(score))")
                if verbose { for note in score.notes { print("  \(note)") } }
                people += score
                if score.foundPeople > 0 {
                    pagePrecision.append(Double(score.matchedPeople) / Double(score.foundPeople))
                }
                if score.goldPeople > 0 { pageRecall.append(Double(score.matchedPeople) / Double(score.goldPeople)) }
            case .quotes:
                let found = QuoteFinder.directQuotations(of: article).map {
                    RealPagesScoring.FoundQuote(range: $0.range, speaker: $0.speaker, kind: $0.kind.rawValue)
                }
                let score = RealPagesScoring.scoreQuotes(gold: page.quotes, found: found, text: text)
                print("\(name): \(line(score))")
                if verbose { for note in score.notes { print("  \(note)") } }
                quotes += score
                if score.found > 0 { pagePrecision.append(Double(score.overlapping) / Double(score.found)) }
                if score.gold > 0 { pageRecall.append(Double(score.overlapping) / Double(score.gold)) }
                if score.namedSpeakers > 0 {
                    pageSpeakers.append(Double(score.rightSpeakers) / Double(score.namedSpeakers))
                }
            }
        }
        switch measure {
        case .people:
            print("Total over \(measured) pages: \(line(people))")
            print("Mean of the pages: people P \(mean(pagePrecision)) R \(mean(pageRecall))")
        case .quotes:
            print("Total over \(measured) pages: \(line(quotes))")
            print(
                "Mean of the pages: overlap P \(mean(pagePrecision)) R \(mean(pageRecall))"
                    + " · speakers \(mean(pageSpeakers))")
        }
        return 0
    }

    static func line(_ score: RealPagesScoring.PeopleScore) -> String {
        "people P \(ratio(score.matchedPeople, score.foundPeople)) R \(ratio(score.matchedPeople, score.goldPeople))"
            + " · titles \(ratio(score.rightTitles, score.matchedPeople))"
            + " · mentions R \(ratio(score.foundGoldMentions, score.goldMentions))"
            + " (pronouns \(ratio(score.foundGoldPronouns, score.goldPronouns)))"
            + " P \(ratio(score.rightMatchedPersonMentions, score.matchedPersonMentions))"
    }

    static func line(_ score: RealPagesScoring.QuoteScore) -> String {
        "spans exact P \(ratio(score.exact, score.found)) R \(ratio(score.exact, score.gold))"
            + " F1 \(f1(score.exact, score.found, score.gold))"
            + " · overlap P \(ratio(score.overlapping, score.found)) R \(ratio(score.overlapping, score.gold))"
            + " F1 \(f1(score.overlapping, score.found, score.gold))"
            + " · speakers \(ratio(score.rightSpeakers, score.namedSpeakers)) (\(score.nullSpeakers) null)"
            + " · kinds \(ratio(score.rightKinds, score.overlapping))"
            + " · end-to-end F1 \(f1(score.endToEnd, score.found, score.gold))"
    }

    static func mean(_ values: [Double]) -> String {
        values.isEmpty ? "-" : String(format: "%.3f", values.reduce(0, +) / Double(values.count))
    }

    static func ratio(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.3f", Double(part) / Double(whole)) + " (\(part)/\(whole))"
    }

    static func f1(_ matched: Int, _ found: Int, _ gold: Int) -> String {
        found + gold == 0 ? "-" : String(format: "%.3f", 2 * Double(matched) / Double(found + gold))
    }
}
