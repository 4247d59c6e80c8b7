/// One place where the story refers to a person.
public struct Mention: Sendable, Equatable {
    /// How the person is referred to.
    public enum Kind: String, Sendable, Equatable {
        /// The name with two or more words ("Ihar Losik").
        case fullName
        /// The last word of the name alone ("Losik").
        case surname
        /// The first word of the name alone ("Donald").
        case firstName
        /// "the judge", "the mayor": the person's role with a definite article.
        case title
        /// "he", "her", resolved to this person.
        case pronoun
    }

    /// Scalar offsets into the article text (title words in front of a name are not included).
    public var range: Range<Int>
    public var kind: Kind
    /// Index of the sentence in `Article.sentences`.
    public var sentence: Int
    /// True when the mention stands inside a quotation.
    public var inQuote: Bool

    public init(range: Range<Int>, kind: Kind, sentence: Int, inQuote: Bool = false) {
        self.range = range
        self.kind = kind
        self.sentence = sentence
        self.inQuote = inQuote
    }
}

/// A person the story is about or quotes, with every mention found.
public struct Person: Sendable, Equatable {
    /// The fullest form of the name the story uses ("Donald Trump").
    public var name: String
    /// The role the story gives ("U.S. President", "journalist", "of Freedom House"), or nil.
    public var title: String?
    /// The gender the text marks (honorific, gendered noun, surname ending, or an unambiguous
    /// pronoun), or nil when it does not say.
    public var gender: Gender?
    /// Every mention, in article order.
    public var mentions: [Mention]

    public init(name: String, title: String? = nil, gender: Gender? = nil, mentions: [Mention] = []) {
        self.name = name
        self.title = title
        self.gender = gender
        self.mentions = mentions
    }
}

/// The people of one article and a way to ask who is meant at a given place.
///
/// Built once per article by `PeopleFinder.analyze(_:)`; the quotations and timeline analyzers
/// use the look-ups to name a speaker or an actor from an offset.
public struct PeopleAnalysis: Sendable, Equatable {
    /// The people, most mentioned first (ties in order of first mention).
    public var people: [Person]
    /// (mention start, mention end, person index), sorted by start, for look-ups.
    private var index: [MentionEntry]

    struct MentionEntry: Sendable, Equatable {
        var range: Range<Int>
        var person: Int
        var kind: Mention.Kind
    }

    public init(people: [Person]) {
        self.people = people
        var entries: [MentionEntry] = []
        for (number, person) in people.enumerated() {
            for mention in person.mentions {
                entries.append(MentionEntry(range: mention.range, person: number, kind: mention.kind))
            }
        }
        index = entries.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The index into `people` of the person mentioned at a scalar offset (any kind of
    /// mention, pronouns included), or nil when no person is mentioned there.
    public func person(mentionedAt offset: Int) -> Int? {
        entry(containing: offset)?.person
    }

    /// The mention that covers a scalar offset: whose it is, where it stands and what kind it
    /// is, or nil. The quotations analyzer reads a speaker's words from it ("she", "the judge").
    public func mention(at offset: Int) -> (person: Int, range: Range<Int>, kind: Mention.Kind)? {
        entry(containing: offset).map { ($0.person, $0.range, $0.kind) }
    }

    /// The person a pronoun refers to, given the pronoun's scalar range, or nil when the
    /// pronoun was left unresolved (the finder refuses to guess when the text is ambiguous).
    public func resolve(pronounAt range: Range<Int>) -> Int? {
        guard let entry = entry(containing: range.lowerBound), entry.kind == .pronoun else { return nil }
        return entry.range.overlaps(range) ? entry.person : nil
    }

    private func entry(containing offset: Int) -> MentionEntry? {
        var low = 0, high = index.count
        while low < high {
            let middle = (low + high) / 2
            if index[middle].range.lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let entry = index[low - 1]
        return entry.range.contains(offset) ? entry : nil
    }
}

/// Finds the people in an article from context: titles and roles around capitalised names,
/// appositives, verbs of saying; never from a list of famous names.
///
/// Steps, each in its own file: `StoryWords` (the token layer's story words with their roles),
/// `NameCandidateFinder` (capitalised runs, titles split off), `EntityClassifier` (person or
/// not, role, gender), `MentionGrouper` (full names, surnames, first names and "the judge" into
/// people), `PronounResolver` (he/she, only when one reading clearly wins).
public enum PeopleFinder {
    /// The people of `article`, read from story paragraphs and headings only (bylines, date
    /// lines and boilerplate never yield a person). Worked out once per article and then
    /// taken from its `analyses`.
    public static func analyze(_ article: Article) -> PeopleAnalysis {
        article.analyses.value(PeopleAnalysis.self) { computeAnalysis(article) }
    }

    private static func computeAnalysis(_ article: Article) -> PeopleAnalysis {
        let story = StoryWords.of(article)
        let candidates = NameCandidateFinder.candidates(in: story)
        let classifier = EntityClassifier(story: story)
        let evidence = candidates.map { classifier.evidence(for: $0) }
        var drafts = MentionGrouper(story: story, candidates: candidates, evidence: evidence).people()
        PronounResolver(story: story).resolve(&drafts)
        let people = drafts.map { draft in
            Person(name: draft.name, title: draft.title, gender: draft.gender ?? draft.nameGender,
                   mentions: draft.mentions.sorted { $0.tokenIndex < $1.tokenIndex }.map { record in
                       Mention(range: record.range, kind: record.kind,
                               sentence: story.sentences[record.sentence].sentence, inQuote: record.inQuote)
                   })
        }
        let ordered = people.enumerated().sorted { lhs, rhs in
            if lhs.element.mentions.count != rhs.element.mentions.count {
                return lhs.element.mentions.count > rhs.element.mentions.count
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
        return PeopleAnalysis(people: ordered)
    }
}
