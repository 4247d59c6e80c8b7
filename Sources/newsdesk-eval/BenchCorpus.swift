import Foundation
import NewsCore
import TestSupport

/// `bench corpus` and `bench article`: deterministic benchmark inputs made from the fixture
/// articles, so that anyone rerunning Scripts/bench measures the same text.
///
/// Articles are rebuilt from the fixtures' paragraphs: each keeps one fixture's top (headline,
/// byline, dateline lead) and draws its body paragraphs from all fixtures with a seeded
/// generator, with figures in the copy varied, so no two articles are the same text.
enum BenchCorpus {
    struct Source {
        var top: [String]
        var body: [String]
        var date: String?
    }

    /// Reads every fixture article as its first paragraphs (up to and including the lead) and
    /// the rest.
    static func sources(_ directory: String) throws -> [Source] {
        let articles = (directory as NSString).appendingPathComponent("articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: articles).sorted()
        var result: [Source] = []
        for name in names where name.hasSuffix(".txt") {
            let text = try String(contentsOfFile: articles + "/" + name, encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let article = ArticleParser.parse(text, format: .text, source: name)
            let leadIndex = article.paragraphs.firstIndex(where: \.isStory) ?? 0
            let split = min(paragraphs.count, leadIndex + 1)
            result.append(Source(top: Array(paragraphs[..<split]), body: Array(paragraphs[split...]),
                                 date: article.metadata.date?.complete?.iso))
        }
        return result
    }

    /// Changes each run of digits to another of the same length (keeping a leading digit
    /// non-zero), so the figures vary but stay well-formed.
    static func vary(_ paragraph: String, _ generator: inout SeededGenerator) -> String {
        var output = ""
        var first = true
        for character in paragraph {
            if let digit = character.wholeNumberValue, character.isASCII {
                let low = first ? 1 : 0
                output.append(String(digit == 0 && !first ? 0 : Int.random(in: low...9, using: &generator)))
                first = false
            } else {
                output.append(character)
                first = true
            }
        }
        return output
    }

    /// One article of about `words` words: a fixture's top, then body paragraphs drawn from all.
    static func article(_ sources: [Source], index: Int, words: Int, _ generator: inout SeededGenerator) -> String {
        let base = sources[index % sources.count]
        var paragraphs = base.top
        var count = base.top.reduce(0) { $0 + $1.split(separator: " ").count }
        let pool = sources.flatMap(\.body)
        while count < words {
            let paragraph = vary(pool[Int.random(in: 0..<pool.count, using: &generator)], &generator)
            count += paragraph.split(separator: " ").count
            paragraphs.append(paragraph)
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// `bench corpus DIR OUT --megabytes N`: JSON Lines records of 300–1,500-word articles.
    static func corpus(_ directory: String, output: String, megabytes: Int) throws -> (articles: Int, bytes: Int) {
        let sources = try sources(directory)
        var generator = SeededGenerator(state: 20_250_911)
        guard FileManager.default.createFile(atPath: output, contents: nil),
              let handle = FileHandle(forWritingAtPath: output) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        defer { try? handle.close() }
        var bytes = 0, index = 0
        while bytes < megabytes << 20 {
            let words = Int.random(in: 300...1_500, using: &generator)
            let text = article(sources, index: index, words: words, &generator)
            let base = sources[index % sources.count]
            var members: [(String, JSONValue)] = [("id", .string("bench-\(index + 1)")), ("text", .string(text))]
            if let date = base.date { members.append(("date", .string(date))) }
            let line = JSONValue.object(members).serialized + "\n"
            handle.write(Data(line.utf8))
            bytes += line.utf8.count
            index += 1
        }
        return (index, bytes)
    }
}
