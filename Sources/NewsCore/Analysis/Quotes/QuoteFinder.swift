/// Finds every quotation in an article and who said it.
///
/// Steps, each in its own file: `QuoteMarkScanner` (quotation marks to spans, over paragraphs,
/// with bounded recovery), `QuoteKindRules` (direct, partial, or a name or term that is not
/// speech), `QuoteAttribution` with `SpeakerFinder` and `OrganisationNames` (who says it;
/// `DescribedPerson` for "the New York businessman", `PronounCreditSalience` for "she said"
/// after a sentence that brings a person in, `PronounContinuation` for "She added" right after
/// "“…,” she said.", `ParagraphCarryOver` for a lone quotation after the paragraph that
/// introduces its speaker), `InterviewAnswers` (Q&A answers), and
/// `ReportedSpeechFinder` (reported speech, for `--all`).
///
/// Precision first: a speaker is named only from a verb of saying, a credit, an interview
/// label or the one speaker of the paragraph; otherwise it is nil. Every rule reads a bounded
/// window of tokens, so the whole pass is linear in the article.
public enum QuoteFinder {
    /// The quotations of `article` in article order; with `includeReported`, reported speech
    /// too. Pass the article's people analysis when it is already at hand.
    /// The direct and partial quotations of `article` (no reported speech), worked out once and
    /// kept in the article's analysis cache: `quotes`, `people` and the pipeline all ask for them.
    public static func directQuotations(of article: Article) -> [Quotation] {
        article.analyses.value(DirectQuotations.self) { DirectQuotations(list: analyze(article)) }.list
    }

    /// The cached value of `directQuotations(of:)`.
    private struct DirectQuotations: Sendable {
        var list: [Quotation]
    }

    public static func analyze(
        _ article: Article, people: PeopleAnalysis? = nil, includeReported: Bool = false
    ) -> [Quotation] {
        let people = people ?? PeopleFinder.analyze(article)
        let answers = InterviewAnswers.find(in: article, people: people)
        let answerParagraphs = Set(answers.map(\.paragraph))
        let spans = article.tokens.quotations.filter { !answerParagraphs.contains($0.firstParagraph) }
        let text = QuoteText(article: article, people: people, answers: answers.map(\.content))
        let speakers = SpeakerFinder(text: text, organisations: OrganisationNames(text: text))
        let attribution = QuoteAttribution(text: text, speakers: speakers)

        var found: [Found] = []
        var index = 0
        while index < spans.count {
            var first = spans[index]
            var speaker: Speaker?
            var credited = false
            // "First part,” she said, “second part.": one utterance, read as one for its kind and
            // speaker, but given as its parts so that no quotation's span holds the credit.
            var parts = [first]
            while index + 1 < spans.count, let between = splitAttribution(first, spans[index + 1], text, attribution) {
                speaker = speaker ?? between
                let next = spans[index + 1]
                parts.append(next)
                first.content = first.content.lowerBound..<next.content.upperBound
                first.close = next.close
                first.lastParagraph = next.lastParagraph
                index += 1
            }
            index += 1
            if QuoteKindRules.isHeading(first, in: text) || QuoteKindRules.isBracketedTitle(first, in: text)
                || QuoteKindRules.isTitleSubject(first, in: text)
            {
                continue
            }
            var direct = QuoteKindRules.isDirect(first, in: text)
            if !direct, speaker == nil, let close = first.close,
                let credit = attribution.dashCredit(close: close, paragraph: first.lastParagraph)
            {
                direct = true
                speaker = credit
            }
            if direct {
                if speaker == nil { speaker = attribution.leadingVerb(open: first.open, paragraph: first.firstParagraph) }
                if speaker == nil {
                    // A quotation cut before its credit has no closing mark: read on from its end.
                    let close = first.close ?? (first.content.upperBound - 1)
                    speaker = attribution.after(close: close, paragraph: first.lastParagraph)
                }
                if speaker == nil { speaker = attribution.before(open: first.open) }
                if speaker == nil { speaker = transcriptSpeaker(first, text) }
                if speaker == nil {
                    speaker = attribution.previousSentence(open: first.open, paragraph: first.firstParagraph)
                }
                if speaker == nil, let close = first.close {
                    speaker = attribution.nextSentence(close: close, paragraph: first.lastParagraph)
                }
                // "The businessman says of Clinton, “If …”": the verb of saying in the sentence
                // that leads into the quotation, as for a partial one.
                if speaker == nil {
                    speaker = attribution.partial(open: first.open, close: first.close ?? first.content.upperBound)
                }
            } else {
                let close = first.close ?? first.content.upperBound
                speaker = attribution.partial(open: first.open, close: close)
                if QuoteKindRules.isTerm(first, in: text, hasSpeechVerb: speaker != nil) { continue }
                credited = attribution.hasCreditingVerb(open: first.open, close: close)
            }
            // "she called it “…”" with the pronoun left open: the speaker just named, if any.
            if let open = speaker, open.name == nil, let named = attribution.pronounFallback(open) {
                speaker = named
            }
            // "…,” she said" right after a sentence that brings in a person of her gender.
            if let credit = speaker, let salient = attribution.salientSpeaker(for: credit, open: first.open) {
                speaker = salient
            }
            // "“…,” she said. She added that … “…”": the same person goes on.
            if let credit = speaker, let before = found.last, let previous = before.speaker,
                let same = attribution.continuedPronoun(credit, after: previous, previousOpen: before.span.open)
            {
                speaker = same
            }
            for part in parts.flatMap({ FurnitureSplit.parts(of: $0, in: article) }) {
                found.append(
                    Found(span: part, kind: direct ? .direct : .partial, speaker: speaker, credited: credited))
            }
        }
        inheritParagraphSpeakers(&found)
        continueSpeakers(&found, text)
        introducedSpeakers(&found, text, attribution)

        var quotations: [Quotation] = []
        for item in found {
            var range = item.span.content
            if item.kind == .partial {
                range = trimmed(range, article.analysisText.scalars, trailing: ".,;:")
                // A few words that nobody is saying are a term, not a quotation; a verb of saying
                // in their sentence ("the department, which reported “2,521 incidents”") says
                // somebody is, even one the analyzer cannot name.
                if item.speaker == nil, !item.credited, wordCount(range, article.analysisText.scalars) <= 4 {
                    continue
                }
            }
            guard !range.isEmpty else { continue }
            quotations.append(quotation(range, item.kind, item.speaker, paragraph: item.span.firstParagraph, text))
        }
        for answer in answers {
            let person = people.people[answer.person]
            let speaker = Speaker(name: person.name, mention: article.text[answer.label], range: answer.label)
            quotations.append(quotation(answer.content, .direct, speaker, paragraph: answer.paragraph, text))
        }
        if includeReported {
            for report in ReportedSpeechFinder(text: text, speakers: speakers).reports() {
                quotations.append(
                    quotation(
                        report.content, .indirect, report.speaker,
                        paragraph: text.paragraph(ofToken: text.firstToken(atOrAfter: report.content.lowerBound)), text)
                )
            }
        }
        return quotations.sorted {
            $0.range.lowerBound < $1.range.lowerBound
                || $0.range.lowerBound == $1.range.lowerBound && $0.kind.rawValue < $1.kind.rawValue
        }
    }

    /// A quotation on its way out: its span, kind and speaker.
    private struct Found {
        var span: QuotedSpan
        var kind: Quotation.Kind
        var speaker: Speaker?
        /// A verb of saying in the sentence governs the words, named speaker or not.
        var credited = false
    }

    /// The speaker between two quoted parts when they are one split quotation: the first part
    /// ends with a comma or dash, the words between are a short attribution ending with a
    /// comma, and both lie in one paragraph ("“…,” Pruitt said, “but …”"). Two quoted
    /// sentences with "she said." between stay two quotations.
    private static func splitAttribution(
        _ first: QuotedSpan, _ second: QuotedSpan, _ text: QuoteText,
        _ attribution: QuoteAttribution
    ) -> Speaker?? {
        guard let close = first.close, first.lastParagraph == second.firstParagraph else { return nil }
        let scalars = text.scalars
        let content = trimmed(first.content, scalars, trailing: "")
        guard let lastQuoted = content.isEmpty ? nil : scalars[content.upperBound - 1],
            ",—–…".unicodeScalars.contains(lastQuoted)
        else {
            return nil
        }
        let between = trimmed((close + 1)..<second.open, scalars, trailing: "")
        guard !between.isEmpty, between.count <= 160, scalars[between.upperBound - 1] == "," else { return nil }
        let speaker = attribution.after(close: close, paragraph: first.lastParagraph, limit: second.open)
        // Without a verb of saying between them, the two parts are not one split quotation.
        let start = text.firstToken(atOrAfter: between.lowerBound)
        var index = start
        var hasVerb = false
        while index < text.tokens.count, text.tokens[index].range.upperBound <= between.upperBound {
            if attribution.isSpeechVerb(index) { hasVerb = true; break }
            index += 1
        }
        guard hasVerb else { return nil }
        return .some(speaker)
    }

    /// The speaker of a quoted transcript turn ("“PENCE: Well, …"): the person whose surname
    /// the capitalised label is, else the label as a name ("Wallace").
    private static func transcriptSpeaker(_ span: QuotedSpan, _ text: QuoteText) -> Speaker? {
        let scalars = text.scalars
        let paragraph = text.article.paragraphs[span.firstParagraph].range
        guard span.open < paragraph.upperBound,
            let end = QuoteMarkScanner.labelEnd(scalars, span.open..<paragraph.upperBound)
        else { return nil }
        let labelRange = (span.open + 1)..<(end - 1)
        let label = text.article.text[labelRange].trimmingCharacters(in: .whitespaces)
        let key = label.lowercased()
        let person = text.people.people.first { person in
            person.name.split(separator: " ").last.map { $0.lowercased() == key } ?? false
        }
        let name = person?.name ?? label.lowercased().capitalized
        return Speaker(name: name, mention: label, range: labelRange)
    }

    /// A direct quotation with no attribution of its own takes the speaker of the paragraph,
    /// when every attributed quotation in that paragraph has the same one ("“…,” said May.
    /// “We are still 15th …”").
    private static func inheritParagraphSpeakers(_ found: inout [Found]) {
        // The quotations grouped by paragraph, in article order within each, by sorting their
        // indices (no dictionary of groups or set of names per paragraph).
        let order = found.indices.sorted {
            (found[$0].span.lastParagraph, $0) < (found[$1].span.lastParagraph, $1)
        }
        var start = 0
        while start < order.count {
            let paragraph = found[order[start]].span.lastParagraph
            var end = start + 1
            while end < order.count, found[order[end]].span.lastParagraph == paragraph { end += 1 }
            let members = order[start..<end]
            start = end
            guard members.count > 1 else { continue }
            // Exactly one speaker's name among the paragraph's quotations.
            var name: String?
            var single = true
            for member in members {
                guard let own = found[member].speaker?.name else { continue }
                if let name, name != own { single = false; break }
                name = own
            }
            guard single, name != nil, let source = members.first(where: { found[$0].speaker?.name != nil }) else {
                continue
            }
            for member in members where found[member].speaker == nil && found[member].kind == .direct {
                found[member].speaker = found[source].speaker
            }
        }
    }

    /// A paragraph that is nothing but a quotation, with no attribution, right after a
    /// paragraph whose last quotation is someone's direct speech, goes on with that speaker:
    /// news copy attributes the first paragraph of a run of quotations and not the next.
    private static func continueSpeakers(_ found: inout [Found], _ text: QuoteText) {
        let paragraphs = text.article.paragraphs
        let scalars = text.scalars
        // For each paragraph, the story paragraph before it, or -1 (no paragraph's index).
        var previousStory = [Int](repeating: -1, count: paragraphs.count)
        var last: Int?
        for (index, paragraph) in paragraphs.enumerated() where paragraph.isStory {
            if let last { previousStory[index] = last }
            last = index
        }
        for index in found.indices where found[index].speaker == nil && found[index].kind == .direct && index > 0 {
            let span = found[index].span
            // The quotation may run over paragraphs: it must open its first and close its last.
            let first = paragraphs[span.firstParagraph].range
            let last = paragraphs[span.lastParagraph].range
            guard let close = span.close, first.lowerBound <= span.open, close < last.upperBound,
                previousStory[span.firstParagraph] == found[index - 1].span.lastParagraph,
                found[index - 1].kind == .direct || endsParagraph(found[index - 1].span, text),
                found[index - 1].speaker?.name != nil,
                trimmed(first.lowerBound..<span.open, scalars, trailing: "").isEmpty,
                trimmed((close + 1)..<last.upperBound, scalars, trailing: "").isEmpty
            else { continue }
            found[index].speaker = found[index - 1].speaker
        }
    }

    /// A paragraph that is nothing but a quotation, with no attribution, right after a story
    /// paragraph with no quotation that brings a person in (a verb of saying with them as its
    /// subject, or their name with a role beside it or in a dash aside), is that person's.
    private static func introducedSpeakers(_ found: inout [Found], _ text: QuoteText, _ attribution: QuoteAttribution) {
        let paragraphs = text.article.paragraphs
        let scalars = text.scalars
        for index in found.indices where found[index].speaker == nil && found[index].kind == .direct {
            let span = found[index].span
            let first = paragraphs[span.firstParagraph].range
            let last = paragraphs[span.lastParagraph].range
            guard let close = span.close, first.lowerBound <= span.open, close < last.upperBound,
                trimmed(first.lowerBound..<span.open, scalars, trailing: "").isEmpty,
                trimmed((close + 1)..<last.upperBound, scalars, trailing: "").isEmpty
            else { continue }
            // The story paragraph before, which must hold no quotation of its own.
            var previous = span.firstParagraph - 1
            while previous >= 0, !paragraphs[previous].isStory { previous -= 1 }
            guard previous >= 0,
                index == 0 || found[index - 1].span.lastParagraph < previous
            else { continue }
            found[index].speaker = attribution.introducedSpeaker(inParagraph: previous)
        }
    }

    /// True when a quotation stands in the last sentence of its paragraph: a partial one
    /// there ("Though she called the fees “a disgrace”, Delgado kept to …") leaves its speaker
    /// as the one the next paragraph's lone quotation goes on with.
    private static func endsParagraph(_ span: QuotedSpan, _ text: QuoteText) -> Bool {
        let paragraph = text.article.paragraphs[span.lastParagraph].range
        let open = text.firstToken(atOrAfter: span.open)
        guard let last = text.lastToken(endingBy: paragraph.upperBound), open < text.tokens.count, open <= last,
            text.paragraph(ofToken: last) == span.lastParagraph
        else { return false }
        let sentence = text.tokens.sentence(of: open)
        return sentence >= 0 && sentence == text.tokens.sentence(of: last)
    }

    private static func quotation(
        _ range: Range<Int>, _ kind: Quotation.Kind, _ speaker: Speaker?, paragraph: Int,
        _ text: QuoteText
    ) -> Quotation {
        let token = text.firstToken(atOrAfter: range.lowerBound)
        let sentence = token < text.tokens.count ? max(0, Int(text.tokens.words[token].sentence)) : 0
        return Quotation(
            range: range, text: text.article.text[range], speaker: speaker?.name, mention: speaker?.mention,
            mentionRange: speaker?.range, kind: kind, sentence: sentence,
            paragraph: text.article.paragraphs[paragraph].number)
    }

    static func trimmed(_ range: Range<Int>, _ scalars: [Unicode.Scalar], trailing: String) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, scalars[lower].isSpaceLike { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpaceLike || trailing.unicodeScalars.contains(scalars[upper - 1]) {
            upper -= 1
        }
        return lower..<upper
    }

    private static func wordCount(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        var inWord = false
        for index in range {
            let isSpace = scalars[index].isSpaceLike
            if !isSpace, !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}
