/// The person a definite description in subject position stands for: "the New York
/// businessman said", "the Republican nominee told", "the former congresswoman said".
///
/// Reporters name a person once and then vary the reference with a role. The people layer
/// takes "the judge" when the role is the one the person was given; a description built from
/// other role words is read here. Its head (the role noun before any "of") is compared with the
/// titles the people layer stored: a person whose title holds the head, and most of the
/// description's other words, is meant. Failing that, a description marked as one of a known
/// person's (a proper modifier such as "New York" or "Democratic", or "former") stands for the
/// person the last few sentences are about: the first person named in each sentence going back,
/// of the gender the description carries ("businessman", "congresswoman"). A bare gendered
/// role ("said the actor") stands for the one person of that gender named in those sentences.
/// A bare "the driver" or "the suspect" with no title to match is somebody new and stays
/// unnamed.
extension SpeakerFinder {
    /// Heads of descriptions that are not in the people layer's role lists.
    static let descriptionHeads: Set<String> = Lexicon.set("quote/description-heads")

    /// How many sentences back a marked description looks for the person it stands for.
    static let descriptionReach = 3

    /// The person the description `phrase` (its first word "the") stands for, or nil.
    func describedPerson(_ phrase: Range<Int>) -> Speaker? {
        let tokens = text.tokens
        guard phrase.count >= 2, text.isWord(phrase.lowerBound, "the"),
            !phrase.contains(where: { text.quoted[$0] || !tokens[$0].isWord && tokens[$0].kind != .possessive })
        else { return nil }
        // The head: the last word before "of" (or of the phrase).
        var end = phrase.upperBound
        if let of = phrase.dropFirst().first(where: { text.isWord($0, .preposition) }) { end = of }
        let head = end - 1
        guard head > phrase.lowerBound, tokens[head].isWord, !tokens[head].isCapitalised,
            tokens[head].is([.roleNoun, .title, .masculineNoun, .feminineNoun])
                || Self.descriptionHeads.contains(tokens[head].key)
        else { return nil }
        let modifiers = (phrase.lowerBound + 1)..<head
        if modifiers.contains(where: { tokens[$0].kind == .possessive }) { return nil }
        var gender: Gender?
        for index in phrase.lowerBound..<end {
            if tokens[index].is(.masculineNoun) { gender = .masculine }
            if tokens[index].is(.feminineNoun) { gender = .feminine }
        }
        let words = Set(((phrase.lowerBound + 1)..<end).map { tokens[$0].key })
        let range = tokens[phrase.lowerBound].range.lowerBound..<tokens[phrase.upperBound - 1].range.upperBound
        func speaker(_ person: Int) -> Speaker {
            Speaker(name: text.people.people[person].name, mention: text.text(range), range: range)
        }
        if let titled = titledPerson(head: tokens[head].key, words: words, gender: gender, before: range.lowerBound) {
            return speaker(titled)
        }
        let marked = modifiers.contains { tokens[$0].isCapitalised || text.isWord($0, "former") }
        if marked, let recent = recentSubject(before: phrase.lowerBound, gender: gender) { return speaker(recent) }
        // "said the actor": a gendered role with nothing to mark it stands for the one person of
        // that gender the last sentences name, never for "the woman" or "the man" (somebody new).
        guard let gender, !tokens[head].is(.unnamedPersonHead),
            let only = onlyPerson(of: gender, before: phrase.lowerBound)
        else { return nil }
        return speaker(only)
    }

    /// The one person the text marks with `gender` among those named outside quotation marks
    /// in the sentences back from word `index`; nil when none or more than one.
    private func onlyPerson(of gender: Gender, before index: Int) -> Int? {
        let tokens = text.tokens
        let sentence = tokens.sentence(of: index)
        guard sentence >= 0 else { return nil }
        let start = tokens.sentences[max(0, sentence - Self.descriptionReach)].words.lowerBound
        var found: Int?
        for word in start..<index where !text.quoted[word] && tokens[word].isWord {
            guard let mention = text.people.mention(at: tokens[word].range.lowerBound),
                text.people.people[mention.person].gender == gender
            else { continue }
            if let other = found, other != mention.person { return nil }
            found = mention.person
        }
        return found
    }

    /// The person a description opening the sentence stands for ("The Republican nominee also
    /// outlined …"): "the", then capitalised words, "former" and role words, up to the first
    /// other word before `limit`.
    func openingDescription(of sentence: Range<Int>, before limit: Int) -> Speaker? {
        let tokens = text.tokens
        let start = sentence.lowerBound
        guard start < limit, text.isWord(start, "the") else { return nil }
        var end = start + 1
        while end < limit, tokens[end].isWord, !text.quoted[end],
            tokens[end].isCapitalised || text.isWord(end, "former")
                || tokens[end].is([.roleNoun, .title, .roleModifier, .masculineNoun, .feminineNoun])
                || Self.descriptionHeads.contains(tokens[end].key)
        {
            end += 1
        }
        guard end - start >= 2 else { return nil }
        return describedPerson(start..<end)
    }

    /// The person, mentioned before `offset`, whose stored title holds `head`, sharing the most
    /// of the description's `words` with it; nil when none, or when two share the most.
    private func titledPerson(head: String, words: Set<String>, gender: Gender?, before offset: Int) -> Int? {
        var best: (person: Int, score: Int)?
        var tied = false
        let table = titles.of(text.people.people)
        for number in table.holders[Substring(head)] ?? [] {
            let person = text.people.people[number]
            guard let first = person.mentions.first, first.range.lowerBound < offset, fits(person, gender) else {
                continue
            }
            let score = words.filter { table.words[number].contains(Substring($0)) }.count
            if let current = best, current.score == score {
                tied = true
            } else if best.map({ score > $0.score }) ?? true {
                best = (number, score)
                tied = false
            }
        }
        return tied ? nil : best?.person
    }

    /// True when a description of `gender` can stand for `person`: never one the text marks
    /// with the other gender ("the former congresswoman" is not "Mr. Hale").
    private func fits(_ person: Person, _ gender: Gender?) -> Bool {
        gender == nil || person.gender == nil || person.gender == gender
    }

    /// The first person named (or resolved from a pronoun) outside quotation marks in each
    /// sentence going back from word `index`, of `gender` when it is known.
    private func recentSubject(before index: Int, gender: Gender?) -> Int? {
        let tokens = text.tokens
        let sentence = tokens.sentence(of: index)
        guard sentence >= 0 else { return nil }
        for back in stride(from: sentence, through: max(0, sentence - Self.descriptionReach), by: -1) {
            var words = tokens.sentences[back].words
            if back == sentence { words = words.lowerBound..<index }
            for word in words where !text.quoted[word] && tokens[word].isWord {
                guard let mention = text.people.mention(at: tokens[word].range.lowerBound) else { continue }
                if fits(text.people.people[mention.person], gender) { return mention.person }
            }
        }
        return nil
    }
}
