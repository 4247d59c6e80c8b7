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
/// in `SentenceLexicon`; the boundary rules are in the `SentenceScan+…` files beside this one.
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
struct SentenceScan {
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
    var start: Int
    /// White-space separated words seen in the open sentence (a bare bullet is not a word).
    var words = 0
    /// Whether the open sentence's first word begins its line, and begins in lower case.
    var sentenceLeadsLine = false
    var sentenceOpensLowercase = false
    /// The first non-space scalar of the current line.
    var lineStart: Int
    /// The first scalar of the current block of lines (blocks are separated by blank lines).
    var blockStart: Int
    var measuredBlock: (start: Int, shape: BlockShape)?
    /// Where the current white-space separated token starts, and its shape once measured.
    var tokenStart: Int
    var token: TokenShape?
    /// The list marker that opened the latest sentence, if one did ("1.", "a)").
    var list: ListMarker?
    /// Whether the content just before the current white space ended in a stop already judged.
    var afterStop = false

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
    mutating func close(at end: Int) {
        let sentence = (start..<end).trimmed(in: text)
        if !sentence.isEmpty { sentences.append(sentence) }
        start = end
        words = 0
    }

    /// Ends the open sentence inside a token ("world.Today"); the rest of the token is the
    /// first word of the next sentence.
    mutating func closeInsideToken(at end: Int) {
        close(at: end)
        words = 1
        tokenStart = end
        sentenceLeadsLine = false
        sentenceOpensLowercase = false
    }

    /// Moves over white space: line breaks may end a line that has no stop, blank lines start
    /// a new block.
    mutating func passGap(_ gap: Gap, from index: Int) {
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
    mutating func beginToken(at index: Int) {
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
    func listMarker(at index: Int) -> ListMarker? {
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
    func opensLowercase(at index: Int) -> Bool {
        var cursor = index
        while cursor < upper, cursor - index < 3, scalars[cursor].isOpener { cursor += 1 }
        return cursor < upper && scalars[cursor].isLower
    }

    /// The shape of the current token, measured once: is it a web or e-mail address, and
    /// where does the punctuation at its end begin.
    mutating func currentToken() -> TokenShape {
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
}
