/// What the reporter's own words in a stretch of a sentence say about who is speaking, for the
/// rules that carry a speaker over to a quotation with no credit of its own or a pronoun credit.
extension QuoteAttribution {
    /// The person the last verb of saying in `words` credits, when its subject names them
    /// (not a pronoun): the reporter is still crediting that person. Quoted words and
    /// participles ("artists writing songs about him") credit nobody; with
    /// `outsideRelativeClauses`, neither does "who said …". Nil when there is no such verb, or the
    /// last one has no named subject.
    func namedCredit(in words: Range<Int>, outsideRelativeClauses: Bool = false) -> (speaker: Speaker, person: Int)? {
        let tokens = text.tokens
        for index in words.reversed()
        where !text.quoted[index] && isSpeechVerb(index) && !tokens[index].is(.participle)
            && !(outsideRelativeClauses && isInRelativeClause(index))
        {
            guard let found = speakers.speaker(ofVerb: index), found.name != nil,
                let mention = text.people.mention(at: found.range.upperBound - 1), mention.kind != .pronoun
            else { return nil }
            return (found, mention.person)
        }
        return nil
    }

    /// Each person named in full in `words` outside quotation marks, once per mention, with the
    /// first and last word the name covers, in text order.
    func fullNameMentions(in words: Range<Int>) -> [(person: Int, range: Range<Int>, first: Int, last: Int)] {
        let tokens = text.tokens
        var found: [(person: Int, range: Range<Int>, first: Int, last: Int)] = []
        var index = words.lowerBound
        while index < words.upperBound {
            defer { index += 1 }
            guard !text.quoted[index], tokens[index].isWord,
                let mention = text.people.mention(at: tokens[index].range.lowerBound), mention.kind == .fullName
            else { continue }
            var last = index
            while last + 1 < words.upperBound, tokens[last + 1].range.upperBound <= mention.range.upperBound { last += 1 }
            found.append((mention.person, mention.range, index, last))
            index = last
        }
        return found
    }
}
