/// Writes the short description of the event a clause tells: subject, verb, object, trimmed
/// ("Belarus released 52 prisoners", "Ihar Losik was sentenced to 15 years").
///
/// A light reading of news syntax, not a parser: the clause is the stretch between commas and
/// clause openers; its verb is the first past-tense, perfect or future verb group; its subject
/// what stands before the verb (the antecedent for "who", the name before an appositive "a
/// journalist sentenced …"); its object what follows, up to the next preposition. Linear in
/// the clause's length.
struct EventDescriber {
    let t: TimeWords
    let text: ScalarText
    /// Token indices the description must leave out (the expression that dates the event).
    var skip: Range<Int> = 0..<0
    /// Names pronouns as their antecedents, when the people layer is sure.
    var nameForPronoun: (Range<Int>) -> String? = { _ in nil }

    static let maxObjectWords = 8

    /// The description of the clause around token `anchor`, or nil when the clause has no verb.
    func describe(around anchor: Range<Int>) -> String? {
        let segment = clause(around: anchor)
        if let text = describe(segment: segment) { return text }
        // "A year ago, NASA announced …", "On Oct. 18, 300 people were deported": a date set
        // off at the front of its sentence dates the clause after it (an appositive between
        // them included: "A week ago, Parise, 35, had scored …").
        guard segment.upperBound < t.count, ClauseBounds.isBreak(t[segment.upperBound]),
            segment.lowerBound == 0 || t[segment.lowerBound - 1].sentence != t[segment.lowerBound].sentence
                || ClauseBounds.isBreak(t[segment.lowerBound - 1])
        else { return trailing(segment) }
        let sentence = t[segment.upperBound].sentence
        var start = segment.upperBound
        while start < t.count, ClauseBounds.isBreak(t[start]) { start += 1 }
        var end = start
        for _ in 0..<3 {
            while end < t.count, t[end].sentence == sentence, !ClauseBounds.isBreak(t[end]) { end += 1 }
            if end > start, findVerb(in: start..<end) != nil { return describe(segment: start..<end) }
            guard end < t.count, t[end].sentence == sentence else { return trailing(segment) }
            end += 1
        }
        return trailing(segment)
    }

    /// "Eastern rolled past Western, 45-17, on Tuesday night": a date closing its sentence
    /// after a comma dates the clause before it (across one clause without a verb).
    /// A noun phrase set off by a comma describes what came before ("Kestrel will pay US$40
    /// for each receipt, a premium of 28 per cent to their closing price on Friday"): its date
    /// is the noun's, and dates no clause.
    private func trailing(_ segment: Range<Int>) -> String? {
        if let first = segment.first(where: { t[$0].isWord || t[$0].isNumber }), t[first].isWord,
            t[first].has(.determiner) || t[first].has(.oneWord), !skip.contains(first)
        {
            return nil
        }
        var before = segment.lowerBound
        for _ in 0..<2 {
            guard before > 0, t.lower(before - 1) == ",", let previous = previousClause(before: before),
                t[previous.lowerBound].sentence == t[segment.lowerBound].sentence
            else { return nil }
            if findVerb(in: previous) != nil { return describe(segment: previous) }
            before = previous.lowerBound
        }
        return nil
    }

    /// The description of the clause in `segment`. `subjectFrom` says the clause's subject
    /// starts there, so a participle right at it is read as an adjective, not the verb.
    func describe(segment: Range<Int>, subjectFrom: Int? = nil) -> String? {
        var search = segment
        if let subjectFrom, subjectFrom + 1 < segment.upperBound, isPastVerb(subjectFrom), t[subjectFrom + 1].isWord {
            search = (subjectFrom + 1)..<segment.upperBound
        }
        guard let verb = findVerb(in: search) else { return nil }
        // Attribution at the end of the sentence ("…, the companies said on Monday"): the
        // event is what was said, the clause before.
        if t[verb.head].has(.sayingVerb), !hasWords(after: verb.end, in: segment),
            segment.lowerBound > 0, t.lower(segment.lowerBound - 1) == ",",
            let reported = previousClause(before: segment.lowerBound), let said = describe(segment: reported)
        {
            return said
        }
        let subject = subjectWords(segment, verbStart: verb.start)
        var verbText = words(verb.start..<verb.end)
        var objectStart = verb.end
        // "Dekker said the union would keep the terminals closed until Monday": when the date
        // lies in the reported clause, that clause is the event.
        if t[verb.head].has(.sayingVerb), skip.lowerBound > verb.end + 1, skip.upperBound <= segment.upperBound {
            var k = verb.end
            // "told friends and family that the interview aired at the weekend …": the listeners
            // before "that" are no part of what was said.
            if let that = (k..<min(k + 5, skip.lowerBound)).first(where: { t.lower($0) == "that" }), that > k,
                (k..<that).allSatisfy({ t[$0].isWord && !t[$0].has(.auxiliary) && !isPastVerb($0) })
            {
                k = that
            }
            if k < segment.upperBound, t.lower(k) == "that" { k += 1 }
            // "said lost handling fees would reach …": a participle opening the clause is an adjective.
            let searchFrom = k + 1 < skip.lowerBound && isPastVerb(k) && t[k + 1].isWord ? k + 1 : k
            if k < skip.lowerBound, !t[k].has(.subjectPronoun),
                let inner = findVerb(in: searchFrom..<skip.lowerBound), inner.start > k,
                let reported = describe(segment: k..<segment.upperBound, subjectFrom: k)
            {
                return reported
            }
        }
        // "Poland said it shot down drones": the reported clause, with the sayer as its subject.
        if t[verb.head].has(.sayingVerb) {
            var k = verb.end
            if k < segment.upperBound, t.lower(k) == "that" { k += 1 }
            if k < segment.upperBound, t[k].has(.subjectPronoun),
                let inner = findVerb(in: (k + 1)..<segment.upperBound), inner.start == k + 1
            {
                verbText = words(inner.start..<inner.end)
                objectStart = inner.end
            }
        }
        if subject == nil, verb.isParticiple { return nil }
        if verb.isParticiple { verbText = "was " + verbText }
        var object = objectWords(from: objectStart, segmentEnd: segment.upperBound)
        // "'I want people to see it when they walk in,' she said last month": an attribution
        // alone ("Ruth Alder said") tells nothing; what was said is the quotation before it.
        if t[verb.head].has(.sayingVerb), objectStart == verb.end, object == nil {
            object = quotationOpening(before: segment.lowerBound)
        }
        return ([subject, verbText, object].compactMap { $0 }.filter { !$0.isEmpty }).joined(separator: " ")
    }

    /// The first words of the quotation that ends just before `index` (across its closing
    /// mark and comma), in quotation marks, with an ellipsis when cut; nil when none does.
    func quotationOpening(before index: Int, maxWords: Int = 8) -> String? {
        var end = index
        while end > 0, index - end < 3, t[end - 1].isMark, !t[end - 1].has(.sentenceEnd) || t[end - 1].inQuote {
            if t[end - 1].inQuote { break }
            end -= 1
        }
        guard end > 0, t[end - 1].inQuote else { return nil }
        var start = end - 1
        while start > 0, t[start - 1].inQuote { start -= 1 }
        var last = start, kept = 0
        while last < end, kept < maxWords {
            if t[last].isWord || t[last].isNumber { kept += 1 }
            last += 1
        }
        let cut = last < end
        while last > start, t[last - 1].isMark { last -= 1 }
        guard last > start else { return nil }
        return "\u{201C}" + words(start..<last) + (cut ? "…" : "") + "\u{201D}"
    }

    /// True when words other than the dating expression (and its preposition) follow `index`
    /// in the segment.
    func hasWords(after index: Int, in segment: Range<Int>) -> Bool {
        var i = index
        while i < segment.upperBound {
            if skip.contains(i) || (i + 1 == skip.lowerBound && t[i].has(.preposition))
                || !t[i].isWord && !t[i].isNumber
            {
                i += 1
                continue
            }
            return true
        }
        return false
    }

    // MARK: - Clauses

    /// The stretch around `anchor` bounded by clause breaks and clause openers.
    func clause(around anchor: Range<Int>) -> Range<Int> {
        var start = anchor.lowerBound
        while start > 0, !ClauseBounds.isBreak(t[start - 1]), !opensClause(start - 1) { start -= 1 }
        if start > 0, isRelative(start - 1) { start -= 1 }
        var end = anchor.upperBound
        while end < t.count, !ClauseBounds.isBreak(t[end]), !opensClause(end) { end += 1 }
        return start..<end
    }

    /// The clause before the comma at `index`, back to the previous break.
    func previousClause(before index: Int) -> Range<Int>? {
        var end = index
        while end > 0, ClauseBounds.isBreak(t[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, !ClauseBounds.isBreak(t[start - 1]) { start -= 1 }
        return start < end ? start..<end : nil
    }

    func opensClause(_ i: Int) -> Bool {
        // "… could go and said it would seek meetings": a second verb phrase.
        // (The verb test comes first: it turns most tokens away before any form is compared.)
        if i + 1 < t.count, startsVerbGroup(i + 1), t.lower(i) == "and" || t.lower(i) == "but", !skip.contains(i + 1) {
            return true
        }
        guard t[i].isWord, t[i].has(.clauseOpener), !skip.contains(i) else { return false }
        // "after" and "before" next to the dating expression belong to it ("a day after",
        // "until at least Monday").
        if i > 0, skip.upperBound == i { return false }
        if skip.lowerBound > i, skip.lowerBound - i <= 3 { return false }
        return true
    }

    func isRelative(_ i: Int) -> Bool { t.lower(i) == "who" || t.lower(i) == "which" }

    static func isQuoteMark(_ token: TimeWord) -> Bool { token.isMark && token.has(.quoteMark) }

    // MARK: - Verbs

    struct VerbGroup {
        var start: Int
        var end: Int
        /// The main verb's index.
        var head: Int
        /// A participle without an auxiliary after a noun ("a journalist sentenced in 2021").
        var isParticiple: Bool
    }

    /// The first verb group in `segment` outside the skipped expression.
    func findVerb(in segment: Range<Int>) -> VerbGroup? {
        var i = segment.lowerBound
        while i < segment.upperBound {
            defer { i += 1 }
            guard !skip.contains(i), t[i].isWord else { continue }
            let w = t.lower(i)
            let isAux = t[i].has(.auxiliary) && !(w == "may" && t[i].isCapitalised)
            if isAux {
                var j = i + 1
                while j < segment.upperBound, j - i < 5, t[j].isWord, !skip.contains(j),
                    t[j].has(.verbFiller) || t[j].has(.eventAdverb) || t.lower(j).hasSuffix("ly")
                {
                    j += 1
                }
                if j < segment.upperBound, t[j].isWord, !skip.contains(j), !t[j].has(.determiner) {
                    return VerbGroup(
                        start: i, end: particleEnd(j + 1, segment.upperBound), head: j, isParticiple: false)
                }
                return VerbGroup(start: i, end: i + 1, head: i, isParticiple: false)
            }
            if isPastVerb(i) {
                // "the water that topped the levee … rose higher": the verb of a relative clause
                // inside the subject gives way to the main verb after it.
                // A clause opened by "who" counts too: in "who took the money in 2019 was
                // jailed on Friday", Friday's event is the jailing.
                if i > segment.lowerBound, ["that", "who", "which"].contains(t.lower(i - 1)),
                    i - 1 > segment.lowerBound || (isRelative(i - 1) && skip.lowerBound > i),
                    let later = findVerb(in: (i + 1)..<segment.upperBound), !later.isParticiple,
                    !(i..<later.start).contains(skip.lowerBound)
                {
                    return later
                }
                let afterNoun = i > segment.lowerBound && t[i - 1].isWord && !isSubjectWord(i - 1)
                let participle = afterNoun && isAppositive(segment)
                return VerbGroup(
                    start: i, end: particleEnd(i + 1, segment.upperBound), head: i, isParticiple: participle)
            }
        }
        return presentVerb(in: segment)
    }

    /// A verb in the present tense, when the clause has no auxiliary or past form: "The show
    /// opens to the public on Friday", "the car goes on sale in January". Read from its shape:
    /// a lower-case word in "-s" after a word that can end a subject (not a determiner but a
    /// relative "that", nor a preposition) and before a preposition, particle or determiner.
    func presentVerb(in segment: Range<Int>) -> VerbGroup? {
        var i = segment.lowerBound + 1
        while i + 1 < segment.upperBound {
            defer { i += 1 }
            // "that" opens a relative clause here ("the session that starts in January").
            guard !skip.contains(i), t[i].isWord, !t[i].isCapitalised, !skip.contains(i - 1), t[i - 1].isWord,
                !t[i - 1].has(.determiner) || t.lower(i - 1) == "that", !t[i - 1].has(.preposition), t[i + 1].isWord
            else { continue }
            let w = t.lower(i)
            guard w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"),
                !w.hasSuffix("'s")
            else { continue }
            let next = t[i + 1]
            guard next.has(.preposition) || next.has(.particle) || next.has(.determiner) else { continue }
            return VerbGroup(start: i, end: particleEnd(i + 1, segment.upperBound), head: i, isParticiple: false)
        }
        return nil
    }

    func startsVerbGroup(_ i: Int) -> Bool {
        t[i].has(.linkingAuxiliary) || isPastVerb(i)
    }

    func isPastVerb(_ i: Int) -> Bool {
        guard !t[i].isCapitalised || i == 0 || ClauseBounds.isBreak(t[i - 1]) else { return false }
        // After "the" or "its" a past form is an adjective ("the closed plant"); after "that" it
        // is the verb of a relative clause.
        if i > 0, t[i - 1].has(.determiner), t.lower(i - 1) != "that" { return false }
        return t[i].has(.pastVerb)
    }

    func particleEnd(_ i: Int, _ limit: Int) -> Int {
        if i < limit, !skip.contains(i), i + 1 != skip.lowerBound, t[i].has(.particle),
            i + 1 >= limit || ClauseBounds.isBreak(t[i + 1])
                || (t[i + 1].isWord && (!t[i + 1].has(.preposition) || t[i + 1].has(.determiner)))
        {
            return i + 1
        }
        return i
    }

    func isSubjectWord(_ i: Int) -> Bool {
        let w = t.lower(i)
        return t[i].has(.subjectPronoun) || w == "who" || w == "which" || w == "that" || t[i].has(.eventAdverb)
    }

    /// ", a journalist …": an indefinite noun phrase right after a comma describes the name
    /// before it.
    /// Not after a fronted adverb or phrase ("Then, a 2018 analysis found …", "In May, a
    /// court ruled …"), whose comma sets off no name.
    func isAppositive(_ segment: Range<Int>) -> Bool {
        guard segment.lowerBound > 1, t.lower(segment.lowerBound - 1) == ",",
            ["a", "an"].contains(t.lower(segment.lowerBound))
        else { return false }
        let end = segment.lowerBound - 1
        var first = end
        while first > 0, !ClauseBounds.isBreak(t[first - 1]) { first -= 1 }
        guard first < end else { return false }
        if isAside(first..<end) { return false }
        let opensSentence = first == 0 || t[first - 1].sentence != t[first].sentence
        // "Among those freed was Ihar Losik, a journalist …" has its own verb: a name ends it.
        let fronted = opensSentence && (t[first].has(.preposition) || skip.overlaps(first..<end))
        return !fronted || findVerb(in: first..<end) != nil
    }
}
