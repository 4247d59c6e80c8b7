/// Reported speech without quotation marks, for `quotes --all`: "X said (that) …", "X told Y
/// (that) …", "X warned/added/insisted/confirmed that …", "…, X said.", "according to X",
/// "X was quoted as saying …", "quoted X as saying …".
///
/// The reported content must read as a clause (after "that", or opening with a pronoun, or
/// with a verb form in its first words), so "confirmed the release" or "welcomed the step" are
/// not reports. A report needs a speaker; one with no subject the analyzer can read is left
/// out. Each sentence is read once, left to right, so the pass is linear.
struct ReportedSpeechFinder {
    let text: QuoteText
    let speakers: SpeakerFinder

    struct Report: Sendable, Equatable {
        var content: Range<Int>
        var speaker: Speaker
    }

    /// How far after the verb "that" may come ("said on Wednesday evening that").
    static let thatReach = 6
    /// How many words after a closing comma a final attribution may have ("…, the two
    /// companies said on Monday.").
    static let tailReach = 10
    /// The most tokens one report runs to, so a long sentence with many verbs stays linear.
    static let contentLimit = 80

    func reports() -> [Report] {
        var result: [Report] = []
        for sentence in text.tokens.sentences where !sentence.isHeading {
            let tokens = sentence.words
            guard !tokens.isEmpty else { continue }
            for report in reports(in: tokens) where !result.contains(where: { $0.content == report.content }) {
                result.append(report)
            }
        }
        return result
    }

    private func reports(in sentence: Range<Int>) -> [Report] {
        var result: [Report] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            defer { index += 1 }
            if text.quoted[index] { continue }
            let token = text.tokens[index]
            guard token.isWord else { continue }
            if token.key == "according", index + 1 < sentence.upperBound, text.tokens[index + 1].key == "to" {
                if let report = according(at: index, in: sentence) { result.append(report) }
                continue
            }
            if token.key == "quoted", let report = quotedAsSaying(at: index, in: sentence) {
                result.append(report)
                continue
            }
            let participle = token.is(.participle)
            guard token.is(.reportingVerb) || participle, !token.isCapitalised,
                !attributesDirectQuotation(index, in: sentence)
            else { continue }
            if !participle, let report = finalAttribution(verb: index, in: sentence) {
                result.append(report)
            } else if let report = forward(verb: index, in: sentence) {
                result.append(report)
            }
        }
        return result
    }

    /// True for the verb of a direct quotation's attribution ("“…,” said Smith", "“…,” she
    /// said"): a quotation that ends a clause stands just before it.
    private func attributesDirectQuotation(_ verb: Int, in sentence: Range<Int>) -> Bool {
        var index = verb - 1
        while index >= sentence.lowerBound, verb - index <= 6 {
            if text.quoted[index] {
                let close = text.tokens[index].range.lowerBound
                guard close > 0 else { return false }
                return ",.!?".unicodeScalars.contains(text.scalars[close - 1])
            }
            index -= 1
        }
        return false
    }

    /// "X said (that) CLAUSE": the content after the verb, when it reads as a clause.
    private func forward(verb: Int, in sentence: Range<Int>) -> Report? {
        var start = verb + 1
        guard start < sentence.upperBound else { return nil }
        // A direct quotation follows ("said: “…”", "said, “…”"): not reported speech.
        if text.isPunctuation(start, ":,"), start + 1 < sentence.upperBound, text.quoted[start + 1] { return nil }
        if text.tokens[verb].key == "told" || text.tokens[verb].key == "assured" {
            // "told reporters", "told the court": the hearer comes first, one noun phrase.
            guard start < sentence.upperBound, text.tokens[start].isWord, text.tokens[start].key != "that" else {
                return nil
            }
            if ["the", "a", "an", "his", "her", "their", "its"].contains(text.tokens[start].key) { start += 1 }
            start += 1
            while start < sentence.upperBound, text.tokens[start].isCapitalised, text.tokens[start - 1].isCapitalised {
                start += 1
            }
        }
        var clause = start
        var sawThat = false
        while clause < sentence.upperBound, clause - start < Self.thatReach, !text.isPunctuation(clause, ".;") {
            if text.tokens[clause].key == "that" { sawThat = true; break }
            clause += 1
        }
        if sawThat { start = clause + 1 } else if !looksLikeClause(from: start, in: sentence) { return nil }
        guard let content = content(from: start, in: sentence) else { return nil }
        guard let speaker = speakers.speaker(ofVerb: verb), speaker.name != nil else { return nil }
        return Report(content: content, speaker: speaker)
    }

    /// "CLAUSE, the embassy said." or "CLAUSE, said the embassy.": the report is what comes
    /// before the comma.
    private func finalAttribution(verb: Int, in sentence: Range<Int>) -> Report? {
        // Only a few words may follow the verb ("on Monday", "in a statement").
        var tail = verb + 1
        while tail < sentence.upperBound, !text.isPunctuation(tail, ".!?,"), tail - verb <= 5 { tail += 1 }
        guard tail >= sentence.upperBound || text.isPunctuation(tail, ".!?,") else { return nil }
        if tail < sentence.upperBound, text.isPunctuation(tail, ","), !isParticipleClause(after: tail, in: sentence) {
            return nil
        }
        var comma = verb - 1
        while comma > sentence.lowerBound, verb - comma <= Self.tailReach, !text.isPunctuation(comma, ",") {
            comma -= 1
        }
        guard comma > sentence.lowerBound, text.isPunctuation(comma, ","), !text.quoted[comma - 1] else { return nil }
        let speaker: Speaker?
        if comma + 1 == verb {
            speaker = speakers.after(verb: verb, in: sentence)
        } else {
            let phrase = (comma + 1)..<verb
            speaker = speakers.personMention(in: phrase) ?? speakers.organisations.speaker(forPhrase: phrase)
        }
        guard let speaker, speaker.name != nil else { return nil }
        var first = sentence.lowerBound
        while first < comma, text.tokens[first].kind == .mark { first += 1 }
        guard first < comma, let content = range(first..<comma) else { return nil }
        return Report(content: content, speaker: speaker)
    }

    /// ", creating …", ", adding …": a participle after the final attribution.
    private func isParticipleClause(after comma: Int, in sentence: Range<Int>) -> Bool {
        comma + 1 < sentence.upperBound && text.tokens[comma + 1].isWord && text.tokens[comma + 1].key.hasSuffix("ing")
    }

    /// "CLAUSE, according to X." or "According to X, CLAUSE."
    private func according(at index: Int, in sentence: Range<Int>) -> Report? {
        var end = index + 2
        while end < sentence.upperBound, !text.isPunctuation(end, ".,;!?"), end - index < 12 { end += 1 }
        let phrase = (index + 2)..<end
        guard !phrase.isEmpty else { return nil }
        var found = speakers.personMention(in: phrase) ?? speakers.organisations.speaker(forPhrase: phrase)
        if found?.name == nil { found = source(phrase) }
        guard let speaker = found, speaker.name != nil else { return nil }
        let content: Range<Int>?
        if index == sentence.lowerBound || index > sentence.lowerBound && text.tokens[index].startsSentence {
            content = end < sentence.upperBound ? self.content(from: end + 1, in: sentence) : nil
        } else {
            content = range(sentence.lowerBound..<index)
        }
        guard let content else { return nil }
        return Report(content: content, speaker: speaker)
    }

    /// "according to government estimates": a source named by a plain noun phrase.
    private func source(_ phrase: Range<Int>) -> Speaker? {
        guard let range = range(phrase) else { return nil }
        var name = text.text(range)
        for article in ["the ", "a ", "an "] where name.hasPrefix(article) { name.removeFirst(article.count) }
        return Speaker(name: name, mention: text.text(range), range: range)
    }

    /// "X was quoted as saying CLAUSE" and "quoted X as saying CLAUSE".
    private func quotedAsSaying(at index: Int, in sentence: Range<Int>) -> Report? {
        var asIndex = index + 1
        while asIndex < sentence.upperBound, asIndex - index <= 14, text.tokens[asIndex].key != "as" { asIndex += 1 }
        guard asIndex + 1 < sentence.upperBound, text.tokens[asIndex].key == "as",
            text.tokens[asIndex + 1].key == "saying"
        else { return nil }
        var start = asIndex + 2
        var probe = start
        while probe < sentence.upperBound, probe - start < Self.thatReach, !text.isPunctuation(probe, ".;") {
            if text.tokens[probe].key == "that" { start = probe + 1; break }
            probe += 1
        }
        guard let content = content(from: start, in: sentence) else { return nil }
        let speaker: Speaker?
        if asIndex == index + 1 {
            // "X was quoted as saying": the subject before "was quoted".
            speaker = speakers.subject(before: index, in: sentence)
        } else {
            speaker =
                speakers.personMention(in: (index + 1)..<asIndex)
                ?? speakers.organisations.speaker(forPhrase: (index + 1)..<asIndex)
        }
        guard let speaker, speaker.name != nil else { return nil }
        return Report(content: content, speaker: speaker)
    }

    /// Whether the words from `start` read as a clause: a pronoun first, or an auxiliary or a
    /// past-tense form among the first words.
    private func looksLikeClause(from start: Int, in sentence: Range<Int>) -> Bool {
        guard start < sentence.upperBound, text.tokens[start].isWord else { return false }
        if text.tokens[start].is(.clausePronoun) { return true }
        do {
            var index = start + 1
            while index < sentence.upperBound, index - start <= 8, !text.isPunctuation(index, ".,;") {
                let token = text.tokens[index]
                if token.isWord, token.is(.auxiliary) { return true }
                if token.isWord, token.key.hasSuffix("ed"), index > start + 0, !text.tokens[index - 1].is(.article) {
                    return true
                }
                index += 1
            }
        }
        return false
    }

    /// The reported content from `start` to the end of the sentence (or a quotation mark),
    /// trailing marks trimmed.
    private func content(from start: Int, in sentence: Range<Int>) -> Range<Int>? {
        var end = start
        while end < sentence.upperBound, end - start < Self.contentLimit {
            if end > start, endsContent(at: end, in: sentence) || opensDirectQuotation(end) { break }
            end += 1
        }
        return range(start..<end)
    }

    /// An opening mark after a comma or colon: a direct quotation starts, the report ends.
    /// Quoted words inside the report ("relied on “rumour and resentment”") stay in it.
    private func opensDirectQuotation(_ index: Int) -> Bool {
        guard text.quoted[index], index > 0, !text.quoted[index - 1] else { return false }
        return text.isPunctuation(index - 1, ",:")
    }

    /// Where the subject's next act begins, the report ends: "…, insisting that …", "… and
    /// warned against …".
    private func endsContent(at index: Int, in sentence: Range<Int>) -> Bool {
        guard index + 1 < sentence.upperBound else { return false }
        let next = text.tokens[index + 1]
        if text.isPunctuation(index, ","), next.isWord, next.is(.participle) { return true }
        // "… and warned …", "…, but the judge said …", "…, prosecutors said.": another report.
        if text.isWord(index, "and") || text.isWord(index, "but") || text.isPunctuation(index, ",") {
            var probe = index + 1
            while probe < sentence.upperBound, probe - index <= 5,
                text.tokens[probe].isWord || text.tokens[probe].kind == .possessive
            {
                if text.tokens[probe].isWord,
                    text.tokens[probe].is(.reportingVerb)
                        || text.tokens[probe].is(.labellingVerb)
                {
                    return true
                }
                probe += 1
            }
        }
        return false
    }

    /// The scalar range covered by a token range, trailing punctuation dropped.
    private func range(_ tokens: Range<Int>) -> Range<Int>? {
        var last = tokens.upperBound - 1
        while last >= tokens.lowerBound, text.isPunctuation(last, ".,;:!?—–-(") {
            last -= 1
        }
        guard last >= tokens.lowerBound else { return nil }
        return text.tokens[tokens.lowerBound].range.lowerBound..<text.tokens[last].range.upperBound
    }
}
