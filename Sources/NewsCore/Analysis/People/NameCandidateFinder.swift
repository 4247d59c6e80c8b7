/// A run of capitalised words that may name someone, with any capitalised title in front of it
/// split off ("U.S. President | Donald Trump").
struct NameCandidate: Sendable, Equatable {
    /// Indices into the layer's words of the name's words.
    var tokens: Range<Int>
    /// Scalar range of the name in the article.
    var range: Range<Int>
    /// Indices of the capitalised title words inside the run, before the name (may be empty).
    var titleTokens: Range<Int>
    var sentence: Int

    var isSingleWord: Bool { tokens.count == 1 }
}

/// Finds runs of capitalised words in story text and trims them to what could be a name.
///
/// The finder knows nothing of people yet: it drops sentence-initial function words ("The",
/// "However"), splits capitalised titles off the front ("Interior Minister Ramesh Adhikari")
/// and post-nominal letters off the back ("Rachel Osei KC"). Whether a run names a person,
/// a place or an organisation is for `EntityClassifier` to decide from the context.
enum NameCandidateFinder {
    static func candidates(in story: StoryWords) -> [NameCandidate] {
        var result: [NameCandidate] = []
        var titleCase: [Int] = []
        let bodyWords = lowerCaseBodyWords(story)
        for (sentence, storySentence) in story.sentences.enumerated() {
            if isTitleCase(storySentence, story, bodyWords: bodyWords) {
                titleCase.append(sentence)
                continue
            }
            forEachRun(in: storySentence.words, story: story, isNameWord: isNameWord) { run in
                guard !isUnderscoreCredit(run, story) else { return }
                if let candidate = trim(run, story: story, sentence: sentence) { result.append(candidate) }
            }
        }
        guard !titleCase.isEmpty else { return result }
        // A headline in title case capitalises every word ("Senator Calls Rival A Disgrace"):
        // a run of capitalised words there glues names, verbs and nouns together. A word the
        // story writes in lower case elsewhere ends a run, and what is left counts only where
        // it is a name the story itself gives.
        let bodyNames = Set(result.map { key(of: $0.tokens, story) })
        let longest = result.map(\.tokens.count).max() ?? 0
        for sentence in titleCase {
            let words = story.sentences[sentence].words
            forEachRun(in: words, story: story, isNameWord: { isNameWord($0) && !bodyWords[Int($0.word)] }) { run in
                var start = run.lowerBound
                while start < run.upperBound {
                    let match = stride(from: min(run.upperBound, start + longest), to: start, by: -1).first {
                        bodyNames.contains(key(of: start..<$0, story))
                    }
                    guard let match else { start += 1; continue }
                    if let candidate = trim(start..<match, story: story, sentence: sentence) {
                        result.append(candidate)
                    }
                    start = match
                }
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Calls `body` with each run of name words (with particles between them) in a sentence's
    /// words, in order; no array of runs is made for each sentence.
    static func forEachRun(
        in words: Range<Int>, story: StoryWords, isNameWord: (Token) -> Bool, _ body: (Range<Int>) -> Void
    ) {
        var index = words.lowerBound
        while index < words.upperBound {
            guard isNameWord(story.words[index]) else { index += 1; continue }
            var end = index + 1
            while end < words.upperBound {
                let token = story.words[end]
                if isNameWord(token) { end += 1; continue }
                if token.kind == .word, isParticle(end, story), end + 1 < words.upperBound,
                    isNameWord(story.words[end + 1])
                {
                    end += 1; continue
                }
                // "Botic van de Zandt", "Ursula von der Leyen": two particles in a row.
                if token.kind == .word, isParticle(end, story), end + 2 < words.upperBound,
                    story.words[end + 1].kind == .word, isParticle(end + 1, story),
                    isNameWord(story.words[end + 2])
                {
                    end += 2; continue
                }
                break
            }
            body(index..<end)
            index = end
        }
    }

    /// "Dean, a medical doctor, …": a single capitalised word opening its sentence with a comma
    /// and an article after it is a surname with its appositive, even when it is also a role.
    static func isAppositiveHead(_ run: Range<Int>, _ story: StoryWords) -> Bool {
        guard run.count == 1, run.upperBound + 1 < story.count else { return false }
        let comma = story[run.upperBound], next = story[run.upperBound + 1]
        return story.isMark(run.upperBound, ",") && comma.sentence == next.sentence && next.isWord
            && ["a", "an", "the"].contains(next.key)
    }

    /// The lower-case keys of a run of words, joined by spaces.
    static func key(of words: Range<Int>, _ story: StoryWords) -> String {
        words.map { story.vocabulary.key(story.words[$0].word) }.joined(separator: " ")
    }

    /// The words a title-case headline leaves in lower case: articles, conjunctions and short
    /// prepositions ("Mayor Sees Trouble if Council Balks" writes "if" small too).
    static let titleCaseLowerWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "as", "up", "vs",
        "via", "with", "from", "into", "over", "if",
    ]

    /// A heading, or a line written in title case: four capitalised words or more, none in
    /// lower case but articles, conjunctions and short prepositions ("in", "a"), and one at
    /// least that the story writes in lower case elsewhere (a headline the text gives as its
    /// first paragraph, "Senator Calls Rival ‘A Disgrace’ Over Remarks.").
    static func isTitleCase(_ sentence: StorySentence, _ story: StoryWords, bodyWords: [Bool]) -> Bool {
        if sentence.isHeading { return true }
        var capitalised = 0
        var common = false
        for index in sentence.words where story.words[index].kind == .word {
            let token = story.words[index]
            if token.has(.capitalised) {
                capitalised += 1
                if !token.has(.sentenceStart), bodyWords[Int(token.word)] { common = true }
            } else if !story.roles(index).contains(.titleCaseLowerWord) {
                return false
            }
        }
        return capitalised >= 4 && common
    }

    /// The words the story writes in lower case somewhere (outside headings): true at the
    /// `WordID` of each, so that a test is an array read, not a hash per word of the story.
    static func lowerCaseBodyWords(_ story: StoryWords) -> [Bool] {
        var result = [Bool](repeating: false, count: story.vocabulary.count)
        for sentence in story.sentences where !sentence.isHeading {
            for index in sentence.words {
                let token = story.words[index]
                if token.kind == .word, !token.has(.capitalised) { result[Int(token.word)] = true }
            }
        }
        return result
    }

    /// "Director_Park Min Ho": a credit line that joins a role to a name with an underscore
    /// (or any run that touches one) is page furniture, and its words name nobody reliably.
    static func isUnderscoreCredit(_ run: Range<Int>, _ story: StoryWords) -> Bool {
        let scalars = story.text.scalars
        // The layer's tokens alone: a `StoryWord` would look up each word's key for nothing.
        let start = max(0, story.words[run.lowerBound].range.lowerBound - 1)
        let end = story.words[run.upperBound - 1].range.upperBound
        return scalars[start..<end].contains("_")
    }

    /// A capitalised word that could be part of a name (not a number, not a lone mark).
    static func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.has(.capitalised)
    }

    /// A word allowed inside a name between capitalised words ("Pieter van Loon").
    static func isParticle(_ index: Int, _ story: StoryWords) -> Bool {
        story.roles(index).contains(.nameParticle)
    }

    /// Prepositions after which a place ends a role ("ambassador to Britain", "envoy in
    /// Kyiv", "bureau chief for Asia") rather than opens a name.
    static let placeRolePrepositions: Set<String> = ["to", "in", "for", "from", "at"]

    /// The run cut down to its name, or nil when nothing name-like is left.
    static func trim(_ run: Range<Int>, story: StoryWords, sentence: Int) -> NameCandidate? {
        let tokens = story
        var lower = run.lowerBound
        var upper = run.upperBound
        // Sentence-initial function words and lexicon words are not names: "The", "However",
        // "Opposition" (leader), "Police" (spending), "Rival" (Ada Kerr).
        // The roles are read from the token's form alone, without making a `StoryWord`.
        while lower < upper {
            let roles = story.roles(lower)
            // A month name ("May") may be a given name too; the grouping decides.
            // "Said Ellis:": an inverted verb of saying that opens the sentence.
            let common = (roles.contains(.sentenceStarter) && !roles.contains(.month)) || roles.contains(.notName)
                || (story.words[lower].has(.sentenceStart)
                    && !roles.isDisjoint(with: [.roleModifier, .roleNoun, .relationNoun, .speechVerb])
                    && !isAppositiveHead(run, story))
            guard common, !(roles.contains(.title) && lower + 1 < upper) else { break }
            // "Will Farrow wrote": a given name that is also a word, before a surname.
            if roles.contains(.givenNameWord), lower + 1 < upper,
                story.roles(lower + 1).isDisjoint(with: [.title, .sentenceStarter])
            {
                break
            }
            lower += 1
        }
        // Capitalised titles in front: everything up to the last title word that is followed
        // by more of the run.
        var nameStart = lower
        if upper - lower >= 2 {
            for index in stride(from: upper - 2, through: lower, by: -1) {
                if !story.roles(index).isDisjoint(with: [.title, .roleNoun]) {
                    nameStart = index + 1
                    break
                }
            }
        }
        // "the Washington Post Trump said": an organisation's name ending in its cue word runs
        // straight into a surname; the name is what follows the cue.
        if upper - nameStart >= 2 {
            // A cue word that opens the name is a given name instead ("Bill Clinton").
            for index in stride(from: upper - 2, through: nameStart, by: -1)
            where story.roles(index).contains(.organisationCue)
                && !(index == nameStart && story.roles(index).contains(.givenNameWord)) {
                nameStart = index + 1
                break
            }
        }
        // "China's ambassador to Britain Liu Xiaoming": a country or city after a preposition
        // ends the role and runs straight into the name; two more words are the name.
        if upper - nameStart >= 3, nameStart == run.lowerBound, nameStart > 0,
            tokens[nameStart].is([.country, .city]), tokens[nameStart - 1].isWord,
            !tokens[nameStart - 1].isCapitalised, Self.placeRolePrepositions.contains(tokens[nameStart - 1].key)
        {
            nameStart += 1
        }
        // Post-nominals ("KC") and trailing particles are not part of the name.
        while upper > nameStart + 1,
              story.roles(upper - 1).contains(.postNominal) || isParticle(upper - 1, story) {
            upper -= 1
        }
        guard nameStart < upper else { return nil }
        return NameCandidate(tokens: nameStart..<upper,
                             range: tokens[nameStart].range.lowerBound..<tokens[upper - 1].range.upperBound,
                             titleTokens: lower..<nameStart, sentence: sentence)
    }
}
