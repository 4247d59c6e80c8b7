/// Who is speaking, as found at one verb of saying.
struct Speaker: Sendable, Equatable {
    /// The full name from the people layer, or an organisation's name; nil when the words name
    /// a speaker the text does not identify (an unresolved "she", "a spokesperson").
    var name: String?
    /// The words that name the speaker there, and where.
    var mention: String
    var range: Range<Int>
}

/// Finds the speaker of a verb of saying: its subject before it ("Pruitt said", "the judge
/// said she …", "NCT, which …, called"), or after it when inverted ("said Judge Eleanor
/// Whitcombe", "sighed Asante").
///
/// People come from the people layer (names, surnames, "the judge", resolved pronouns);
/// organisations from `OrganisationNames`. A pronoun the people layer could not resolve stops
/// the search with no name: the subject is known to be that pronoun, and guessing past it would
/// be worse than saying nothing.
struct SpeakerFinder {
    let text: QuoteText
    let organisations: OrganisationNames
    /// Each person's stored title as lower-case words, read the first time a description
    /// ("the Republican nominee") asks for them (`DescribedPerson`), then kept for the article.
    let titles = TitleWords()

    /// The people's titles as words, worked out on first use: most articles have no
    /// description to read, and splitting every title up front cost the pass its speed.
    final class TitleWords {
        /// Each person's title words, lower case; and for each word, the people whose title
        /// holds it.
        private var made: (words: [Set<Substring>], holders: [Substring: [Int]])?

        func of(_ people: [Person]) -> (words: [Set<Substring>], holders: [Substring: [Int]]) {
            if let made { return made }
            var words: [Set<Substring>] = []
            var holders: [Substring: [Int]] = [:]
            for (number, person) in people.enumerated() {
                let set = Set((person.title?.lowercased() ?? "").split(whereSeparator: { $0 == " " || $0 == "," }))
                for word in set { holders[word, default: []].append(number) }
                words.append(set)
            }
            made = (words, holders)
            return (words, holders)
        }
    }

    /// How many tokens back from a verb its subject is looked for.
    static let subjectReach = 40

    /// Prepositions after which a name is not a subject ("an ally of Vladimir Putin").
    static let prepositions: Set<String> = Lexicon.set("quote/prepositions")

    /// Words skipped between a subject and its verb ("Belarus later confirmed", "he has
    /// repeatedly described").
    static let fillers: Set<String> = Lexicon.set("quote/fillers")

    /// Pronouns that, right before a verb of saying, are its subject but name nobody the
    /// analyzer can report.
    static let unnamedSubjects: Set<String> = Lexicon.set("quote/unnamed-subjects")

    /// Words that, after a comma, open a relative clause or an appositive ("NCT, which …").
    static let appositiveOpeners: Set<String> = Lexicon.set("quote/appositive-openers")

    // MARK: The subject of a verb

    /// The speaker of the verb at token `verb`: the subject before it, else (for an inverted
    /// attribution) the name right after it.
    func speaker(ofVerb verb: Int) -> Speaker? {
        let sentence = text.sentenceWords(of: verb)
        if text.tokens[verb].is(.participle) {
            // "footage of Hillary Clinton asking, “…”": the person the participle follows.
            if verb > sentence.lowerBound, !text.quoted[verb - 1],
                let mention = text.people.mention(at: text.tokens[verb - 1].range.lowerBound), mention.kind != .pronoun
            {
                return Speaker(
                    name: text.people.people[mention.person].name, mention: text.text(mention.range),
                    range: mention.range)
            }
            return sentenceSubject(before: verb, in: sentence)
        }
        if let found = subject(before: verb, in: sentence) { return found }
        return after(verb: verb, in: sentence)
    }

    /// The subject of a finite verb: the noun phrase just before it (a person, or an
    /// organisation that can speak), else the nearest person before it who can be a subject.
    func subject(before verb: Int, in sentence: Range<Int>) -> Speaker? {
        var end = verb
        while end > sentence.lowerBound, text.isWord(end - 1, .filler) || isMannerAdverb(end - 1) { end -= 1 }
        // "Ann Lee bemoaned the unrest and said": a second verb of the sentence's subject.
        if end > sentence.lowerBound, text.isWord(end - 1, "and") || text.isWord(end - 1, "but") {
            // "… after she attacked the police and blamed": a he or she nearer the verb heads
            // the clause the verb belongs to.
            var index = end - 2
            while index >= sentence.lowerBound {
                if !text.quoted[index], text.tokens[index].isWord, text.tokens[index].is(.subjectPronoun) {
                    return eligiblePerson(at: index)
                }
                index -= 1
            }
            // "Lee's brief said … and dismissed": the subject of the first verb of saying the
            // second is joined to.
            if let first = firstSpeechVerb(before: end - 1, in: sentence),
                let found = subject(before: first, in: sentence), found.name != nil
            {
                return found
            }
            return sentenceSubject(before: verb, in: sentence)
        }
        // "NCT, which is owned by …, called": step over a relative clause or appositive.
        var phraseEnd = end
        if end > sentence.lowerBound, text.isPunctuation(end - 1, ","),
            var open = appositiveStart(before: end - 1, in: sentence)
        {
            // "Ana Ruiz, a developer and spokeswoman for the coalition, which …, said" and
            // "Jean Roy, the foreign minister of France, a member of the council, said":
            // appositives in a row, each stepped over back to the name they describe.
            var steps = 0
            // "On Monday, the People’s Daily, the mouthpiece of the party, warned": a fronted
            // day or month before the name is no name the appositive describes.
            while steps < 3, let earlier = appositiveStart(before: open, in: sentence),
                text.isWord(earlier + 1, .appositiveOpener),
                earlier == 0 || !text.isWord(earlier - 1, [.weekday, .month]) && text.tokens[earlier - 1].kind != .number
            {
                open = earlier
                steps += 1
            }
            phraseEnd = open
        }
        // "Lena Faber — surgeon and radio host — told": a role set off by dashes.
        if phraseEnd == end, end > sentence.lowerBound, text.isPunctuation(end - 1, "—–"),
            let open = dashedStart(before: end - 1, in: sentence)
        {
            phraseEnd = open
        }
        // "they said", "we said", "it added": a subject the analyzer cannot name.
        if phraseEnd > sentence.lowerBound, text.isWord(phraseEnd - 1, .unnamedSubject) { return nil }
        if let phrase = nounPhrase(endingAt: phraseEnd, in: sentence) {
            if let person = personMention(in: phrase) { return person }
            if let organisation = organisations.speaker(forPhrase: phrase) { return organisation }
            // A name the people layer did not take for a person ("Luis Gomes had called"), or a
            // noun phrase ("the suspect shouted", "whose lawyer said"): the subject is that
            // phrase, unnamed, so nobody further back is taken for the speaker.
            // "the New York businessman said": the person the description stands for.
            if let described = describedPerson(phrase) { return described }
            let last = text.tokens[phrase.upperBound - 1]
            if phrase.contains(where: { text.tokens[$0].isCapitalised && !text.tokens[$0].startsSentence })
                || last.isWord && !last.isCapitalised && !last.is(.preposition)
            {
                let range =
                    text.tokens[phrase.lowerBound].range
                    .lowerBound..<text.tokens[phrase.upperBound - 1].range.upperBound
                return Speaker(name: nil, mention: text.text(range), range: range)
            }
        }
        // Nearest person before the verb who can be its subject.
        var index = end - 1
        let limit = max(sentence.lowerBound, verb - Self.subjectReach)
        while index >= limit {
            if text.isPunctuation(index, ";") { return nil }
            if text.quoted[index] { index -= 1; continue }
            if let found = eligiblePerson(at: index) { return found }
            index -= 1
        }
        return nil
    }

    /// The first finite verb of saying of a sentence, before word `limit` and outside
    /// quotation marks (not a participle, not a noun after a determiner), or nil.
    func firstSpeechVerb(before limit: Int, in sentence: Range<Int>) -> Int? {
        for index in sentence.lowerBound..<limit where !text.quoted[index] && index > sentence.lowerBound {
            let token = text.tokens[index]
            guard token.isWord, !token.isCapitalised, token.is(.anySpeechVerb), !token.is(.participle) else { continue }
            let before = text.tokens[index - 1]
            if before.isWord, before.is(.article) || ["his", "her", "their", "its"].contains(before.key) { continue }
            return index
        }
        return nil
    }

    /// Nouns ending in -ly that could stand before a verb as its subject ("the family said").
    static let lyNouns: Set<String> = [
        "family", "assembly", "ally", "rally", "homily", "anomaly", "monopoly", "supply", "butterfly", "folly",
    ]

    /// A lower-case adverb of manner between a subject and its verb ("Gingrich cynically
    /// dismissed"): a word of six letters or more ending in -ly that is not a noun.
    func isMannerAdverb(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.isWord, !token.isCapitalised, !text.quoted[index] else { return false }
        let key = token.key
        return key.count >= 6 && key.hasSuffix("ly") && !Self.lyNouns.contains(key)
    }

    /// For a participle ("…, saying:"), the subject of the sentence: its first person who can
    /// be a subject, or an organisation opening it.
    func sentenceSubject(before verb: Int, in sentence: Range<Int>) -> Speaker? {
        var index = sentence.lowerBound
        while index < verb {
            // An open "He then defended it, saying": the pronoun is the subject, left for the
            // caller to name from the speaker just before.
            if !text.quoted[index], let found = eligiblePerson(at: index) { return found }
            index += 1
        }
        if let found = mainSubject(afterOpeningParticiple: verb, in: sentence) { return found }
        // "The Republican nominee also outlined … and vowed": a description opening the sentence.
        if let found = openingDescription(of: sentence, before: verb) { return found }
        // "Harbor Records denied the claims, saying …": the name that opens the sentence, when
        // it is a body's (a person's was found above), not a fronted day or phrase.
        var nameEnd = sentence.lowerBound
        if nameEnd < verb, text.isWord(nameEnd, .article) { nameEnd += 1 }
        let nameStart = nameEnd
        while nameEnd < verb, !text.quoted[nameEnd], text.tokens[nameEnd].isCapitalised,
            !text.isWord(nameEnd, [.weekday, .month, .sentenceStarter, .preposition])
        {
            nameEnd += 1
        }
        if nameEnd > nameStart, nameEnd < verb, text.tokens[nameEnd].isWord, !text.tokens[nameEnd].isCapitalised,
            text.tokens[verb].is(.participle), text.isPunctuation(verb - 1, ","),
            !(nameStart..<nameEnd).contains(where: { text.people.mention(at: text.tokens[$0].range.lowerBound) != nil }),
            let organisation = organisations.speaker(forPhrase: sentence.lowerBound..<nameEnd), organisation.name != nil
        {
            return organisation
        }
        // An organisation opening the sentence ("The ministry …, saying").
        var end = sentence.lowerBound
        while end < verb, text.tokens[end].isWord || text.tokens[end].kind == .possessive { end += 1 }
        if end > sentence.lowerBound, let organisation = organisations.speaker(forPhrase: sentence.lowerBound..<end) {
            return organisation
        }
        // "Following a late meeting, the Security Council issued a statement calling …": a
        // named body after the lead-in, not after a preposition.
        for article in (sentence.lowerBound + 1)..<verb {
            guard text.isWord(article, "the"), !text.quoted[article], article + 1 < verb,
                text.tokens[article + 1].isCapitalised, text.isPunctuation(article - 1, ",")
            else { continue }
            var last = article + 1
            while last + 1 < verb, text.tokens[last + 1].isCapitalised { last += 1 }
            if let organisation = organisations.speaker(forPhrase: article..<(last + 1)), organisation.name != nil {
                return organisation
            }
        }
        return nil
    }

    /// Most words a participle clause opening a sentence may run to before its main clause.
    static let openingClauseReach = 40

    /// For a participle in a clause that opens the sentence ("After saying her knee was “…,” she
    /// was …", "Asked about the vote, Lee said …"): the subject of the main clause, the first
    /// person who can be a subject right after the clause's comma (or its closing quotation
    /// mark). The clause has no subject of its own; it shares the main clause's.
    func mainSubject(afterOpeningParticiple verb: Int, in sentence: Range<Int>) -> Speaker? {
        var first = sentence.lowerBound
        while first < verb, !text.tokens[first].isWord { first += 1 }
        guard verb == first || verb == first + 1 && text.isWord(first, .preposition) else { return nil }
        var index = verb + 1
        while index < min(sentence.upperBound, verb + Self.openingClauseReach) {
            let closes = text.isPunctuation(index, ",") || text.quoted[index] && text.tokens[index].kind == .mark
            if closes, index + 1 < sentence.upperBound, !text.quoted[index + 1] {
                return eligiblePerson(at: index + 1)
            }
            index += 1
        }
        return nil
    }

    /// The name right after an inverted verb of saying: "said Judge Eleanor Whitcombe",
    /// "said he", "said the embassy".
    func after(verb: Int, in sentence: Range<Int>) -> Speaker? {
        var index = verb + 1
        guard index < sentence.upperBound else { return nil }
        // Titles and roles written before the name are skipped ("said Councillor Tom Reyes",
        // "said Interior Minister Ana Torres", "insisted lawyer Sara Klein").
        while index < sentence.upperBound, index - verb <= 7 {
            // "said one resident, Ann Lee": a name in apposition after a comma.
            if index > verb + 1, text.isPunctuation(index, ","), index + 1 < sentence.upperBound,
                let found = eligiblePerson(at: index + 1, allowOblique: true), found.name != nil
            {
                return found
            }
            // "said 9/11 widow Terry Strada": a figure may stand in the role.
            if text.tokens[index].kind == .number || text.isPunctuation(index, "/") { index += 1; continue }
            guard text.tokens[index].isWord else { break }
            if let found = eligiblePerson(at: index, allowOblique: true) { return found }
            // Role words may stand between ("company chairman"); function words and verbs end
            // the search ("said on Tuesday that Smith …" names no speaker after the verb).
            guard
                text.tokens.bareRoles(index).isDisjoint(with: [
                    .preposition, .clauseBreaker, .anySpeechVerb, .filler,
                    .clausePronoun,
                ])
            else { break }
            index += 1
        }
        // "said the embassy", "said a spokesperson for the ministry".
        var end = verb + 1
        // "said a WeWork spokesperson when contacted by Reuters": the phrase ends at its clause.
        while end < sentence.upperBound, end - verb <= 8,
            text.tokens[end].isWord && !text.tokens[end].is(.clauseBreaker) || text.tokens[end].kind == .possessive
        { end += 1 }
        guard end > verb + 1 else { return nil }
        if let described = describedPerson((verb + 1)..<end) { return described }
        return organisations.speaker(forPhrase: (verb + 1)..<end)
    }

    // MARK: Pieces

    /// The person the people layer finds at token `index`, if that mention can be the subject
    /// of a verb: not a possessive ("Trump’s"), not after a preposition, not an object pronoun.
    /// A subject pronoun the people layer left unresolved gives a speaker with no name.
    func eligiblePerson(at index: Int, allowOblique: Bool = false) -> Speaker? {
        let token = text.tokens[index]
        guard token.isWord else { return nil }
        if token.is(.subjectPronoun) {
            guard let person = text.people.resolve(pronounAt: token.range) else {
                return Speaker(name: nil, mention: text.tokens.written(index), range: token.range)
            }
            return Speaker(name: text.people.people[person].name, mention: text.text(token.range), range: token.range)
        }
        guard let mention = text.people.mention(at: token.range.lowerBound), mention.kind != .pronoun else {
            return nil
        }
        // Work from the mention's first token.
        let first = text.firstToken(atOrAfter: mention.range.lowerBound)
        let sentence = text.sentenceWords(of: index)
        var last = first
        while last + 1 < sentence.upperBound, text.tokens[last + 1].range.upperBound <= mention.range.upperBound {
            last += 1
        }
        if last + 1 < sentence.upperBound, text.tokens[last + 1].kind == .possessive { return nil }
        // "the Harlan campaign expects", "said Harlan spokesman Ben Ortiz": a name right before a
        // lower-case role or organisation noun modifies that noun, whose owner is not speaking.
        if last + 1 < sentence.upperBound, !text.quoted[last + 1], text.tokens[last + 1].isWord,
            !text.tokens[last + 1].isCapitalised,
            !text.tokens.bareRoles(last + 1).isDisjoint(with: [.roleNoun, .organisationHead])
        {
            return nil
        }
        if !allowOblique, first > sentence.lowerBound, text.isWord(first - 1, .preposition) { return nil }
        var range = mention.range
        // Title words in front belong to the words that name the speaker ("the judge" is
        // already whole; "Judge Eleanor Whitcombe" gains its title).
        var start = first
        while start > sentence.lowerBound, text.tokens[start - 1].isCapitalised,
            !text.tokens.bareRoles(start - 1).isDisjoint(with: [.title, .roleModifier, .roleNoun])
        {
            start -= 1
        }
        range = text.tokens[start].range.lowerBound..<range.upperBound
        return Speaker(name: text.people.people[mention.person].name, mention: text.text(range), range: range)
    }

    /// The first person mention inside a token range that can be a subject; but when the
    /// range ends with a person's name, that person: the head of a noun phrase such as "Trump
    /// lawyer Marc Kasowitz" or "Clinton communication director Jennifer Palmieri" is its last
    /// name, the first being a modifier.
    func personMention(in phrase: Range<Int>) -> Speaker? {
        if phrase.count > 2, let last = phrase.last, !text.quoted[last], text.tokens[last].isWord,
            !text.tokens[last].is(.subjectPronoun),
            let mention = text.people.mention(at: text.tokens[last].range.lowerBound), mention.kind != .pronoun,
            (phrase.lowerBound..<last).allSatisfy({
                text.tokens[$0].isWord && text.tokens[$0].key != "and" && text.tokens[$0].key != "or"
            }),
            let head = eligiblePerson(at: last)
        {
            return head
        }
        for index in phrase where !text.quoted[index] {
            if let found = eligiblePerson(at: index) { return found }
        }
        return nil
    }

    /// The noun phrase ending just before token `end`: words back to a determiner, a comma or
    /// a verb, prepositions inside allowed ("the American embassy in Vilnius").
    func nounPhrase(endingAt end: Int, in sentence: Range<Int>) -> Range<Int>? {
        var start = end
        while start > sentence.lowerBound, end - start < 10 {
            let token = text.tokens[start - 1]
            if text.quoted[start - 1] { break }
            if token.kind == .possessive || token.kind == .number { start -= 1; continue }
            guard token.isWord else { break }
            if token.is(.article) {
                start -= 1
                // "Dan Hale at the Harbor Review": a name before a preposition and the body it
                // belongs to heads the phrase.
                if start - 2 >= sentence.lowerBound, end - start < 10, !text.quoted[start - 1],
                    text.tokens[start - 1].isWord, text.tokens[start - 1].is(.preposition),
                    text.tokens[start - 2].isWord, text.tokens[start - 2].isCapitalised
                {
                    start -= 1
                    continue
                }
                break
            }
            // "the Department of Hydrology and Meteorology": "and" inside a name.
            if token.key == "and", start - 2 >= sentence.lowerBound, text.tokens[start - 2].isCapitalised,
                text.tokens[start].isCapitalised
            {
                start -= 1
                continue
            }
            if token.is(.preposition) {
                // Inside the phrase only after a name, an organisation's head or a role ("embassy
                // in Vilnius", "Vytis Jurkonis of Freedom House", "the prime minister of Britain",
                // who is not Britain), not "a day after Poland".
                if start - 2 >= sentence.lowerBound, text.tokens[start - 2].isWord,
                    text.tokens[start - 2].isCapitalised
                        || text.tokens[start - 2].is([.organisationHead, .roleNoun, .title, .spokespersonHead])
                {
                    start -= 1
                    continue
                }
                break
            }
            // "in what lawmakers called": "what" opens the clause, the subject follows it.
            if token.is(.filler) || token.is(.anySpeechVerb)
                || token.is(.clauseBreaker) || token.is(.clausePronoun) || token.key == "what"
            {
                break
            }
            start -= 1
        }
        // A phrase may not start with a preposition left over.
        while start < end, text.isWord(start, .preposition) { start += 1 }
        return start < end ? start..<end : nil
    }

    /// Most tokens between the two dashes of a dashed aside before a verb.
    static let dashedAsideReach = 16

    /// For a dash just before a verb, the dash that opens the aside it closes ("Lena Faber —
    /// surgeon and radio host — told"), when a word follows that dash and something stands
    /// before it; nil when there is none in reach.
    func dashedStart(before dash: Int, in sentence: Range<Int>) -> Int? {
        var index = dash - 1
        while index > sentence.lowerBound, dash - index <= Self.dashedAsideReach {
            if text.quoted[index] || text.isPunctuation(index, ";.") { return nil }
            if text.isPunctuation(index, "—–") { return index + 1 < dash && text.tokens[index + 1].isWord ? index : nil }
            index -= 1
        }
        return nil
    }

    /// For a comma just before a verb, the token where the relative clause or appositive it
    /// closes begins (its own comma), so the phrase before that comma is the subject.
    func appositiveStart(before comma: Int, in sentence: Range<Int>) -> Int? {
        var index = comma - 1
        while index > sentence.lowerBound, comma - index < 30 {
            if text.isPunctuation(index, ",") {
                let next = index + 1
                if next < comma, text.tokens[next].isWord,
                    text.tokens[next].is(.appositiveOpener) || !text.tokens[next].isCapitalised
                {
                    return index
                }
                return nil
            }
            if text.isPunctuation(index, ";.") { return nil }
            index -= 1
        }
        return nil
    }
}
