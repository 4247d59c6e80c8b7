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
    /// The name is the subject of a verb of saying ("Trump urged", "said Lukashenko").
    var isSpeaker = false
    /// The name opens its sentence or clause, or is followed by its verb.
    var isSubject = false
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
    let story: StoryTokens
    let text: ScalarText

    private var tokens: [StoryToken] { story.tokens }

    func evidence(for candidate: NameCandidate) -> CandidateEvidence {
        var evidence = CandidateEvidence()
        let first = candidate.tokens.lowerBound
        let end = candidate.tokens.upperBound
        let sentenceTokens = story.tokenRanges[candidate.sentence]
        let keys = candidate.tokens.map { tokens[$0].key }

        lexiconEvidence(candidate, keys: keys, into: &evidence)

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
        }

        // What stands before the whole phrase.
        if phraseStart > sentenceTokens.lowerBound {
            let before = tokens[phraseStart - 1]
            if before.isWord, !before.isCapitalised {
                if before.key == "the", evidence.title == nil { evidence.nonPerson += 2 }
                if PeopleLexicon.nonPersonHeads.contains(before.key) { evidence.nonPerson += 3 }
                if PeopleLexicon.placePrepositions.contains(before.key), evidence.title == nil { evidence.nonPerson += 1 }
                // "The National Union of Telecom Workers": the tail of an organisation's name.
                if before.key == "of", evidence.title == nil, phraseStart - 2 >= sentenceTokens.lowerBound,
                   tokens[phraseStart - 2].isCapitalised, !PeopleLexicon.titles.contains(tokens[phraseStart - 2].key) {
                    evidence.nonPerson += 3
                }
                if PeopleLexicon.speechVerbs.contains(before.key), end >= sentenceTokens.upperBound || !tokens[end].isWord {
                    evidence.person += 1
                    evidence.isSpeaker = true
                }
            }
        }
        if isClauseStart(phraseStart, in: sentenceTokens) { evidence.isSubject = true }
        // "said Lukashenko was …": the subject of a reported clause, not of the sentence.
        var isEmbedded = false
        if phraseStart > sentenceTokens.lowerBound {
            let before = tokens[phraseStart - 1]
            isEmbedded = before.key == "that" || PeopleLexicon.speechVerbs.contains(before.key)
            evidence.isOblique = Self.obliquePrepositions.contains(before.key)
        }
        if end < sentenceTokens.upperBound, tokens[end].kind == .possessive { evidence.isPossessive = true }

        // What follows.
        if end < sentenceTokens.upperBound {
            let next = tokens[end]
            if next.isWord, PeopleLexicon.speechVerbs.contains(next.key) {
                evidence.person += 1
                evidence.isSpeaker = true
                if !isEmbedded { evidence.isSubject = true }
            } else if next.isWord, PeopleLexicon.actionVerbs.contains(next.key) {
                evidence.person += 1
                if !isEmbedded { evidence.isSubject = true }
            } else if next.key == "and", coordinatedSubject(after: end, in: sentenceTokens) {
                // "Olga Petrova and Ivan Sokolov spoke": both names are subjects.
                evidence.person += 1
                if !isEmbedded { evidence.isSubject = true }
            } else if next.text == ":", isClauseStart(phraseStart, in: sentenceTokens) {
                evidence.person += 1
                evidence.isSpeaker = true
            } else if next.key == "of" {
                ofOrganisation(after: end, candidate: candidate, into: &evidence)
            } else if next.text == "," {
                appositive(after: end, candidate: candidate, into: &evidence)
            } else if next.isWord, ["has", "had", "was", "is", "will", "would"].contains(next.key), !isEmbedded {
                evidence.isSubject = true
            }
        }

        if evidence.gender == nil, !candidate.isSingleWord || evidence.person > 0 {
            evidence.gender = Self.surnameGender(candidate.words.last ?? "")
        }
        return evidence
    }

    /// Prepositions that make the name after them an oblique mention.
    static let obliquePrepositions: Set<String> = Lexicon.set("people/oblique-prepositions")

    /// True when "and" at `and` is followed by a capitalised name and then a verb of saying or
    /// acting.
    private func coordinatedSubject(after and: Int, in sentence: Range<Int>) -> Bool {
        var index = and + 1
        if index < sentence.upperBound, PeopleLexicon.titles.contains(tokens[index].key) { index += 1 }
        let start = index
        while index < sentence.upperBound, index - start < 5, tokens[index].isCapitalised { index += 1 }
        guard index > start, index < sentence.upperBound, tokens[index].isWord else { return false }
        let key = tokens[index].key
        return PeopleLexicon.speechVerbs.contains(key) || PeopleLexicon.actionVerbs.contains(key)
    }

    /// Lists: places, nationalities, organisation and place words, dates, acronyms.
    private func lexiconEvidence(_ candidate: NameCandidate, keys: [String], into evidence: inout CandidateEvidence) {
        // A place or nationality at the end ("North Korea") or a nationality in front ("Saudi
        // Arabia"); a given name that is also a country ("Jordan Pickford") is left alone.
        if let last = keys.last, PlaceLexicon.isPlaceOrNationality(last) { evidence.isHardNonPerson = true }
        if keys.count > 1, PlaceLexicon.nationalities.contains(keys[0]) { evidence.isHardNonPerson = true }
        if candidate.isSingleWord {
            let token = tokens[candidate.tokens.lowerBound]
            if PeopleLexicon.notNames.contains(token.key) || token.isAllCaps { evidence.isHardNonPerson = true }
            if CalendarLexicon.weekdays[token.key] != nil { evidence.isDate = true }
            if CalendarLexicon.months[token.key] != nil, isDateContext(candidate.tokens.lowerBound) { evidence.isDate = true }
        }
        if let last = keys.last, PeopleLexicon.organisationCues.contains(last) || PeopleLexicon.placeCues.contains(last)
            || PeopleLexicon.nonPersonHeads.contains(last) {
            evidence.nonPerson += 3
        }
        if keys.count > 1, let head = keys.first, ["mount", "lake", "cape", "fort", "port", "saint"].contains(head) {
            evidence.nonPerson += 3
        }
    }

    /// True when a month name at `index` reads as a date: a number beside it or a preposition
    /// of time before it ("on 12 May", "in May", "May 3").
    private func isDateContext(_ index: Int) -> Bool {
        if index > 0 {
            let before = tokens[index - 1]
            if before.kind == .number || PeopleLexicon.datePrepositions.contains(before.key) { return true }
        }
        if index + 1 < tokens.count, tokens[index + 1].kind == .number, tokens[index + 1].sentence == tokens[index].sentence {
            return true
        }
        return false
    }

    /// True when only opening quotes or dashes stand between the sentence start and `index`.
    func isClauseStart(_ index: Int, in sentence: Range<Int>) -> Bool {
        Self.isClauseStart(index, in: sentence, tokens)
    }

    static func isClauseStart(_ index: Int, in sentence: Range<Int>, _ tokens: [StoryToken]) -> Bool {
        var position = sentence.lowerBound
        while position < index {
            let token = tokens[position]
            if token.kind == .word || token.kind == .number { return false }
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
        let sentence = story.tokenRanges[candidate.sentence]
        var head = candidate.tokens.lowerBound - 1
        guard head >= sentence.lowerBound else { return nil }
        // "Northgate’s goalkeeper, Stefan Lindholm," : a role, a comma, the name, a comma.
        if tokens[head].text == ",", head - 1 >= sentence.lowerBound {
            let end = candidate.tokens.upperBound
            guard end >= sentence.upperBound || [",", ".", ";"].contains(tokens[end].text) else { return nil }
            head -= 1
        }
        let adjacent = tokens[head]
        guard adjacent.isWord else { return nil }
        let key = adjacent.key
        let isRole = PeopleLexicon.titles.contains(key) || PeopleLexicon.roleNouns.contains(key)
        let isRelation = PeopleLexicon.relationNouns.contains(key)
        guard isRole || isRelation else { return nil }
        var start = head
        var index = head - 1
        var length = 1
        while index >= sentence.lowerBound, length < 7 {
            let token = tokens[index]
            if token.kind == .possessive {
                guard index - 1 >= sentence.lowerBound, tokens[index - 1].isWord,
                      !PeopleLexicon.titleStoppers.contains(tokens[index - 1].key) else { break }
                start = index - 1
                index -= 2
                length += 2
                continue
            }
            guard token.isWord else { break }
            let key = token.key
            if PeopleLexicon.titleStoppers.contains(key) || PeopleLexicon.speechVerbs.contains(key)
                || PeopleLexicon.actionVerbs.contains(key) { break }
            let known = PeopleLexicon.roleModifiers.contains(key) || PeopleLexicon.roleNouns.contains(key)
                || PeopleLexicon.titles.contains(key)
            if !(token.isCapitalised || known) {
                if key.hasSuffix("ed") || key.hasSuffix("ing") || key.hasSuffix("ly") { break }
            }
            start = index
            index -= 1
            length += 1
        }
        var gender: Gender?
        for position in start...head {
            let key = tokens[position].key
            if PeopleLexicon.masculineHonorifics.contains(key) || PeopleLexicon.masculineNouns.contains(key) { gender = .masculine }
            if PeopleLexicon.feminineHonorifics.contains(key) || PeopleLexicon.feminineNouns.contains(key) { gender = .feminine }
        }
        // "Mr." and "Ms." mark gender, not a role.
        let courtesyOnly = (start...head).allSatisfy { PeopleLexicon.courtesyTitles.contains(tokens[$0].key) }
        let relationOnly = isRelation && !isRole || courtesyOnly
        return FrontTitle(tokens: start..<(head + 1), title: phrase(start...head), isRelation: relationOnly, gender: gender)
    }

    /// "Vytis Jurkonis of Freedom House": a person's affiliation with an organisation.
    private func ofOrganisation(after end: Int, candidate: NameCandidate, into evidence: inout CandidateEvidence) {
        let sentence = story.tokenRanges[candidate.sentence]
        var index = end + 1
        if index < sentence.upperBound, tokens[index].key == "the" { index += 1 }
        let start = index
        while index < sentence.upperBound, tokens[index].isCapitalised { index += 1 }
        guard index > start else { return }
        let last = tokens[index - 1].key
        guard PeopleLexicon.organisationCues.contains(last), !PeopleLexicon.organisationCues.contains(tokens[candidate.tokens.upperBound - 1].key) else { return }
        evidence.person += 2
        if evidence.title == nil { evidence.title = phrase(end...(index - 1)) }
        if index < sentence.upperBound, tokens[index].isWord, PeopleLexicon.speechVerbs.contains(tokens[index].key) {
            evidence.person += 1
            evidence.isSpeaker = true
        }
    }

    /// ", a journalist sentenced …", ", head of the U.S. delegation,", ", 52,", ", who …".
    private func appositive(after comma: Int, candidate: NameCandidate, into evidence: inout CandidateEvidence) {
        let sentence = story.tokenRanges[candidate.sentence]
        var index = comma + 1
        guard index < sentence.upperBound else { return }
        let opening = tokens[index]
        if opening.kind == .number, opening.text.count <= 3, index + 1 < sentence.upperBound, tokens[index + 1].text == "," {
            evidence.person += 2
            evidence.isSubject = true
            return
        }
        if ["who", "whose"].contains(opening.key) { evidence.person += 2; evidence.isSubject = true; return }
        if ["which", "where"].contains(opening.key) { evidence.nonPerson += 2; return }
        if ["a", "an", "the"].contains(opening.key) { index += 1 }
        var phraseStart = index
        var words: [Int] = []
        var scan = index
        while scan < sentence.upperBound, words.count < 8 {
            let token = tokens[scan]
            if token.kind == .possessive { scan += 1; continue }
            if token.kind == .number, token.lower.hasSuffix("year-old") {
                if scan == phraseStart { phraseStart = scan + 1 }
                scan += 1
                continue
            }
            guard token.isWord else { break }
            if PeopleLexicon.clauseBreakers.contains(token.key) || PeopleLexicon.titlePrepositions.contains(token.key) { break }
            words.append(scan)
            scan += 1
        }
        // "Gurung, her husband and their two children": a list, not an appositive.
        if scan < sentence.upperBound, ["and", "or"].contains(tokens[scan].key) { return }
        guard let headIndex = words.last(where: { PeopleLexicon.roleNouns.contains(tokens[$0].key) }) else {
            if words.contains(where: { PeopleLexicon.relationNouns.contains(tokens[$0].key) }) {
                evidence.person += 2
                genderFromNouns(words, into: &evidence)
            } else if let last = words.last, PeopleLexicon.nonPersonHeads.contains(tokens[last].key) {
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
        if headIndex + 1 < sentence.upperBound, PeopleLexicon.titlePrepositions.contains(tokens[headIndex + 1].key) {
            var position = headIndex + 1
            var count = 0
            while position < sentence.upperBound, count < 8 {
                let token = tokens[position]
                if token.kind == .punctuation { break }
                if token.isWord, PeopleLexicon.clauseBreakers.contains(token.key) { break }
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
        while close < sentence.upperBound, tokens[close].text != "," && tokens[close].kind != .punctuation { close += 1 }
        if close + 1 < sentence.upperBound, tokens[close].text == ",", tokens[close + 1].isWord,
           PeopleLexicon.speechVerbs.contains(tokens[close + 1].key) {
            evidence.person += 1
            evidence.isSpeaker = true
            evidence.isSubject = true
        }
    }

    private func genderFromNouns(_ indices: [Int], into evidence: inout CandidateEvidence) {
        for index in indices {
            let key = tokens[index].key
            if PeopleLexicon.masculineNouns.contains(key) { evidence.gender = .masculine }
            if PeopleLexicon.feminineNouns.contains(key) { evidence.gender = .feminine }
        }
    }

    /// The article text of a token span, white space folded; a sentence-initial capital on a
    /// common role word is lowered ("Opposition leader" → "opposition leader").
    func phrase(_ span: ClosedRange<Int>) -> String {
        let raw = text[tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound].range.upperBound]
        var folded = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let first = tokens[span.lowerBound]
        let hasLowerWord = span.dropFirst().contains { tokens[$0].isWord && !tokens[$0].isCapitalised }
        if first.startsSentence, hasLowerWord,
           PeopleLexicon.roleModifiers.contains(first.key) || PeopleLexicon.roleNouns.contains(first.key),
           let initial = folded.first {
            folded = initial.lowercased() + folded.dropFirst()
        }
        return folded
    }

    /// The gender a surname's ending marks in Slavic and Baltic naming ("-ova", "-skaya").
    static func surnameGender(_ surname: String) -> Gender? {
        let lower = surname.lowercased()
        guard lower.count >= 5 else { return nil }
        if PeopleLexicon.feminineSurnameEndings.contains(where: { lower.hasSuffix($0) }) { return .feminine }
        if PeopleLexicon.masculineSurnameEndings.contains(where: { lower.hasSuffix($0) }) { return .masculine }
        return nil
    }
}
