/// The body a verb of saying or labelling speaks for when its subject is "it" or "they".
extension QuoteAttribution {
    /// The speaker of a verb of saying; for "it" or "they" the analyzer cannot name as a
    /// person, the body the story has just named ("The Harbor Council … condemned what it
    /// called “…”").
    func speakerOrBody(ofVerb verb: Int) -> Speaker? {
        if let found = speakers.speaker(ofVerb: verb) { return found }
        let sentence = text.sentenceWords(of: verb)
        var subject = verb - 1
        while subject > sentence.lowerBound, text.isWord(subject, .filler) { subject -= 1 }
        guard subject >= sentence.lowerBound, text.isWord(subject, "it") || text.isWord(subject, "they") else {
            return nil
        }
        return organisationBefore(subject)
    }
}
