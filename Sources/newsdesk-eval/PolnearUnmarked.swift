import Foundation
import TestSupport

/// The hand annotation of the PolNeAR stories whose quotations the set's derivation left
/// unmarked (`Fixtures/real/polnear-unmarked`, see its README): seven of them quote with doubled
/// apostrophes ('' … ''), which the derivation did not read, so the set scores every quotation
/// found there as extra. The annotation holds only offsets and labels, never the stories' text.
///
/// It is read for a measure printed apart from the set's own: the headline figures stay the
/// set's as published.
enum PolnearUnmarked {
    /// The annotation kept in the repository.
    static let defaultPath = "Fixtures/real/polnear-unmarked/quotes.json"

    /// Each annotated story's quotation entries by id; nil when the file is absent or
    /// unreadable. `gold` turns an entry into a gold quotation once the story's text is at hand.
    static func load(_ path: String) -> [String: [[String: Any]]]? {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let articles = object["articles"] as? [[String: Any]]
        else { return nil }
        var result: [String: [[String: Any]]] = [:]
        for article in articles {
            guard let id = article["id"] as? String else { continue }
            result[id] = article["quotes"] as? [[String: Any]] ?? []
        }
        return result
    }

    /// One annotated quotation; its mention is the text between `mention_start` and
    /// `mention_end`, or none when the annotation gives no offsets.
    static func gold(_ entry: [String: Any], _ scalars: [Unicode.Scalar]) -> QuoteScoring.Gold? {
        guard let start = entry["start"] as? Int, let end = entry["end"] as? Int, 0 <= start, start < end,
            end <= scalars.count
        else { return nil }
        let segments = (entry["segments"] as? [[Int]] ?? []).compactMap {
            $0.count == 2 && $0[0] < $0[1] && $0[1] <= scalars.count ? $0[0]..<$0[1] : nil
        }
        var mention: String?
        if let from = entry["mention_start"] as? Int, let to = entry["mention_end"] as? Int, 0 <= from, from < to,
            to <= scalars.count
        {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[from..<to])
            mention = text
        }
        return QuoteScoring.Gold(
            range: start..<end, segments: segments, speaker: entry["speaker"] as? String, mention: mention,
            kind: entry["kind"] as? String ?? "direct")
    }
}
