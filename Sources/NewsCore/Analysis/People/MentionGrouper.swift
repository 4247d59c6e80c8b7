/// One mention while the analysis is being built, with what the pronoun resolver needs.
struct MentionRecord: Sendable, Equatable {
    var tokenIndex: Int
    var range: Range<Int>
    var kind: Mention.Kind
    /// Index into `StoryWords.sentences`.
    var sentence: Int
    var inQuote: Bool
    var inHeading: Bool
    var isSubject: Bool
    var isSpeaker: Bool
    /// After a preposition or as a possessive: a mention that rarely starts a pronoun chain.
    var isBackground: Bool = false
    /// The subject of the verb after it, in a main or a reported clause ("he", "that Ann
    /// Lee said").
    var isClauseSubject: Bool = false
}

/// A person being assembled: name, role, gender and mentions.
struct PersonDraft: Sendable, Equatable {
    var name: String
    var title: String?
    var gender: Gender?
    /// The gender the given name suggests ("Hillary", "Barack"): never a preference, only a
    /// reason to rule the person out for a pronoun of the other gender.
    var nameGender: Gender?
    var mentions: [MentionRecord]

    /// The head word of the title ("judge" of "Judge", "officer" of "chief investment officer
    /// of the Calderway Pension Trust", "governor" of "Gov."), for "the judge"-style mentions.
    var titleHead: String? {
        guard let title else { return nil }
        let lower = title.lowercased()
        let beforePreposition: String?
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            // An ASCII title's Characters are its bytes: walk its words by byte, without a
            // grapheme-break test per letter or an array of all the words.
            beforePreposition = Self.lastASCIIWordBeforePreposition(lower)
        } else {
            beforePreposition = lower.split(separator: " ").map(String.init)
                .prefix { !PeopleLexicon.titlePrepositions.contains($0) }.last
        }
        return beforePreposition.map { word in
            // Most title words hold no full stop: they are their own bare form.
            let bare =
                !word.utf8.contains(UInt8(ascii: ".")) ? word
                : word.utf8.allSatisfy { $0 < 0x80 }
                ? String(decoding: word.utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
                : word.filter { $0 != "." }
            return PeopleLexicon.titleAbbreviations[bare] ?? bare
        }
    }

    /// The last space-separated word of an ASCII `title` before its first title preposition
    /// ("officer" of "chief investment officer of the …"), or nil when it opens with one.
    private static func lastASCIIWordBeforePreposition(_ title: String) -> String? {
        let bytes = title.utf8
        let space = UInt8(ascii: " ")
        var last: String?
        var start = bytes.startIndex
        while start < bytes.endIndex {
            guard bytes[start] != space else {
                start = bytes.index(after: start)
                continue
            }
            var end = start
            while end < bytes.endIndex, bytes[end] != space { end = bytes.index(after: end) }
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            if PeopleLexicon.titlePrepositions.contains(word) { break }
            last = word
            start = end
        }
        return last
    }
}

/// Groups name candidates into people: one full name with its surname-only, first-name-only
/// and "the judge" mentions, and decides which groups are people.
///
/// A group is a person when the evidence of all its mentions says so and none of its names is
/// a place or nationality. Single words need stronger evidence than full names, since a lone
/// capitalised word is as often a company or a place ("Kestrel will pay", "Belta said").
struct MentionGrouper {
    let story: StoryWords
    let candidates: [NameCandidate]
    let evidence: [CandidateEvidence]

    private struct Group {
        /// The candidate that founded the group: its words as written are the group's name.
        var founder: Int
        var wordCount: Int
        var members: [(candidate: Int, kind: Mention.Kind)] = []
        var isMultiWord: Bool { wordCount > 1 }
    }

    private func firstForm(_ number: Int) -> WordID { story.words[candidates[number].tokens.lowerBound].word }
    private func lastForm(_ number: Int) -> WordID { story.words[candidates[number].tokens.upperBound - 1].word }

    /// True when candidates `a` and `b` have the same words in the same lower-case forms ("j."
    /// stays an initial), compared by interned id without building strings.
    private func sameName(_ a: Int, _ b: Int) -> Bool {
        let first = candidates[a].tokens, second = candidates[b].tokens
        return first.count == second.count && first.elementsEqual(second, by: sameForm)
    }

    /// Lists of groups by word form, kept as chains in flat arrays: `head[form]` is the first
    /// group, `next[group]` the one after it (-1 ends a chain), in the order groups were added.
    private struct FormChains {
        var head: [Int32]
        var tail: [Int32]
        var next: [Int32] = []

        init(forms: Int) {
            head = [Int32](repeating: -1, count: forms)
            tail = head
        }

        mutating func add(_ group: Int, form: WordID) {
            while next.count <= group { next.append(-1) }
            let form = Int(form)
            if tail[form] >= 0 { next[Int(tail[form])] = Int32(group) } else { head[form] = Int32(group) }
            tail[form] = Int32(group)
        }

        func groups(_ form: WordID) -> [Int] {
            var result: [Int] = []
            var group = head[Int(form)]
            while group >= 0 {
                result.append(Int(group))
                group = Int(group) < next.count ? next[Int(group)] : -1
            }
            return result
        }
    }

    func people() -> [PersonDraft] {
        var groups: [Group] = []
        var body: [Int] = []
        var headings: [Int] = []
        for (number, candidate) in candidates.enumerated() where !evidence[number].isDate {
            if story.words[candidate.tokens.lowerBound].has(.heading) {
                headings.append(number)
            } else {
                body.append(number)
            }
        }
        let formCount = story.vocabulary.count
        // Full names first: every two-word-or-longer name is a group of its own.
        var fullByFirst = FormChains(forms: formCount)
        for number in body where !candidates[number].isSingleWord {
            let first = firstForm(number)
            var existing: Int?
            var chain = fullByFirst.head[Int(first)]
            while chain >= 0 {
                if sameName(groups[Int(chain)].founder, number) { existing = Int(chain); break }
                chain = fullByFirst.next[Int(chain)]
            }
            if let existing {
                groups[existing].members.append((number, .fullName))
            } else {
                fullByFirst.add(groups.count, form: first)
                groups.append(
                    Group(
                        founder: number, wordCount: candidates[number].tokens.count,
                        members: [(number, .fullName)]))
            }
        }
        mergeShortForms(&groups)
        // Words of full names, for surname and first-name mentions, by form id.
        var byLastWord = FormChains(forms: formCount)
        var byFirstWord = FormChains(forms: formCount)
        for (index, group) in groups.enumerated()
        where !group.members.contains(where: { evidence[$0.candidate].isHardNonPerson }) {
            byLastWord.add(index, form: lastForm(group.founder))
            byFirstWord.add(index, form: firstForm(group.founder))
        }
        var singleGroup = [Int32](repeating: -1, count: formCount)
        for number in body where candidates[number].isSingleWord {
            let form = firstForm(number)
            let word = Int(form)
            let position = candidates[number].tokens.lowerBound
            let gender = evidence[number].gender
            let titled = evidence[number].genderFromTitle
            if byLastWord.head[word] >= 0,
                let target = nearest(
                    byLastWord.groups(form), to: position, gender: gender, titled: titled, groups)
            {
                groups[target].members.append((number, .surname))
            } else if byFirstWord.head[word] >= 0,
                let target = nearest(
                    byFirstWord.groups(form), to: position, gender: gender, titled: titled, groups)
            {
                groups[target].members.append((number, .firstName))
            } else if singleGroup[word] >= 0 {
                groups[Int(singleGroup[word])].members.append((number, .surname))
            } else {
                singleGroup[word] = Int32(groups.count)
                groups.append(Group(founder: number, wordCount: 1, members: [(number, .surname)]))
            }
        }
        let personGroups = withCoordinatedPeople(groups)
        var drafts = personGroups.map(draft)
        attachHeadings(headings, to: &drafts, personGroups)
        addTitleMentions(to: &drafts)
        let firstMention = drafts.map { $0.mentions.map(\.tokenIndex).min() ?? 0 }
        return drafts.indices.sorted { firstMention[$0] < firstMention[$1] }.map { drafts[$0] }
    }

    /// "Tom Reyes" and "Thomas Reyes", "Patrick W. Carlineo" and "Patrick Carlineo": two-word
    /// names with one surname whose given names are a short and a full form of one name, or
    /// one of them with a middle initial, become one group, named as first written. Runs once
    /// over the full-name groups; a given name is looked up by its string only when the word
    /// lists mark it a short form.
    private func mergeShortForms(_ groups: inout [Group]) {
        // Keyed by the two forms packed in one integer (a full given name the article writes,
        // nearly always) or by the unwritten full form's string and the surname's form.
        var first: [Int: Int] = [:]
        first.reserveCapacity(groups.count)
        var firstUnwritten: [ShortFormKey: Int] = [:]
        var merged: Set<Int> = []
        for (index, group) in groups.enumerated() {
            let tokens = candidates[group.founder].tokens
            guard tokens.count == 2 || tokens.count == 3 && EntityClassifier.isInitial(tokens.lowerBound + 1, story)
            else { continue }
            let surname = story.words[tokens.upperBound - 1].word
            let earlier: Int?
            switch fullGivenName(tokens.lowerBound) {
            case .form(let given):
                let key = Int(UInt32(bitPattern: given)) << 32 | Int(UInt32(bitPattern: surname))
                earlier = first[key]
                if earlier == nil { first[key] = index }
            case .unwritten(let full):
                let key = ShortFormKey(given: full, surname: surname)
                earlier = firstUnwritten[key]
                if earlier == nil { firstUnwritten[key] = index }
            }
            if let earlier {
                groups[earlier].members.append(contentsOf: group.members)
                merged.insert(index)
            }
        }
        guard !merged.isEmpty else { return }
        groups = groups.enumerated().filter { !merged.contains($0.offset) }.map(\.element)
    }

    /// A full name as `mergeShortForms` compares it when the full form of its given name is
    /// one the article never writes: that form's string and the form of its surname.
    private struct ShortFormKey: Hashable {
        var given: String
        var surname: WordID
    }

    /// A given name's full form: a form of the article, or, for the full form of a short one the
    /// article never writes, the full form's string.
    private enum GivenName: Hashable {
        case form(WordID)
        case unwritten(String)
    }

    /// The full form of the given name at word `index` ("thomas" for "Tom").
    private func fullGivenName(_ index: Int) -> GivenName {
        let id = story.words[index].word
        guard story.nameWords(index).contains(.nickname), let full = PeopleLexicon.nicknames[story.form(index)]
        else { return .form(id) }
        return story.id(of: full).map(GivenName.form) ?? .unwritten(full)
    }

    /// The group among `options` a surname or first name at `position` refers to. A group whose
    /// gender the mention's own title contradicts ("Ms. Cruz") is left out. Then, as news copy
    /// writes two people with one surname: the bare surname is the one it already stood for, else
    /// the person introduced first in the foreground (the story's subject, not "a photo of Heidi Cruz" or "Trump's wife"),
    /// while the other keeps a full or first name; else the nearest full-name mention before
    /// `position`; else the nearest after it.
    private func nearest(
        _ options: [Int], to position: Int, gender: Gender?, titled: Bool, _ groups: [Group]
    ) -> Int? {
        guard !options.isEmpty else { return nil }
        var fitting = options
        if let gender {
            // "Mr. Obama" is not Michelle Obama, even when only she is named in full: a group
            // whose given name is of the other gender than the mention's own title is ruled out,
            // and with none left the mention stands for a person of its own. (A surname's ending,
            // "Malaska", is too weak a mark for this.)
            if titled {
                fitting = options.filter { option in
                    givenNameGender(groups[option]).map { $0 == gender } ?? true
                }
                if fitting.isEmpty { return nil }
            }
            let compatible = fitting.filter { option in
                !groups[option].members.contains { evidence[$0.candidate].gender.map { $0 != gender } ?? false }
            }
            if !compatible.isEmpty { fitting = compatible }
            // One the text marks with the same gender beats one it says nothing about.
            let marked = fitting.filter { option in
                groups[option].members.contains { evidence[$0.candidate].gender == gender }
            }
            if !marked.isEmpty { fitting = marked }
        }
        if fitting.count == 1 { return fitting[0] }
        // "as Harlan will host events and former Governor Pete Harlan will travel": a bare surname
        // that already stood for one person goes on standing for them; the one named in full
        // later keeps the full name.
        let used = fitting.filter { option in groups[option].members.contains { $0.kind == .surname } }
        if used.count == 1 { return used[0] }
        var best: (group: Int, rank: Int, distance: Int)?
        for option in fitting {
            for member in groups[option].members where member.kind == .fullName {
                let at = candidates[member.candidate].tokens.lowerBound
                let found = evidence[member.candidate]
                let foreground = !found.isOblique && !found.isPossessive
                // Lower is better: introduced in the foreground before (earliest first), named
                // in the background before (nearest first), named after (nearest first).
                let rank = at < position ? (foreground ? 0 : 1) : 2
                let distance = rank <= 1 ? at : abs(position - at)
                if let current = best {
                    if rank < current.rank || rank == current.rank && distance < current.distance {
                        best = (option, rank, distance)
                    }
                } else {
                    best = (option, rank, distance)
                }
            }
        }
        return best?.group
    }

    /// The groups that are people: those `isPerson` takes, and full names with no evidence
    /// either way listed with one of them ("Ana Ruiz and Mia Cole", "Ana Ruiz, Mia Cole and Ivo
    /// Lind"): news copy lists people with people. A name with anything against it (an
    /// organisation word, "the" in front) stays out. Runs a few rounds so a list passes it on.
    private func withCoordinatedPeople(_ groups: [Group]) -> [Group] {
        var person = groups.map(isPerson)
        // The group of each candidate, -1 for none: an array read, not a dictionary look-up.
        var groupOf = [Int](repeating: -1, count: candidates.count)
        for (index, group) in groups.enumerated() {
            for member in group.members { groupOf[member.candidate] = index }
        }
        for _ in 0..<3 {
            var changed = false
            for (index, group) in groups.enumerated() where !person[index] && group.isMultiWord {
                let neutral = group.members.allSatisfy { member in
                    let found = evidence[member.candidate]
                    return !found.isHardNonPerson && found.nonPerson == 0
                }
                guard neutral else { continue }
                let listed = group.members.contains { member in
                    guard member.kind == .fullName else { return false }
                    return [member.candidate - 1, member.candidate + 1].contains { other in
                        guard other >= 0, other < candidates.count, case let otherGroup = groupOf[other],
                            otherGroup >= 0, person[otherGroup], candidates[other].tokens.count > 1
                        else { return false }
                        return isListed(min(member.candidate, other), max(member.candidate, other))
                    }
                }
                if listed {
                    person[index] = true
                    changed = true
                }
            }
            if !changed { break }
        }
        return groups.indices.filter { person[$0] }.map { groups[$0] }
    }

    /// True when only "and", "or" or a comma stand between candidate `a` and the next one `b`
    /// in one sentence.
    private func isListed(_ a: Int, _ b: Int) -> Bool {
        let left = candidates[a], right = candidates[b]
        guard left.sentence == right.sentence else { return false }
        let end = EntityClassifier.endPastPostNominals(
            left.tokens.upperBound, in: story.sentences[left.sentence].words, story)
        let gap = end..<right.titleTokens.lowerBound
        guard !gap.isEmpty, gap.count <= 2 else { return false }
        return gap.allSatisfy { story.isMark($0, ",") || story.isWord($0, "and") || story.isWord($0, "or") }
    }

    private func isPerson(_ group: Group) -> Bool {
        var total = 0, support = 0, strongest = Int.min, fullNameAgainst = Int.min
        // What the full names and the shorter mentions say, apart: see below.
        var fullNames = 0, shorter = 0
        var hardFullName = false, hardAny = false
        for member in group.members {
            let evidence = self.evidence[member.candidate]
            if member.kind == .fullName {
                if evidence.isHardNonPerson { hardFullName = true }
                fullNameAgainst = max(fullNameAgainst, evidence.nonPerson)
            }
            if evidence.isHardNonPerson { hardAny = true }
            total += evidence.score
            if member.kind == .fullName { fullNames += evidence.score } else { shorter += evidence.score }
            support += evidence.person
            strongest = max(strongest, evidence.person)
        }
        if hardFullName { return false }
        if !group.isMultiWord, hardAny { return false }
        if group.isMultiWord {
            // A full name needs some evidence, and no stronger evidence against it. A bare
            // surname written as a modifier ("the Harlan campaign", "pro-Harlan") weighs against
            // the word, not the person: the shorter mentions may add support but never sink a
            // full name.
            return fullNames + max(0, shorter) >= 1 && support > (fullNameAgainst == Int.min ? 0 : fullNameAgainst)
        }
        // A single word needs one mention with a title, role, age or "who" of its own.
        return (strongest == Int.min ? 0 : strongest) >= 2 && total >= 2
    }

    private func record(_ number: Int, _ kind: Mention.Kind) -> MentionRecord {
        let candidate = candidates[number]
        let token = story[candidate.tokens.lowerBound]
        return MentionRecord(
            tokenIndex: candidate.tokens.lowerBound, range: candidate.range, kind: kind,
            sentence: candidate.sentence, inQuote: token.inQuote, inHeading: token.inHeading,
            isSubject: evidence[number].isSubject, isSpeaker: evidence[number].isSpeaker,
            // "Mr. Trump’s plan is …": an owner opening the clause stays in the foreground.
            isBackground: evidence[number].isOblique || evidence[number].isPossessive && !evidence[number].isSubject,
            isClauseSubject: evidence[number].isClauseSubject)
    }

    private func draft(_ group: Group) -> PersonDraft {
        // Sorted by first word, read once per member rather than twice per comparison.
        let members = group.members.map { (start: candidates[$0.candidate].tokens.lowerBound, member: $0) }
            .sorted { $0.start < $1.start }.map(\.member)
        let title =
            members.lazy.compactMap { evidence[$0.candidate].titleInFront ? evidence[$0.candidate].title : nil }.first
            ?? members.lazy.compactMap { evidence[$0.candidate].title }.first
        let gender = members.lazy.compactMap { evidence[$0.candidate].gender }.first
        let name = story.written(words: candidates[group.founder].tokens)
        return PersonDraft(
            name: name, title: title, gender: gender, nameGender: givenNameGender(group),
            mentions: members.map { record($0.candidate, $0.kind) })
    }

    /// The gender a full name's given name suggests, or nil.
    private func givenNameGender(_ group: Group) -> Gender? {
        guard group.isMultiWord else { return nil }
        let given = story.nameWords(candidates[group.founder].tokens.lowerBound)
        if given.contains(.masculineGivenName) { return .masculine }
        if given.contains(.feminineGivenName) { return .feminine }
        return nil
    }

    /// Headline mentions count for people found in the story; a headline alone never makes one.
    private func attachHeadings(_ headings: [Int], to drafts: inout [PersonDraft], _ groups: [Group]) {
        for number in headings {
            let candidate = candidates[number]
            let form = firstForm(number)
            var matches: [(Int, Mention.Kind)] = []
            for (index, group) in groups.enumerated() {
                if sameName(group.founder, number) {
                    matches.append((index, group.isMultiWord ? .fullName : .surname))
                } else if candidate.isSingleWord, group.isMultiWord, lastForm(group.founder) == form {
                    matches.append((index, .surname))
                } else if candidate.isSingleWord, group.isMultiWord, firstForm(group.founder) == form {
                    matches.append((index, .firstName))
                }
            }
            if matches.count == 1 { drafts[matches[0].0].mentions.append(record(number, matches[0].1)) }
        }
    }

    /// True when words `a` and `b` have the same lower-case form.
    private func sameForm(_ a: Int, _ b: Int) -> Bool { story.words[a].word == story.words[b].word }

    /// "the judge", "the mayor": a role with the definite article, when exactly one person
    /// holds that role in the story.
    private func addTitleMentions(to drafts: inout [PersonDraft]) {
        guard let the = story.vocabulary.id(of: "the") else { return }
        // The places a "the judge" mention could stand are found first: a story with none
        // works out no title heads.
        var places: [Int] = []
        let words = story.words
        for sentence in story.sentences where !sentence.isHeading && !sentence.words.isEmpty {
            for index in sentence.words.lowerBound..<(sentence.words.upperBound - 1)
            where words[index].word == the && isRoleAfterThe(index) {
                places.append(index)
            }
        }
        guard !places.isEmpty else { return }
        var holders: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            if let head = draft.titleHead, PeopleLexicon.roleNouns.contains(head) || PeopleLexicon.titles.contains(head)
            {
                holders[head, default: []].append(index)
            }
        }
        guard !holders.isEmpty else { return }
        for index in places { addTitleMention(at: index, holders, to: &drafts) }
    }

    /// True when the word after the "the" at `index` is a lower-case title or role noun: every
    /// holder's head is one, so other words need no look-up by string.
    private func isRoleAfterThe(_ index: Int) -> Bool {
        let nounWord = story.words[index + 1]
        return nounWord.kind == .word && !nounWord.has(.capitalised) && story.isWord(index + 1, [.title, .roleNoun])
    }

    /// "the judge" at word `index` (the "the"), when one person holds that role.
    private func addTitleMention(at index: Int, _ holders: [String: [Int]], to drafts: inout [PersonDraft]) {
        let tokens = story
        // `isRoleAfterThe(index)` holds: the caller found the place by it.
        let noun = tokens[index + 1]
        guard let owners = holders[noun.key], owners.count == 1 else { return }
        if index + 2 < tokens.count, tokens[index + 2].sentence == noun.sentence {
            let after = tokens[index + 2]
            if after.kind == .possessive || after.isCapitalised || after.is(.titlePreposition) { return }
            if after.isWord, after.is([.roleNoun, .nonPersonHead]) { return }
            // "the captain, Joe Brill": the role stands before the name it introduces.
            if tokens.isMark(index + 2, ","), index + 3 < tokens.count, tokens[index + 3].isCapitalised { return }
        }
        let range = tokens[index].range.lowerBound..<noun.range.upperBound
        let isSpeaker = index + 2 < tokens.count && tokens[index + 2].is(.speechVerb)
        let sentence = story.sentences[noun.sentence].words
        let subject = isSpeaker || EntityClassifier.isClauseStart(index, in: sentence, story)
        drafts[owners[0]].mentions.append(
            MentionRecord(
                tokenIndex: index, range: range, kind: .title,
                sentence: noun.sentence, inQuote: noun.inQuote, inHeading: false,
                isSubject: subject, isSpeaker: isSpeaker, isClauseSubject: subject))
    }
}
