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
        let narrative = narrativeIndex
        for (sentenceIndex, sentence) in story.sentences.enumerated() where !sentence.isHeading {
            for index in sentence.words {
                let token = story.words[index]
                guard token.kind == .word else { continue }
                let roles = story.roles(index)
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
                let attribution = isAttribution(index)
                let inQuote = token.has(.inQuote)
                let choice =
                    inQuote
                    ? chooseInQuote(index, gender, active, drafts)
                    : choose(index, gender, attribution: attribution, active, drafts, narrative)
                guard let choice else { continue }
                let record = MentionRecord(
                    tokenIndex: index, range: token.range, kind: .pronoun, sentence: sentenceIndex, inQuote: inQuote,
                    inHeading: false,
                    isSubject: EntityClassifier.isClauseStart(index, in: sentence.words, story) || attribution,
                    isSpeaker: attribution)
                drafts[choice.person].mentions.append(record)
                active.append(Active(person: choice.person, record: record))
                if choice.isOnlyCandidate, drafts[choice.person].gender == nil { drafts[choice.person].gender = gender }
            }
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
        _ index: Int, _ gender: Gender, attribution: Bool, _ active: [Active],
        _ drafts: [PersonDraft], _ narrative: [Int]
    ) -> (person: Int, isOnlyCandidate: Bool)? {
        let sentence = story.sentence(of: index)
        var scores: [Int: Int] = [:]
        var seen: Set<Int> = []
        var examined = 0
        var nearest: Int?
        var lastSpeaker: Int?
        var fallback: Int?
        for entry in active.reversed() {
            examined += 1
            if examined > Self.lookBackLimit { break }
            let record = entry.record
            if record.inQuote { continue }
            let distance = narrative[sentence] - narrative[record.sentence]
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
            seen.insert(entry.person)
            guard compatible(entry.person, gender, drafts) else { continue }
            var score = [4, 2, 1][max(0, min(distance, 2))]
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
            scores[entry.person] = max(scores[entry.person] ?? 0, score)
        }
        if scores.isEmpty, let fallback, fallback >= 0 { return (fallback, false) }
        let ranked = scores.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, best.value - ranked[1].value < Self.margin { return nil }
        return (best.key, seen.count == 1)
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
