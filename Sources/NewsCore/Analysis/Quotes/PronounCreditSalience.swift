/// Which person a "…,” she said" credit after a quotation stands for, read from the sentence
/// the reporter wrote just before the quotation.
///
/// News copy brings a speaker in and then quotes them: "…, with Councillor Joan Pike attacking
/// the plan. “…,” she said." The people layer weighs every person of the last few sentences;
/// for a credit the sentence right before the quotation decides: a verb of saying there with a
/// named person as subject keeps that person (the reporter is still crediting them), and
/// otherwise the one person named in full there who can be of the pronoun's gender, unless a he
/// or she of that gender stands before the name (the sentence then goes on about someone already
/// named) or two such people are named (the credit is then left as it was).
extension QuoteAttribution {
    /// The person a pronoun credit after the quotation opening at `open` stands for, or nil to
    /// keep what the people layer gave.
    func salientSpeaker(for speaker: Speaker, open: Int) -> Speaker? {
        let tokens = text.tokens
        let pronoun = text.firstToken(atOrAfter: speaker.range.lowerBound)
        guard pronoun < tokens.count, tokens[pronoun].isWord, tokens[pronoun].is(.subjectPronoun),
            tokens.isWord(pronoun, [.masculinePronoun, .femininePronoun]), !isGivenName(pronoun)
        else { return nil }
        let openToken = text.firstToken(atOrAfter: open)
        // Only a credit after the quotation ("“…,” she said"), not "She said: “…”".
        guard openToken > 0, pronoun > openToken, openToken < tokens.count else { return nil }
        let gender: Gender = tokens.isWord(pronoun, .femininePronoun) ? .feminine : .masculine
        // The sentence the quotation follows: the one holding the word before its opening mark.
        let before = openToken - 1
        guard !text.quoted[before] else { return nil }
        let sentence = tokens.sentence(of: before)
        guard sentence >= 0 else { return nil }
        let words = tokens.sentences[sentence].words.lowerBound..<(before + 1)
        // The reporter is still crediting somebody: that person, when the gender fits.
        if let credit = namedCredit(in: words) {
            guard fits(credit.person, gender) else { return nil }
            return Speaker(name: credit.speaker.name, mention: speaker.mention, range: speaker.range)
        }
        // The one person of that gender named in full there, with no pronoun of that gender
        // before the name ("Anna Berg and Maria Holm met" names two: no choice is made).
        let samePronoun: WordRoles = gender == .feminine ? .femininePronoun : .masculinePronoun
        if words.contains(where: { !text.quoted[$0] && tokens[$0].isWord && tokens[$0].is(.subjectPronoun)
            && tokens.isWord($0, samePronoun) })
        {
            return nil
        }
        var candidate: Int?
        for name in fullNameMentions(in: words) where fits(name.person, gender) {
            if name.last + 1 < tokens.count, tokens[name.last + 1].kind == .possessive { continue }
            if let other = candidate, other != name.person { return nil }
            candidate = name.person
        }
        guard let candidate else { return nil }
        return Speaker(name: text.people.people[candidate].name, mention: speaker.mention, range: speaker.range)
    }

    /// True when the people layer marks no other gender for `person`.
    private func fits(_ person: Int, _ gender: Gender) -> Bool {
        text.people.people[person].gender.map { $0 == gender } ?? true
    }
}
