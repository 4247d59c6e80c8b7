/// The tense of the clause around a temporal expression, which decides which way a weekday or a
/// month without a year points from the reference date ("released on Thursday": the last
/// Thursday; "will meet on Thursday": the next).
enum ClauseTense: Sendable, Equatable {
    case past, present, future, unknown

    /// Reads the comma-bounded stretch of `tokens` around `range`: a future marker ("will",
    /// "would", "is due to") anywhere before the expression makes it future; otherwise a
    /// past-tense verb or auxiliary makes it past. Linear in the clause's length.
    static func of(_ tokens: TimeWords, around range: Range<Int>) -> ClauseTense {
        let bounds = ClauseBounds.segment(tokens, around: range)
        func scan(_ indices: Range<Int>) -> ClauseTense {
            var sawPast = false, sawPresent = false
            for i in indices where tokens[i].isWord {
                let facts = tokens.facts(i)
                if facts.has(.futureAuxiliary) { return .future }
                let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
                if facts.has(.futureBeforeTo), next == "to" { return .future }
                // "applications are due by …", "the vote is due on …".
                if tokens[i].lower == "due", ["by", "on", "in", "at", "before", "next"].contains(next) {
                    return .future
                }
                if facts.has(.pastCue) { sawPast = true }
                if facts.has(.presentAuxiliary) { sawPresent = true }
            }
            return sawPast ? .past : (sawPresent ? .present : .unknown)
        }
        let before = scan(bounds.lowerBound..<range.lowerBound)
        if before == .future { return .future }
        let after = scan(range.upperBound..<bounds.upperBound)
        if after == .future, before != .past { return .future }
        if before != .unknown { return before }
        return after
    }

    /// A regular past form: a lower-case word ending in "-ed" that is not a common noun or
    /// adjective of that shape.
    static func isRegularPast(_ word: String) -> Bool {
        // Most words are plain ASCII letters: test their bytes before any Character work.
        let bytes = word.utf8
        if bytes.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) {
            return bytes.count > 4 && bytes.last.map { $0 == UInt8(ascii: "d") } == true
                && bytes.dropLast().last.map { $0 == UInt8(ascii: "e") } == true
                && !TenseLexicon.notVerbsInEd.contains(word)
        }
        return word.count > 4 && word.hasSuffix("ed") && !TenseLexicon.notVerbsInEd.contains(word)
            && word.allSatisfy(\.isLetter)
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
