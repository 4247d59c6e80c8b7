import Foundation
import NewsCore

/// A summarization development set in JSON Lines, one article a line: `{"id", "title", "text",
/// "reference"}` (the BBC News Summary set of ../shared/data/bbc-summary-dev has this shape).
///
/// Each article is read as the `--jsonl` pipeline reads a record: `text` is the article (its
/// paragraphs separated by blank lines) and `title` becomes its headline, kept beside the text
/// rather than added to it, exactly as an archive record gives it to newsdesk.
enum SummaryDevSet {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func load(_ path: String) throws -> [SummaryEval.Case] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read \(path)")
        }
        var cases: [SummaryEval.Case] = []
        let loader = ArticleLoader()
        for (number, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String, let reference = object["reference"] as? String else {
                throw Failure(description:
                    "\(path):\(number + 1): expected {\"id\", \"title\", \"text\", \"reference\"}")
            }
            let id = object["id"] as? String ?? "line \(number + 1)"
            var article = try loader.article(fromBytes: Array(text.utf8), source: id)
            if let title = object["title"] as? String, !title.isEmpty {
                article.metadata.title = title
                article.metadata.titleIsHeadline = true
            }
            cases.append(SummaryEval.Case(name: id, article: article, reference: reference))
        }
        return cases
    }
}
