/// The values the sentence scan works with.
extension SentenceScan {
    /// A run of stops with the closing marks after it.
    struct Cluster {
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

        /// Three periods or an ellipsis character: a pause inside the sentence.
        var isEllipsis: Bool { dots == 3 }
        /// An ellipsis and the sentence's own period ("...." or ". . . .").
        var isEllipsisAndPeriod: Bool { dots >= 4 }
    }

    /// White space between two pieces of text.
    struct Gap {
        /// The first scalar after the white space.
        let end: Int
        /// Line breaks in it; a paragraph separator counts as two.
        let lineBreaks: Int
        /// A blank line (or a paragraph separator) always ends a sentence.
        var isParagraph: Bool { lineBreaks >= 2 }
    }

    /// The start of the text after a candidate boundary.
    struct Lookahead {
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
    struct WordBefore {
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
    struct TokenShape {
        /// A web or e-mail address: its inner periods and question marks are not stops.
        let isLink: Bool
        /// Where the punctuation at the token's end begins.
        let trailingStart: Int
    }

    /// A block of lines between blank lines, as far as wrapping goes.
    struct BlockShape {
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
    struct ListMarker {
        enum Style { case period, parenthesis, periodParenthesis }
        let value: Int
        let isLetter: Bool
        let style: Style

        /// Whether this marker is the one after `previous` in the same list.
        func follows(_ previous: ListMarker) -> Bool {
            isLetter == previous.isLetter && style == previous.style && value == previous.value + 1
        }
    }
}
