/// Finds what a count or percentage counts: the noun phrase after it ("52 prisoners of various
/// nationalities" → "prisoners"), after its "of" ("4% of Belarus’s political prisoners"),
/// before "by" ("raising property taxes by 4%"), or the share it names ("a market share of 31%").
/// Works on the words themselves (no part-of-speech model): function words, verbs of saying and
/// -ing/-ed forms end a phrase, and a capitalised word after lower-case ones starts a new clause.
struct CountedNounFinder {
    let tokens: AtomRun

    private func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count && tokens[index].isWord ? tokens.lower(index) : nil
    }

    /// The token range of what the figure spanning tokens `start..<end` counts, or nil.
    func find(kind: Figure.Kind, start: Int, end: Int) -> Range<Int>? {
        if word(end) == "of" {
            return phrase(from: end + 1, afterOf: true)
        }
        if kind == .count {
            if let found = phrase(from: end, afterOf: false) {
                if let head = word(found.upperBound - 1), FigureWords.relationalHeads.contains(head),
                    word(found.upperBound) == "of",
                    let complement = phrase(from: found.upperBound + 1, afterOf: true)
                {
                    return found.lowerBound..<complement.upperBound
                }
                return found
            }
            // "a crowd of 61,000": the noun before "of".
            var back = start - 1
            while back >= 0, let lower = word(back),
                ["about", "some", "around", "nearly", "almost", "roughly", "over", "than", "more", "up", "to"].contains(
                    lower)
            { back -= 1 }
            if word(back) == "of" { return phraseBefore(back) }
            return nil
        }
        // Percentages: "a 4% tax rise" counts tax; "a 7% increase" counts nothing named.
        if let found = phrase(from: end, afterOf: false) {
            var upper = found.upperBound
            while upper > found.lowerBound, let last = word(upper - 1), FigureWords.changeNouns.contains(last) {
                upper -= 1
            }
            if upper > found.lowerBound { return found.lowerBound..<upper }
        }
        var back = start - 1
        while back >= 0, let lower = word(back),
            ["about", "some", "around", "nearly", "almost", "roughly", "than", "more", "to", "just", "only"].contains(
                lower)
                || lower == "up" && word(back + 1) == "to"
        { back -= 1 }
        var verb: Int? = nil
        if word(back) == "by" {
            if let found = phraseBefore(back) { return found }
            verb = back - 1
        } else if let lower = word(back), Self.changeVerbs.contains(lower) {
            verb = back
        }
        if word(back) == "of", let head = word(back - 1), FigureWords.shareHeads.contains(head) {
            return phraseBefore(back)
        }
        if let found = shareSubject(before: start) { return found }
        if let verb, let lower = word(verb), Self.changeVerbs.contains(lower) { return subject(before: verb) }
        return nil
    }

    /// "Shares in Vantara Infra, the tower company, rose 6%", "pay at the terminals had risen
    /// 4.5%": a percentage change counts the subject of its verb. Skips auxiliaries and one
    /// appositive set off by commas; the subject may hold "in/of/at/for" phrases.
    func subject(before verb: Int) -> Range<Int>? {
        var last = verb - 1
        while let lower = word(last), Self.auxiliaries.contains(lower) { last -= 1 }
        if last >= 0, tokens[last].isSymbol(",") {
            var cursor = last - 1
            while cursor >= 0, last - cursor < 30, !tokens[cursor].isSymbol(","), !tokens[cursor].isSymbol(".") {
                cursor -= 1
            }
            guard cursor >= 0, tokens[cursor].isSymbol(",") else { return nil }
            last = cursor - 1
        }
        guard let head = word(last), !Self.subjectStops.contains(head), !FigureWords.determiners.contains(head) else {
            return nil
        }
        var first = last
        var cursor = last - 1
        var words = 1
        while cursor >= 0, words < 7, let lower = word(cursor) {
            let linking = Self.linkingPrepositions.contains(lower)
            if FigureWords.determiners.contains(lower) {
                guard let before = word(cursor - 1), Self.linkingPrepositions.contains(before) else { break }
            } else if Self.subjectStops.contains(lower), !linking {
                break
            } else if lower.count > 4, lower.hasSuffix("ing") || lower.hasSuffix("ed"),
                !FigureWords.nounsLikeVerbs.contains(lower)
            {
                break
            }
            first = cursor
            words += 1
            cursor -= 1
        }
        while first < last, let lower = word(first),
            Self.linkingPrepositions.contains(lower) || FigureWords.determiners.contains(lower)
        { first += 1 }
        return first..<(last + 1)
    }

    static let auxiliaries: Set<String> = Lexicon.set("figures/auxiliaries")
    /// Function words that end a subject read backwards (nouns that double as verbs, such as
    /// "pay" or "cut", are allowed there).
    static let subjectStops: Set<String> = Lexicon.set("figures/subject-stops")

    static let linkingPrepositions: Set<String> = Lexicon.set("figures/linking-prepositions")

    /// "The share of nights that stayed above 28C went from 9% …": the percentage measures the
    /// share named earlier in its clause. Looks back at most 25 tokens, not past a sentence stop
    /// or another percentage.
    func shareSubject(before start: Int) -> Range<Int>? {
        var cursor = start - 1
        while cursor >= 0, start - cursor <= 25 {
            let token = tokens[cursor]
            if token.isSymbol(".") || token.isSymbol(";") || token.isSymbol("%") || tokens.lower(cursor) == "percent"
                || tokens.lower(cursor) == "cent"
            {
                return nil
            }
            if token.isWord, ["share", "proportion", "percentage", "fraction", "number"].contains(tokens.lower(cursor)),
                word(cursor + 1) == "of",
                cursor + 2 < start
            {
                return phrase(from: cursor + 2, afterOf: true)
            }
            cursor -= 1
        }
        return nil
    }

    /// The noun phrase starting at `index`. After "of", determiners and possessives may lead it.
    func phrase(from index: Int, afterOf: Bool) -> Range<Int>? {
        var cursor = index
        var first: Int? = nil
        var last: Int? = nil
        var words = 0
        var sawLowercase = false
        var sawNoun = false
        while cursor < tokens.count, words < 7 {
            let token = tokens[cursor]
            // After "of", a number may stand among the determiners ("14 of its 52 stores").
            if afterOf, !sawNoun, token.isDigits, first != nil || true {
                if first == nil { first = cursor }
                cursor += 1
                while cursor + 1 < tokens.count, tokens[cursor].isSymbol(","), !tokens[cursor].spaceBefore,
                    tokens[cursor + 1].isDigits
                { cursor += 2 }
                continue
            }
            // "400 737 Max jets", "three Boeing 787-9 aircraft": a model number is part of the name.
            if !afterOf, !sawLowercase, token.isDigits, let end = modelNumberEnd(cursor, afterName: first != nil) {
                if first == nil { first = cursor }
                cursor = end
                words += 1
                continue
            }
            guard token.isWord, !token.inLink else { break }
            let lower = tokens.lower(cursor)
            if first == nil, !afterOf, FigureWords.droppedLeads.contains(lower) {
                cursor += 1
                continue
            }
            let isDeterminer =
                FigureWords.determiners.contains(lower) || (afterOf && !sawNoun && NumberWords.cardinal(lower) != nil)
            if afterOf, !sawNoun, isDeterminer {
                if first == nil { first = cursor }
                cursor += 1
                words += 1
                continue
            }
            // "US troops": the country in capitals is a name, not the pronoun "us".
            let isCapitalsName = token.length > 1 && tokens.atoms[cursor].token.has(.allCaps)
            if !isCapitalsName, FigureWords.phraseStops.contains(lower) || lower == "percent" { break }
            if !afterOf, FigureWords.determiners.contains(lower) { break }
            if word(cursor + 1) == "than" { break }
            // A capitalised -ing word after a number is a name ("Boeing", "Beijing"), not a verb.
            let verbLike =
                lower.count > 4 && (lower.hasSuffix("ing") && !token.isCapitalized || lower.hasSuffix("ed"))
                && !FigureWords.nounsLikeVerbs.contains(lower)
            if sawNoun, verbLike { break }
            // "53,400 watched the match": an -ed/-ing word before a function word is the verb.
            if !sawNoun, verbLike {
                let next = cursor + 1 < tokens.count ? tokens[cursor + 1] : nil
                if next == nil || !next!.isWord || FigureWords.phraseStops.contains(tokens.lower(cursor + 1)) { break }
            }
            if token.isCapitalized, sawLowercase {
                let next = cursor + 1 < tokens.count ? tokens[cursor + 1] : nil
                let nextEnds =
                    next == nil || !next!.isWord || FigureWords.phraseStops.contains(tokens.lower(cursor + 1))
                    || tokens.lower(cursor + 1).hasSuffix("ed")
                if nextEnds { break }
            }
            if first == nil { first = cursor }
            sawNoun = true
            if !token.isCapitalized { sawLowercase = true }
            last = cursor
            words += 1
            cursor += 1
            // Hyphenated words: night-time, low-lying, back-office.
            if cursor + 1 < tokens.count, tokens[cursor].isSymbol("-"), !tokens[cursor].spaceBefore,
                tokens[cursor + 1].isWord,
                !tokens[cursor + 1].spaceBefore
            {
                last = cursor + 1
                cursor += 2
            }
        }
        guard let first, let last, sawNoun else { return nil }
        return first..<(last + 1)
    }

    /// Where a model number at `index` ends: digits before a capitalised model word ("737
    /// Max"), or, after a name (`afterName`), digits alone or with a variant ("Boeing 787-9").
    func modelNumberEnd(_ index: Int, afterName: Bool) -> Int? {
        let next = index + 1
        if next < tokens.count, tokens[next].isCapitalized, NumberReader.modelWords.contains(tokens.lower(next)) {
            return next + 1
        }
        guard afterName, index > 0, tokens[index - 1].isCapitalized, next < tokens.count, tokens[next].isWord
            || tokens.isDash(next) && !tokens[next].spaceBefore && tokens.isDigits(next + 1)
        else { return nil }
        return tokens.isDash(next) ? next + 2 : next
    }

    /// The noun phrase that ends just before `index` ("residential property taxes" before
    /// "by"), read backwards: its head may be any word, its modifiers stop at verbs.
    func phraseBefore(_ index: Int) -> Range<Int>? {
        var cursor = index - 1
        var last: Int? = nil
        var first: Int? = nil
        while cursor >= 0, let lower = word(cursor), (last.map { $0 - cursor } ?? 0) < 4 {
            if FigureWords.phraseStops.contains(lower) || FigureWords.determiners.contains(lower) { break }
            if last == nil, Self.changeVerbs.contains(lower) { return nil }
            if last != nil, lower.count > 4, lower.hasSuffix("ing") || lower.hasSuffix("ed"),
                !FigureWords.nounsLikeVerbs.contains(lower)
            {
                break
            }
            if last == nil { last = cursor }
            first = cursor
            cursor -= 1
            if cursor >= 1, tokens[cursor].isSymbol("-"), !tokens[cursor + 1].spaceBefore, !tokens[cursor].spaceBefore,
                tokens[cursor - 1].isWord
            {
                first = cursor - 1
                cursor -= 2
            }
        }
        guard let first, let last else { return nil }
        return first..<(last + 1)
    }

    /// Verbs of change that stand before "by N%" without naming what changed.
    static let changeVerbs: Set<String> = Lexicon.set("figures/change-verbs")
}
