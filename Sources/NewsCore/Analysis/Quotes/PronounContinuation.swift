/// "“…,” she said. She added that … “…”": a he or she opening the sentence right after a
/// sentence whose he or she of the same gender credited a quotation is the same person.
///
/// The people layer weighs everyone of the last few sentences for each pronoun on its own, so a
/// woman only mentioned in between ("… and support her in November") can take the second
/// pronoun even when the credit before it went to the woman being quoted. News copy does not
/// switch people between "she said." and "She added": the speaker the quotation before was given
/// goes on.
extension QuoteAttribution {
    /// The speaker `previous` gave the quotation before, when `speaker` is a he or she opening
    /// the sentence right after the one holding `previous`'s pronoun of the same gender, and
    /// that pronoun came after its quotation's opening mark at `previousOpen` ("“…,” she
    /// said."); nil otherwise.
    func continuedPronoun(_ speaker: Speaker, after previous: Speaker, previousOpen: Int) -> Speaker? {
        guard let name = previous.name, name != speaker.name else { return nil }
        let tokens = text.tokens
        let pronoun = text.firstToken(atOrAfter: speaker.range.lowerBound)
        let earlier = text.firstToken(atOrAfter: previous.range.lowerBound)
        guard pronoun < tokens.count, earlier < pronoun, earlier > text.firstToken(atOrAfter: previousOpen),
            isSubjectPronoun(pronoun), isSubjectPronoun(earlier),
            tokens.isWord(pronoun, .femininePronoun) == tokens.isWord(earlier, .femininePronoun)
        else { return nil }
        let sentence = tokens.sentence(of: pronoun)
        guard sentence > 0, tokens.sentence(of: earlier) == sentence - 1,
            tokens.sentences[sentence].words.lowerBound == pronoun
        else { return nil }
        return Speaker(name: name, mention: speaker.mention, range: speaker.range)
    }

    /// True when the word at `index` is he or she, outside quotation marks.
    private func isSubjectPronoun(_ index: Int) -> Bool {
        let tokens = text.tokens
        return !text.quoted[index] && tokens[index].isWord && tokens[index].is(.subjectPronoun)
            && tokens.isWord(index, [.masculinePronoun, .femininePronoun])
    }
}
