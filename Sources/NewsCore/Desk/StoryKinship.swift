/// Which stories of a session are about the same news, so that their figures may be compared.
///
/// Two stories are kin when they name the same person (as `PeopleMerger` merges them) or their
/// titles share a word that says what they are about: a word of four letters or more that is
/// not a common function word ("prisoners", "Rotterdam", "Belarus"). Generous on purpose: it
/// only keeps stories with nothing in common from being compared, such as a quake's "120
/// people" and a river town's "2,300 people".
public struct StoryKinship: Sendable {
    private var titleWords: [Int: Set<String>] = [:]
    private var people: [Int: Set<Int>] = [:]

    /// Kinship among `stories`, given the people merged across them.
    public init(stories: [StoryLabel], people: [PersonAcrossStories]) {
        for story in stories { titleWords[story.number] = Self.words(of: story.title) }
        for (index, person) in people.enumerated() where person.appearances.count > 1 {
            for appearance in person.appearances { self.people[appearance.story.number, default: []].insert(index) }
        }
    }

    /// True when stories `a` and `b` share a person or a title word.
    public func related(_ a: StoryLabel, _ b: StoryLabel) -> Bool {
        if let x = people[a.number], let y = people[b.number], !x.isDisjoint(with: y) { return true }
        guard let x = titleWords[a.number], let y = titleWords[b.number] else { return false }
        return !x.isDisjoint(with: y)
    }

    /// The title's words that may say what it is about, lower-cased, a plural's "s" left off.
    static func words(of title: String) -> Set<String> {
        var words: Set<String> = []
        for raw in title.split(whereSeparator: { !$0.isLetter }) {
            var word = raw.lowercased()
            guard word.count >= 4, !stopWords.contains(word) else { continue }
            if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 4 { word.removeLast() }
            words.insert(word)
        }
        return words
    }

    static let stopWords: Set<String> = [
        "after", "again", "against", "about", "also", "amid", "from", "have", "into", "more", "over", "says",
        "said", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "what",
        "when", "where", "which", "while", "with", "will", "would", "year", "years", "first", "last", "still",
        "could", "should", "being", "been", "were", "just", "only", "back", "down", "under", "before",
    ]
}
