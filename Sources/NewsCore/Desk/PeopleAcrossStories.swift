/// One person as the whole session knows them: the stories that name them, and how often each
/// mentions and quotes them.
public struct PersonAcrossStories: Sendable, Equatable {
    /// One story's view of the person.
    public struct Appearance: Sendable, Equatable {
        public var story: StoryLabel
        /// The name as this story gives it.
        public var name: String
        /// The role this story gives, or nil.
        public var title: String?
        public var mentions: Int
        /// Direct and partial quotations in this story, or nil when not counted.
        public var quotes: Int?

        public init(story: StoryLabel, name: String, title: String?, mentions: Int, quotes: Int?) {
            self.story = story
            self.name = name
            self.title = title
            self.mentions = mentions
            self.quotes = quotes
        }
    }

    /// The fullest form of the name any story uses.
    public var name: String
    /// The role given with that name (else the first role any story gives), or nil.
    public var title: String?
    /// In story order.
    public var appearances: [Appearance]

    public var mentions: Int { appearances.reduce(0) { $0 + $1.mentions } }
    public var quotes: Int { appearances.reduce(0) { $0 + ($1.quotes ?? 0) } }
    /// The stories that quote the person at least once.
    public var quotedIn: [StoryLabel] { appearances.filter { ($0.quotes ?? 0) > 0 }.map(\.story) }
}

/// Finds one person across several stories.
///
/// Two stories' people are taken to be one person when they have the same full name, or the
/// same surname with given names that do not clash ("Lukashenko" and "Alexander Lukashenko", "A.
/// Lukashenko" and "Alexander Lukashenko") and roles that share a word ("President of Belarus",
/// "Belarusian President"). A surname alone with no role to back it is not enough: two stories
/// may quote two different Smiths. The people of one story are never merged with each other;
/// the people analysis has already decided who they are.
public enum PeopleMerger {
    /// The people of `stories` merged, most stories first, then most mentions, then in order of
    /// first appearance.
    public static func merge(_ stories: [InStory<[PeopleResult.Row]>]) -> [PersonAcrossStories] {
        var people: [PersonAcrossStories] = []
        var keys: [NameKey] = []
        // Each person's index by surname, so a new name is compared only with its namesakes.
        var bySurname: [String: [Int]] = [:]
        for story in stories {
            var takenInStory: Set<Int> = []
            for row in story.value {
                let appearance = PersonAcrossStories.Appearance(
                    story: story.story, name: row.name, title: row.title, mentions: row.mentions, quotes: row.quotes)
                let key = NameKey(row.name, title: row.title)
                let candidates = bySurname[key.surname] ?? []
                if let match = candidates.first(where: { !takenInStory.contains($0) && keys[$0].matches(key) }) {
                    people[match].appearances.append(appearance)
                    keys[match].absorb(key)
                    if key.isFuller(than: NameKey(people[match].name, title: nil)) {
                        people[match].name = row.name
                        people[match].title = row.title ?? people[match].title
                    } else if people[match].title == nil {
                        people[match].title = row.title
                    }
                    takenInStory.insert(match)
                } else {
                    people.append(PersonAcrossStories(name: row.name, title: row.title, appearances: [appearance]))
                    keys.append(key)
                    bySurname[key.surname, default: []].append(people.count - 1)
                    takenInStory.insert(people.count - 1)
                }
            }
        }
        return people.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.appearances.count != y.appearances.count { return x.appearances.count > y.appearances.count }
            if x.mentions != y.mentions { return x.mentions > y.mentions }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// A name taken apart for comparing: given names, surname, and the words of every role seen.
    struct NameKey {
        var given: [String]
        var surname: String
        var full: String
        var roleWords: Set<String>

        init(_ name: String, title: String?) {
            let words = name.split(whereSeparator: \.isWhitespace).map { PeopleMerger.fold(String($0)) }
            surname = words.last ?? ""
            given = Array(words.dropLast())
            full = words.joined(separator: " ")
            roleWords = title.map(PeopleMerger.roleWords) ?? []
        }

        /// Same full name; or the same surname, given names that agree, and a shared role word.
        func matches(_ other: NameKey) -> Bool {
            guard !surname.isEmpty, surname == other.surname else { return false }
            if full == other.full, given.count > 0 { return true }
            guard givenNamesAgree(other) else { return false }
            return !roleWords.isDisjoint(with: other.roleWords)
        }

        /// Missing on either side, or equal word by word, an initial matching a name ("A." and
        /// "alexander").
        private func givenNamesAgree(_ other: NameKey) -> Bool {
            guard let mine = given.first, let theirs = other.given.first else { return true }
            let a = mine.trimmingCharacters(in: ["."]), b = theirs.trimmingCharacters(in: ["."])
            if a == b { return true }
            if a.count == 1 { return b.hasPrefix(a) }
            if b.count == 1 { return a.hasPrefix(b) }
            return false
        }

        /// More words of the name than `other` has.
        func isFuller(than other: NameKey) -> Bool { given.count > other.given.count }

        /// Takes on another story's roles, so a third story can match any of them.
        mutating func absorb(_ other: NameKey) {
            roleWords.formUnion(other.roleWords)
            if other.given.count > given.count { given = other.given; full = other.full }
        }
    }

    /// A word folded for comparing names: lower case, curly apostrophes straight, accents kept
    /// (Kovač is not Kovac to its owner, but the case of a headline is no difference).
    static func fold(_ word: String) -> String {
        String(word.lowercased().map { $0 == "’" ? "'" : $0 })
    }

    /// The words of a role that say what the person is ("president", "belarus", "chief",
    /// "executive"), without articles, prepositions and possessive endings.
    static func roleWords(_ title: String) -> Set<String> {
        var words: Set<String> = []
        for raw in title.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
            var word = fold(String(raw))
            if word.hasSuffix("'s") { word.removeLast(2) }
            if word.hasSuffix("'") { word.removeLast() }
            guard word.count > 2, !roleStopWords.contains(word) else { continue }
            words.insert(word)
        }
        return words
    }

    /// Words every kind of role shares, which say nothing about which role it is.
    static let roleStopWords: Set<String> = [
        "the", "and", "for", "from", "with", "who", "its", "his", "her", "their", "former", "new", "acting",
        "deputy", "senior", "head", "member", "one",
    ]
}
