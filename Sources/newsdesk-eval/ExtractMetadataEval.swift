import Foundation
import NewsCore

/// The headline, byline and date of benchmark pages against a hand-checked gold file
/// (`Fixtures/real/metadata.json`: `{ID: {"title", "byline", "date"}}`, null where the page
/// gives none). Headlines compare with case, white space and quotation-mark style ignored;
/// bylines as sets of names ("By" and the joining "and" ignored); dates as ISO days.
enum MetadataScore {
    static func run(_ file: String, articles: [String: Article]) {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)),
              let gold = (try? JSONSerialization.jsonObject(with: data)) as? [String: [String: Any]]
        else {
            print("metadata: no gold file at \(file)")
            return
        }
        var right = (title: 0, byline: 0, date: 0)
        var misses: [String] = []
        for id in gold.keys.sorted() {
            let expected = gold[id]!
            let article = articles[id]
            let title = article.map { $0.metadata.titleIsHeadline ? $0.metadata.title : "" }
            let byline = article?.metadata.byline
            let date = article?.metadata.date?.complete?.iso
            let short = String(id.prefix(12))
            if normalisedTitle(expected["title"] as? String) == normalisedTitle(title) {
                right.title += 1
            } else {
                let want = expected["title"] as? String ?? "none"
                misses.append("  \(short) headline: got \(title ?? "nothing"); expected \(want)")
            }
            if names(expected["byline"] as? String) == names(byline) {
                right.byline += 1
            } else {
                let want = expected["byline"] as? String ?? "none"
                misses.append("  \(short) byline: got \(byline ?? "none"); expected \(want)")
            }
            if (expected["date"] as? String) == date {
                right.date += 1
            } else {
                let want = expected["date"] as? String ?? "none"
                misses.append("  \(short) date: got \(date ?? "none"); expected \(want)")
            }
        }
        if !misses.isEmpty { print("metadata differences:\n" + misses.joined(separator: "\n")) }
        let count = Double(max(1, gold.count))
        print(String(format: "metadata: %d pages checked by hand · headline %.1f%% · byline %.1f%% · date %.1f%%",
                     gold.count, 100 * Double(right.title) / count, 100 * Double(right.byline) / count,
                     100 * Double(right.date) / count))
    }

    static func normalisedTitle(_ text: String?) -> String {
        guard let text else { return "" }
        let mapped = text.lowercased().unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201B}", "`": return "'"
            case "\u{201C}", "\u{201D}", "\u{201E}": return "\""
            case "\u{2013}", "\u{2014}": return "-"
            default: return String(scalar)
            }
        }.joined()
        return mapped.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The names a byline credits, lower-cased, as a set.
    static func names(_ byline: String?) -> Set<String> {
        guard var text = byline?.lowercased() else { return [] }
        if text.hasPrefix("by ") { text.removeFirst(3) }
        let pieces = text.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: "&", with: ",")
            .split(separator: ",")
        let names = pieces.map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        return Set(names.filter { !$0.isEmpty })
    }
}
