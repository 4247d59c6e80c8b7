import Foundation
import NewsCore

/// `people`: the people finder on the gold files' "people" key.
enum PeopleEval {
    struct GoldPerson {
        let name: String
        let mentions: [Range<Int>]
    }

    /// Counts summed over articles.
    struct Tally {
        var goldPeople = 0, predictedPeople = 0, matchedPeople = 0
        var goldMentions = 0, predictedMentions = 0, matchedMentions = 0
        var goldPronouns = 0, rightPronouns = 0, unresolvedPronouns = 0

        static func += (lhs: inout Tally, rhs: Tally) {
            lhs.goldPeople += rhs.goldPeople; lhs.predictedPeople += rhs.predictedPeople
            lhs.matchedPeople += rhs.matchedPeople; lhs.goldMentions += rhs.goldMentions
            lhs.predictedMentions += rhs.predictedMentions; lhs.matchedMentions += rhs.matchedMentions
            lhs.goldPronouns += rhs.goldPronouns; lhs.rightPronouns += rhs.rightPronouns
            lhs.unresolvedPronouns += rhs.unresolvedPronouns
        }

        var line: String {
            "people P \(ratio(matchedPeople, predictedPeople)) R \(ratio(matchedPeople, goldPeople))"
                + " · mentions P \(ratio(matchedMentions, predictedMentions)) R \(ratio(matchedMentions, goldMentions))"
                + " · pronouns \(rightPronouns)/\(goldPronouns) right, \(unresolvedPronouns) unresolved"
        }
    }

    static let pronouns: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]

    static func run(_ arguments: [String]) -> Int32 {
        guard let (directory, verbose) = GoldFiles.directoryArgument(arguments) else {
            return EvalTool.fail(EvalTool.usage)
        }
        guard let goldFiles = GoldFiles.load(directory, key: "people") else {
            return GoldFiles.unreadable(directory, tool: "people")
        }
        var total = Tally()
        var articles = 0
        for goldFile in goldFiles {
            let stem = goldFile.name, people = goldFile.items
            let gold = people.compactMap { entry -> GoldPerson? in
                guard let name = entry["name"] as? String else { return nil }
                let mentions = (entry["mentions"] as? [[Int]] ?? []).compactMap { $0.count == 2 ? $0[0]..<$0[1] : nil }
                return GoldPerson(name: name, mentions: mentions)
            }
            guard let article = GoldFiles.article(directory, stem) else { continue }
            let analysis = PeopleFinder.analyze(article)
            let (tally, notes) = compare(gold, analysis, article, verbose: verbose)
            print("\(stem): \(tally.line)")
            for note in notes { print("  \(note)") }
            total += tally
            articles += 1
        }
        print("Total over \(articles) articles: \(total.line)")
        return 0
    }

    /// True when two names are the same person's: equal ignoring case, or one is the other's
    /// first or last words.
    static func namesMatch(_ a: String, _ b: String) -> Bool {
        let left = a.lowercased().split(separator: " ").map(String.init)
        let right = b.lowercased().split(separator: " ").map(String.init)
        guard !left.isEmpty, !right.isEmpty else { return false }
        let (short, long) = left.count <= right.count ? (left, right) : (right, left)
        return Array(long.prefix(short.count)) == short || Array(long.suffix(short.count)) == short
    }

    static func compare(
        _ gold: [GoldPerson], _ analysis: PeopleAnalysis, _ article: Article,
        verbose: Bool
    ) -> (Tally, [String]) {
        var tally = Tally()
        var notes: [String] = []
        tally.goldPeople = gold.count
        tally.predictedPeople = analysis.people.count
        // Greedy one-to-one matching: exact names first, then prefix/suffix.
        var goldFor: [Int: Int] = [:]
        var taken: Set<Int> = []
        for exact in [true, false] {
            for (p, person) in analysis.people.enumerated() where goldFor[p] == nil {
                if let g = gold.indices.first(where: {
                    !taken.contains($0)
                        && (exact
                            ? gold[$0].name.lowercased() == person.name.lowercased()
                            : namesMatch(gold[$0].name, person.name))
                }) {
                    goldFor[p] = g
                    taken.insert(g)
                }
            }
        }
        tally.matchedPeople = goldFor.count
        for (p, person) in analysis.people.enumerated() where goldFor[p] == nil {
            notes.append("extra person: \(person.name) (\(person.mentions.count) mentions)")
        }
        for (g, person) in gold.enumerated() where !taken.contains(g) {
            notes.append("missed person: \(person.name)")
        }
        for (p, person) in analysis.people.enumerated() {
            tally.predictedMentions += person.mentions.count
            guard let g = goldFor[p] else { continue }
            let spans = Set(gold[g].mentions.map { [$0.lowerBound, $0.upperBound] })
            tally.matchedMentions +=
                person.mentions.filter { spans.contains([$0.range.lowerBound, $0.range.upperBound]) }.count
            guard verbose else { continue }
            let predicted = Set(person.mentions.map { [$0.range.lowerBound, $0.range.upperBound] })
            for mention in person.mentions where !spans.contains([mention.range.lowerBound, mention.range.upperBound]) {
                notes.append(
                    "extra mention of \(person.name): '\(article.text[mention.range])' at \(mention.range.lowerBound)")
            }
            for span in gold[g].mentions where !predicted.contains([span.lowerBound, span.upperBound]) {
                notes.append("missed mention of \(person.name): '\(article.text[span])' at \(span.lowerBound)")
            }
        }
        let personFor = Dictionary(uniqueKeysWithValues: goldFor.map { ($1, $0) })
        for (g, person) in gold.enumerated() {
            tally.goldMentions += person.mentions.count
            for mention in person.mentions where pronouns.contains(article.text[mention].lowercased()) {
                tally.goldPronouns += 1
                guard let predicted = analysis.resolve(pronounAt: mention) else {
                    tally.unresolvedPronouns += 1
                    continue
                }
                if personFor[g] == predicted {
                    tally.rightPronouns += 1
                } else {
                    notes.append(
                        "pronoun '\(article.text[mention])' at \(mention.lowerBound): \(analysis.people[predicted].name), gold \(person.name)"
                    )
                }
            }
        }
        return (tally, notes)
    }

    static func ratio(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", Double(part) * 100 / Double(whole)) + " (\(part)/\(whole))"
    }
}
