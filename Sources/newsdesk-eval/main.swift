// newsdesk-eval: measures NewsCore against public suites and gold files.
//
// One subcommand per measured piece; Scripts/eval-* build this tool and call it. Each
// subcommand prints what failed and ends with one summary line.

import Foundation
import NewsCore

/// The command line: a subcommand and its arguments.
enum EvalTool {
    static let usage = """
        usage: newsdesk-eval COMMAND [ARGS]

        commands:
          sentences FILE [--decode-escapes]
              Split each input of a Golden Rules JSON Lines file (fields rule, name, input,
              sentences) and compare with the expected sentences. --decode-escapes reads the
              backslash escapes \\n, \\t, \\" and \\\\ in inputs as the characters they stand for.
          people DIR [--verbose]
              For every DIR/gold/NAME.json with a "people" key, analyse DIR/articles/NAME.txt (or
              .md) and compare: people (names match ignoring case, or one is the other's first or
              last words), mentions (exact span, same person) and pronouns (gold pronoun mentions
              resolved to the right person; unresolved ones counted apart). --verbose lists every
              mention missed or added.
        """

    static func main(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else { return fail(usage) }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "sentences":
            return SentenceEval.run(rest)
        case "people":
            return PeopleEval.run(rest)
        case "-h", "--help", "help":
            print(usage)
            return 0
        default:
            return fail("newsdesk-eval: unknown command '\(command)'\n\n\(usage)")
        }
    }

    /// Prints `message` to standard error and returns the usage-error status.
    static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return 2
    }
}

/// `sentences`: the sentence splitter on the Golden Rules.
enum SentenceEval {
    struct Rule {
        let number: Int
        let name: String
        let input: String
        let sentences: [String]
    }

    static func run(_ arguments: [String]) -> Int32 {
        var path: String?
        var decodeEscapes = false
        for argument in arguments {
            switch argument {
            case "--decode-escapes": decodeEscapes = true
            case _ where argument.hasPrefix("-"):
                return EvalTool.fail("newsdesk-eval sentences: unknown option '\(argument)'")
            case _ where path == nil: path = argument
            default: return EvalTool.fail(EvalTool.usage)
            }
        }
        guard let path else { return EvalTool.fail(EvalTool.usage) }
        let rules: [Rule]
        do {
            rules = try load(path)
        } catch {
            FileHandle.standardError.write(Data("newsdesk-eval: \(path): \(error)\n".utf8))
            return 1
        }
        let splitter = SentenceSplitter()
        var passed = 0
        for rule in rules {
            let input = decodeEscapes ? decoded(rule.input) : rule.input
            let text = ScalarText(input)
            let got = splitter.split(text, in: 0..<text.count).map { text[$0] }
            let expected = rule.sentences.map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if got == expected {
                passed += 1
            } else {
                print("Rule \(rule.number): \(rule.name)")
                print("  expected: \(quoted(expected))")
                print("  got:      \(quoted(got))")
            }
        }
        let percent = rules.isEmpty ? 0 : Double(passed) * 100 / Double(rules.count)
        let suffix = decodeEscapes ? ", escapes decoded" : ""
        print(
            "Golden Rules (English): \(passed)/\(rules.count) passed "
                + "(\(String(format: "%.1f", percent))%)\(suffix)")
        return 0
    }

    struct FormatError: Error, CustomStringConvertible {
        let line: Int
        var description: String { "line \(line): expected rule, name, input and sentences" }
    }

    /// The rules of a JSON Lines file, blank lines skipped.
    static func load(_ path: String) throws -> [Rule] {
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        var rules: [Rule] = []
        for (offset, line) in contents.split(separator: "\n").enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let fields = object as? [String: Any],
                let number = fields["rule"] as? Int,
                let name = fields["name"] as? String,
                let input = fields["input"] as? String,
                let sentences = fields["sentences"] as? [String]
            else { throw FormatError(line: offset + 1) }
            rules.append(Rule(number: number, name: name, input: input, sentences: sentences))
        }
        return rules
    }

    /// `text` with the backslash escapes \n, \t, \" and \\ read as the characters they stand
    /// for; any other backslash is kept.
    static func decoded(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"", "\\": result.append(character)
                default: result.append("\\\(character)")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }

    /// Sentences as a bracketed list of quoted strings, with line breaks shown as \n.
    static func quoted(_ sentences: [String]) -> String {
        "[" + sentences.map { $0.debugDescription }.joined(separator: ", ") + "]"
    }
}

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
        let verbose = arguments.contains("--verbose")
        let operands = arguments.filter { $0 != "--verbose" }
        guard operands.count == 1, let directory = operands.first, !directory.hasPrefix("-") else {
            return EvalTool.fail(EvalTool.usage)
        }
        let goldDirectory = (directory as NSString).appendingPathComponent("gold")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: goldDirectory) else {
            return EvalTool.fail("newsdesk-eval people: cannot read \(goldDirectory)")
        }
        var total = Tally()
        var articles = 0
        for name in names.sorted() where name.hasSuffix(".json") {
            let stem = String(name.dropLast(5))
            guard let data = FileManager.default.contents(atPath: (goldDirectory as NSString).appendingPathComponent(name)),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let people = object["people"] as? [[String: Any]]
            else { continue }
            let gold = people.compactMap { entry -> GoldPerson? in
                guard let name = entry["name"] as? String else { return nil }
                let mentions = (entry["mentions"] as? [[Int]] ?? []).compactMap { $0.count == 2 ? $0[0]..<$0[1] : nil }
                return GoldPerson(name: name, mentions: mentions)
            }
            let articlesDirectory = (directory as NSString).appendingPathComponent("articles")
            let candidates = ["txt", "md"].map { (articlesDirectory as NSString).appendingPathComponent("\(stem).\($0)") }
            guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                print("\(stem): no article beside the gold file")
                continue
            }
            let article: Article
            do {
                article = try ArticleLoader().loadFile(path)
            } catch {
                print("\(stem): \(error)")
                continue
            }
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

    static func compare(_ gold: [GoldPerson], _ analysis: PeopleAnalysis, _ article: Article,
                        verbose: Bool) -> (Tally, [String]) {
        var tally = Tally()
        var notes: [String] = []
        tally.goldPeople = gold.count
        tally.predictedPeople = analysis.people.count
        // Greedy one-to-one matching: exact names first, then prefix/suffix.
        var goldFor: [Int: Int] = [:]
        var taken: Set<Int> = []
        for exact in [true, false] {
            for (p, person) in analysis.people.enumerated() where goldFor[p] == nil {
                if let g = gold.indices.first(where: { !taken.contains($0)
                    && (exact ? gold[$0].name.lowercased() == person.name.lowercased() : namesMatch(gold[$0].name, person.name)) }) {
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
            tally.matchedMentions += person.mentions.filter { spans.contains([$0.range.lowerBound, $0.range.upperBound]) }.count
            guard verbose else { continue }
            let predicted = Set(person.mentions.map { [$0.range.lowerBound, $0.range.upperBound] })
            for mention in person.mentions where !spans.contains([mention.range.lowerBound, mention.range.upperBound]) {
                notes.append("extra mention of \(person.name): '\(article.text[mention.range])' at \(mention.range.lowerBound)")
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
                    notes.append("pronoun '\(article.text[mention])' at \(mention.lowerBound): \(analysis.people[predicted].name), gold \(person.name)")
                }
            }
        }
        return (tally, notes)
    }

    static func ratio(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", Double(part) * 100 / Double(whole)) + " (\(part)/\(whole))"
    }
}

exit(EvalTool.main(Array(CommandLine.arguments.dropFirst())))
