import Foundation

/// Term statistics over a set of articles, so that words every story uses ("government",
/// "week") weigh less than the words that set this story apart.
///
/// Built from the articles loaded in a session; a term's weight depends only on how many of
/// them use it, never on the order they were loaded in.
public struct SummaryBackground: Sendable {
    /// Articles counted.
    public private(set) var documents: Int = 0
    /// Content stem → how many articles use it.
    private var frequencies: [String: Int] = [:]

    /// No background: every term weighs the same.
    public init() {}

    /// The story sentences of `articles`, each article counted once per stem.
    public init(articles: [Article]) {
        for article in articles { add(article) }
    }

    /// True when no term weighs more than another (one article or none counted).
    var isEmpty: Bool { documents <= 1 }

    /// Counts one more article. Its stems are worked out once and kept with the article, so a
    /// session of many articles does not re-read them all on every `summary`.
    public mutating func add(_ article: Article) {
        for stem in SummaryReading.of(article).storyStems {
            frequencies[stem, default: 0] += 1
        }
        documents += 1
    }

    /// The weight of a stem: 1 + ln((N + 1) / (df + 1)), where N counts the articles and df
    /// those using the stem. With one article (or none) every term weighs 1; a stem no
    /// article uses weighs the most.
    func weight(of stem: String) -> Double {
        guard documents > 1 else { return 1 }
        let used = frequencies[stem] ?? 0
        return 1 + log(Double(documents + 1) / Double(used + 1))
    }
}
