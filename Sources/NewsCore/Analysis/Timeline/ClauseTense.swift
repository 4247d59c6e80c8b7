/// The tense of the clause around a temporal expression, which decides which way a weekday or a
/// month without a year points from the reference date ("released on Thursday": the last
/// Thursday; "will meet on Thursday": the next).
enum ClauseTense: Sendable, Equatable {
    case past, present, future, unknown

    /// A time in the possessive ("Friday's close") looks back unless a word before it looks
    /// ahead. Otherwise reads the comma-bounded stretch of `tokens` around `range` for the verb
    /// that governs the expression: the nearest tense cue before it ("will begin withdrawing on Friday": future;
    /// "who was jailed on Friday": past), else the nearest after it ("The agency on Monday
    /// announced it will cut…": past, a verb of a later clause does not count). "As soon as",
    /// "as early as" and "until" just before the expression look forward whatever the verb
    /// ("postponed until Tuesday"). Linear in the clause's length.
    static func of(_ tokens: TimeWords, around range: Range<Int>) -> ClauseTense {
        let bounds = ClauseBounds.segment(tokens, around: range)
        let first = range.lowerBound
        // "would look for ways around Wednesday's ruling": a time in the possessive dates its
        // noun, an event already told, whatever the clause's verb; "ahead of Saturday's match"
        // and "until Friday's deadline" look forward ("before Friday's purchases" compares).
        if range.upperBound < tokens.count, tokens[range.upperBound].kind == .possessive {
            let before = first >= 1 ? tokens.lower(first - 1) : ""
            let ahead = before == "of" && first >= 2 && tokens.lower(first - 2) == "ahead"
            let forward = ahead || ["until", "till", "next", "upcoming", "coming"].contains(before)
            return forward ? .future : .past
        }
        // A past perfect before the expression sets it before the story's time, deadlines and
        // plans included: "had filed reports by Wednesday", "had been due to expire Friday",
        // "until Thursday, they had not called him a suspect".
        if hasPastPerfect(tokens, in: bounds.lowerBound..<first)
            || (opensForward(tokens, first, bounds) && hasPastPerfect(tokens, in: range.upperBound..<sentenceEnd(tokens, range.upperBound, limit: 8)))
        {
            return .past
        }
        // "until Monday", "until at least Monday", "payable Dec. 7", "holders of record Dec. 21".
        for i in max(bounds.lowerBound, first - 3)..<first
        where ["until", "till", "through", "effective", "payable"].contains(tokens.lower(i)) {
            return .future
        }
        if first >= 1 {
            let before = tokens.lower(first - 1)
            // "completed by Dec. 15", "of record Nov. 22": a deadline ahead; "since year-end": behind.
            if before == "by" || before == "record" { return .future }
            if before == "since" { return .past }
        }
        if first >= 3, tokens.lower(first - 1) == "as", tokens.lower(first - 3) == "as",
            ["soon", "early"].contains(tokens.lower(first - 2))
        {
            return .future
        }
        for i in stride(from: first - 1, through: bounds.lowerBound, by: -1) {
            if let tense = cue(tokens, at: i) {
                // "said it would buy as soon as trading opened Monday": a past form after a
                // conjunction of time under "would" or "will" is that future told back.
                if tense == .past, isBackshifted(tokens, verb: i) { return .future }
                return tense
            }
            // "The show opens to the public on Friday": a schedule, told in the present.
            if isScheduledPresent(tokens, at: i) || isPluralSchedule(tokens, at: i, before: first) { return .future }
        }
        for i in range.upperBound..<bounds.upperBound {
            if let tense = cue(tokens, at: i) { return tense }
        }
        // A time in brackets after its clause ("will leave at 4 in the morning (4 a.m.
        // Thursday)") takes that clause's tense.
        if bounds.lowerBound >= 2, tokens.lower(bounds.lowerBound - 1) == "(" || (first >= 1 && tokens.lower(first - 1) == "(") {
            let open = tokens.lower(bounds.lowerBound - 1) == "(" ? bounds.lowerBound - 1 : first - 1
            if open >= 1, tokens[open - 1].sentence == tokens[first].sentence {
                let tense = of(tokens, around: (open - 1)..<open)
                if tense != .unknown { return tense }
            }
        }
        // A time that opens its sentence before a comma ("On Tuesday, the league plans to
        // hold…") is governed by the verb of the clause after it.
        if bounds.upperBound < tokens.count, tokens.lower(bounds.upperBound) == ",",
            bounds.lowerBound == 0 || tokens[bounds.lowerBound - 1].sentence != tokens[first].sentence
        {
            let next = ClauseBounds.segment(tokens, around: (bounds.upperBound + 1)..<(bounds.upperBound + 1))
            var present = false
            for i in (bounds.upperBound + 1)..<next.upperBound where tokens[i].sentence == tokens[first].sentence {
                guard let tense = cue(tokens, at: i) else { continue }
                // The time dates the main verb: "On Friday, the government planned to pay…" is
                // a plan made on Friday; "is expected to" waits for its participle.
                if tense == .future, tokens.facts(i).has(.pastCue), !tokens.facts(i).has(.futureAuxiliary),
                    i > 0, !tokens[i - 1].has(.auxiliary)
                {
                    return .past
                }
                if tense == .present { present = true; continue }
                return tense
            }
            if present { return .present }
        }
        // No verb in the clause ("…, chief executive in March for health reasons"): a past
        // verb elsewhere in the sentence tells a past story; a future one may govern another
        // part of it ("will pay 28% over the closing price on Friday").
        let sentence = tokens[first].sentence
        var i = bounds.lowerBound - 1
        while i >= 0, tokens[i].sentence == sentence {
            if cue(tokens, at: i) == .past { return .past }
            i -= 1
        }
        i = bounds.upperBound
        while i < tokens.count, tokens[i].sentence == sentence {
            if cue(tokens, at: i) == .past { return .past }
            i += 1
        }
        return .unknown
    }

    /// True when the past form at `verb` stands in a clause of time ("as soon as trading
    /// opened", "when the market closed", "once talks ended") that a future auxiliary earlier in
    /// the sentence governs ("would buy … as soon as trading opened"): reported speech moves the
    /// verb back a tense, not the time.
    private static func isBackshifted(_ tokens: TimeWords, verb: Int) -> Bool {
        let sentence = tokens[verb].sentence
        var k = verb - 1
        var conjunction: Int? = nil
        while k >= 0, verb - k <= 5, tokens[k].sentence == sentence {
            let w = tokens.lower(k)
            if ["when", "once", "after", "until"].contains(w) { conjunction = k; break }
            if w == "as", k >= 2, tokens.lower(k - 2) == "as", ["soon", "early"].contains(tokens.lower(k - 1)) {
                conjunction = k - 2
                break
            }
            if !tokens[k].isWord || cue(tokens, at: k) != nil { return false }
            k -= 1
        }
        guard let conjunction else { return false }
        k = conjunction - 1
        while k >= 0, conjunction - k <= 12, tokens[k].sentence == sentence {
            if tokens[k].isWord, tokens.facts(k).has(.futureAuxiliary) { return true }
            if cue(tokens, at: k) != nil { return false }
            k -= 1
        }
        return false
    }

    /// True when `range` holds "had" as an auxiliary (before a participle, "not" or "been")
    /// with no future auxiliary after it ("had said it would close on Friday" looks ahead).
    private static func hasPastPerfect(_ tokens: TimeWords, in range: Range<Int>) -> Bool {
        var found = false
        for i in range where tokens[i].isWord {
            // A later clause's own verb decides: "had hoped to keep him when the case is heard
            // in May", "had said it would close on Friday".
            if found, tokens.facts(i).has(.futureAuxiliary) || tokens.facts(i).has(.presentAuxiliary)
                || tokens.facts(i).has(.clauseOpener)
            {
                return false
            }
            guard tokens.lower(i) == "had", i + 1 < tokens.count, tokens[i + 1].isWord else { continue }
            let next = tokens.lower(i + 1)
            if next == "been" || next == "not" || next == "already" || next == "never" || tokens.facts(i + 1).has(.pastCue) {
                found = true
            }
        }
        return found
    }

    /// The index `limit` tokens after `start`, or the end of `start`'s sentence if nearer.
    private static func sentenceEnd(_ tokens: TimeWords, _ start: Int, limit: Int) -> Int {
        guard start < tokens.count else { return tokens.count }
        let sentence = tokens[start].sentence
        var end = start
        while end < tokens.count, end < start + limit, tokens[end].sentence == sentence { end += 1 }
        return end
    }

    /// True when the expression opens its clause after "until", "by" or "through" ("Until
    /// Thursday, they had …"): the verb after it then decides.
    private static func opensForward(_ tokens: TimeWords, _ first: Int, _ bounds: Range<Int>) -> Bool {
        first >= 1 && first - 1 >= bounds.lowerBound && ["until", "till", "through", "by"].contains(tokens.lower(first - 1))
    }

    /// The tense word `i` gives, if it gives one: a future auxiliary ("will", "is due to"), a
    /// past form or auxiliary, or a present auxiliary. A participle after "be" ("will be held")
    /// gives none: the auxiliary before it decides.
    private static func cue(_ tokens: TimeWords, at i: Int) -> ClauseTense? {
        guard tokens[i].isWord else { return nil }
        let facts = tokens.facts(i)
        if facts.has(.futureAuxiliary) { return .future }
        // "to" is a listed preposition: the bit turns most words away before the form is compared.
        let nextIsTo = i + 1 < tokens.count && tokens[i + 1].has(.preposition) && tokens.lower(i + 1) == "to"
        if facts.has(.futureBeforeTo), nextIsTo { return .future }
        // "is to resume trading on Tuesday": an arrangement ahead.
        if nextIsTo, ["is", "are"].contains(tokens.lower(i)), i + 2 < tokens.count, tokens[i + 2].isWord,
            !tokens[i + 2].has(.determiner)
        {
            return .future
        }
        // "applications are due by …", "the vote is due on …" ("due" is listed before "to").
        if facts.has(.futureBeforeTo), tokens.lower(i) == "due", i + 1 < tokens.count,
            ["by", "on", "in", "at", "before", "next"].contains(tokens.lower(i + 1))
        {
            return .future
        }
        // "The vote is scheduled for Friday", "has set a vote for Monday": what is arranged
        // now lies ahead ("was scheduled", "had set" keep their past).
        if tokens[i].has(.schedulingParticiple), let auxiliary = auxiliaryBefore(tokens, i),
            ["is", "are", "has", "have", "'s", "’s"].contains(tokens.lower(auxiliary))
        {
            return .future
        }
        if facts.has(.pastCue) {
            // A passive's auxiliary carries its tense: "is scheduled" is present, "will be
            // held" takes the "will" further back.
            if i > 0, ["be", "being"].contains(tokens.lower(i - 1)) { return nil }
            // "would be paid on a still unspecified date in January", "the increased dividend":
            // after a determiner (an adverb between or not) a form in "-ed" is an adjective.
            if isAdjectiveInEd(tokens, at: i) { return nil }
            if i > 0, tokens[i - 1].isWord, tokens.facts(i - 1).has(.presentAuxiliary) { return .present }
            return .past
        }
        if facts.has(.presentAuxiliary) { return .present }
        return nil
    }

    /// True when token `i` is a plural verb in the simple present right before the expression
    /// (an adverb in "-ly" between or not): "The Gophers (9-1, 6-1) play Saturday", "they meet
    /// separately Monday". Its subject ends in a plural name, a closing bracket after one, "they"
    /// or "we"; as with `isScheduledPresent`, any other verb in the sentence makes it a noun.
    static func isPluralSchedule(_ tokens: TimeWords, at i: Int, before first: Int) -> Bool {
        guard i >= 1, i < first, tokens[i].isWord, !tokens[i].isCapitalised else { return false }
        for k in (i + 1)..<first where !(tokens[k].isWord && tokens.lower(k).hasSuffix("ly")) { return false }
        // The word's listed facts turn function words away before its letters are read.
        let functionWord: TimeFacts.Bits = [
            .auxiliary, .presentAuxiliary, .pastCue, .preposition, .determiner, .sayingVerb, .clauseOpener,
            .eventAdverb, .particle, .frequency, .reference, .season, .partOfDay, .verbFiller, .oneWord,
        ]
        let facts = tokens.facts(i)
        guard tokens[i].bits.isDisjoint(with: functionWord), facts.unit == nil, facts.periodOffset == nil,
            facts.count == nil, facts.ordinal == nil
        else { return false }
        let w = tokens.lower(i)
        guard w.count > 2, w.allSatisfy(\.isLetter), !w.hasSuffix("s"), !w.hasSuffix("ed"), !w.hasSuffix("ing"),
            !w.hasSuffix("ly")
        else { return false }
        var k = i - 1
        if tokens.lower(k) == ")" {
            while k > 0, tokens.lower(k) != "(", i - k < 12 { k -= 1 }
            guard tokens.lower(k) == "(" else { return false }
            k -= 1
        }
        guard k >= 0, tokens[k].isWord else { return false }
        let subject = tokens.lower(k)
        let pluralName = tokens[k].isCapitalised && subject.count > 3 && subject.hasSuffix("s") && !subject.hasSuffix("ss")
        guard pluralName || subject == "they" || subject == "we" || isCompoundSubject(tokens, endingAt: k) else {
            return false
        }
        return !sentenceHasOtherVerb(tokens, besides: i)
    }

    /// True when the words before `end` join two subjects with "and" ("He and the premier",
    /// "The mayor and the union leader"): the pair takes a plural verb. Only
    /// words stand between, none a verb, preposition or clause opener, back to the sentence's
    /// start or a break.
    private static func isCompoundSubject(_ tokens: TimeWords, endingAt end: Int) -> Bool {
        let sentence = tokens[end].sentence
        var k = end - 1
        while k >= 0, end - k <= 8, tokens[k].sentence == sentence, tokens[k].isWord {
            if tokens.lower(k) == "and" {
                guard k >= 1, k < end, tokens[k - 1].isWord, tokens[k - 1].sentence == sentence else { return false }
                // What stands before "and" ends a subject too: a name, a pronoun or a noun.
                let other = k - 1
                return !tokens[other].has(.preposition) && !tokens[other].has(.determiner) && cue(tokens, at: other) == nil
            }
            if tokens[k].has(.preposition) || tokens[k].has(.clauseOpener) || tokens[k].has(.auxiliary)
                || cue(tokens, at: k) != nil
            {
                return false
            }
            k -= 1
        }
        return false
    }

    /// True when some token of `i`'s sentence other than `i` is an auxiliary or gives a tense.
    private static func sentenceHasOtherVerb(_ tokens: TimeWords, besides i: Int) -> Bool {
        let sentence = tokens[i].sentence
        var j = i - 1
        while j >= 0, tokens[j].sentence == sentence {
            if tokens[j].has(.auxiliary) || cue(tokens, at: j) != nil { return true }
            j -= 1
        }
        j = i + 1
        while j < tokens.count, tokens[j].sentence == sentence {
            if tokens[j].has(.auxiliary) || cue(tokens, at: j) != nil { return true }
            j += 1
        }
        return false
    }

    /// The auxiliary before the participle at `i`, over "been", "already", "also" and the like.
    private static func auxiliaryBefore(_ tokens: TimeWords, _ i: Int) -> Int? {
        var k = i - 1
        while k >= 0, i - k <= 3, tokens[k].isWord, tokens[k].has(.verbFiller) || tokens[k].has(.eventAdverb),
            !tokens[k].has(.auxiliary)
        {
            k -= 1
        }
        return k >= 0 && tokens[k].isWord ? k : nil
    }

    /// True when token `i` is a main verb in the simple present before the expression it
    /// governs ("The show opens to the public on Friday", "their session that starts in early
    /// January", "The car goes on sale in the summer"): news tells what is scheduled that way,
    /// so the expression looks forward. Read from its shape, as `EventDescriber.presentVerb`
    /// does: a lower-case word in "-s" that is no function word, verb of saying or time word,
    /// after the end of a subject and before a preposition, particle or determiner (not "of":
    /// "the levels of"). After "he", "she", "it", "that", "which" or "who" such a word is a
    /// verb; after a name or a singular noun ("The show opens") it may be a plural noun
    /// ("American officials over the weekend became", "the job figures for January
    /// extended"), so it counts only when no other verb stands in the sentence.
    static func isScheduledPresent(_ tokens: TimeWords, at i: Int) -> Bool {
        guard i >= 1, i + 1 < tokens.count, tokens[i].isWord, !tokens[i].isCapitalised, tokens[i - 1].isWord,
            tokens[i + 1].isWord
        else { return false }
        let w = tokens.lower(i)
        guard w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") else {
            return false
        }
        let word = tokens[i], facts = tokens.facts(i)
        let functionWord: TimeFacts.Bits = [
            .auxiliary, .presentAuxiliary, .pastCue, .preposition, .determiner, .sayingVerb, .clauseOpener,
            .eventAdverb, .particle, .frequency, .reference, .season, .partOfDay,
        ]
        guard word.bits.isDisjoint(with: functionWord), facts.unit == nil, facts.weekday == 0, facts.month == 0
        else { return false }
        let before = tokens[i - 1]
        guard !before.has(.determiner) || tokens.lower(i - 1) == "that", !before.has(.preposition), !before.has(.auxiliary)
        else { return false }
        let next = tokens[i + 1]
        guard next.has(.preposition) || next.has(.particle) || next.has(.determiner), tokens.lower(i + 1) != "of" else {
            return false
        }
        if ["he", "she", "it", "that", "which", "who"].contains(tokens.lower(i - 1)) { return true }
        let nounEnds =
            before.isCapitalised
            || (i >= 2 && tokens[i - 2].isWord && tokens[i - 2].has(.determiner) && !tokens.lower(i - 1).hasSuffix("s"))
        guard nounEnds else { return false }
        // Any other verb of the sentence makes this word the noun.
        return !sentenceHasOtherVerb(tokens, besides: i)
    }

    /// True when token `i` is a regular form in "-ed" standing between a determiner (and
    /// perhaps an adverb: "a still unspecified", "the newly elected") and the noun it describes.
    static func isAdjectiveInEd(_ tokens: TimeWords, at i: Int) -> Bool {
        guard i >= 1, i + 1 < tokens.count, tokens[i + 1].isWord, !tokens[i + 1].has(.preposition),
            !tokens[i + 1].has(.determiner), isRegularPast(tokens.lower(i))
        else { return false }
        func isDeterminer(_ k: Int) -> Bool {
            k >= 0 && tokens[k].isWord && tokens[k].has(.determiner) && tokens.lower(k) != "that"
        }
        if isDeterminer(i - 1) { return true }
        let adverb = tokens.lower(i - 1)
        return tokens[i - 1].isWord && (adverb == "still" || (adverb.hasSuffix("ly") && adverb.count > 4))
            && isDeterminer(i - 2)
    }

    /// A regular past form: a lower-case word ending in "-ed" that is not a common noun or
    /// adjective of that shape.
    static func isRegularPast(_ word: String) -> Bool {
        isRegularPastShape(word) && !TenseLexicon.notVerbsInEd.contains(word)
    }

    /// `isRegularPast` without the look-up of the words in "-ed" that are no verbs, for callers
    /// that hold that answer already.
    static func isRegularPastShape(_ word: String) -> Bool {
        // Most words are plain ASCII letters: test their bytes before any Character work.
        let bytes = word.utf8
        if bytes.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) {
            return bytes.count > 4 && bytes.last.map { $0 == UInt8(ascii: "d") } == true
                && bytes.dropLast().last.map { $0 == UInt8(ascii: "e") } == true
        }
        return word.count > 4 && word.hasSuffix("ed") && word.allSatisfy(\.isLetter)
    }
}

/// Where a clause begins and ends within a sentence's tokens.
enum ClauseBounds {
    /// The stretch between the nearest commas, semicolons, colons, dashes or quotation marks on
    /// either side of `range`, as token indices.
    static func segment(_ tokens: TimeWords, around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !isBreak(tokens[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < tokens.count, !isBreak(tokens[end]) { end += 1 }
        return start..<end
    }

    static func isBreak(_ token: TimeWord) -> Bool {
        token.kind == .mark && token.has(.clauseBreak)
    }
}
