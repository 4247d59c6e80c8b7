/// The boundary rules for stops: decimals, ellipses and elisions, clusters of stops and closing
/// marks, abbreviations, titles, initials, clock times, list markers, stops with no space after
/// them, and quotations followed by their attribution.
extension SentenceScan {
    // MARK: Stops

    /// Judges the stop at `index` and returns where the scan goes on.
    mutating func handleStop(at index: Int) -> Int {
        let scalar = scalars[index]
        if scalar == ".", isDecimalPoint(index) { return index + 1 }
        let shape = currentToken()
        if shape.isLink, index < shape.trailingStart { return index + 1 }
        if scalar == "." || scalar == "…", index > lower, scalars[index - 1].isOpeningBracket {
            return endOfDots(from: index)  // an elision: "[...]"
        }
        let cluster = scanCluster(at: index)
        guard cluster.end < upper else { return cluster.end }
        guard scalars[cluster.end].isSpace else {
            if scalar == ".", cluster.end == index + 1, joinsWithoutSpace(at: index) {
                closeInsideToken(at: index + 1)
            }
            return cluster.end
        }
        afterStop = true
        let gap = gap(from: cluster.end)
        guard gap.end < upper else { return cluster.end }
        let next = lookahead(at: gap.end)
        if endsSentence(cluster, at: index, gap: gap, next: next) {
            let split = gap.lineBreaks == 0 ? cluster.leadingDotEnd : nil
            close(at: split ?? cluster.end)
        }
        return cluster.end
    }

    /// A period between digits: "3.5", "1026.253".
    func isDecimalPoint(_ index: Int) -> Bool {
        index > lower && index + 1 < upper && scalars[index - 1].isDigit
            && scalars[index + 1].isDigit
    }

    func endOfDots(from index: Int) -> Int {
        var cursor = index
        while cursor < upper, scalars[cursor] == "." || scalars[cursor] == "…" { cursor += 1 }
        return cursor
    }

    /// The run of stops and closing marks starting at `index`, with spaced ellipses
    /// (". . .") read as one run.
    func scanCluster(at index: Int) -> Cluster {
        var cluster = Cluster(end: index)
        var cursor = index
        var spacedAfterFirst = false
        while cursor < upper {
            let scalar = scalars[cursor]
            if scalar == "." {
                cluster.dots += 1
            } else if scalar == "…" {
                cluster.dots += 3
            } else if scalar.isStrongStop {
                cluster.strong = true
            } else if scalar == " ", scalars[cursor - 1] == ".", isSpacedDot(at: cursor + 1) {
                if cursor == index + 1 { spacedAfterFirst = true }
            } else if scalar.isCloser, closes(at: cursor + 1) {
                if scalar.isQuote { cluster.closesQuote = true }
            } else {
                break
            }
            cursor += 1
        }
        cluster.end = cursor
        // "compounds. . . . The": the period ends the sentence, the ellipsis opens the next.
        if spacedAfterFirst, cluster.isEllipsisAndPeriod, index > lower, !scalars[index - 1].isSpace {
            cluster.leadingDotEnd = index + 1
        }
        return cluster
    }

    /// A lone period inside a spaced ellipsis.
    func isSpacedDot(at index: Int) -> Bool {
        guard index < upper, scalars[index] == "." else { return false }
        let after = index + 1
        return after == upper || scalars[after].isSpace || scalars[after] == "."
            || scalars[after].isCloser
    }

    /// Whether a closing mark before `index` really closes (rather than being an apostrophe,
    /// as in "Jr.'s").
    func closes(at index: Int) -> Bool {
        index == upper || scalars[index].isSpace || scalars[index].isStop
            || scalars[index].isCloser
    }

    /// The boundary decision for a cluster followed by white space and more text.
    mutating func endsSentence(
        _ cluster: Cluster, at index: Int, gap: Gap, next: Lookahead
    ) -> Bool {
        if gap.isParagraph { return true }
        if next.kind == .lower { return false }
        if gap.lineBreaks > 0, !isSoftBreak(lineEnd: cluster.end, next: next) { return true }
        switch next.kind {
        case .lower, .other: return false
        case .bullet: return true
        case .upper, .digit, .uncased: break
        }
        if cluster.strong || (cluster.isEllipsis && cluster.closesQuote) {
            return !(cluster.closesQuote && attributionFollows(at: next.wordStart))
        }
        if cluster.isEllipsis { return false }
        if cluster.isEllipsisAndPeriod { return true }
        return periodEndsSentence(at: index, next: next)
    }

    /// The decision for a single period followed by a capital, a digit or an opening mark,
    /// made on the word before it.
    mutating func periodEndsSentence(at index: Int, next: Lookahead) -> Bool {
        let word = wordBefore(index)
        switch word.kind {
        case .none, .link:
            return true
        case .number:
            return !isSentenceOpening(word)
        case .dotted:
            if SentenceLexicon.clockSuffixes.contains(word.text) { return clockTimeEnds(next) }
            if SentenceLexicon.nonFinalInitialisms.contains(word.text) { return false }
            return startsNewSentence(next)
        case .letters:
            return lettersEndSentence(word, next: next)
        }
    }

    /// The decision after a word of letters: by the lexicon list it is in, or as an initial
    /// or list marker when it is a single letter.
    func lettersEndSentence(_ word: WordBefore, next: Lookahead) -> Bool {
        let lexicon = SentenceLexicon.self
        if lexicon.titles.contains(word.text) { return false }
        if lexicon.numberPrefixes.contains(word.text) || lexicon.months.contains(word.text) {
            return next.kind != .digit
        }
        if lexicon.abbreviations.contains(word.text) { return startsNewSentence(next) }
        guard word.length == 1 else { return true }
        // A single letter: a list marker, an initial ("Jonas E. Smith") or a word ("I").
        if isSentenceOpening(word) { return false }
        return startsNewSentence(next)
    }

    /// After "a.m." or "p.m.": a capitalised word starts a new sentence unless it continues
    /// the time ("Tuesday", "GMT") or the sentence so far is only the time ("At 5 a.m.").
    func clockTimeEnds(_ next: Lookahead) -> Bool {
        if next.kind == .upper, SentenceLexicon.clockFollowers.contains(next.word) {
            return false
        }
        return words > 3
    }

    /// Whether the next word is a typical sentence opening rather than part of a name.
    func startsNewSentence(_ next: Lookahead) -> Bool {
        guard next.kind == .upper else { return false }
        if next.quoted { return true }
        let starters = SentenceLexicon.sentenceStarters
        if starters.contains(next.word) { return true }
        guard let stem = next.word.split(separator: "'").first else { return false }
        return starters.contains(String(stem))
    }

    /// Whether `word` is the whole first word of the open sentence, as a list marker is.
    func isSentenceOpening(_ word: WordBefore) -> Bool {
        words == 1 && word.start <= tokenStart + 1
    }

    /// "Tuesday.Mr", "1,000.That": a period between a word or number and a capitalised word,
    /// with no space, ends a sentence.
    mutating func joinsWithoutSpace(at index: Int) -> Bool {
        guard index + 2 < upper, scalars[index + 1].isUpper, scalars[index + 2].isLower else {
            return false
        }
        let word = wordBefore(index)
        switch word.kind {
        case .number:
            return true
        case .letters:
            return word.length >= 2 && word.hasLowercase && !isAbbreviation(word.text)
        case .none, .dotted, .link:
            return false
        }
    }

    func isAbbreviation(_ text: String) -> Bool {
        let lexicon = SentenceLexicon.self
        return lexicon.titles.contains(text) || lexicon.numberPrefixes.contains(text)
            || lexicon.months.contains(text) || lexicon.abbreviations.contains(text)
    }

    /// How many words after a quotation may name its speaker before the verb of saying.
    static let attributionWords = 5

    /// Whether a capitalised name and a verb of saying follow a quotation:
    /// "“Why now?” Smith asked", "“Enough!” Sen. Jane Doe said".
    func attributionFollows(at index: Int) -> Bool {
        var cursor = index
        for position in 0..<Self.attributionWords {
            let wordStart = cursor
            while cursor < upper, cursor - wordStart < Self.wordLimit, isNameScalar(at: cursor) {
                cursor += 1
            }
            guard cursor > wordStart else { return false }
            if position > 0, SentenceLexicon.speechVerbs.contains(lowercased(wordStart..<cursor)) {
                return true
            }
            guard scalars[wordStart].isUpper else { return false }
            if cursor < upper, scalars[cursor] == "." { cursor += 1 }
            guard cursor < upper, scalars[cursor] == " " else { return false }
            cursor += 1
        }
        return false
    }

    func isNameScalar(at index: Int) -> Bool {
        let scalar = scalars[index]
        return scalar.isLetter || scalar.isMark || scalar == "-" || isInnerApostrophe(at: index)
    }
}
