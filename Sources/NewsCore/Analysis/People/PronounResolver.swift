/// Resolves he/him/his and she/her to the people found, conservatively.
///
/// A pronoun outside quotation marks looks back over its own sentence and the two before it.
/// Each person mentioned there is scored: nearer is better, the subject of a clause is better,
/// and for an attribution ("…,” she said) a person who has just been speaking is better. A
/// person whose gender the text marks otherwise is ruled out. The best person is chosen only
/// when it is alone or clearly ahead; otherwise the pronoun stays unresolved rather than
/// guessed. Inside a quotation, a pronoun is resolved only to the one person named earlier in
/// the same quotation ("If Donald insists that he is ready"), since the speaker's "he" may be
/// anyone. Work per pronoun is capped, so the whole pass is linear in the article.
struct PronounResolver {
    let story: StoryWords

    /// How many sentences back a pronoun may look (its own sentence is 0).
    static let sentenceWindow = 2
    /// The least lead the best person needs over the next one.
    static let margin = 2
    /// How many narrative sentences back an attribution ("she said") may find its speaker when
    /// nobody else is named in between.
    static let attributionWindow = 4
    /// The most mentions examined for one pronoun.
    static let lookBackLimit = 60

    private struct Active {
        var person: Int
        var record: MentionRecord
    }

    func resolve(_ drafts: inout [PersonDraft]) {
        var pending: [Active] = []
        for (person, draft) in drafts.enumerated() {
            for record in draft.mentions where !record.inHeading {
                pending.append(Active(person: person, record: record))
            }
        }
        pending.sort { $0.record.tokenIndex < $1.record.tokenIndex }
        var active: [Active] = []
        var next = 0
        // The unnamed people are found in the same pass over the words as the pronouns: each
        // one stands before any pronoun after it, which is all a pronoun reads of them.
        let counted = titleMentionWords(drafts)
        var unnamedSoFar: [Unnamed] = []
        let narrative = narrativeIndex
        for (sentenceIndex, sentence) in story.sentences.enumerated() where !sentence.isHeading {
            for index in sentence.words {
                let token = story.words[index]
                let roles = story.roles(index)
                // Most words are neither a pronoun nor a noun for a person: one test passes them.
                guard token.kind == .word, !roles.isDisjoint(with: Self.wordsRead) else { continue }
                if roles.contains(.unnamedPersonNoun) {
                    if let found = unnamedPerson(at: index, token, sentenceIndex, sentence.words, counted) {
                        unnamedSoFar.append(found)
                    }
                    continue
                }
                let gender: Gender
                if roles.contains(.masculinePronoun) {
                    gender = .masculine
                } else if roles.contains(.femininePronoun) {
                    gender = .feminine
                } else {
                    continue
                }
                while next < pending.count, pending[next].record.tokenIndex < index {
                    active.append(pending[next])
                    next += 1
                }
                // "Liu He, China’s top negotiator", "He Jianxiong, a former official": a
                // capitalised "He" inside a sentence, or before another capitalised word, is a name.
                if token.has(.capitalised), isNameNotPronoun(index, in: sentence.words) { continue }
                let attribution = isAttribution(index)
                let inQuote = token.has(.inQuote)
                let bound = isObjectPronoun(index) ? subjectOfClause(before: index, active) : nil
                let choice =
                    inQuote
                    ? chooseInQuote(index, gender, active, drafts)
                    : choose(index, gender, attribution: attribution, excluding: bound, active, drafts, narrative)
                        .flatMap { choice in
                            outweighs(unnamedSoFar, choice, index, gender, active, drafts, narrative) ? nil : choice
                        }
                guard let choice else { continue }
                let record = MentionRecord(
                    tokenIndex: index, range: token.range, kind: .pronoun, sentence: sentenceIndex, inQuote: inQuote,
                    inHeading: false,
                    isSubject: EntityClassifier.isClauseStart(index, in: sentence.words, story) || attribution,
                    isSpeaker: attribution, isClauseSubject: Self.subjectPronouns.contains(story.form(index)))
                drafts[choice.person].mentions.append(record)
                active.append(Active(person: choice.person, record: record))
                if choice.isOnlyCandidate, drafts[choice.person].gender == nil { drafts[choice.person].gender = gender }
            }
        }
    }

    /// The roles of the words the pass stops at: he/she forms and nouns for an unnamed person.
    static let wordsRead: WordRoles = [.masculinePronoun, .femininePronoun, .unnamedPersonNoun]

    /// A person the story refers to without a name ("the man", "a witness", "his wife").
    struct Unnamed {
        var tokenIndex: Int
        var sentence: Int
        var gender: Gender?
        var isSubject: Bool
    }

    /// Words before a noun that make it one person: "the man", "a witness", "his wife".
    static let personDeterminers: Set<String> = ["the", "a", "an", "this", "that", "his", "her", "their"]

    /// The words of the "the judge" mentions already counted for a named person.
    private func titleMentionWords(_ drafts: [PersonDraft]) -> Set<Int> {
        var counted: Set<Int> = []
        for draft in drafts {
            for record in draft.mentions where record.kind == .title { counted.insert(record.tokenIndex) }
        }
        return counted
    }

    /// The unnamed person at word `index`, a lower-case noun for a person ("man", "wife",
    /// "passenger") whose roles say so, or nil: the noun must follow a determiner and not be
    /// written before or beside a name ("the man James Hale", "Hale, a father of three,"), and
    /// the determiner must not be a "the judge" mention already counted for a named person.
    /// Only a noun found is looked up by its string, for its gender.
    private func unnamedPerson(
        at index: Int, _ word: Token, _ number: Int, _ words: Range<Int>, _ counted: Set<Int>
    ) -> Unnamed? {
        guard index > words.lowerBound, !word.has(.capitalised),
            let marked = PeopleLexicon.unnamedPersonNouns[story.form(index)]
        else { return nil }
        let determiner = index - 1
        guard story[determiner].isWord, Self.personDeterminers.contains(story[determiner].key),
            !counted.contains(determiner)
        else { return nil }
        if determiner > words.lowerBound, story.isMark(determiner - 1, ",") { return nil }
        if index + 1 < words.upperBound {
            let after = story[index + 1]
            if after.isCapitalised || after.kind == .possessive { return nil }
            if story.isMark(index + 1, ","), index + 2 < words.upperBound, story[index + 2].isCapitalised {
                return nil
            }
        }
        let gender = Gender(rawValue: marked)
        var isSubject = EntityClassifier.isClauseStart(determiner, in: words, story)
        if index + 1 < words.upperBound, story[index + 1].isWord,
            story[index + 1].is([.speechVerb, .actionVerb, .subjectAuxiliary, .auxiliary, .filler])
        {
            isSubject = true
        }
        return Unnamed(tokenIndex: index, sentence: number, gender: gender, isSubject: isSubject)
    }

    /// True when an unnamed person of the pronoun's gender stands at least as near and as
    /// prominent as the person chosen ("Dempsey spoke to the man. … once the man mentioned that
    /// he …"): the pronoun is then left unresolved rather than given to the named one.
    private func outweighs(
        _ unnamed: [Unnamed], _ choice: (person: Int, isOnlyCandidate: Bool), _ index: Int, _ gender: Gender,
        _ active: [Active], _ drafts: [PersonDraft], _ narrative: [Int]
    ) -> Bool {
        let sentence = story.sentence(of: index)
        var best = 0
        for entry in unnamed.reversed() {
            let distance = narrative[sentence] - narrative[entry.sentence]
            if distance > Self.sentenceWindow { break }
            if story[entry.tokenIndex].inQuote { continue }
            if let own = entry.gender, own != gender { continue }
            let score = [4, 2, 1][max(0, min(distance, 2))] + (entry.isSubject ? 2 : 0)
            best = max(best, score)
        }
        guard best > 0 else { return false }
        // The chosen person's own standing, scored the same simple way.
        var chosen = 0
        for entry in active.reversed() {
            let distance = narrative[sentence] - narrative[entry.record.sentence]
            if distance > Self.sentenceWindow { break }
            if entry.person != choice.person || entry.record.inQuote { continue }
            let score = [4, 2, 1][max(0, min(distance, 2))] + (entry.record.isClauseSubject ? 2 : 0)
            chosen = max(chosen, score)
        }
        return best >= chosen
    }

    /// True when a capitalised he/she/his/her at `index` is a name: inside its sentence after a
    /// word, or before another capitalised word.
    private func isNameNotPronoun(_ index: Int, in sentence: Range<Int>) -> Bool {
        if index > sentence.lowerBound, story[index - 1].isWord || story.isMark(index - 1, ",") { return true }
        return index + 1 < sentence.upperBound && story[index + 1].isCapitalised
    }

    /// The pronouns that are the subject of their clause.
    static let subjectPronouns: Set<String> = ["he", "she"]

    /// Words after "her" that make it an object ("told her that", "unfair to her."), not a
    /// possessive before its noun ("her office").
    static let afterObject: Set<String> = [
        "and", "or", "but", "that", "to", "as", "if", "when", "because", "after", "before", "since", "until",
        "while", "again", "too", "back", "up", "down", "off", "out", "away", "now", "then", "so", "about", "for",
        "with", "in", "on", "at", "from", "into", "over", "by", "of", "last", "this", "what", "how", "why",
    ]

    /// Words that open a clause of their own: the subject before them is another clause's.
    static let clauseOpeners: Set<String> = [
        "that", "whether", "because", "if", "when", "while", "although", "though", "who", "whom", "which",
        "where", "since", "after", "before", "until", "unless", "once",
    ]

    /// "him", or "her" standing as an object: a pronoun that cannot be the subject of its own
    /// clause ("Garrett stayed on top of him" is not Garrett).
    private func isObjectPronoun(_ index: Int) -> Bool {
        let form = story.form(index)
        if form == "him" { return true }
        guard form == "her" else { return false }
        let sentence = story.sentence(of: index)
        guard index + 1 < story.count, story[index + 1].sentence == sentence, story[index + 1].isWord else { return true }
        return Self.afterObject.contains(story[index + 1].key)
    }

    /// The person who is the subject of the clause an object pronoun at `index` stands in: the
    /// nearest subject mention before it in its sentence with no word that opens another clause
    /// between them (a preposition right before the pronoun, "before him", opens none).
    private func subjectOfClause(before index: Int, _ active: [Active]) -> Int? {
        let sentence = story.sentence(of: index)
        var boundary = index - 1
        while boundary >= 0, story[boundary].sentence == sentence {
            let token = story[boundary]
            if token.isWord, boundary < index - 1, Self.clauseOpeners.contains(token.key) { break }
            if story.isMark(boundary, ";:") || boundary < index - 1 && opensOwnClause(boundary) { break }
            boundary -= 1
        }
        for entry in active.reversed() {
            let at = entry.record.tokenIndex
            if at <= boundary { break }
            if at < index, entry.record.isClauseSubject, !entry.record.inQuote { return entry.person }
        }
        return nil
    }

    /// Prepositions after which "his" or "her" most often belongs to the name just before.
    static let ownerPrepositions: Set<String> = ["for", "over", "about", "with", "on", "against", "from"]

    /// "his", or "her" before its noun.
    private func isPossessivePronoun(_ index: Int) -> Bool {
        let form = story.form(index)
        return form == "his" || form == "her" && !isObjectPronoun(index)
    }

    /// True when `record` ends two words before `index`, with only the preposition between.
    private func isJustBefore(_ record: MentionRecord, _ index: Int) -> Bool {
        guard index >= 2, story[index - 1].sentence == story[index].sentence else { return false }
        return story[index - 2].range.upperBound == record.range.upperBound
    }

    /// Verbs whose own subject does what the "to" clause after them says ("tried to convince
    /// him": not the one who tried).
    static let controlVerbs: Set<String> = [
        "try", "tries", "tried", "trying", "want", "wants", "wanted", "decide", "decided", "agree", "agreed",
        "refuse", "refused", "plan", "plans", "planned", "hope", "hoped", "attempt", "attempted", "seek",
        "sought", "fail", "failed", "vow", "vowed", "promise", "promised", "intend", "intended", "need",
        "needed", "wish", "wished", "continue", "continued", "begin", "began", "start", "started", "choose",
        "chose", "offer", "offered", "going", "able", "managed", "threatened", "declined",
    ]

    /// True when the word at `index` starts a clause with a subject of its own: "and", "but" or
    /// "or" before an article, a name or a pronoun ("… and the jury found him guilty"), or "to"
    /// after a noun ("paid an agent to help him": the agent helps).
    private func opensOwnClause(_ index: Int) -> Bool {
        let token = story[index]
        guard token.isWord, index + 1 < story.count, story[index + 1].sentence == token.sentence else { return false }
        let next = story[index + 1]
        switch token.key {
        case "and", "but", "or", "so", "yet":
            return next.isWord && (next.is(.article) || next.isCapitalised
                || ["he", "she", "they", "it", "we", "i", "you"].contains(next.key))
        case "to":
            guard index > 0, story[index - 1].sentence == token.sentence, story[index - 1].isWord else { return false }
            let before = story[index - 1]
            return !before.is([.auxiliary, .subjectAuxiliary]) && !Self.controlVerbs.contains(before.key)
                && !EntityClassifier.hasVerbOrAdverbEnding(before.key) && next.isWord && !next.isCapitalised
        default:
            return false
        }
    }

    /// "…,” she said" or "said he": the pronoun names a speaker.
    private func isAttribution(_ index: Int) -> Bool {
        let tokens = story
        let sentence = tokens.sentence(of: index)
        if index + 1 < tokens.count, tokens[index + 1].sentence == sentence, tokens[index + 1].isWord,
            tokens[index + 1].is(.speechVerb)
        {
            return true
        }
        if index > 0, tokens[index - 1].sentence == sentence, tokens[index - 1].isWord,
            tokens[index - 1].is(.speechVerb)
        {
            return index + 1 >= tokens.count || tokens[index + 1].sentence != sentence || !tokens[index + 1].isWord
        }
        return false
    }

    private func compatible(_ person: Int, _ gender: Gender, _ drafts: [PersonDraft]) -> Bool {
        (drafts[person].gender ?? drafts[person].nameGender).map { $0 == gender } ?? true
    }

    /// For each sentence, how many sentences up to it carry narrative (words outside quotation
    /// marks): a long quotation counts as no distance between a speaker and "she said".
    private var narrativeIndex: [Int] {
        var result: [Int] = []
        var count = 0
        for sentence in story.sentences {
            if story.words[sentence.words].contains(where: { $0.isWordLike && !$0.has(.inQuote) }) { count += 1 }
            result.append(count)
        }
        return result
    }

    private func choose(
        _ index: Int, _ gender: Gender, attribution: Bool, excluding bound: Int?, _ active: [Active],
        _ drafts: [PersonDraft], _ narrative: [Int]
    ) -> (person: Int, isOnlyCandidate: Bool)? {
        let sentence = story.sentence(of: index)
        // A pronoun weighs a handful of people: short arrays searched in order cost less than a
        // dictionary and a set made for each pronoun.
        var scores: [(person: Int, score: Int)] = []
        var seen: [Int] = []
        var examined = 0
        var nearest: Int?
        var subjectSettled = false
        // "fined Rudolph for his role", "called out Trump for his lies": an owner after a name
        // and a preposition is most often that name's.
        if isPossessivePronoun(index), index > 0, Self.ownerPrepositions.contains(story[index - 1].key),
            let owner = active.suffix(Self.lookBackLimit).last(where: {
                !$0.record.inQuote && isJustBefore($0.record, index)
            }),
            compatible(owner.person, gender, drafts)
        {
            return (owner.person, false)
        }
        var lastSpeaker: Int?
        var fallback: Int?
        for entry in active.reversed() {
            examined += 1
            if examined > Self.lookBackLimit { break }
            let record = entry.record
            if record.inQuote { continue }
            // A quotation between counts as no distance for "…,” she said"; for any other
            // pronoun it counts as one sentence, however long it runs.
            var distance = narrative[sentence] - narrative[record.sentence]
            if !attribution, sentence - record.sentence > distance { distance += 1 }
            if distance > Self.sentenceWindow {
                // "…,” she said" far below the last speaker, with nobody else named between.
                if attribution, scores.isEmpty, distance <= Self.attributionWindow,
                    compatible(entry.person, gender, drafts)
                {
                    fallback = record.isSpeaker ? entry.person : -1
                    break
                }
                if distance > Self.attributionWindow || !attribution || !scores.isEmpty { break }
                continue
            }
            if !seen.contains(entry.person) { seen.append(entry.person) }
            // "saying that Rudolph should be fined for his role": the latest subject in the
            // pronoun's own sentence, of a main or a reported clause, is the likeliest. When
            // that subject cannot be meant because "him" stands in its clause, the subject
            // before it takes its place; when its gender rules it out, nobody does.
            var isLatestSubject = false
            if !subjectSettled, record.sentence == sentence, record.isClauseSubject {
                let fits = compatible(entry.person, gender, drafts)
                if !(fits && entry.person == bound) {
                    subjectSettled = true
                    isLatestSubject = fits
                }
            }
            guard compatible(entry.person, gender, drafts), entry.person != bound else { continue }
            var score = [4, 2, 1][max(0, min(distance, 2))]
            if isLatestSubject { score += 5 }
            if record.isBackground {
                score -= 1
            } else if nearest == nil, record.isSubject {
                // The latest subject is the likeliest antecedent.
                nearest = entry.person
                score += 1
            }
            if record.isSubject { score += 2 }
            if record.isSpeaker, lastSpeaker == nil { lastSpeaker = entry.person }
            if attribution, record.isSpeaker, lastSpeaker == entry.person { score += 2 }
            if drafts[entry.person].gender == gender { score += 2 }
            if let known = scores.firstIndex(where: { $0.person == entry.person }) {
                scores[known].score = max(scores[known].score, score)
            } else {
                scores.append((entry.person, max(0, score)))
            }
        }
        if scores.isEmpty, let fallback, fallback >= 0 { return (fallback, false) }
        let ranked = scores.sorted { $0.score > $1.score || $0.score == $1.score && $0.person < $1.person }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, best.score - ranked[1].score < Self.margin { return nil }
        return (best.person, seen.count == 1)
    }

    private func chooseInQuote(
        _ index: Int, _ gender: Gender, _ active: [Active],
        _ drafts: [PersonDraft]
    ) -> (person: Int, isOnlyCandidate: Bool)? {
        var start = index
        while start > 0, story.words[start - 1].has(.inQuote), index - start < 400 { start -= 1 }
        var people: Set<Int> = []
        var examined = 0
        for entry in active.reversed() {
            examined += 1
            if examined > Self.lookBackLimit || entry.record.tokenIndex < start { break }
            if entry.record.inQuote, compatible(entry.person, gender, drafts) { people.insert(entry.person) }
        }
        guard people.count == 1, let person = people.first else { return nil }
        return (person, false)
    }
}
