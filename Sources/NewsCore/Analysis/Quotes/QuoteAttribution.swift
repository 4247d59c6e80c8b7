/// Reads the attribution of a quotation from the words around its marks, the way news copy
/// writes it: after the quotation ("…,” she said", "…,” said Judge X", "” — Coach Mira Santos"),
/// between the parts of a split quotation, before it with a colon or comma ("Drury said:",
/// "…, saying:" at the end of the paragraph before), and for a partial quotation the verb of
/// saying that governs it in its sentence ("described automation as “…”").
struct QuoteAttribution {
    let text: QuoteText
    let speakers: SpeakerFinder

    /// Most tokens read after a closing mark for its attribution.
    static let window = 25
    /// Most tokens between the start of an attribution and its verb ("Marieke Dekker, a
    /// spokeswoman for Havenbond, told").
    static let subjectSpan = 15

    /// The attribution following a closing mark (or between two parts of a split quotation,
    /// when `limit` is the next part's opening mark), up to the end of its sentence.
    func after(close: Int, paragraph: Int, limit: Int? = nil) -> Speaker? {
        var start = text.firstToken(atOrAfter: close + 1)
        // A doubled closing mark ('' as a wire's double quotation mark) is still the mark.
        while start < text.tokens.count,
            text.tokens[start].range.lowerBound == close + 1
                || start > 0
                    && text.tokens[start].range.lowerBound == text.tokens[start - 1].range.upperBound,
            let mark = text.tokens.mark(start), QuoteMarkScanner.isMark(mark)
        {
            start += 1
        }
        var end = start
        while end < text.tokens.count, end - start < Self.window, text.paragraph(ofToken: end) == paragraph,
            !text.quoted[end], !text.isPunctuation(end, ".!?") || isAbbreviationStop(end)
        {
            if let limit, text.tokens[end].range.lowerBound >= limit { break }
            end += 1
        }
        var first = start
        while first < end, text.isPunctuation(first, ",") { first += 1 }
        guard first < end else { return nil }
        if text.isWord(first, "according"), first + 1 < end, text.isWord(first + 1, "to") {
            // "…,” according to aid worker Sami Nasser."
            let source = (first + 2)..<end
            if let person = sourcePerson(in: source) { return person }
            return speakers.organisations.speaker(forPhrase: source)
        }
        if text.isPunctuation(first, "—–―-") {
            // A credit line: "” — Coach Mira Santos".
            let credit = (first + 1)..<end
            if let person = speakers.personMention(in: credit) {
                return endsCreditLine(person, within: credit) ? person : nil
            }
            return speakers.organisations.speaker(forPhrase: credit)
        }
        guard let verb = (first..<end).first(where: { isSpeechVerb($0) }) else { return nil }
        // "“…” of the Clinton proposals, Mr. Holtz-Eakin said": a preposition after the mark
        // finishes the quoted sentence; the credit is what follows its last comma.
        if text.isWord(first, .preposition), let last = (first..<verb).last(where: { text.isPunctuation($0, ",") }),
            last + 1 < verb
        {
            first = last + 1
        }
        let comma = (first..<verb).first { text.isPunctuation($0, ",") }
        if verb > first + Self.subjectSpan {
            // "…” Scott Hale, the attorney general of the state, one of twelve suing the
            // agency, said": a name, a long appositive, then the verb.
            guard let comma, comma > first else { return nil }
            return speakers.personMention(in: first..<comma) ?? speakers.organisations.speaker(forPhrase: first..<comma)
        }
        if verb == first || (first..<verb).allSatisfy({ text.isWord($0, .filler) }) {
            if let found = speakers.after(verb: verb, in: first..<end) { return found }
            // "…deal” announced in May, said Dan Hale, …": the words after the mark finish the
            // quoted sentence; the credit is the verb of saying after their comma.
            guard let comma = ((verb + 1)..<end).first(where: { text.isPunctuation($0, ",") }),
                comma + 1 < end, isSpeechVerb(comma + 1)
            else { return nil }
            return speakers.after(verb: comma + 1, in: first..<end)
        }
        let phrase = first..<verb
        if let person = speakers.personMention(in: phrase) {
            // "…,” she said" with the pronoun left open: the speaker just named, if any.
            if person.name == nil, verb == first + 1, text.tokens[first].is(.subjectPronoun),
                let earlier = recentSpeaker(before: first)
            {
                return Speaker(name: earlier, mention: person.mention, range: person.range)
            }
            return person
        }
        // "Mara Quist, the head of the tenants' group, said": the name before the appositive.
        if let comma, comma > first, let named = speakers.organisations.speaker(forPhrase: first..<comma),
            named.name != nil
        {
            return named
        }
        var last = verb
        while last > first, text.isWord(last - 1, .filler) { last -= 1 }
        if last == first + 1, text.tokens[first].isWord, text.tokens[first].is(.subjectPronoun) {
            return speakers.eligiblePerson(at: first)
        }
        if last - first == 1, text.isWord(first, .unnamedSubject) { return organisationBefore(first) }
        // "…,” the New York businessman said": the person the description stands for.
        if let described = speakers.describedPerson(first..<last) { return described }
        return speakers.organisations.speaker(forPhrase: first..<last)
    }

    /// True when a name after a dash is a credit line ("” — Ana Ruiz", "” — Ana Ruiz, a
    /// nurse", "” — Ana Ruiz said") rather than the subject of the reporter's next clause
    /// ("“Tides” — Ruiz wasn't pleased"): the name comes first or after a title or two, and
    /// what follows it is nothing, a comma or bracket opening its role, or a verb of saying.
    private func endsCreditLine(_ person: Speaker, within credit: Range<Int>) -> Bool {
        let nameStart = text.firstToken(atOrAfter: person.range.lowerBound)
        guard nameStart - credit.lowerBound <= 3 else { return false }
        let next = text.firstToken(atOrAfter: person.range.upperBound)
        guard next < credit.upperBound else { return true }
        return text.isPunctuation(next, ",;()[]") || isSpeechVerb(next)
    }

    /// The credit right after a closing mark when it is a dash and a name ("” ― Ana Ruiz"), or
    /// nil: a quotation credited this way is set off on its own, whatever stands before it (a
    /// list of readers' comments, each "“…” ― Name", runs on one line after another).
    func dashCredit(close: Int, paragraph: Int) -> Speaker? {
        var start = text.firstToken(atOrAfter: close + 1)
        while start < text.tokens.count, let mark = text.tokens.mark(start), QuoteMarkScanner.isMark(mark) {
            start += 1
        }
        guard start < text.tokens.count, text.paragraph(ofToken: start) == paragraph,
            text.isPunctuation(start, "—–―")
        else { return nil }
        guard let speaker = after(close: close, paragraph: paragraph), speaker.name != nil else { return nil }
        return speaker
    }

    /// The speaker of a quotation that opens right after a sentence of its paragraph ending
    /// with an attribution ("…, Schiff said. “…”", "Scott responded with logic. “…”"): the
    /// named speaker of that sentence's last verb of saying outside quotation marks.
    func previousSentence(open: Int, paragraph: Int) -> Speaker? {
        let tokens = text.tokens
        let openToken = text.firstToken(atOrAfter: open)
        guard openToken < tokens.count, let mark = text.lastToken(endingBy: open),
            text.isPunctuation(mark, ".!"), text.paragraph(ofToken: mark) == paragraph
        else { return nil }
        let sentence = tokens.sentence(of: mark)
        guard sentence >= 0, tokens.sentence(of: openToken) != sentence else { return nil }
        let words = tokens.sentences[sentence].words
        for index in words.reversed()
        where !text.quoted[index] && isSpeechVerb(index) && !isInRelativeClause(index) {
            guard let found = speakers.speaker(ofVerb: index), found.name != nil else { return nil }
            return found
        }
        // "On Sunday, Sen. Ann Lee, who …, named the young as her hope. “…”": with no verb of
        // saying, the person the sentence opens with is the one the quotation goes on with.
        guard !text.quoted[words.lowerBound], let opening = openingSubject(of: words, before: mark),
            opening.name != nil, !tokens[text.firstToken(atOrAfter: opening.range.lowerBound)].is(.subjectPronoun)
        else { return nil }
        return opening
    }

    /// Forms of "be": after a noun of speech they make it the subject of a clause whose
    /// predicate is the quotation ("ruled that Smith's statement was “true”"), so the quoted
    /// words are the judge's, not the statement owner's.
    static let copulas: Set<String> = ["is", "was", "were", "are", "be", "been", "being"]

    /// True when the verb at `index` belongs to a relative clause opened after a comma a few
    /// words before it (", where Mrs. Lee also spoke"): its subject is not the sentence's.
    func isInRelativeClause(_ index: Int) -> Bool {
        let sentence = text.sentenceWords(of: index)
        var back = index - 1
        while back > sentence.lowerBound, index - back <= 8 {
            if text.isPunctuation(back, ",;") { return false }
            if text.tokens[back].isWord, ["where", "who", "which", "whom", "whose"].contains(text.tokens[back].key) {
                return text.isPunctuation(back - 1, ",")
            }
            back -= 1
        }
        return false
    }

    /// Words that open a sentence crediting the quotation before it ("That was how Smith put
    /// it.", "So said the mayor.").
    static let backReferences: Set<String> = ["that", "this", "those", "these", "so", "such"]

    /// The credit in the sentence after a quotation, in its paragraph, when that sentence opens
    /// by pointing back at it and has a verb of saying or "put it": the person it names.
    func nextSentence(close: Int, paragraph: Int) -> Speaker? {
        let tokens = text.tokens
        let next = text.firstToken(atOrAfter: close + 1)
        guard next < tokens.count, text.paragraph(ofToken: next) == paragraph, !text.quoted[next],
            tokens[next].startsSentence, Self.backReferences.contains(tokens[next].key)
        else { return nil }
        let words = text.sentenceWords(of: next)
        let credits = words.contains { index in
            isSpeechVerb(index)
                || text.isWord(index, "put") && index + 1 < words.upperBound && text.isWord(index + 1, "it")
        }
        guard credits, let found = speakers.personMention(in: words), found.name != nil else { return nil }
        return found
    }

    /// A speaker that is an unresolved he or she, named from `recentSpeaker`; nil otherwise.
    func pronounFallback(_ speaker: Speaker) -> Speaker? {
        let index = text.firstToken(atOrAfter: speaker.range.lowerBound)
        guard index < text.tokens.count, text.tokens[index].isWord,
            text.tokens.isWord(index, [.masculinePronoun, .femininePronoun]), text.tokens[index].is(.subjectPronoun),
            !isGivenName(index), let name = recentSpeaker(before: index)
        else { return nil }
        return Speaker(name: name, mention: speaker.mention, range: speaker.range)
    }

    /// True when a capitalised "He" runs into another capitalised word ("said He Jianxiong",
    /// "“…?” He Jianxiong, a former official, said"): a given name, as the people layer reads
    /// it, never a pronoun to name from the speakers before.
    func isGivenName(_ index: Int) -> Bool {
        let tokens = text.tokens
        guard tokens[index].isCapitalised, index + 1 < tokens.count else { return false }
        return tokens[index + 1].isWord && tokens[index + 1].isCapitalised
    }

    /// How many story sentences back `recentSpeaker` looks.
    static let recentSentences = 3

    /// For "…,” she said" whose pronoun the people layer left open: the named speaker of the
    /// nearest verb of saying in the few sentences before, outside quotation marks ("Ana Ruiz,
    /// an economist at the institute, said the plan was vague. “…,” she said."), unless the
    /// people layer marks that person with the other gender. The reporter has just named who
    /// is talking; a pronoun attribution right after goes on with them. A sentence between with
    /// no verb of saying that opens with a named person ("Lee was the third witness.") hands
    /// the pronoun to that person instead.
    func recentSpeaker(before pronoun: Int) -> String? {
        let tokens = text.tokens
        let sentence = tokens.sentence(of: pronoun)
        guard sentence >= 0 else { return nil }
        let feminine = tokens.isWord(pronoun, .femininePronoun)
        let lowest = max(0, sentence - Self.recentSentences)
        // The pronoun's own sentence first, before it ("Ann Lee … said she thought …"), then
        // the sentences before.
        for back in stride(from: sentence, through: lowest, by: -1) {
            var words = tokens.sentences[back].words
            if back == sentence { words = words.lowerBound..<pronoun }
            // "Lee was the third witness. He said …": a sentence with no verb of saying that
            // opens with a named person of the pronoun's gender hands the story to them.
            if back < sentence, !words.contains(where: { !text.quoted[$0] && isSpeechVerb($0) }) {
                // "Anna Berg and Maria Holm met …" names two: neither is chosen.
                if let subject = openingSubject(of: words, before: words.upperBound), let name = subject.name,
                    let mention = text.people.mention(at: subject.range.upperBound - 1), mention.kind != .pronoun,
                    let last = text.lastToken(endingBy: subject.range.upperBound),
                    !(last + 1 < words.upperBound && (text.isWord(last + 1, "and") || text.isWord(last + 1, "or")))
                {
                    let gender = text.people.people[mention.person].gender
                    if gender == nil || gender == (feminine ? .feminine : .masculine) { return name }
                }
                continue
            }
            for index in words.reversed() where !text.quoted[index] && isSpeechVerb(index) {
                guard let found = speakers.speaker(ofVerb: index), let name = found.name else { continue }
                // Only a person: the people layer's, with no other gender marked, or a name
                // it missed that shows no organisation word ("EB-5 Investment Coalition").
                // The words may carry a title in front ("Senator Barry Cole"): read the name's end.
                if let mention = text.people.mention(at: found.range.upperBound - 1) {
                    if mention.kind == .pronoun { return nil }
                    if let gender = text.people.people[mention.person].gender,
                        gender != (feminine ? .feminine : .masculine)
                    {
                        return nil
                    }
                } else {
                    let last = text.lastToken(endingBy: found.range.upperBound) ?? index
                    if tokens[last].is([.organisationCue, .businessCue, .organisationHead, .nonPersonHead]) {
                        return nil
                    }
                }
                return name
            }
        }
        return nil
    }

    /// How many story sentences back "they said" looks for the organisation it stands for.
    static let organisationReach = 4

    /// For "…,” they said" and "…,” it says": the organisation the story named last in the few
    /// sentences before, written with a name of its own ("Dick Clark Productions") or opening a
    /// sentence ("Big Machine have twice denied it."). A statement in the plural or neuter is
    /// the organisation's; a person is never taken for it.
    func organisationBefore(_ pronoun: Int) -> Speaker? {
        guard text.isWord(pronoun, "they") || text.isWord(pronoun, "it") else { return nil }
        let tokens = text.tokens
        let sentence = tokens.sentence(of: pronoun)
        guard sentence >= 0 else { return nil }
        var best = speakers.organisations.latestNamed(before: pronoun, reach: Self.organisationReach)
        for back in stride(from: sentence - 1, through: max(0, sentence - Self.organisationReach), by: -1) {
            let words = tokens.sentences[back].words
            guard !words.isEmpty, !text.quoted[words.lowerBound] else { continue }
            guard let found = openingName(of: words, before: words.upperBound), let name = found.name,
                text.people.mention(at: found.range.lowerBound) == nil
            else { continue }
            let at = text.firstToken(atOrAfter: found.range.lowerBound)
            if best.map({ at > $0.token }) ?? true { best = (at, name) }
            break
        }
        guard let best else { return nil }
        // "The Harbor Council": the article that opens a sentence is no part of the name.
        var name = best.name
        if name.hasPrefix("The ") { name.removeFirst(4) }
        return Speaker(name: name, mention: tokens.written(pronoun), range: tokens[pronoun].range)
    }

    /// True when the full stop at word `index` ends an abbreviation inside a credit rather than
    /// the sentence: a comma or closing bracket follows it at once ("Rep. Ann Lee (D-Wis.) said",
    /// "Tom Hale, R-Ky., said").
    private func isAbbreviationStop(_ index: Int) -> Bool {
        guard index + 1 < text.tokens.count else { return false }
        // "Julie A. Diaz": the stop of a middle initial.
        if index > 0, text.tokens[index - 1].isWord, text.tokens[index - 1].range.count == 1,
            text.tokens[index - 1].isCapitalised,
            text.tokens[index - 1].range.upperBound == text.tokens[index].range.lowerBound,
            text.tokens[index + 1].isCapitalised
        {
            return true
        }
        guard text.isPunctuation(index + 1, ",)") else { return false }
        return text.tokens[index + 1].range.lowerBound == text.tokens[index].range.upperBound
    }

    /// The person named after "according to": the preposition does not keep them from being
    /// the source ("according to Limbaugh").
    private func sourcePerson(in source: Range<Int>) -> Speaker? {
        for index in source where !text.quoted[index] {
            if let found = speakers.eligiblePerson(at: index, allowOblique: true) { return found }
        }
        return nil
    }

    /// The source of "According to X, “…”": the person or organisation after "according to" at
    /// the start of the sentence whose comma is at word `comma`.
    func accordingTo(before comma: Int, in sentence: Range<Int>) -> Speaker? {
        var index = sentence.lowerBound
        while index < comma, !text.tokens[index].isWord { index += 1 }
        guard index + 2 < comma, text.isWord(index, "according"), text.isWord(index + 1, "to") else { return nil }
        let source = (index + 2)..<comma
        if let person = sourcePerson(in: source) { return person }
        return speakers.organisations.speaker(forPhrase: source)
    }

    /// The speaker of the verb of saying right before the comma that opens a quotation ("he
    /// said, “…”"), when it names somebody. That verb governs the quotation even when a credit
    /// follows it ("…recalled that he said, “…,” the prosecutor's office said": the office
    /// reports what he said), so it is read before the credit after the closing mark.
    func leadingVerb(open: Int, paragraph: Int) -> Speaker? {
        guard let mark = text.lastToken(endingBy: open), mark > 0, text.isPunctuation(mark, ","),
            text.paragraph(ofToken: mark) == paragraph, !text.quoted[mark - 1], isSpeechVerb(mark - 1),
            !text.tokens[mark - 1].is(.participle),
            let found = speakers.speaker(ofVerb: mark - 1), found.name != nil
        else { return nil }
        return found
    }

    /// The attribution before an opening mark: a verb of saying with a colon ("said:",
    /// "telling the court:", also at the end of the paragraph before) or with a comma
    /// ("said, “…”").
    func before(open: Int) -> Speaker? {
        guard let mark = text.lastToken(endingBy: open) else { return nil }
        guard let scalar = text.tokens.mark(mark), scalar == ":" || scalar == "," else { return nil }
        let sentence = text.sentenceWords(of: mark)
        let reach = scalar == ":" ? 10 : 2
        var index = mark - 1
        while index >= sentence.lowerBound, mark - index <= reach {
            if isSpeechVerb(index) { return speakers.speaker(ofVerb: index) }
            index -= 1
        }
        // "Donald Grant, 72, …, was blunt:": a sentence that hands over to a quotation with a
        // colon speaks for the person it opens with.
        if scalar == ":" {
            return openingSubject(of: sentence, before: mark) ?? openingName(of: sentence, before: mark)
        }
        return accordingTo(before: mark, in: sentence)
    }

    /// The person a sentence opens with (titles and roles in front allowed), or nil.
    func openingSubject(of sentence: Range<Int>, before limit: Int) -> Speaker? {
        // "On July 6, Ana Ruiz made this comment:": the lead-in up to its comma is skipped, as
        // is a run-in heading up to its colon.
        let start = leadInEnd(of: sentence, before: limit) ?? runInHeadingEnd(of: sentence, before: limit)
            ?? sentence.lowerBound
        var index = start
        while index < min(limit, start + 5) {
            if let found = speakers.eligiblePerson(at: index), found.name != nil { return found }
            let token = text.tokens[index]
            if token.isWord, !token.isCapitalised, !token.is(.roleModifier),
                !token.is(.roleNoun), token.key != "the"
            {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Where the words after a run-in heading begin ("Budget Talks Stall Again: Members of
    /// the panel …"): the sentence opens with three or more Title Case words, then a colon and a
    /// capitalised word (not a quotation mark, which makes "Ann Lee Smith: “…”" a credit). The
    /// heading names a topic, never who is speaking. Nil when there is none.
    func runInHeadingEnd(of sentence: Range<Int>, before limit: Int) -> Int? {
        var index = sentence.lowerBound
        var words = 0
        while index < min(limit, sentence.lowerBound + 12), text.tokens[index].isWord, !text.quoted[index] {
            let token = text.tokens[index]
            guard token.isCapitalised || QuoteKindRules.titleMinorWords.contains(token.key) else { return nil }
            words += 1
            index += 1
        }
        guard words >= 3, index + 1 < limit, text.isPunctuation(index, ":"), !text.quoted[index + 1],
            text.tokens[index + 1].isWord, text.tokens[index + 1].isCapitalised
        else { return nil }
        return index + 1
    }

    /// Where the words after a sentence's lead-in begin ("On May 2, 2015, | Okafor …"): the
    /// sentence opens with a preposition, and the first capitalised word after its comma (the
    /// lead-in may hold commas of its own). Nil when there is no lead-in or no comma.
    func leadInEnd(of sentence: Range<Int>, before limit: Int) -> Int? {
        let first = sentence.lowerBound
        guard first < limit, text.isWord(first, .preposition),
            let comma = (first..<min(limit, first + 24)).first(where: { text.isPunctuation($0, ",") })
        else { return nil }
        var index = comma + 1
        while index < min(limit, comma + 8), !(text.tokens[index].isWord && text.tokens[index].isCapitalised) {
            index += 1
        }
        return index
    }

    /// The name a sentence opens with when the people layer has no person there ("The Harbor
    /// Ledger reports:", "On May 2, Okafor made this comment:"): a lead-in phrase up to its comma
    /// is skipped, and the capitalised words that follow name an organisation or a person.
    func openingName(of sentence: Range<Int>, before limit: Int) -> Speaker? {
        var index = sentence.lowerBound
        if let body = runInHeadingEnd(of: sentence, before: limit) {
            // "…: Raising “the burden” was never the aim": a gerund opening the words after a
            // run-in heading is capitalised for its place, not a name.
            if text.tokens[body].key.hasSuffix("ing") { return nil }
            index = body
        }
        if index < limit, text.isWord(index, .preposition) {
            // "With turnout lagging, President Obama …:": no comma, no name to read.
            guard let end = leadInEnd(of: sentence, before: limit) else { return nil }
            index = end
        }
        var end = index
        while end < limit, text.tokens[end].isWord,
            text.tokens[end].isCapitalised || end == index && text.tokens[end].is(.article)
        {
            end += 1
        }
        // "Those Uber “side hustle” commercials": a name running up to the opening mark
        // modifies the noun after the quoted words; it is not the sentence's subject.
        guard end > index, end < limit else { return nil }
        return speakers.organisations.speaker(forPhrase: index..<end)
    }

    /// The speaker of a partial quotation: the verb of saying nearest before it in its
    /// sentence, else one after it (", prosecutors said"), else the person the sentence opens
    /// with (whose words a scare quote usually is).
    func partial(open: Int, close: Int) -> Speaker? {
        let openToken = text.firstToken(atOrAfter: open)
        guard openToken < text.tokens.count else { return nil }
        let sentence = text.sentenceWords(of: openToken)
        var index = openToken - 1
        while index >= sentence.lowerBound {
            if !text.quoted[index], isSpeechVerb(index) || text.isWord(index, .labellingVerb) {
                return speakerOrBody(ofVerb: index)
            }
            // Capitalised quoted words after "talking about" are more often a title ("talking
            // about “Collapse”"): only lower-case ones are taken as the talker's.
            if !text.quoted[index], startsLowerCase(open), let verb = phrasalSpeechVerb(endingAt: index) {
                return speakers.speaker(ofVerb: verb)
            }
            if !text.quoted[index], text.isWord(index, .speechNoun), !isClauseSubject(noun: index, before: openToken) {
                // "Ann Lee called Mr. Hale's remarks “…”": a noun of speech that is the object
                // of a verb of labelling or saying is that verb's subject's words.
                if let verb = governingVerb(ofNoun: index, in: sentence) { return speakers.speaker(ofVerb: verb) }
                // "Smith's claim that the vote was “rigged”": the claim's owner, or nobody.
                if let found = owner(ofNoun: index, in: sentence) { return found }
                // "rated 32% of the party's claims as “false”": a label given to claims nobody
                // owns is the words of the verb that gives it, further back.
                // "as “false” or “pants on fire”": labels in a list share their "as".
                var before = openToken - 1
                while before > index, text.quoted[before] || text.tokens[before].kind == .mark
                    || text.isWord(before, "or") || text.isWord(before, "and")
                {
                    before -= 1
                }
                guard text.isWord(before, "as") else { return nil }
            }
            index -= 1
        }
        index = text.firstToken(atOrAfter: close + 1)
        while index < sentence.upperBound {
            if !text.quoted[index], isSpeechVerb(index) { return speakers.speaker(ofVerb: index) }
            index += 1
        }
        // "According to Smith, “…”".
        if let mark = text.lastToken(endingBy: open), text.isPunctuation(mark, ","),
            let found = accordingTo(before: mark, in: sentence)
        {
            return found
        }
        // The sentence's subject, when it opens the sentence: a person, else an organisation
        // named at its start ("PolitiFact then ruled that … was “true”") when the quoted words
        // open in lower case (capitalised ones are more often a title: "Disney re-released
        // “Bambi”").
        if let person = openingSubject(of: sentence, before: openToken) { return person }
        guard startsLowerCase(open) else { return nil }
        return openingName(of: sentence, before: openToken)
    }

    /// True when a verb of saying stands outside quotation marks in the quotation's sentence,
    /// before it (or a verb of labelling: "what the agency called “…”") or after it: the
    /// quoted words are somebody's, whether or not that somebody can be named.
    func hasCreditingVerb(open: Int, close: Int) -> Bool {
        let openToken = text.firstToken(atOrAfter: open)
        guard openToken < text.tokens.count else { return false }
        let sentence = text.sentenceWords(of: openToken)
        for index in sentence.lowerBound..<openToken
        where !text.quoted[index] && (isSpeechVerb(index) || text.isWord(index, .labellingVerb)) {
            return true
        }
        var index = text.firstToken(atOrAfter: close + 1)
        while index < sentence.upperBound {
            if !text.quoted[index], isSpeechVerb(index) { return true }
            index += 1
        }
        return false
    }

    /// True when the quoted words after the opening mark at `open` begin with a lower-case word.
    func startsLowerCase(_ open: Int) -> Bool {
        let firstWord = text.firstToken(atOrAfter: open + 1)
        return firstWord < text.tokens.count && text.tokens[firstWord].isWord && !text.tokens[firstWord].isCapitalised
    }

    /// Verbs that speak only with the preposition after them ("talked about", "railed against").
    static let phrasalSpeech: Set<String> = [
        "talked", "talks", "talking", "spoke", "speaks", "speaking", "railed", "rails", "railing", "ranted",
        "rants", "ranting", "raved", "raves",
    ]

    /// Forms of "go" in "went on about".
    static let goForms: Set<String> = ["went", "goes", "go", "going", "gone"]

    /// The verb of a phrase of saying ending at the preposition `index`: "went on about",
    /// "talked about", "railed against", "spoke of"; nil otherwise.
    func phrasalSpeechVerb(endingAt index: Int) -> Int? {
        guard index >= 2, text.tokens[index].isWord,
            ["about", "against", "of"].contains(text.tokens[index].key)
        else { return nil }
        let sentence = text.sentenceWords(of: index)
        var verb = index - 1
        // "went on about", "talked at length about" is left out: only "on" may stand between.
        if text.isWord(verb, "on"), verb - 1 >= sentence.lowerBound, text.tokens[verb - 1].isWord,
            Self.goForms.contains(text.tokens[verb - 1].key) || Self.phrasalSpeech.contains(text.tokens[verb - 1].key)
        {
            verb -= 1
        }
        guard verb >= sentence.lowerBound, !text.quoted[verb], text.tokens[verb].isWord else { return nil }
        let key = text.tokens[verb].key
        if Self.phrasalSpeech.contains(key) { return verb }
        return Self.goForms.contains(key) && verb < index - 1 ? verb : nil
    }

    /// True when a noun of speech is the subject of a clause whose predicate holds the
    /// quotation: a form of "be" follows it before the quotation, with no "that" clause between
    /// ("Smith's statement about the vote was “true”", not "Smith's claim that there had been
    /// “thousands”").
    private func isClauseSubject(noun: Int, before openToken: Int) -> Bool {
        for index in (noun + 1)..<openToken where !text.quoted[index] && text.tokens[index].isWord {
            let key = text.tokens[index].key
            if key == "that" || key == "whether" { return false }
            if Self.copulas.contains(key) { return true }
        }
        return false
    }

    /// The verb of labelling or saying a few words before a noun of speech whose object it
    /// is ("called Mr. Hale's remarks", "described the claims"), with no clause break between.
    private func governingVerb(ofNoun noun: Int, in sentence: Range<Int>) -> Int? {
        var index = noun - 1
        while index >= sentence.lowerBound, noun - index <= 5 {
            let token = text.tokens[index]
            if text.quoted[index] || token.kind == .mark && token.kind != .possessive { return nil }
            if token.isWord, text.isWord(index, .labellingVerb) { return index }
            if token.isWord, token.is(.clauseBreaker) || token.is(.preposition) { return nil }
            index -= 1
        }
        return nil
    }

    /// The person whose claim or remark a noun is ("Smith's claim", "her warning"), or nil.
    private func owner(ofNoun noun: Int, in sentence: Range<Int>) -> Speaker? {
        var index = noun - 1
        // "Smith's repeated claim": one modifier may stand between.
        if index > sentence.lowerBound, text.tokens[index].isWord, !text.tokens[index].isCapitalised,
            !text.tokens[index].is(.subjectPronoun), !["his", "her", "their", "its"].contains(text.tokens[index].key)
        {
            index -= 1
        }
        guard index >= sentence.lowerBound else { return nil }
        let token = text.tokens[index]
        if token.isWord, ["his", "her"].contains(token.key) {
            guard let person = text.people.resolve(pronounAt: token.range) else { return nil }
            let name = text.people.people[person].name
            return Speaker(name: name, mention: text.tokens.written(index), range: token.range)
        }
        guard token.kind == .possessive, index > sentence.lowerBound,
            let mention = text.people.mention(at: text.tokens[index - 1].range.lowerBound), mention.kind != .pronoun
        else { return nil }
        return Speaker(
            name: text.people.people[mention.person].name, mention: text.text(mention.range), range: mention.range)
    }

    func isSpeechVerb(_ index: Int) -> Bool {
        // Read from the token and its roles alone: asked of most words near a quotation, this
        // makes no `StoryWord` (and reads no key).
        let token = text.tokens.words[index]
        guard token.kind == .word, !token.has(.capitalised) || token.has(.sentenceStart) else { return false }
        return text.tokens.roles(index).contains(.anySpeechVerb) && !isNominal(index)
    }

    /// Words before a noun that a verb never follows: "the claims", "his remarks", "of claims".
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "of",
    ]

    /// True when a form that can be a verb of saying is a noun where it stands: right after a
    /// determiner, a possessive or "of" ("the claims", "his remarks"), or a plural after "of"
    /// and one capitalised modifier ("of Republican claims"; "the Times wrote" and "of Trump
    /// saying" stay verbs).
    func isNominal(_ index: Int) -> Bool {
        let sentence = text.sentenceWords(of: index)
        let back = index - 1
        guard back >= sentence.lowerBound, !text.quoted[back], text.tokens[back].isWord else { return false }
        if Self.nounMarkers.contains(text.tokens[back].key) { return true }
        guard back - 1 >= sentence.lowerBound, text.tokens[back].isCapitalised, !text.tokens[back].startsSentence,
            text.tokens[index].key.hasSuffix("s"), !text.tokens[index].key.hasSuffix("ss"),
            text.isWord(back - 1, "of")
        else { return false }
        return true
    }
}
