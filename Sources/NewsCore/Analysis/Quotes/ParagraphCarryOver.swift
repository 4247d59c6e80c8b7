/// The speaker a quotation standing alone in its paragraph, with no credit of its own, takes
/// from the paragraph before when that paragraph has no quotation: news copy brings the speaker
/// in first ("…, said Ana Ruiz, who runs the clinic, on Monday." or "…sought advice from one of
/// the authors, Owen Park, a chest doctor.") and quotes them in the next paragraph.
///
/// Only the last sentence of that paragraph is read: a verb of saying there whose subject is a
/// named person gives that person; otherwise one person brought in with a role beside the name
/// (", Owen Park, a chest doctor") or in a dash aside ("— Owen Park —"). Two such people, or
/// none, leave the quotation unattributed.
extension QuoteAttribution {
    /// The person the story paragraph at `paragraph` hands the next quotation to, or nil.
    func introducedSpeaker(inParagraph paragraph: Int) -> Speaker? {
        let tokens = text.tokens
        let range = text.article.paragraphs[paragraph].range
        guard let last = text.lastToken(endingBy: range.upperBound), text.paragraph(ofToken: last) == paragraph else {
            return nil
        }
        let sentence = tokens.sentence(of: last)
        guard sentence >= 0 else { return nil }
        let words = tokens.sentences[sentence].words
        if let credit = namedCredit(in: words, outsideRelativeClauses: true) { return credit.speaker }
        var introduced: Speaker?
        for name in fullNameMentions(in: words) {
            let before = name.first - 1
            let after = name.last + 1
            let dashBefore = before >= words.lowerBound && text.isPunctuation(before, "—–")
            let commaBefore = before >= words.lowerBound && text.isPunctuation(before, ",")
            let appositive = after + 1 < words.upperBound && text.isPunctuation(after, ",—–")
                && tokens[after + 1].isWord && !tokens[after + 1].isCapitalised
            guard dashBefore || commaBefore && appositive else { continue }
            let personName = text.people.people[name.person].name
            if let other = introduced, other.name != personName { return nil }
            introduced = Speaker(name: personName, mention: text.text(name.range), range: name.range)
        }
        return introduced
    }
}
