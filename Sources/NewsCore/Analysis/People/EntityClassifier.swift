/// Grammatical gender as English pronouns mark it.
public enum Gender: String, Sendable, Equatable {
    case masculine
    case feminine
}

/// What the words around one name candidate say about it.
struct CandidateEvidence: Sendable, Equatable {
    /// Points for a person: a title or role in front, a role appositive, an age, "who", a verb
    /// of saying.
    var person = 0
    /// Points against: an organisation or place word in the name, "the" or "agency" in front,
    /// "which" after.
    var nonPerson = 0
    /// The name is a country, city, nationality or acronym, or a word that never names a person.
    var isHardNonPerson = false
    /// A single month or weekday name used as a date ("in May").
    var isDate = false
    /// The role the context gives, as written ("U.S. President", "journalist").
    var title: String?
    /// True when the title stands in front of the name (preferred over an appositive).
    var titleInFront = false
    var gender: Gender?
    /// True when `gender` comes from the title in front ("Mr.", "Ms.", "Sen."'s noun), not
    /// from a surname's ending: strong enough to rule out a given name of the other gender.
    var genderFromTitle = false
    /// The name is the subject of a verb of saying ("Trump urged", "said Lukashenko").
    var isSpeaker = false
    /// The name opens its sentence or clause, or is followed by its verb.
    var isSubject = false
    /// The name is the subject of a verb right after it, in the main clause or a reported one
    /// ("saying that Rudolph should be fined"): what a pronoun later in its sentence most
    /// likely refers to, and what "him" in its own clause cannot.
    var isClauseSubject = false
    /// The name follows a preposition ("an ally of Vladimir Putin"): a less likely antecedent.
    var isOblique = false
    /// The name is a possessive ("Walter’s younger brother").
    var isPossessive = false

    var score: Int { person - nonPerson }
}

/// Reads the context of a name candidate: is it a person, a place, an organisation? What role
/// does the story give it, and which gender does the text mark?
///
/// Every rule looks at a few tokens on either side of the name, so the cost is linear in the
/// article. The rules are general (titles, appositives, "NAME of ORG", verbs of saying, head
/// nouns such as "agency" or "carrier"); the vocabulary comes from `PeopleLexicon` and
/// `PlaceLexicon`.
struct EntityClassifier {
    let story: StoryWords

    private var tokens: StoryWords { story }
    private var text: ScalarText { story.text }

    func evidence(for candidate: NameCandidate) -> CandidateEvidence {
        var evidence = CandidateEvidence()
        let first = candidate.tokens.lowerBound
        let sentenceTokens = story.sentences[candidate.sentence].words
        let end = Self.endPastPostNominals(candidate.tokens.upperBound, in: sentenceTokens, story)

        lexiconEvidence(candidate, into: &evidence)

        // A title or role in front: "U.S. President Donald Trump", "army spokeswoman Colonel
        // Sunita Thapa", "Northgate’s goalkeeper, Stefan Lindholm,".
        var phraseStart = candidate.titleTokens.isEmpty ? first : candidate.titleTokens.lowerBound
        if let front = titleInFront(of: candidate) {
            phraseStart = front.tokens.lowerBound
            evidence.person += front.isRelation ? 2 : 3
            if !front.isRelation {
                evidence.title = front.title
                evidence.titleInFront = true
            }
            evidence.gender = front.gender
            evidence.genderFromTitle = front.gender != nil
        }

        // "Rep. Jim Jordan", "Lisa Chad": a surname that is also a country, after a title or a
        // given name, is still a person's.
        if evidence.isHardNonPerson, !candidate.isSingleWord,
            tokens[candidate.tokens.upperBound - 1].is(.placeOrNationality),
            !tokens[first].is(.placeOrNationality),
            evidence.titleInFront || story.isListedGivenName(first)
        {
            evidence.isHardNonPerson = false
        }

        // What stands before the whole phrase.
        if phraseStart > sentenceTokens.lowerBound {
            let before = tokens[phraseStart - 1]
            if before.isWord, !before.isCapitalised {
                // "the Joe Biden administration": "the" belongs to the noun after a given name
                // and surname used as a modifier, not to the name ("the Clinton campaign", "the
                // England A side" stay as they were).
                if before.key == "the", evidence.title == nil,
                    !(Self.isGivenNameAndSurname(candidate.tokens, story) && isModifierUse(end, in: sentenceTokens))
                {
                    evidence.nonPerson += 2
                }
                // "published in BMJ Case Reports": where a study appears.
                if before.key == "in", phraseStart - 2 >= sentenceTokens.lowerBound,
                    tokens[phraseStart - 2].key == "published"
                {
                    evidence.nonPerson += 3
                }
                if before.is(.nonPersonHead) { evidence.nonPerson += 3 }
                if before.is(.placePreposition), evidence.title == nil { evidence.nonPerson += 1 }
                // "The National Union of Telecom Workers": the tail of an organisation's name.
                if before.key == "of", evidence.title == nil, phraseStart - 2 >= sentenceTokens.lowerBound,
                    tokens[phraseStart - 2].isCapitalised, !tokens[phraseStart - 2].is(.title)
                {
                    evidence.nonPerson += 3
                }
                // "said Lukashenko.": an inverted verb of saying; "told Benioff," names the
                // listener instead.
                if before.is(.speechVerb), !Self.addresseeVerbs.contains(before.key),
                    end >= sentenceTokens.upperBound || !tokens[end].isWord
                {
                    evidence.person += 1
                    evidence.isSpeaker = true
                }
            } else if before.kind == .possessive, phraseStart - 3 >= sentenceTokens.lowerBound,
                tokens[phraseStart - 2].isCapitalised, end >= sentenceTokens.upperBound || !tokens[end].isWord,
                case let verb = tokens[phraseStart - 3].key == "the" ? phraseStart - 4 : phraseStart - 3,
                verb >= sentenceTokens.lowerBound, tokens[verb].isWord, tokens[verb].is(.speechVerb)
            {
                // "noted NBC’s Dante Chinni.": an inverted verb, the outlet, then the name.
                evidence.person += 1
                evidence.isSpeaker = true
            }
        }
        // "Serbia’s Novak Djokovic": a full name that belongs to a country or city.
        if !candidate.isSingleWord, phraseStart - 2 >= sentenceTokens.lowerBound,
            tokens[phraseStart - 1].kind == .possessive, tokens[phraseStart - 2].is(.placeOrNationality)
        {
            evidence.person += 1
        }
        // Teams win, lose and carry scores as players do: the game's signals below speak for a
        // person only when the name does not end in a club or place word ("Northgate Rovers").
        let endsLikeTeam = tokens[candidate.tokens.upperBound - 1].is([.organisationCue, .placeCue, .nonPersonHead])
        // "… beat Roberto Vidal 3-6, 6-3", "Ana Ruiz’ 6-4 win": a full name with a game's
        // score after it.
        if !candidate.isSingleWord, !endsLikeTeam, end < sentenceTokens.upperBound {
            let after = tokens[end].kind == .possessive ? end + 1 : end
            if after < sentenceTokens.upperBound, isScore(after) { evidence.person += 1 }
        }
        // "edged Ana Ruiz", "a victory over Ana Ruiz": the player beaten.
        if !candidate.isSingleWord, !endsLikeTeam, phraseStart > sentenceTokens.lowerBound {
            let before = tokens[phraseStart - 1].key
            if tokens[phraseStart - 1].is(.beatenBefore)
                || before == "over" && phraseStart - 2 >= sentenceTokens.lowerBound
                    && ["win", "victory", "wins", "victories"].contains(tokens[phraseStart - 2].key)
            {
                // Outweighs "over" read as a preposition of place.
                evidence.person += 2
            }
        }
        if isClauseStart(phraseStart, in: sentenceTokens) { evidence.isSubject = true }
        // "said Lukashenko was …": the subject of a reported clause, not of the sentence.
        var isEmbedded = false
        if phraseStart > sentenceTokens.lowerBound {
            let before = tokens[phraseStart - 1]
            // "in what host Tom Reyes called …": "what" opens an embedded clause too.
            isEmbedded = before.key == "that" || before.key == "what" || before.is(.speechVerb)
            evidence.isOblique = before.is(.obliquePreposition)
        }
        if end < sentenceTokens.upperBound, tokens[end].kind == .possessive { evidence.isPossessive = true }

        // "Nissan Sales & Regional Operations", "Procter & Gamble": names joined by an
        // ampersand are a firm or a department, never a person.
        if end < sentenceTokens.upperBound && story.isMark(end, "&")
            || candidate.tokens.lowerBound > sentenceTokens.lowerBound && story.isMark(candidate.tokens.lowerBound - 1, "&")
        {
            evidence.isHardNonPerson = true
        }
        // What follows.
        if end < sentenceTokens.upperBound {
            let next = tokens[end]
            // "Orbit founder Dana Kell", "Orbit shareholders": a firm's people after its name.
            if next.isWord, !next.isCapitalised, next.is(.organisationRoleNoun) {
                evidence.nonPerson += 3
            }
            if next.isWord, next.is(.speechVerb) {
                evidence.person += 1
                evidence.isSpeaker = true
                if !isEmbedded { evidence.isSubject = true }
            } else if next.isWord, next.is(.actionVerb) {
                evidence.person += 1
                if !isEmbedded { evidence.isSubject = true }
            } else if next.key == "and", coordinatedSubject(after: end, in: sentenceTokens) {
                // "Olga Petrova and Ivan Sokolov spoke": both names are subjects.
                evidence.person += 1
                if !isEmbedded { evidence.isSubject = true }
            } else if story.isMark(end, ":"), isClauseStart(phraseStart, in: sentenceTokens) {
                evidence.person += 1
                evidence.isSpeaker = true
            } else if story.isMark(end, "("), end + 1 < sentenceTokens.upperBound,
                text.scalars[tokens[end + 1].range.lowerBound] == "@"
            {
                // "— Ana Ruiz (@anaruiz) May 2, 2021": the signature of an embedded post.
                evidence.person += 2
            } else if next.key == "of" {
                ofOrganisation(after: end, candidate: candidate, into: &evidence)
                // "Ben Hale of the Harbor Post-Ledger": a full name and the body they work for.
                if !candidate.isSingleWord, evidence.nonPerson <= 1, evidence.title == nil,
                    end + 2 < sentenceTokens.upperBound, tokens[end + 1].key == "the",
                    tokens[end + 2].isCapitalised
                {
                    evidence.person += 2
                }
                // "Ben Hale of New Zealand": a full name from a country.
                if !candidate.isSingleWord, evidence.nonPerson == 0, end + 1 < sentenceTokens.upperBound {
                    let place = end + 1
                    let twoWords = place + 1 < sentenceTokens.upperBound
                        && PlaceLexicon.countries.contains(story.form(place) + " " + story.form(place + 1))
                    if tokens[place].is(.country) || twoWords { evidence.person += 1 }
                }
            } else if story.isMark(end, ",") || story.isMark(end, "—–") && !candidate.isSingleWord {
                // "Mehmet Oz — a surgeon and TV star — has …": a dash sets an appositive off too.
                appositive(after: end, candidate: candidate, into: &evidence)
            } else if next.isWord, next.is(.subjectAuxiliary), !isEmbedded {
                evidence.isSubject = true
            }
        }

        // "Tina Houchins had a question", "the house where Adolf Hitler was born", "a Luka
        // Moreno strike": a given name of the lists and a surname (with a middle initial or
        // not) are a person's wherever they stand, when nothing around them says otherwise.
        if evidence.person == 0, evidence.nonPerson == 0, !evidence.isHardNonPerson,
            Self.isGivenNameAndSurname(candidate.tokens, story)
        {
            evidence.person += 1
        }

        // "Trump’s favorite doctor has …": the owner of a person opening the clause is not the
        // subject of its verb (the doctor is); "Mr. Trump’s theatrical embrace is …" counts
        // its owner as one.
        // "his predecessor, Fiona Hill,": a role around a listed given name and a surname that
        // is also a place word outweighs the place word.
        if evidence.person >= 2, evidence.nonPerson >= 3, candidate.tokens.count == 2,
            story.nameWords(candidate.tokens.upperBound - 1).contains(.surnamePlaceCue),
            Self.isGivenNameAndSurname(candidate.tokens, story)
        {
            evidence.nonPerson -= 3
        }
        if evidence.isSubject {
            evidence.isClauseSubject = !(evidence.isPossessive && ownsPerson(after: end + 1, in: sentenceTokens))
        } else if end < sentenceTokens.upperBound, tokens[end].isWord, !tokens[end].isCapitalised,
            tokens[end].is([.speechVerb, .actionVerb, .subjectAuxiliary, .auxiliary, .filler])
        {
            evidence.isClauseSubject = true
        }

        if evidence.gender == nil, !candidate.isSingleWord || evidence.person > 0 {
            evidence.gender = Self.surnameGender(story.written(candidate.tokens.upperBound - 1))
        }
        return evidence
    }

    /// True when `words` are a given name of the lists and a capitalised surname, with at most
    /// a middle initial between them ("Tina Houchins", "Mary J. Blige").
    static func isGivenNameAndSurname(_ words: Range<Int>, _ story: StoryWords) -> Bool {
        guard words.count == 2 || words.count == 3 && isInitial(words.lowerBound + 1, story) else { return false }
        guard story.isListedGivenName(words.lowerBound) else { return false }
        let surname = story[words.upperBound - 1]
        return surname.isWord && surname.isCapitalised && !isInitial(words.upperBound - 1, story)
    }

    /// True when word `index` is an initial: one capital letter and a full stop ("J.").
    static func isInitial(_ index: Int, _ story: StoryWords) -> Bool {
        let range = story[index].range
        guard range.count == 2 else { return false }
        let scalars = story.text.scalars
        return scalars[range.lowerBound].properties.isUppercase && scalars[range.lowerBound + 1] == "."
    }

    /// Roles only in lower case before a name ("Pittsburgh center Joe Hale", "running back Sam
    /// Ortiz", "Brazil star Neymar"); capitalised they are part of other names ("Kennedy
    /// Center", "National Guard", "Star Wars").
    static let lowerCaseRoles: Set<String> = ["center", "centre", "guard", "tackle", "back", "star", "superstar"]

    static func isLowerCaseRole(_ index: Int, _ story: StoryWords) -> Bool {
        // Read from the token and its roles, without making a `StoryWord` for most words.
        guard story.isWord(index, .lowerCaseRole), !story.isCapitalised(index) else { return false }
        // "back" only as a position: "running back", "defensive back".
        if story.isWord(index, "back") {
            return index > 0 && ["running", "defensive", "full", "half"].contains(story[index - 1].key)
        }
        return true
    }

    /// Verbs of saying whose object is the one spoken to ("told Benioff", "asked Morrison").
    static let addresseeVerbs: Set<String> = [
        "told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "informed", "urged", "reminded",
        "assured", "warned", "briefed", "thanked", "interviewed", "questioned",
    ]

    /// Words before a player beaten ("beat Ana Ruiz", "a win over Ana Ruiz").
    static let beatenBefore: Set<String> = ["beat", "beating", "defeated", "defeating", "edged", "topped", "past"]

    /// True when the word at `end`, right after a full name, is a lower-case noun the name
    /// modifies ("the Joe Biden administration", "the Ann Lee government"): not a verb, a
    /// preposition, a relative word or a place word. Whether the name is a person's is still
    /// for the other evidence to say.
    private func isModifierUse(_ end: Int, in sentence: Range<Int>) -> Bool {
        guard end < sentence.upperBound else { return false }
        let next = tokens[end]
        guard next.isWord, !next.isCapitalised else { return false }
        let excluded: WordRoles = [
            .speechVerb, .actionVerb, .subjectAuxiliary, .auxiliary, .preposition, .titlePreposition,
            .placePreposition, .clauseBreaker, .placeCue, .article,
        ]
        return next.roles.isDisjoint(with: excluded) && !Self.hasVerbOrAdverbEnding(next.key)
            && !["who", "whom", "whose", "which", "that", "and", "or", "but", "is", "was"].contains(next.key)
    }

    /// True when the words after a possessive, up to its verb, name a person ("Trump’s
    /// favorite TV doctor", "Hale’s barrister", "her husband").
    private func ownsPerson(after start: Int, in sentence: Range<Int>) -> Bool {
        var index = start
        while index < sentence.upperBound, index - start < 4, tokens[index].isWord {
            let token = tokens[index]
            if token.is([.roleNoun, .relationNoun, .masculineNoun, .feminineNoun, .title]) { return true }
            if token.is([.speechVerb, .actionVerb, .subjectAuxiliary, .auxiliary]) { return false }
            index += 1
        }
        return false
    }

    /// True when word `index` is a score of a game ("6-4", "7-6").
    private func isScore(_ index: Int) -> Bool {
        guard tokens[index].kind == .number else { return false }
        let form = story.form(index)
        let parts = form.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    /// The word after a name once the letters written after it are passed ("Patrick Carlineo
    /// Jr., 55,", "Ann Lee, Jr., said"): what follows them is read as following the name.
    static func endPastPostNominals(_ end: Int, in sentence: Range<Int>, _ story: StoryWords) -> Int {
        var index = end
        while index < sentence.upperBound {
            if story.isWord(index, .postNominal) {
                index += 1
                if index < sentence.upperBound, story.isMark(index, "."),
                    story[index].range.lowerBound == story[index - 1].range.upperBound
                {
                    index += 1
                }
                continue
            }
            // "Carlineo, Jr.": a comma before the letters.
            if story.isMark(index, ","), index + 1 < sentence.upperBound, story.isWord(index + 1, .postNominal),
                story.isCapitalised(index + 1)
            {
                index += 1
                continue
            }
            break
        }
        return index
    }

    /// Prepositions that make the name after them an oblique mention.
    static let obliquePrepositions: Set<String> = Lexicon.set("people/oblique-prepositions")

    /// Words that open place names ("Mount Kenya", "Lake Chad").
    static let placeNamePrefixes: Set<String> = Lexicon.set("people/place-name-heads")

    /// Auxiliaries that, right after a name, make it the subject of its clause.
    static let subjectAuxiliaries: Set<String> = Lexicon.set("people/subject-auxiliaries")

    /// True when "and" at `and` is followed by a capitalised name and then a verb of saying or
    /// acting.
    private func coordinatedSubject(after and: Int, in sentence: Range<Int>) -> Bool {
        var index = and + 1
        if index < sentence.upperBound, tokens[index].is(.title) { index += 1 }
        let start = index
        while index < sentence.upperBound, index - start < 5, tokens[index].isCapitalised { index += 1 }
        guard index > start, index < sentence.upperBound, tokens[index].isWord else { return false }
        return tokens[index].is([.speechVerb, .actionVerb])
    }

    /// Lists: places, nationalities, organisation and place words, dates, acronyms.
    private func lexiconEvidence(_ candidate: NameCandidate, into evidence: inout CandidateEvidence) {
        let first = tokens.roles(candidate.tokens.lowerBound)
        let last = tokens.roles(candidate.tokens.upperBound - 1)
        let isMultiWord = candidate.tokens.count > 1
        // A place or nationality at the end ("North Korea") or a nationality in front ("Saudi
        // Arabia"); a given name that is also a country ("Jordan Pickford") is left alone.
        if last.contains(.placeOrNationality) { evidence.isHardNonPerson = true }
        if isMultiWord, first.contains(.nationality) { evidence.isHardNonPerson = true }
        // "AUSTRALIA AHEAD": a heading in capitals, not a name.
        if isMultiWord, candidate.tokens.allSatisfy({ tokens[$0].isAllCaps }) { evidence.isHardNonPerson = true }
        if candidate.isSingleWord {
            let token = tokens[candidate.tokens.lowerBound]
            if token.is(.notName) || token.isAllCaps { evidence.isHardNonPerson = true }
            // "the General", "Founder": a title or role on its own names nobody.
            if token.is([.title, .roleNoun]) { evidence.isHardNonPerson = true }
            // "Indians", "Canadians": a people, not a person.
            if token.is(.nationalityPlural) {
                evidence.isHardNonPerson = true
            }
            if token.is(.weekday) { evidence.isDate = true }
            if token.is(.month), isDateContext(candidate.tokens.lowerBound) { evidence.isDate = true }
        }
        if !last.isDisjoint(with: [.organisationCue, .placeCue, .nonPersonHead]), !isSurnameLikePlaceWord(candidate) {
            evidence.nonPerson += 3
        }
        if isMultiWord, first.contains(.placePrefix) { evidence.nonPerson += 3 }
        // "Chief Strategy Officer": after a capitalised title word, words ending in a role are
        // the rest of the title, not a name.
        if isMultiWord, !last.isDisjoint(with: [.title, .roleNoun]), candidate.tokens.lowerBound > 0,
            tokens[candidate.tokens.lowerBound - 1].isWord, tokens[candidate.tokens.lowerBound - 1].isCapitalised,
            !tokens.roles(candidate.tokens.lowerBound - 1).isDisjoint(with: [.title, .roleNoun, .roleModifier]),
            !story.isListedGivenName(candidate.tokens.lowerBound)
        {
            evidence.isHardNonPerson = true
        }
        // "Kentucky Democrats", "Quebec Liberals", "Syrian Kurds": a place or a people before
        // a plural for party members or a people names a group, never a person.
        if isMultiWord, !last.isDisjoint(with: [.groupPlural, .nationalityPlural]) {
            evidence.isHardNonPerson = true
        }
        // "Orbit Music", "Orbit Pay", "VW Atlas Cross Sport SUV": a maker's name, a model and
        // a product word (a longer one only when no given name opens it).
        if isMultiWord, story.nameWords(candidate.tokens.upperBound - 1).contains(.productWord),
            candidate.tokens.count == 2 || !story.isListedGivenName(candidate.tokens.lowerBound)
        {
            evidence.isHardNonPerson = true
        }
    }

    /// "After Fiona Hill left": a listed given name and a place word that is also a common
    /// surname, with a verb right after, end a person's name, not a place's.
    private func isSurnameLikePlaceWord(_ candidate: NameCandidate) -> Bool {
        let words = candidate.tokens
        guard words.count == 2, story.nameWords(words.upperBound - 1).contains(.surnamePlaceCue),
            Self.isGivenNameAndSurname(words, story), words.upperBound < tokens.count
        else { return false }
        let next = tokens[words.upperBound]
        return next.isWord && !next.isCapitalised && next.sentence == tokens[words.lowerBound].sentence
            && next.is([.speechVerb, .actionVerb, .subjectAuxiliary])
    }

    /// True when a month name at `index` reads as a date: a number beside it or a preposition
    /// of time before it ("on 12 May", "in May", "May 3").
    private func isDateContext(_ index: Int) -> Bool {
        if index > 0 {
            let before = tokens[index - 1]
            if before.kind == .number || before.is(.datePreposition) { return true }
        }
        if index + 1 < tokens.count, tokens[index + 1].kind == .number,
            tokens[index + 1].sentence == tokens[index].sentence
        {
            return true
        }
        return false
    }

    /// True when only opening quotes or dashes stand between the sentence start and `index`.
    func isClauseStart(_ index: Int, in sentence: Range<Int>) -> Bool {
        Self.isClauseStart(index, in: sentence, tokens)
    }

    static func isClauseStart(_ index: Int, in sentence: Range<Int>, _ words: StoryWords) -> Bool {
        var position = sentence.lowerBound
        while position < index {
            if words.words[position].isWordLike { return false }
            position += 1
        }
        return true
    }

    struct FrontTitle {
        var tokens: Range<Int>
        var title: String
        var isRelation: Bool
        var gender: Gender?
    }

    /// The title or role written in front of the name, read backwards from it.
    func titleInFront(of candidate: NameCandidate) -> FrontTitle? {
        let sentence = story.sentences[candidate.sentence].words
        var head = candidate.tokens.lowerBound - 1
        guard head >= sentence.lowerBound else { return nil }
        // "Northgate’s goalkeeper, Stefan Lindholm," : a role, a comma, the name, a comma.
        if story.isMark(head, ","), head - 1 >= sentence.lowerBound {
            let end = candidate.tokens.upperBound
            guard end >= sentence.upperBound || story.isMark(end, ",.;") else { return nil }
            head -= 1
            // "His business partner at Lenox, Lawrence Cummings,": the role may name the body
            // it is held at or of before the comma.
            var body = head
            while body > sentence.lowerBound, head - body < 3, tokens[body].isWord, tokens[body].isCapitalised {
                body -= 1
            }
            if body < head, body > sentence.lowerBound, ["at", "of", "for", "with"].contains(tokens[body].key),
                tokens[body - 1].isWord, tokens[body - 1].is(.roleNoun) || Self.isLowerCaseRole(body - 1, story)
            {
                head = body - 1
            }
        }
        // "the ambassador to Britain Liu Xiaoming": a role that ends in a place runs into the
        // name; the role is read back from its noun, the place kept as its tail.
        let titleEnd = head
        if head - 2 >= sentence.lowerBound, !story.roles(head).isDisjoint(with: [.country, .city]),
            tokens[head - 1].isWord,
            !tokens[head - 1].isCapitalised,
            NameCandidateFinder.placeRolePrepositions.contains(tokens[head - 1].key), tokens[head - 2].isWord,
            tokens[head - 2].is([.title, .roleNoun]) || Self.isLowerCaseRole(head - 2, story)
        {
            head -= 2
        }
        // The word next to the name, read from its token and roles: most are no title, and
        // need no `StoryWord`.
        guard story.words[head].kind == .word else { return nil }
        let adjacent = story.roles(head)
        // "We all miss Steve": a courtesy title is written capitalised; in lower case it is
        // another word ("miss"), and marks neither a title nor a gender.
        if adjacent.contains(.courtesyTitle), !story.isCapitalised(head) { return nil }
        let isRole = !adjacent.isDisjoint(with: [.title, .roleNoun]) || Self.isLowerCaseRole(head, story)
        let isRelation = adjacent.contains(.relationNoun)
        guard isRole || isRelation else { return nil }
        var start = head
        var index = head - 1
        var length = 1
        // Once a possessive is read ("Northgate’s goalkeeper"), only more words of the owner's
        // name belong to the role: "For most of the match Northgate’s goalkeeper" is not a title.
        var ownerRead = false
        while index >= sentence.lowerBound, length < 7 {
            let token = tokens[index]
            if token.kind == .possessive {
                guard index - 1 >= sentence.lowerBound, tokens[index - 1].isWord,
                    !tokens[index - 1].is(.titleStopper)
                else { break }
                start = index - 1
                index -= 2
                length += 2
                ownerRead = true
                continue
            }
            guard token.isWord else { break }
            if ownerRead, !token.isCapitalised { break }
            let key = token.key
            if token.is([.titleStopper, .speechVerb, .actionVerb]) { break }
            if token.is(.courtesyTitle), !token.isCapitalised { break }
            // "troops leave Syria under President Ana Ruiz", "knocked off Steelers quarterback
            // …": a preposition, quantifier or adverb no role goes on through ends it ("Under
            // Secretary", capitalised, is a title's own word).
            if !token.isCapitalised, Self.roleEndingWords.contains(key) { break }
            let known = token.is([.roleModifier, .roleNoun, .title])
            if !(token.isCapitalised || known) {
                // "running back": the word that makes "back" a position belongs to it.
                if Self.hasVerbOrAdverbEnding(key), !(index == head - 1 && Self.isLowerCaseRole(head, story)) { break }
                // "did not see Governor …", "to investigate former Vice President …": a word
                // after "to", "not" or an auxiliary is a verb, not part of the role.
                if index > sentence.lowerBound, tokens[index - 1].isWord,
                    ["to", "not", "never"].contains(tokens[index - 1].key)
                        || tokens[index - 1].is([.auxiliary, .subjectAuxiliary])
                {
                    break
                }
            }
            start = index
            index -= 1
            length += 1
        }
        var gender: Gender?
        for position in start...head {
            let roles = tokens.roles(position)
            if !roles.isDisjoint(with: [.masculineHonorific, .masculineNoun]) { gender = .masculine }
            if !roles.isDisjoint(with: [.feminineHonorific, .feminineNoun]) { gender = .feminine }
        }
        // "Steenburgen’s son, filmmaker Charlie McDowell": a kin noun with a comma before the
        // role marks the person's gender though the role does not.
        if gender == nil, start - 2 >= sentence.lowerBound, story.isMark(start - 1, ","),
            tokens[start - 2].isWord, tokens[start - 2].is(.relationNoun)
        {
            let roles = tokens.roles(start - 2)
            if roles.contains(.masculineNoun) { gender = .masculine }
            if roles.contains(.feminineNoun) { gender = .feminine }
        }
        // "Mr." and "Ms." mark gender, not a role.
        let courtesyOnly = (start...head).allSatisfy { tokens[$0].is(.courtesyTitle) }
        let relationOnly = isRelation && !isRole || courtesyOnly
        return FrontTitle(
            tokens: start..<(titleEnd + 1), title: phrase(start...titleEnd), isRelation: relationOnly, gender: gender)
    }

    /// Plurals for the members of a party or a movement: the last word of a group's name
    /// ("Kentucky Democrats"), not a surname.
    static let groupPlurals: Set<String> = [
        "democrats", "republicans", "dems", "conservatives", "liberals", "socialists", "independents", "tories",
        "progressives", "libertarians", "communists", "nationalists", "unionists", "loyalists", "separatists",
        "moderates", "centrists", "populists",
    ]

    /// Prepositions, quantifiers and adverbs that a role read backwards from a name never
    /// runs through, unlike "of", "for" or "at" ("head of the delegation"): before them stands
    /// the reporter's clause.
    static let roleEndingWords: Set<String> = [
        "under", "over", "about", "into", "onto", "upon", "toward", "towards", "alongside", "amid", "amongst",
        "despite", "without", "within", "behind", "beyond", "across", "around", "near", "via", "during", "until",
        "off", "out", "up", "down", "all", "both", "each", "every", "some", "many", "most", "several", "almost",
        "nearly", "even", "just", "only",
    ]

    /// "Vytis Jurkonis of Freedom House": a person's affiliation with an organisation.
    private func ofOrganisation(after end: Int, candidate: NameCandidate, into evidence: inout CandidateEvidence) {
        let sentence = story.sentences[candidate.sentence].words
        var index = end + 1
        if index < sentence.upperBound, tokens[index].key == "the" { index += 1 }
        let start = index
        while index < sentence.upperBound, tokens[index].isCapitalised { index += 1 }
        guard index > start else { return }
        guard tokens[index - 1].is(.organisationCue), !tokens[candidate.tokens.upperBound - 1].is(.organisationCue)
        else { return }
        evidence.person += 2
        if evidence.title == nil { evidence.title = phrase(end...(index - 1)) }
        if index < sentence.upperBound, tokens[index].isWord, tokens[index].is(.speechVerb) {
            evidence.person += 1
            evidence.isSpeaker = true
        }
    }

    /// ", a journalist sentenced …", ", head of the U.S. delegation,", ", 52,", ", who …".
    private func appositive(after comma: Int, candidate: NameCandidate, into evidence: inout CandidateEvidence) {
        let sentence = story.sentences[candidate.sentence].words
        var index = comma + 1
        guard index < sentence.upperBound else { return }
        let opening = tokens[index]
        if opening.kind == .number, opening.token.length <= 3, index + 1 < sentence.upperBound,
            story.isMark(index + 1, ",")
        {
            evidence.person += 2
            evidence.isSubject = true
            return
        }
        if ["who", "whose"].contains(opening.key) { evidence.person += 2; evidence.isSubject = true; return }
        if opening.key == "of" {
            homeTownCredit(after: index, in: sentence, into: &evidence)
            return
        }
        if ["which", "where"].contains(opening.key) { evidence.nonPerson += 2; return }
        // ", almost all major foreign papers": a quantifier opens a phrase about many, not a role.
        if Self.quantifierOpeners.contains(opening.key) { return }
        if opening.is(.article) { index += 1 }
        var phraseStart = index
        var words: [Int] = []
        var scan = index
        while scan < sentence.upperBound, words.count < 8 {
            let token = tokens[scan]
            if token.kind == .possessive { scan += 1; continue }
            if token.kind == .number, story.form(scan).hasSuffix("year-old") {
                if scan == phraseStart { phraseStart = scan + 1 }
                scan += 1
                continue
            }
            guard token.isWord else { break }
            if token.is(.clauseBreaker) || token.is(.titlePreposition) { break }
            words.append(scan)
            scan += 1
        }
        // "Gurung, her husband and their two children": a list, not an appositive. Between
        // dashes a role may be joined to another by "and" ("Mehmet Oz — surgeon and TV star —"):
        // the role read so far stands.
        if scan < sentence.upperBound, ["and", "or"].contains(tokens[scan].key),
            !(story.isMark(comma, "—–") && words.contains(where: { tokens[$0].is(.roleNoun) }))
        {
            return
        }
        // "With Sonos Move, the company created a speaker": a verb after the phrase's noun makes
        // it the subject of the reporter's clause; only the words before the verb can be a role
        // ("a journalist sentenced in May" keeps "journalist").
        if let verb = words.indices.dropFirst().first(where: { isClauseVerb(words[$0], after: words[$0 - 1]) }) {
            words.removeSubrange(verb...)
        }
        guard let headIndex = words.last(where: { tokens[$0].is(.roleNoun) }) else {
            if words.contains(where: { tokens[$0].is(.relationNoun) }) {
                evidence.person += 2
                genderFromNouns(words, into: &evidence)
            } else if let last = words.last, tokens[last].is(.nonPersonHead) {
                evidence.nonPerson += 3
            } else if let last = words.last, ["man", "woman", "boy", "girl"].contains(tokens[last].key) {
                // ", the first woman to win the competition"
                evidence.person += 2
                genderFromNouns([last], into: &evidence)
            }
            return
        }
        evidence.person += 3
        genderFromNouns(Array(phraseStart...headIndex), into: &evidence)
        var titleEnd = headIndex
        // "head of the U.S. delegation", "analyst at Crestline Securities in Lagos".
        if headIndex + 1 < sentence.upperBound, tokens[headIndex + 1].is(.titlePreposition) {
            var position = headIndex + 1
            var count = 0
            while position < sentence.upperBound, count < 8 {
                let token = tokens[position]
                if token.kind == .mark { break }
                if token.isWord, token.is(.clauseBreaker) { break }
                titleEnd = position
                position += 1
                count += 1
            }
        }
        if !evidence.titleInFront, phraseStart <= titleEnd {
            evidence.title = phrase(phraseStart...titleEnd)
        }
        // ", a spokeswoman for Havenbond, told reporters": the closing comma and a verb of saying.
        var close = titleEnd + 1
        while close < sentence.upperBound, tokens[close].kind != .mark { close += 1 }
        if close + 1 < sentence.upperBound, story.isMark(close, ","), tokens[close + 1].isWord,
            tokens[close + 1].is(.speechVerb)
        {
            evidence.person += 1
            evidence.isSpeaker = true
            evidence.isSubject = true
        }
    }

    /// True when word `index`, after word `previous` in an appositive, reads as a finite verb
    /// in -ed ("created", "launched") rather than part of a role ("retired", "highly decorated").
    private func isClauseVerb(_ index: Int, after previous: Int) -> Bool {
        let token = tokens[index]
        guard !token.isCapitalised, !token.is(.roleModifier), story.form(index).hasSuffix("ed") else { return false }
        let before = tokens[previous]
        return !before.is([.roleModifier, .article]) && !story.form(previous).hasSuffix("ly")
    }

    /// Words that open a phrase about a number of things or people ("almost all", "many of"):
    /// after a name and a comma they begin the reporter's next phrase, never the name's role.
    static let quantifierOpeners: Set<String> = [
        "almost", "all", "most", "many", "some", "several", "both", "nearly", "few", "each", "every",
    ]

    /// ", of Springfield, Va., said", ", of the Brookings Institution, told": where the person
    /// is from or works, set off by commas before a verb of saying, marks the subject of that
    /// verb as a person, whatever the given name.
    private func homeTownCredit(after of: Int, in sentence: Range<Int>, into evidence: inout CandidateEvidence) {
        var scan = of + 1
        if scan < sentence.upperBound, tokens[scan].key == "the" { scan += 1 }
        var named = false
        while scan + 1 < sentence.upperBound, scan - of <= 8 {
            let token = tokens[scan]
            if token.isWord {
                guard token.isCapitalised else { return }
                named = true
            } else if story.isMark(scan, ","), named, tokens[scan + 1].isWord, tokens[scan + 1].is(.speechVerb) {
                evidence.person += 2
                evidence.isSpeaker = true
                evidence.isSubject = true
                return
            } else if !story.isMark(scan, ",."), !token.isWord {
                return
            }
            scan += 1
        }
    }

    private func genderFromNouns(_ indices: [Int], into evidence: inout CandidateEvidence) {
        for index in indices {
            let roles = tokens.roles(index)
            if roles.contains(.masculineNoun) { evidence.gender = .masculine }
            if roles.contains(.feminineNoun) { evidence.gender = .feminine }
        }
    }

    /// The article text of a token span, white space folded; a sentence-initial capital on a
    /// common role word is lowered ("Opposition leader" → "opposition leader").
    func phrase(_ span: ClosedRange<Int>) -> String {
        let range = tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound].range.upperBound
        var folded = Self.folded(text, range)
        let first = tokens[span.lowerBound]
        let hasLowerWord = span.dropFirst().contains { tokens[$0].isWord && !tokens[$0].isCapitalised }
        if first.startsSentence, hasLowerWord,
            first.is([.roleModifier, .roleNoun]),
            let initial = folded.first
        {
            folded = initial.lowercased() + folded.dropFirst()
        }
        return folded
    }

    /// The scalars of `range` with each run of white space made one space and none at either
    /// end, built scalar by scalar instead of splitting a `String` into characters.
    static func folded(_ text: ScalarText, _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + 8)
        var pendingSpace = false
        for index in range {
            let scalar = text.scalars[index]
            let value = scalar.value
            if value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : scalar.properties.isWhitespace {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when a lower-case key ends in "ed", "ing" or "ly": a participle or an adverb, which
    /// ends a title read backwards. Compares the UTF-8 bytes; the endings are ASCII.
    static func hasVerbOrAdverbEnding(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            func ends(_ suffix: StaticString) -> Bool {
                let count = suffix.utf8CodeUnitCount
                guard bytes.count >= count else { return false }
                let tail = bytes.count - count
                for offset in 0..<count where bytes[tail + offset] != suffix.utf8Start[offset] { return false }
                return true
            }
            return ends("ed") || ends("ing") || ends("ly")
        }
    }

    /// The surname endings as UTF-8 bytes, for ASCII names (a non-ASCII ending never matches one).
    private static let asciiFeminineEndings = PeopleLexicon.feminineSurnameEndings.map { Array($0.utf8) }
    private static let asciiMasculineEndings = PeopleLexicon.masculineSurnameEndings.map { Array($0.utf8) }

    /// The gender a surname's ending marks in Slavic and Baltic naming ("-ova", "-skaya").
    static func surnameGender(_ surname: String) -> Gender? {
        var surname = surname
        // An ASCII name is read on its bytes: no lower-cased copy, no character-by-character
        // suffix test. Any other name takes the general path below.
        let ascii: Gender?? = surname.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard bytes.count >= 5 else { return .some(nil) }
            func ends(_ ending: [UInt8]) -> Bool {
                guard ending.count <= bytes.count else { return false }
                let tail = bytes.count - ending.count
                for offset in 0..<ending.count {
                    var byte = bytes[tail + offset]
                    if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                    if byte != ending[offset] { return false }
                }
                return true
            }
            if asciiFeminineEndings.contains(where: ends) { return .feminine }
            if asciiMasculineEndings.contains(where: ends) { return .masculine }
            return .some(nil)
        }
        if let ascii { return ascii }
        let lower = surname.lowercased()
        guard lower.count >= 5 else { return nil }
        if PeopleLexicon.feminineSurnameEndings.contains(where: { lower.hasSuffix($0) }) { return .feminine }
        if PeopleLexicon.masculineSurnameEndings.contains(where: { lower.hasSuffix($0) }) { return .masculine }
        return nil
    }
}
