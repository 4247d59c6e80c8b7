/// Organisations and institutions as speakers: "the embassy said", "Belta said", "a
/// spokesperson for Sahel Mobile said", "NCT … called".
///
/// The people layer leaves organisations out, so this reads them from the phrase in subject
/// position: a capitalised name that is not a person, or a phrase headed by a noun such as
/// "embassy", "regulator" or "spokesperson". Acronyms are spelt out where the story defines
/// them ("Noordzee Container Terminals (NCT)"), and "the regulator" is named when the story has
/// just named exactly one organisation of that kind.
struct OrganisationNames {
    let text: QuoteText
    /// Acronym (as written) → the name it was introduced with.
    private(set) var acronyms: [String: String] = [:]
    /// Named organisations in story order: (first token, name, last word lower case).
    private var named: [(token: Int, name: String, head: String)] = []
    /// Words written with a capital somewhere other than at a sentence start: a capitalised
    /// word that opens a sentence is taken for a name only if it is one of these.
    /// Indexed by word id; an array, so the pass over the article makes no hashing per word.
    private var capitalisedInside: [Bool] = []

    /// Heads that "the regulator" and "the watchdog" may stand for.
    static let regulatorHeads: Set<String> = Lexicon.set("quote/regulator-heads")

    /// How many sentences back "the regulator" may find its name.
    static let definiteReach = 3

    init(text: QuoteText) {
        self.text = text
        let tokens = text.tokens
        capitalisedInside = [Bool](repeating: false, count: tokens.vocabulary.count)
        for sentence in tokens.sentences {
            var index = sentence.words.lowerBound
            while index < sentence.words.upperBound {
                // Most words start no name: skip them without a call.
                guard tokens.isCapitalised(index) else { index += 1; continue }
                if !tokens.words[index].has(.sentenceStart) { capitalisedInside[Int(tokens.words[index].word)] = true }
                index = readName(at: index, in: sentence.words, tokens)
            }
        }
    }

    /// Reads the run of capitalised words at word `index` ("of", "and", "for" allowed between
    /// them), noting an acronym it introduces and an organisation it names; returns where the
    /// next run may start.
    private mutating func readName(at index: Int, in sentence: Range<Int>, _ tokens: StoryWords) -> Int {
        guard tokens.isCapitalised(index),
            !tokens.words[index].has(.sentenceStart)
                || index + 1 < tokens.count && tokens.isCapitalised(index + 1)
        else {
            return index + 1
        }
        var end = index + 1
        while end < sentence.upperBound {
            if tokens.isCapitalised(end) { end += 1; continue }
            if end + 1 < sentence.upperBound, tokens.isCapitalised(end + 1), Self.isNameConnector(end, tokens) {
                end += 2
                continue
            }
            break
        }
        // "Noordzee Container Terminals (NCT)".
        if end + 2 < tokens.count, tokens.isMark(end, "("), tokens.isAllCaps(end + 1), tokens.isMark(end + 2, ")") {
            acronyms[tokens.written(end + 1)] = Self.name(index..<end, tokens)
        }
        // A business cue outweighs the people layer ("Coastline Electric" is a company).
        if end - index >= 2 {
            let last = tokens.formRoles(end - 1)
            if last.contains(.businessCue)
                || last.contains(.organisationCue) && text.people.mention(at: tokens[index].range.lowerBound) == nil
            {
                named.append((index, Self.name(index..<end, tokens), tokens.form(end - 1)))
            }
        }
        return end
    }

    /// "of", "and" or "for" between the capitalised words of a name ("Department of Health").
    static func isNameConnector(_ index: Int, _ tokens: StoryWords) -> Bool {
        tokens.isWord(index, "of") || tokens.isWord(index, "and") || tokens.isWord(index, "for")
    }

    /// The words of a run as written, one space between them.
    private static func name(_ run: Range<Int>, _ tokens: StoryWords) -> String {
        tokens.written(words: run)
    }

    /// The organisation a phrase in subject position names, or nil when the phrase is not an
    /// organisation. A spokesperson speaks for the organisation named with them.
    func speaker(forPhrase phrase: Range<Int>) -> Speaker? {
        let tokens = text.tokens
        var words = Array(phrase).filter {
            tokens[$0].isWord || tokens[$0].kind == .possessive || tokens[$0].kind == .number
        }
        guard let firstWord = words.first, let lastWord = words.last else { return nil }
        // A middle initial ("Julie A. Diaz") is read past; the name's text still holds it.
        if words.count > 2 {
            words = words.filter { index in
                let range = tokens[index].range
                let isInitial = tokens[index].isWord && text.scalars[range.lowerBound].isUppercaseLetter
                    && (range.count == 1 || range.count == 2 && text.scalars[range.lowerBound + 1] == ".")
                return index == firstWord || index == lastWord || !isInitial
            }
        }
        let range = tokens[firstWord].range.lowerBound..<tokens[lastWord].range.upperBound
        let mention = text.text(range)
        let determiner = tokens[firstWord].is(.article)
        if determiner { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        // The head: the last word before any preposition.
        var headPosition = words.count - 1
        if let preposition = words.firstIndex(where: { tokens[$0].is(.preposition) }), preposition > 0 {
            headPosition = preposition - 1
        }
        let head = tokens[words[headPosition]].key
        if QuoteLexicon.unnamedPersonHeads.contains(head) {
            return Speaker(name: nil, mention: mention, range: range)
        }
        if QuoteLexicon.documentNouns.contains(head), headPosition + 2 < words.count,
            ["from", "by", "of"].contains(tokens[words[headPosition + 1]].key)
        {
            // "a report from Kotak Securities": the document speaks for the body after it.
            let author = words[(headPosition + 2)...].drop { tokens[$0].is(.article) }
                .prefix { tokens[$0].isCapitalised || Self.isNameConnector($0, tokens) }
            if let first = author.first, tokens[first].isCapitalised,
                !author.contains(where: { text.people.mention(at: tokens[$0].range.lowerBound) != nil })
            {
                return Speaker(name: expand(joined(Array(author))), mention: mention, range: range)
            }
        }
        if QuoteLexicon.documentNouns.contains(head), headPosition > 0 {
            // "the IMF report", "Ivana Trump's brief": the document speaks for its author.
            let author = words[..<headPosition].filter { tokens[$0].kind != .possessive }
            if !author.isEmpty, author.allSatisfy({ tokens[$0].isCapitalised || Self.isNameConnector($0, tokens) }) {
                return Speaker(name: expand(joined(author)), mention: mention, range: range)
            }
        }
        if QuoteLexicon.spokespersonHeads.contains(head) {
            // "a spokesperson for Sahel Mobile", "a U.S. embassy spokesperson".
            let after = words[(headPosition + 1)...].drop { tokens[$0].is([.preposition, .article]) }
            let before = words[..<headPosition]
            let part = !after.isEmpty ? Array(after) : Array(before)
            // "a joint statement", "a spokesperson": nobody named.
            let named = part.contains { tokens[$0].isCapitalised || tokens[$0].isAllCaps }
            let name = named ? expand(joined(part)) : nil
            return Speaker(name: name, mention: mention, range: range)
        }
        if QuoteLexicon.organisationHeads.contains(head) {
            let hasName = words.contains { tokens[$0].isCapitalised && !tokens[$0].startsSentence }
            if determiner, !hasName, tokens[firstWord].key == "the",
                let resolved = resolve(head: head, before: firstWord)
            {
                return Speaker(name: resolved, mention: mention, range: range)
            }
            return Speaker(name: joined(words), mention: mention, range: range)
        }
        // "state news agency Belta": a name after the noun that says what it is.
        if let nameStart = words.lastIndex(where: { !tokens[$0].isCapitalised }), nameStart + 1 < words.count,
            tokens[words[nameStart]].is(.nonPersonHead)
                || tokens[words[nameStart]].is(.organisationHead)
        {
            let name = Array(words[(nameStart + 1)...])
            if !name.contains(where: { text.people.mention(at: tokens[$0].range.lowerBound) != nil }) {
                return Speaker(name: expand(joined(name)), mention: mention, range: range)
            }
        }
        // "Tobias Wren for the Harbor Ledger": a name, then the outlet it works for.
        if let affiliation = words.firstIndex(where: { tokens.isWord($0, "for") || tokens.isWord($0, "at") }),
            affiliation > 0, words[..<affiliation].allSatisfy({ tokens[$0].isCapitalised })
        {
            return properName(Array(words[..<affiliation]), mention: mention, range: range)
        }
        // A name: every word capitalised ("Belta", "Poland", "NCT"), and not a person.
        let allCapitalised = words.allSatisfy {
            tokens[$0].isCapitalised || tokens[$0].kind == .possessive || tokens[$0].kind == .number
                || Self.isNameConnector($0, tokens)
        }
        guard allCapitalised, tokens[words[0]].isCapitalised else { return nil }
        if words.contains(where: { text.people.mention(at: tokens[$0].range.lowerBound) != nil }) { return nil }
        if words.count == 1, tokens[words[0]].is(.notName) { return nil }
        // Only a name that shows it is an organisation or a country: a person the people
        // layer missed ("Striker Leo Park") must stay unnamed, not become an organisation.
        let lastIndex = words[words.count - 1]
        let last = tokens[lastIndex]
        let isOrganisation =
            last.is([.organisationCue, .businessCue])
            || words.count == 1 && (last.isAllCaps || isKnownName(tokens.written(lastIndex)))
            // "South Korea accused …": a country of several words speaks as one.
            || words.count > 1 && PlaceLexicon.countries.contains(joined(words).lowercased())
        if isOrganisation { return Speaker(name: expand(joined(words)), mention: mention, range: range) }
        return properName(words, mention: mention, range: range)
    }

    /// A capitalised name in subject position that the people layer did not take for a person
    /// and that shows no organisation word ("Obama said", "said Caddell", "Striker Leo Park
    /// said"): the subject of a verb of saying is its speaker, so the name as written is, with
    /// the titles and roles in front left out. Nil for a word that never names anyone, a word
    /// that only opens sentences, or a nationality ("Americans said").
    private func properName(_ words: [Int], mention: String, range: Range<Int>) -> Speaker? {
        let tokens = text.tokens
        let name = words.drop { tokens[$0].is([.title, .roleNoun, .roleModifier]) }
        guard let first = name.first, name.count <= 4,
            name.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalised && !tokens[$0].is(.notName) })
        else {
            return nil
        }
        if name.count == 1 {
            let token = tokens[first]
            // "Partial transcript as follows:": a word capitalised only because it opens the
            // sentence names nobody.
            let id = Int(tokens.words[first].word)
            if tokens.words[first].has(.sentenceStart), id >= capitalisedInside.count || !capitalisedInside[id] {
                return nil
            }
            if token.is(.sentenceStarter) || token.is(.placeOrNationality) || token.is(.anySpeechVerb) { return nil }
            // "Canadians said": a people, not a speaker the story names.
            let key = token.key
            if key.hasSuffix("s"), PlaceLexicon.nationalities.contains(String(key.dropLast())) { return nil }
        }
        return Speaker(name: joined(Array(name)), mention: mention, range: range)
    }

    /// "the regulator": the one organisation of that kind named in the last few sentences.
    private func resolve(head: String, before token: Int) -> String? {
        let sentence = text.tokens[token].sentence
        let compatible: (String) -> Bool = { cue in
            cue == head || (["regulator", "watchdog"].contains(head) && Self.regulatorHeads.contains(cue))
                || (QuoteLexicon.businessHeads.contains(head) && QuoteLexicon.businessCues.contains(cue))
        }
        // Named organisations are in token order: look back from `token` a few sentences only.
        var low = 0, high = named.count
        while low < high {
            let middle = (low + high) / 2
            if named[middle].token < token { low = middle + 1 } else { high = middle }
        }
        var candidates: Set<String> = []
        var index = low - 1
        while index >= 0, sentence - text.tokens[named[index].token].sentence <= Self.definiteReach {
            if compatible(named[index].head) { candidates.insert(named[index].name) }
            index -= 1
        }
        if candidates.count == 1 { return candidates.first }
        guard candidates.isEmpty else { return nil }
        // "The BBC reported …. “…,” the broadcaster said": the one organisation written in
        // capitals (an acronym) in the sentences just before.
        var acronymsSeen: Set<String> = []
        var back = token - 1
        while back >= 0, sentence - text.tokens[back].sentence <= Self.definiteReach, token - back < 400 {
            if text.tokens.isAllCaps(back), text.tokens[back].range.count >= 2,
                text.people.mention(at: text.tokens[back].range.lowerBound) == nil
            {
                acronymsSeen.insert(text.tokens.written(back))
            }
            back -= 1
        }
        return acronymsSeen.count == 1 ? acronymsSeen.first.map(expand) : nil
    }

    /// The organisation with a name of its own (a business or organisation word at its end,
    /// "Dick Clark Productions") named last before word `token`, at most `reach` story
    /// sentences back: its first word and its name.
    func latestNamed(before token: Int, reach: Int) -> (token: Int, name: String)? {
        var low = 0, high = named.count
        while low < high {
            let middle = (low + high) / 2
            if named[middle].token < token { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let found = named[low - 1]
        guard text.tokens[token].sentence - text.tokens[found.token].sentence <= reach else { return nil }
        return (found.token, expand(found.name))
    }

    /// A single capitalised word used elsewhere in the story not at a sentence start.
    private func isKnownName(_ word: String) -> Bool {
        PlaceLexicon.countries.contains(word.lowercased()) || PlaceLexicon.cities.contains(word.lowercased())
            || acronyms[word] != nil || named.contains { $0.name == word }
    }

    private func joined(_ indices: [Int]) -> String {
        guard let first = indices.first, let last = indices.last else { return "" }
        var name = text.text(text.tokens[first].range.lowerBound..<text.tokens[last].range.upperBound)
        // "embassy’s": a trailing possessive is not part of the name.
        for suffix in ["’s", "'s", "’", "'"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
            break
        }
        return name
    }

    private func expand(_ name: String) -> String { acronyms[name] ?? name }
}
