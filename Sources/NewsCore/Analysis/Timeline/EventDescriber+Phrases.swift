import Foundation

/// The subject and object of an event description.
extension EventDescriber {

    /// The words before the verb, with openers and adverbs trimmed; the antecedent for "who"
    /// and for an appositive; a resolved name for "he" or "she".
    func subjectWords(_ segment: Range<Int>, verbStart: Int) -> String? {
        var start = segment.lowerBound
        var end = verbStart
        while end > start,
            t[end - 1].has(.eventAdverb) || (t.lower(end - 1).hasSuffix("ly") && t.lower(end - 1).count > 4)
        { end -= 1 }
        while start < end, ["and", "but", "then", "so", "also", "yet", "when", "as", "while"].contains(t.lower(start)) {
            start += 1
        }
        // A fronted time phrase is no part of the subject: "Between 1991 and 2020 the share …",
        // "On 12 May the roof sensor …".
        if start < end, t[start].has(.preposition),
            (start..<end).contains(where: { skip.contains($0) || t[$0].isNumber })
        {
            var k = start
            while k < end,
                t[k].has(.preposition) || t[k].isNumber || skip.contains(k)
                    || (t[k].isWord && t.facts(k).month > 0) || t.lower(k) == "and"
                    || (t[k].kind == .mark && !ClauseBounds.isBreak(t[k]))
            {
                k += 1
            }
            if k < end { start = k }
        }
        while start < end,
            skip.contains(start) || (start + 1 < end && skip.contains(start + 1) && t[start].has(.preposition))
        {
            start += 1
        }
        if start < end, isRelative(start) || (isAppositive(segment) && end == verbStart) {
            return antecedent(before: start) ?? (isRelative(start) ? nil : words(start..<end))
        }
        if start == end, segment.lowerBound > 0, ["and", "but"].contains(t.lower(segment.lowerBound - 1)) {
            // The second of two verb phrases shares the first one's subject.
            var first = segment.lowerBound - 1
            while first > 0, !ClauseBounds.isBreak(t[first - 1]) || Self.isQuoteMark(t[first - 1]),
                !opensClause(first - 1)
            { first -= 1 }
            if let verb = findVerb(in: first..<(segment.lowerBound - 1)), verb.start > first {
                return subjectWords(first..<(segment.lowerBound - 1), verbStart: verb.start)
            }
        }
        if start == end { return segment.lowerBound > 0 ? antecedent(before: segment.lowerBound) : nil }
        if end - start == 1, let name = nameForPronoun(t[start].range) { return name }
        // A relative clause inside the subject goes: "the water that topped the levee" → "the water".
        if let relative = (start + 1..<end).first(where: { ["that", "who", "which"].contains(t.lower($0)) }) {
            end = relative
        }
        // A long subject keeps its head: "talks over a €1.2 billion automation plan" → "talks",
        // "Dockworkers at the port of Rotterdam" → "Dockworkers". "Than" in a hedged count is
        // no such preposition: "more than a dozen residents" stays whole.
        if end - start > 3,
            let cut = (start + 1..<end).first(where: {
                t[$0].has(.preposition) && t.lower($0) != "of" && t.lower($0) != "than" && !skip.contains($0)
            })
        {
            end = cut
        }
        if end - start > 6, !(start..<end).overlaps(skip) { start = end - 6 }
        return wordsOutsideSkip(start..<end)
    }

    /// The words of `range` without the dating expression and the preposition before it
    /// ("Revenue in the first half of 2025" → "Revenue").
    func wordsOutsideSkip(_ range: Range<Int>) -> String? {
        guard range.overlaps(skip) else { return words(range) }
        var pieces: [String] = []
        var run: Range<Int>? = nil
        for i in range {
            let dropped = skip.contains(i) || (i + 1 == skip.lowerBound && t[i].has(.preposition))
            if dropped {
                if let r = run { pieces.append(words(r)); run = nil }
                continue
            }
            run = run.map { $0.lowerBound..<(i + 1) } ?? i..<(i + 1)
        }
        if let r = run { pieces.append(words(r)) }
        let joined = pieces.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    /// The name or noun phrase a relative clause or appositive starting at `index` describes:
    /// "Ihar Losik" in "…was Ihar Losik, a journalist sentenced …", "Asante" in "Asante, a
    /// 34-year-old striker who joined …". Appositives and relative clauses in between are
    /// passed over, at most three.
    func antecedent(before index: Int, depth: Int = 0) -> String? {
        var end = index
        while end > 0, ClauseBounds.isBreak(t[end - 1]) { end -= 1 }
        guard end > 0, depth < 3 else { return nil }
        var start = end
        while start > 0, !ClauseBounds.isBreak(t[start - 1]), !isRelative(start - 1) || start == end { start -= 1 }
        if start > 0, isRelative(start - 1) { start -= 1 }
        // An appositive, a relative clause, an age (", 63,") or an aside (", however,") stands
        // between: look further back.
        if ["a", "an", "who", "which"].contains(t.lower(start)) || (end - start == 1 && t[start].isNumber)
            || isDefiniteAppositive(start) || isAside(start..<end),
            start > 0
        {
            return antecedent(before: start, depth: depth + 1)
        }
        var nameStart = end
        // "the witness testifying Tuesday who listened": a weekday or a month names no one.
        while nameStart > start, t[nameStart - 1].isCapitalised, end - nameStart < 4,
            t.facts(nameStart - 1).weekday == 0, t.facts(nameStart - 1).month == 0
        { nameStart -= 1 }
        if nameStart < end { return words(nameStart..<end) }
        if end - start <= 4 { return words(start..<end) }
        // "Okafor was the third witness testifying Tuesday who …": the name the clause opens with.
        var opening = start
        while opening < end, opening - start < 3, t[opening].isCapitalised { opening += 1 }
        if opening > start, opening < end, t[opening].has(.linkingAuxiliary) { return words(start..<opening) }
        return nil
    }

    /// Sentence adverbs set off by commas between a subject and its verb ("Richardson,
    /// however, decided …"): passed over to the subject.
    static let asides: Set<String> = [
        "however", "meanwhile", "though", "too", "also", "instead", "therefore", "nonetheless", "nevertheless",
        "indeed", "moreover", "meantime", "still", "then", "in turn", "for his part", "for her part", "for their part",
        "for its part", "in the meantime",
    ]

    /// True when `range` holds one of `asides` and nothing else.
    func isAside(_ range: Range<Int>) -> Bool {
        range.count <= 4 && Self.asides.contains(range.map { t.lower($0) }.joined(separator: " "))
    }

    /// True when the noun phrase opening with "the" at `start` is an appositive to the short
    /// noun phrase before its comma: "Ana Ruiz, the mayor of Leeds, said …", "The company, the
    /// largest in Europe, said …", or to another appositive ("…, a senior analyst, the …").
    /// Not after a fronted phrase ("In London, the mayor said …", "Last year, the …").
    func isDefiniteAppositive(_ start: Int) -> Bool {
        guard t.lower(start) == "the", start > 1, t.lower(start - 1) == "," else { return false }
        // "WeWork’s parent company, The We Company, announced": a name is kept as it is.
        var after = start + 1
        while after < t.count, !ClauseBounds.isBreak(t[after]), t[after].isCapitalised { after += 1 }
        if after > start + 1, after == t.count || ClauseBounds.isBreak(t[after]) { return false }
        let end = start - 1
        var first = end
        while first > 0, !ClauseBounds.isBreak(t[first - 1]) { first -= 1 }
        guard first < end else { return false }
        if ["a", "an"].contains(t.lower(first)) { return true }
        let phrase = first..<end
        guard phrase.count <= 4, !t[first].has(.preposition), !skip.overlaps(phrase) else { return false }
        return phrase.allSatisfy { i in
            (t[i].isWord && !isPastVerb(i) && t.facts(i).month == 0) || t[i].kind == .possessive
        } && phrase.contains { t[$0].isCapitalised || t[$0].has(.determiner) }
    }

    /// The object: from `start` up to a preposition (after two words), a break or the clause's
    /// end, at most `maxObjectWords` words; "to" right after the verb is kept ("sentenced to 15
    /// years", "agreed to buy").
    func objectWords(from start: Int, segmentEnd: Int) -> String? {
        let end = objectEnd(from: start, segmentEnd: segmentEnd)
        guard end > start else { return nil }
        var pieces: [String] = []
        var run: Range<Int>? = nil
        for i in start..<end {
            if skip.contains(i)
                || (i + 1 < end && skip.contains(i + 1) && t[i].has(.preposition) && skip.lowerBound == i + 1)
                || ((t.lower(i) == "late" || t.lower(i) == "early") && i + 2 == skip.lowerBound
                    && t[i + 1].has(.preposition))
            {
                if let r = run { pieces.append(words(r)); run = nil }
                continue
            }
            run = run.map { $0.lowerBound..<(i + 1) } ?? i..<(i + 1)
        }
        if let r = run { pieces.append(words(r)) }
        // A particle alone is the verb's own ("residents lined up at the microphone").
        if end == start + 1, t[start].has(.particle), !skip.contains(start) { return words(start..<end) }
        var joined = pieces.joined(separator: " ")
        // A cut object does not end on a preposition, a conjunction or an article.
        while let last = Self.lastWord(joined).map(String.init),
            TenseLexicon.prepositions.contains(last.lowercased())
                || ["and", "or", "but", "a", "an", "the", "that"].contains(last.lowercased())
        {
            joined = String(joined.dropLast(last.count)).trimmingCharacters(in: .whitespaces)
        }
        return joined.isEmpty ? nil : joined
    }

    func objectEnd(from start: Int, segmentEnd: Int) -> Int {
        var i = start
        var kept = 0
        while i < segmentEnd, kept < EventDescriber.maxObjectWords {
            if skip.contains(i) { i += 1; continue }
            let w = t.lower(i)
            if ClauseBounds.isBreak(t[i]) { break }
            // The main verb after a relative clause ends its object: "that topped the levee … rose".
            if kept >= 1, i == skip.upperBound, isPastVerb(i) || (kept >= 2 && t[i].isWord && !t[i].has(.preposition)) {
                break
            }
            // "the interview aired at the weekend was a success": a verb right after the dating
            // expression is the sentence's own, past the reduced relative that names the event.
            if i == skip.upperBound, i > start, t[i].isWord, t[i].has(.auxiliary) { break }
            // "… and is seeking …": a second verb starts a second clause.
            if w == "and" || w == "or" || w == "but", i + 1 < segmentEnd, startsVerbGroup(i + 1) { break }
            // The expression that dates the event and its preposition ("in 2021") drop out.
            if i + 1 == skip.lowerBound, t[i].has(.preposition) { i = skip.upperBound; continue }
            if w == "late" || w == "early", i + 2 == skip.lowerBound, t[i + 1].has(.preposition) {
                i = skip.upperBound; continue
            }
            if t[i].has(.preposition) {
                let keepTo =
                    w == "to"
                    && (kept == 0
                        || (i + 1 < segmentEnd && t[i + 1].isWord && !t[i + 1].has(.determiner)
                            && !t[i + 1].isCapitalised))
                let keepOf = w == "of" && kept <= 1
                if !(keepTo || keepOf) && kept >= 1 { break }

            }
            if t[i].isWord || t[i].isNumber { kept += 1 }
            i += 1
        }
        return i
    }

    /// The last run of characters between spaces, as `split(separator: " ").last` gives it, read
    /// back from the end instead of splitting the whole phrase.
    static func lastWord(_ s: String) -> Substring? {
        // In plain ASCII every byte is a character: read the bytes.
        let utf8 = s.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var end = utf8.endIndex
            while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
            guard end > utf8.startIndex else { return nil }
            var start = end
            while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: " ") {
                start = utf8.index(before: start)
            }
            return s[start..<end]
        }
        var end = s.endIndex
        while end > s.startIndex {
            let before = s.index(before: end)
            guard s[before] == " " else { break }
            end = before
        }
        guard end > s.startIndex else { return nil }
        let head = s[..<end]
        let start = head.lastIndex(of: " ").map { head.index(after: $0) } ?? head.startIndex
        return head[start..<end]
    }

    /// The text of a token run as written, its white space folded to single spaces.
    func words(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        // One line: a clause running over a line break (a list, a table cell) reads as one phrase.
        return text.folded(t[range.lowerBound].range.lowerBound..<t[range.upperBound - 1].range.upperBound)
    }
}
