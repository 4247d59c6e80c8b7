/// Splits text into sentences with exact scalar offsets.
///
/// Written for news copy. It keeps titles and abbreviations inside their sentence ("Gen.",
/// "Sept. 11", "Inc."), as well as initials and dotted initialisms ("John F. Kennedy",
/// "U.S. President"), decimals and money ("3.5", "$1.2bn"), ellipses in mid-sentence, and
/// quotations that close after their stop ("“Why now?” she asked."). It splits list items
/// ("1.", "a)", "•") and lines that stand alone without a stop, such as headlines, bylines and
/// "READ ALSO" lines, while joining lines that were only wrapped to fit a width.
///
/// The scan visits each scalar a bounded number of times and looks only a bounded distance
/// around each candidate stop, so time grows linearly with the text. The words it consults are
/// in `SentenceLexicon`; the rules are here.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter. It holds no state, so one value can be shared freely.
    public init() {}

    /// The sentences inside `range` of `text`: trimmed of surrounding white space, in order,
    /// non-overlapping, and all within `range` (which is clamped to the text).
    public func split(_ text: ScalarText, in range: Range<Int>) -> [Range<Int>] {
        let lower = max(0, min(range.lowerBound, text.count))
        let upper = max(lower, min(range.upperBound, text.count))
        var scan = SentenceScan(text: text, bounds: lower..<upper)
        scan.run()
        return scan.sentences
    }
}

// MARK: - The scan

/// One left-to-right pass over a range, closing a sentence at each boundary it decides on.
private struct SentenceScan {
    /// Blocks whose longest line falls in this range may be hard-wrapped prose.
    static let wrapWidths = 40...120
    /// How far back a word before a period is read; longer words are never abbreviations.
    static let wordLimit = 32

    let text: ScalarText
    let scalars: [Unicode.Scalar]
    let lower: Int
    let upper: Int
    private(set) var sentences: [Range<Int>] = []

    /// Where the open sentence starts, before trimming.
    private var start: Int
    /// White-space separated words seen in the open sentence (a bare bullet is not a word).
    private var words = 0
    /// Whether the open sentence's first word begins its line, and begins in lower case.
    private var sentenceLeadsLine = false
    private var sentenceOpensLowercase = false
    /// The first non-space scalar of the current line.
    private var lineStart: Int
    /// The first scalar of the current block of lines (blocks are separated by blank lines).
    private var blockStart: Int
    private var measuredBlock: (start: Int, shape: BlockShape)?
    /// Where the current white-space separated token starts, and its shape once measured.
    private var tokenStart: Int
    private var token: TokenShape?
    /// The list marker that opened the latest sentence, if one did ("1.", "a)").
    private var list: ListMarker?
    /// Whether the content just before the current white space ended in a stop already judged.
    private var afterStop = false

    init(text: ScalarText, bounds: Range<Int>) {
        self.text = text
        scalars = text.scalars
        lower = bounds.lowerBound
        upper = bounds.upperBound
        start = lower
        lineStart = lower
        blockStart = lower
        tokenStart = lower
    }

    mutating func run() {
        var index = lower
        var atTokenStart = true
        while index < upper {
            let scalar = scalars[index]
            if scalar.isSpace {
                let gap = gap(from: index)
                passGap(gap, from: index)
                index = gap.end
                atTokenStart = true
                continue
            }
            if atTokenStart {
                atTokenStart = false
                beginToken(at: index)
            }
            index = scalar.isStop ? handleStop(at: index) : index + 1
        }
        close(at: upper)
    }

    /// Ends the open sentence at `end` (exclusive) and opens the next one there.
    private mutating func close(at end: Int) {
        let sentence = (start..<end).trimmed(in: text)
        if !sentence.isEmpty { sentences.append(sentence) }
        start = end
        words = 0
    }

    /// Ends the open sentence inside a token ("world.Today"); the rest of the token is the
    /// first word of the next sentence.
    private mutating func closeInsideToken(at end: Int) {
        close(at: end)
        words = 1
        tokenStart = end
        sentenceLeadsLine = false
        sentenceOpensLowercase = false
    }

    /// Moves over white space: line breaks may end a line that has no stop, blank lines start
    /// a new block.
    private mutating func passGap(_ gap: Gap, from index: Int) {
        defer { afterStop = false }
        if index == lower {
            lineStart = gap.end
            return
        }
        guard gap.lineBreaks > 0 else { return }
        if !afterStop, lineBreakEndsSentence(lineEnd: index, gap: gap) { close(at: index) }
        lineStart = gap.end
        if gap.isParagraph {
            blockStart = gap.end
            list = nil
        }
    }

    // MARK: Tokens, bullets and list markers

    /// Notes a new token: a bullet or the next marker of a running list starts a sentence.
    private mutating func beginToken(at index: Int) {
        tokenStart = index
        token = nil
        var first = index
        if scalars[index].isBullet {
            if words > 0 { close(at: index) }
            first = index + 1
            if first >= upper || scalars[first].isSpace { return }
        }
        if let marker = listMarker(at: first) {
            if words > 0, let list, marker.follows(list) { close(at: index) }
            if words == 0 { list = marker }
        } else if words == 0 {
            list = nil
        }
        if words == 0 {
            sentenceLeadsLine = index == lineStart
            sentenceOpensLowercase = opensLowercase(at: first)
        }
        words += 1
    }

    /// A list marker at `index`: up to three digits or one lower-case letter, then ".", ")"
    /// or ".)", then white space.
    private func listMarker(at index: Int) -> ListMarker? {
        var cursor = index
        var value = 0
        let isLetter: Bool
        if cursor < upper, scalars[cursor].isDigit {
            while cursor < upper, cursor - index < 3, let digit = scalars[cursor].digitValue {
                value = value * 10 + digit
                cursor += 1
            }
            isLetter = false
        } else if cursor < upper, scalars[cursor].isASCIILowercase {
            value = Int(scalars[cursor].value)
            cursor += 1
            isLetter = true
        } else {
            return nil
        }
        guard cursor < upper else { return nil }
        let style: ListMarker.Style
        if scalars[cursor] == "." {
            if cursor + 1 < upper, scalars[cursor + 1] == ")" {
                style = .periodParenthesis
                cursor += 2
            } else {
                style = .period
                cursor += 1
            }
        } else if scalars[cursor] == ")" {
            style = .parenthesis
            cursor += 1
        } else {
            return nil
        }
        guard cursor < upper, scalars[cursor].isSpace else { return nil }
        return ListMarker(value: value, isLetter: isLetter, style: style)
    }

    /// Whether the first letter at `index`, after any opening marks, is lower case.
    private func opensLowercase(at index: Int) -> Bool {
        var cursor = index
        while cursor < upper, cursor - index < 3, scalars[cursor].isOpener { cursor += 1 }
        return cursor < upper && scalars[cursor].isLower
    }

    /// The shape of the current token, measured once: is it a web or e-mail address, and
    /// where does the punctuation at its end begin.
    private mutating func currentToken() -> TokenShape {
        if let token { return token }
        var end = tokenStart
        var isLink = false
        while end < upper, !scalars[end].isSpace {
            if scalars[end] == "@", end > tokenStart, end + 1 < upper, scalars[end + 1].isLetter {
                isLink = true
            } else if scalars[end] == ":", end + 2 < upper, scalars[end + 1] == "/",
                scalars[end + 2] == "/"
            {
                isLink = true
            }
            end += 1
        }
        var first = tokenStart
        while first < end, scalars[first].isOpener { first += 1 }
        if end - first > 4, text[first..<(first + 4)].lowercased() == "www." { isLink = true }
        var trailing = end
        while trailing > tokenStart, scalars[trailing - 1].endsToken { trailing -= 1 }
        let shape = TokenShape(isLink: isLink, trailingStart: trailing)
        token = shape
        return shape
    }

    // MARK: Stops

    /// Judges the stop at `index` and returns where the scan goes on.
    private mutating func handleStop(at index: Int) -> Int {
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
    private func isDecimalPoint(_ index: Int) -> Bool {
        index > lower && index + 1 < upper && scalars[index - 1].isDigit
            && scalars[index + 1].isDigit
    }

    private func endOfDots(from index: Int) -> Int {
        var cursor = index
        while cursor < upper, scalars[cursor] == "." || scalars[cursor] == "…" { cursor += 1 }
        return cursor
    }

    /// The run of stops and closing marks starting at `index`, with spaced ellipses
    /// (". . .") read as one run.
    private func scanCluster(at index: Int) -> Cluster {
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
        if spacedAfterFirst, cluster.dots >= 4, index > lower, !scalars[index - 1].isSpace {
            cluster.leadingDotEnd = index + 1
        }
        return cluster
    }

    /// A lone period inside a spaced ellipsis.
    private func isSpacedDot(at index: Int) -> Bool {
        guard index < upper, scalars[index] == "." else { return false }
        let after = index + 1
        return after == upper || scalars[after].isSpace || scalars[after] == "."
            || scalars[after].isCloser
    }

    /// Whether a closing mark before `index` really closes (rather than being an apostrophe,
    /// as in "Jr.'s").
    private func closes(at index: Int) -> Bool {
        index == upper || scalars[index].isSpace || scalars[index].isStop
            || scalars[index].isCloser
    }

    /// The boundary decision for a cluster followed by white space and more text.
    private mutating func endsSentence(
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
        if cluster.strong || (cluster.dots == 3 && cluster.closesQuote) {
            return !(cluster.closesQuote && attributionFollows(at: next.wordStart))
        }
        if cluster.dots == 3 { return false }  // an ellipsis inside the sentence
        if cluster.dots >= 4 { return true }  // an ellipsis and a period
        return periodEndsSentence(at: index, next: next)
    }

    /// The decision for a single period followed by a capital, a digit or an opening mark,
    /// made on the word before it.
    private mutating func periodEndsSentence(at index: Int, next: Lookahead) -> Bool {
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
    private func lettersEndSentence(_ word: WordBefore, next: Lookahead) -> Bool {
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
    private func clockTimeEnds(_ next: Lookahead) -> Bool {
        if next.kind == .upper, SentenceLexicon.clockFollowers.contains(next.word) {
            return false
        }
        return words > 3
    }

    /// Whether the next word is a typical sentence opening rather than part of a name.
    private func startsNewSentence(_ next: Lookahead) -> Bool {
        guard next.kind == .upper else { return false }
        if next.quoted { return true }
        let starters = SentenceLexicon.sentenceStarters
        if starters.contains(next.word) { return true }
        guard let stem = next.word.split(separator: "'").first else { return false }
        return starters.contains(String(stem))
    }

    /// Whether `word` is the whole first word of the open sentence, as a list marker is.
    private func isSentenceOpening(_ word: WordBefore) -> Bool {
        words == 1 && word.start <= tokenStart + 1
    }

    /// "Tuesday.Mr", "1,000.That": a period between a word or number and a capitalised word,
    /// with no space, ends a sentence.
    private mutating func joinsWithoutSpace(at index: Int) -> Bool {
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

    private func isAbbreviation(_ text: String) -> Bool {
        let lexicon = SentenceLexicon.self
        return lexicon.titles.contains(text) || lexicon.numberPrefixes.contains(text)
            || lexicon.months.contains(text) || lexicon.abbreviations.contains(text)
    }

    /// Whether a capitalised name and a verb of saying follow a quotation:
    /// "“Why now?” Smith asked", "“Enough!” Sen. Jane Doe said".
    private func attributionFollows(at index: Int) -> Bool {
        var cursor = index
        for position in 0..<5 {
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

    private func isNameScalar(at index: Int) -> Bool {
        let scalar = scalars[index]
        return scalar.isLetter || scalar.isMark || scalar == "-" || isInnerApostrophe(at: index)
    }

    // MARK: Line breaks

    /// The decision for a line break after a line that does not end in a stop: a headline,
    /// byline or list line ends there; a wrapped line or one that runs on does not.
    private mutating func lineBreakEndsSentence(lineEnd: Int, gap: Gap) -> Bool {
        guard gap.end < upper else { return false }
        if gap.isParagraph { return true }
        if scalars[lineEnd - 1].continuesLine { return false }
        if SentenceLexicon.lineContinuations.contains(lastWord(endingAt: lineEnd)) { return false }
        let next = lookahead(at: gap.end)
        if isSoftBreak(lineEnd: lineEnd, next: next) { return false }
        guard next.kind == .lower else { return true }
        return sentenceLeadsLine && sentenceOpensLowercase
    }

    /// Whether the line ending at `lineEnd` was wrapped to fit a width: its block looks
    /// hard-wrapped and the next word would not have fitted on the line.
    private mutating func isSoftBreak(lineEnd: Int, next: Lookahead) -> Bool {
        let shape = blockShape()
        guard shape.looksWrapped else { return false }
        return (lineEnd - lineStart) + 1 + next.length > shape.width - shape.width / 10
    }

    private mutating func blockShape() -> BlockShape {
        if let measuredBlock, measuredBlock.start == blockStart { return measuredBlock.shape }
        let shape = measureBlock(from: blockStart)
        measuredBlock = (blockStart, shape)
        return shape
    }

    /// The lines from `index` to the next blank line: how long each is and whether it ends
    /// in a stop.
    private func measureBlock(from index: Int) -> BlockShape {
        var lines: [(length: Int, stopped: Bool)] = []
        var first: Int?
        var last = index
        var cursor = index
        scanning: while cursor < upper {
            let scalar = scalars[cursor]
            if !scalar.isSpace {
                if first == nil { first = cursor }
                last = cursor + 1
            } else if scalar.breaksLine {
                if let lineFirst = first {
                    lines.append((last - lineFirst, endsInStop(lineFirst..<last)))
                    first = nil
                } else if !lines.isEmpty {
                    break scanning
                }
                if scalar.breaksParagraph { break scanning }
                if scalar == "\r", cursor + 1 < upper, scalars[cursor + 1] == "\n" { cursor += 1 }
            }
            cursor += 1
        }
        if let lineFirst = first { lines.append((last - lineFirst, endsInStop(lineFirst..<last))) }
        return BlockShape(lines: lines)
    }

    /// Whether `line` ends in a stop, perhaps followed by closing marks.
    private func endsInStop(_ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, line.upperBound - end < 3, scalars[end - 1].isCloser {
            end -= 1
        }
        return end > line.lowerBound && scalars[end - 1].isStop
    }

    // MARK: Looking around

    /// The white space from `index`, with its line breaks counted (CRLF as one).
    private func gap(from index: Int) -> Gap {
        var cursor = index
        var breaks = 0
        while cursor < upper, scalars[cursor].isSpace {
            let scalar = scalars[cursor]
            if scalar.breaksParagraph {
                breaks += 2
            } else if scalar.breaksLine {
                breaks += 1
                if scalar == "\r", cursor + 1 < upper, scalars[cursor + 1] == "\n" { cursor += 1 }
            }
            cursor += 1
        }
        return Gap(end: cursor, lineBreaks: breaks)
    }

    /// What the text at `index` starts with: its case, whether an opening mark comes first,
    /// its first word in lower case, and its length up to white space.
    private func lookahead(at index: Int) -> Lookahead {
        var cursor = index
        while cursor < upper, cursor - index < 3, scalars[cursor].isOpener { cursor += 1 }
        let opened = cursor > index
        let quoted = (index..<cursor).contains { scalars[$0].isQuote }
        var end = cursor
        while end < upper, end - cursor < Self.wordLimit,
            scalars[end].isLetter || isInnerApostrophe(at: end)
        {
            end += 1
        }
        var length = index
        while length < upper, length - index < 64, !scalars[length].isSpace { length += 1 }
        return Lookahead(
            kind: kind(at: cursor, opened: opened), quoted: quoted, wordStart: cursor,
            word: lowercased(cursor..<end, straighteningApostrophes: true),
            length: length - index)
    }

    private func kind(at index: Int, opened: Bool) -> Lookahead.Kind {
        guard index < upper else { return .other }
        let scalar = scalars[index]
        if scalar.isUpper { return .upper }
        if scalar.isLower { return .lower }
        if scalar.isDigit || scalar.isCurrency { return .digit }
        if scalar.isLetter || scalar.isPictograph { return .uncased }
        if scalar.isBullet { return .bullet }
        if !opened, scalar.isDashBullet, index + 1 < upper, scalars[index + 1] == " " {
            return .bullet
        }
        return .other
    }

    /// The word that ends right before the period at `index`.
    private mutating func wordBefore(_ index: Int) -> WordBefore {
        if currentToken().isLink {
            return WordBefore(kind: .link, start: index, text: "", length: 0, hasLowercase: false)
        }
        var first = index
        while first > lower, index - first < Self.wordLimit, isWordScalar(at: first - 1) {
            first -= 1
        }
        let range = first..<index
        guard !range.isEmpty else {
            return WordBefore(kind: .none, start: index, text: "", length: 0, hasLowercase: false)
        }
        let hasLowercase = range.contains { scalars[$0].isLower }
        if range.allSatisfy({ scalars[$0].isDigit }) {
            return WordBefore(
                kind: .number, start: first, text: "", length: range.count, hasLowercase: false)
        }
        if let chainStart = dottedChainStart(endingWith: range) {
            let letters = (chainStart..<index).filter { scalars[$0] != "." }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: letters.map { scalars[$0] })
            return WordBefore(
                kind: .dotted, start: chainStart, text: String(view).lowercased(),
                length: range.count, hasLowercase: hasLowercase)
        }
        return WordBefore(
            kind: .letters, start: first, text: lowercased(range), length: range.count,
            hasLowercase: hasLowercase)
    }

    /// Where a dotted initialism such as "U.S", "e.g" or "Ph.D" starts, if `last` is the final
    /// segment of one: segments of one or two letters joined by periods.
    private func dottedChainStart(endingWith last: Range<Int>) -> Int? {
        guard last.count <= 2, last.allSatisfy({ scalars[$0].isLetter }) else { return nil }
        var first = last.lowerBound
        var segments = 1
        while segments < 8, first - 1 > lower, scalars[first - 1] == "." {
            let period = first - 1
            var segmentStart = period
            while segmentStart > lower, period - segmentStart < 3,
                scalars[segmentStart - 1].isLetter
            {
                segmentStart -= 1
            }
            guard segmentStart < period, period - segmentStart <= 2 else { break }
            first = segmentStart
            segments += 1
        }
        return segments > 1 ? first : nil
    }

    private func isWordScalar(at index: Int) -> Bool {
        let scalar = scalars[index]
        return scalar.isLetter || scalar.isDigit || scalar.isMark || scalar == "°"
            || isInnerApostrophe(at: index)
    }

    /// An apostrophe between letters, as in "Michael's" or "didn’t".
    private func isInnerApostrophe(at index: Int) -> Bool {
        scalars[index].isApostrophe && index > lower && index + 1 < upper
            && scalars[index - 1].isLetter && scalars[index + 1].isLetter
    }

    /// The letters right before `end`, lower-cased.
    private func lastWord(endingAt end: Int) -> String {
        var first = end
        while first > lower, end - first < Self.wordLimit, scalars[first - 1].isLetter {
            first -= 1
        }
        return lowercased(first..<end)
    }

    private func lowercased(_ range: Range<Int>, straighteningApostrophes: Bool = false)
        -> String
    {
        guard straighteningApostrophes else { return text[range].lowercased() }
        var view = String.UnicodeScalarView()
        for index in range { view.append(scalars[index] == "’" ? "'" : scalars[index]) }
        return String(view).lowercased()
    }
}

// MARK: - Values the scan works with

/// A run of stops with the closing marks after it.
private struct Cluster {
    /// Just past the last stop or closing mark.
    var end: Int
    /// Periods, an ellipsis character counting three.
    var dots = 0
    /// Whether the run holds "?" or "!".
    var strong = false
    /// Whether a quotation mark closes after the stops.
    var closesQuote = false
    /// Set for "word. . . ." when the first period ends the sentence and the spaced ellipsis
    /// belongs to what follows.
    var leadingDotEnd: Int?
}

/// White space between two pieces of text.
private struct Gap {
    /// The first scalar after the white space.
    let end: Int
    /// Line breaks in it; a paragraph separator counts as two.
    let lineBreaks: Int
    /// A blank line (or a paragraph separator) always ends a sentence.
    var isParagraph: Bool { lineBreaks >= 2 }
}

/// The start of the text after a candidate boundary.
private struct Lookahead {
    enum Kind { case lower, upper, digit, uncased, bullet, other }
    let kind: Kind
    /// Whether an opening quotation mark comes first.
    let quoted: Bool
    /// Where the first word starts, after any opening marks.
    let wordStart: Int
    /// The first word, lower-cased, with typographic apostrophes made straight.
    let word: String
    /// Scalars up to the next white space (at most 64).
    let length: Int
}

/// The word right before a period.
private struct WordBefore {
    enum Kind { case none, number, letters, dotted, link }
    let kind: Kind
    let start: Int
    /// Lower-cased, periods left out ("U.S" is `us`).
    let text: String
    /// Scalars in the last segment ("S" of "U.S").
    let length: Int
    let hasLowercase: Bool
}

/// The shape of a white-space separated token that holds a stop.
private struct TokenShape {
    /// A web or e-mail address: its inner periods and question marks are not stops.
    let isLink: Bool
    /// Where the punctuation at the token's end begins.
    let trailingStart: Int
}

/// A block of lines between blank lines, as far as wrapping goes.
private struct BlockShape {
    /// The longest line.
    let width: Int
    /// Whether the block reads as prose wrapped to `width`: its longest line is a plausible
    /// wrapping width, and it has at least two nearly full lines that end without a stop,
    /// and no fewer of them than lines that end in one. A column of headlines, bylines and
    /// one-line paragraphs does not.
    let looksWrapped: Bool

    init(lines: [(length: Int, stopped: Bool)]) {
        width = lines.map(\.length).max() ?? 0
        let full = width * 3 / 4
        let runOn = lines.filter { !$0.stopped && $0.length >= full }.count
        let stopped = lines.filter(\.stopped).count
        looksWrapped = SentenceScan.wrapWidths.contains(width) && runOn >= 2 && runOn >= stopped
    }
}

/// A list marker such as "1.", "2)", "a." or "3.)".
private struct ListMarker {
    enum Style { case period, parenthesis, periodParenthesis }
    let value: Int
    let isLetter: Bool
    let style: Style

    /// Whether this marker is the one after `previous` in the same list.
    func follows(_ previous: ListMarker) -> Bool {
        isLetter == previous.isLetter && style == previous.style && value == previous.value + 1
    }
}

// MARK: - Scalar classes

extension Unicode.Scalar {
    /// White space as `Range.trimmed(in:)` sees it (the Unicode White_Space property).
    fileprivate var isSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    fileprivate var breaksLine: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    fileprivate var breaksParagraph: Bool { value == 0x0C || value == 0x2029 }

    fileprivate var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    fileprivate var digitValue: Int? { isDigit ? Int(value - 0x30) : nil }

    fileprivate var isASCIILowercase: Bool { value >= 0x61 && value <= 0x7A }

    fileprivate var isUpper: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    fileprivate var isLower: Bool {
        if value < 0x80 { return isASCIILowercase }
        return properties.isLowercase
    }

    fileprivate var isMark: Bool {
        guard value >= 0x300 else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    fileprivate var isCurrency: Bool {
        value == 0x24 || (value >= 0x80 && properties.generalCategory == .currencySymbol)
    }

    /// Emoji and other pictographs, which may open a sentence as a word does.
    fileprivate var isPictograph: Bool {
        value >= 0x2600 && properties.generalCategory == .otherSymbol
    }

    fileprivate var isStop: Bool {
        switch self {
        case ".", "!", "?", "…", "‼", "⁇", "⁈", "⁉": return true
        default: return false
        }
    }

    fileprivate var isStrongStop: Bool {
        switch self {
        case "!", "?", "‼", "⁇", "⁈", "⁉": return true
        default: return false
        }
    }

    fileprivate var isQuote: Bool {
        switch self {
        case "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚": return true
        default: return false
        }
    }

    fileprivate var isCloser: Bool {
        switch self {
        case "\"", "'", "”", "’", "»", "›", ")", "]", "}": return true
        default: return false
        }
    }

    fileprivate var isOpener: Bool {
        switch self {
        case "\"", "'", "“", "‘", "„", "‚", "«", "‹", "(", "[", "{", "¿", "¡": return true
        default: return false
        }
    }

    fileprivate var isOpeningBracket: Bool { self == "(" || self == "[" }


    fileprivate var isBullet: Bool {
        switch self {
        case "•", "◦", "‣", "⁃", "▪", "▫", "●", "○", "■", "□", "►", "▶", "▸": return true
        default: return false
        }
    }

    /// Marks that start a list line when followed by a space: "- item", "* item".
    fileprivate var isDashBullet: Bool {
        switch self {
        case "-", "*", "–", "—": return true
        default: return false
        }
    }

    /// Punctuation that may close a token after its last word.
    fileprivate var endsToken: Bool { isStop || isCloser || self == "," || self == ";" || self == ":" }

    /// Punctuation at the end of a line that says the line runs on.
    fileprivate var continuesLine: Bool {
        switch self {
        case ",", ";", ":", "-", "–", "—", "/", "&", "(", "+": return true
        default: return false
        }
    }
}
