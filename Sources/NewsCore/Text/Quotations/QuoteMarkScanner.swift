/// A stretch of story text between quotation marks, as the mark scanner found it.
public struct QuotedSpan: Sendable, Equatable {
    /// The quoted words, marks excluded; across paragraphs for a quotation that runs on.
    public var content: Range<Int>
    /// Offset of the opening mark.
    public var open: Int
    /// Offset of the closing mark, or nil when the quotation was closed by the end of its
    /// paragraph because no closing mark came (recovered, not read on into the article).
    public var close: Int?
    /// Index into `Article.paragraphs` of the paragraphs the span starts and ends in.
    public var firstParagraph: Int
    public var lastParagraph: Int
    /// True for a quotation in single marks at the outer level (British style).
    public var isSingle: Bool
}

/// Finds quotations by their marks: curly and straight, double and single, nested single marks
/// inside double ones, and quotations that run over paragraphs.
///
/// The scanner is one pass over story paragraphs with a small state (outside, inside a
/// quotation, inside a nested quotation). Apostrophes ("don't", "’90s", "the Smiths’ shop")
/// never open a quotation. Unbalanced marks are recovered within the paragraph: a quotation
/// still open at the end of a paragraph runs on only when the next story paragraph opens with
/// a quotation mark (the news convention for a quotation over several paragraphs); otherwise it
/// ends with its paragraph, so one stray mark can never swallow the rest of the article.
enum QuoteMarkScanner {
    /// How a mark may be read where it stands.
    private enum Reading {
        case opens, closes, either, neither
    }

    /// How far ahead a closing single mark is looked for (a single-marked quotation longer
    /// than this inside one paragraph is read as apostrophes).
    static let singleQuoteReach = 3000

    static func spans(in article: Article) -> [QuotedSpan] {
        let scalars = article.analysisText.scalars
        let paragraphs = article.paragraphs
        let story = paragraphs.indices.filter { paragraphs[$0].isStory }
        var result: [QuotedSpan] = []
        // The quotation carried over from the previous story paragraph, if any.
        var carried: QuotedSpan?
        for (position, index) in story.enumerated() {
            let range = paragraphs[index].range
            var cursor = range.lowerBound
            var open: QuotedSpan? = nil
            var nested = false
            // True while the open quotation began with a low mark („), which “ closes.
            var lowOpened = false
            if var span = carried {
                // The continuation's own opening mark is part of the quoted text.
                cursor = firstNonSpace(scalars, range)
                cursor += cursor + 1 < range.upperBound && scalars[cursor] == "'" && scalars[cursor + 1] == "'" ? 2 : 1
                span.lastParagraph = index
                open = span
                carried = nil
            }
            while cursor < range.upperBound {
                let scalar = scalars[cursor]
                guard isMark(scalar) else { cursor += 1; continue }
                // Marks that stand for a double mark in other conventions: doubled single marks
                // (‘‘ … ’’ in wire copy on the web), TeX's `` … '', guillemets « … », and the
                // low-high pair „ … “.
                if let other = otherDouble(scalars, cursor, range, isOpen: open.map { !$0.isSingle } ?? false,
                                           lowOpened: lowOpened)
                {
                    switch other {
                    case .opens(let width):
                        if var span = open, !span.isSingle {
                            span.content = span.content.lowerBound..<trimEnd(scalars, span.content.lowerBound, cursor)
                            result.append(span)
                        }
                        if open == nil || open?.isSingle == false {
                            open = start(at: cursor, paragraph: index, single: false, width: width)
                            nested = false
                            lowOpened = scalar == "„"
                        }
                        cursor += width
                    case .closes(let width):
                        if var span = open, !span.isSingle {
                            span.content = span.content.lowerBound..<cursor
                            span.close = cursor
                            result.append(span)
                            open = nil
                            nested = false
                            lowOpened = false
                        }
                        cursor += width
                    }
                    continue
                }
                let reading = read(scalars, cursor, range)
                let double = isDouble(scalar)
                if var span = open {
                    if span.isSingle {
                        if !double, reading == .closes || reading == .either {
                            span.content = span.content.lowerBound..<cursor
                            span.close = cursor
                            result.append(span)
                            open = nil
                        }
                    } else if double {
                        if reading == .opens, scalar == "“" || previousIsSpace(scalars, cursor, range) {
                            // An opening mark while a quotation is open: the earlier one lost
                            // its closing mark. End it here and start again.
                            span.content = span.content.lowerBound..<trimEnd(scalars, span.content.lowerBound, cursor)
                            result.append(span)
                            open = start(at: cursor, paragraph: index, single: false)
                            nested = false
                        } else {
                            span.content = span.content.lowerBound..<cursor
                            span.close = cursor
                            result.append(span)
                            open = nil
                            nested = false
                        }
                    } else if nested {
                        if reading == .closes || reading == .either { nested = false }
                    } else if reading == .opens, hasClosingSingle(scalars, after: cursor, in: range) {
                        nested = true
                    }
                } else if double {
                    if reading == .opens || reading == .either {
                        open = start(at: cursor, paragraph: index, single: false)
                    }
                } else if reading == .opens, hasClosingSingle(scalars, after: cursor, in: range) {
                    open = start(at: cursor, paragraph: index, single: true)
                }
                cursor += 1
            }
            guard var span = open else { continue }
            // Still open at the end of the paragraph.
            let next = position + 1 < story.count ? story[position + 1] : nil
            if let next, opensWithMark(scalars, paragraphs[next].range, single: span.isSingle),
                labelEnd(scalars, paragraphs[next].range) == nil
            {
                carried = span
            } else {
                var end = trimEnd(scalars, span.content.lowerBound, range.upperBound)
                // "“We will appeal, said lawyer Ana Ruiz.": the closing mark was left out before
                // the credit; the quotation ends at the comma, and the credit stays outside.
                if let cut = creditCut(scalars, span.content.lowerBound..<end) { end = cut }
                span.content = span.content.lowerBound..<end
                if !span.content.isEmpty { result.append(span) }
            }
        }
        return result
    }

    /// The most words read after a comma for a credit.
    static let creditWords = 9

    /// For a quotation whose closing mark never came: the end of its content just after the
    /// first comma that a short credit follows (", said lawyer Ana Ruiz." or ", Ruiz said."):
    /// a verb of saying and a name or pronoun among the next few words, which run to a full
    /// stop or the end. Nil when
    /// there is no such comma. Runs only on unclosed quotations, so reading words is cheap.
    static func creditCut(_ scalars: [Unicode.Scalar], _ content: Range<Int>) -> Int? {
        var index = content.lowerBound
        while index < content.upperBound {
            defer { index += 1 }
            guard scalars[index] == "," else { continue }
            var cursor = index + 1
            var words = 0
            var hasVerb = false
            // A credit names its speaker: a capitalised name or a personal pronoun.
            var hasSpeaker = false
            while cursor < content.upperBound, words < creditWords {
                while cursor < content.upperBound, scalars[cursor].isSpaceLike { cursor += 1 }
                var word = ""
                while cursor < content.upperBound, scalars[cursor].isLetter || scalars[cursor] == "-" {
                    word.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                guard !word.isEmpty else { break }
                words += 1
                if QuoteLexicon.speechVerbs.contains(word) { hasVerb = true }
                if word.unicodeScalars.first?.isUppercaseLetter == true || ["he", "she", "they"].contains(word) {
                    hasSpeaker = true
                }
                // Initials and titles keep their full stops ("Dr.", "J.").
                if cursor < content.upperBound, scalars[cursor] == ".", word.count <= 3,
                    word.unicodeScalars.first?.isUppercaseLetter == true
                {
                    cursor += 1
                }
            }
            while cursor < content.upperBound, scalars[cursor].isSpaceLike { cursor += 1 }
            let ends = cursor >= content.upperBound || ".!".unicodeScalars.contains(scalars[cursor])
            if hasVerb, hasSpeaker, ends, words >= 2 { return index + 1 }
        }
        return nil
    }

    private static func start(at offset: Int, paragraph: Int, single: Bool, width: Int = 1) -> QuotedSpan {
        QuotedSpan(
            content: (offset + width)..<(offset + width), open: offset, close: nil, firstParagraph: paragraph,
            lastParagraph: paragraph, isSingle: single)
    }

    /// What a mark of another convention does where it stands, and how many scalars it takes.
    private enum OtherDouble {
        case opens(Int)
        case closes(Int)
    }

    /// Reads ‘‘ and `` (open), ’’ (close, only while a double quotation is open), '' (open
    /// before a word, close while a double quotation is open), « and
    /// », and “ after „ (close); nil for every other mark, which `read` decides.
    private static func otherDouble(
        _ scalars: [Unicode.Scalar], _ index: Int, _ range: Range<Int>, isOpen: Bool, lowOpened: Bool
    ) -> OtherDouble? {
        let scalar = scalars[index]
        let next: Unicode.Scalar? = index + 1 < range.upperBound ? scalars[index + 1] : nil
        switch scalar {
        case "«", "„": return .opens(1)
        case "»": return .closes(1)
        case "`": return next == "`" ? .opens(2) : nil
        case "‘": return next == "‘" ? .opens(2) : nil
        case "’": return isOpen && next == scalar ? .closes(2) : nil
        case "'":
            guard next == "'" else { return nil }
            if isOpen { return .closes(2) }
            // "''We …": two straight single marks for a double one (the convention of some
            // newspapers' archives), opening where a double mark would, before a word.
            let before: Unicode.Scalar = index > range.lowerBound ? scalars[index - 1] : " "
            let after: Unicode.Scalar = index + 2 < range.upperBound ? scalars[index + 2] : " "
            let opensHere = before.isSpaceLike || "([{—–-/:".unicodeScalars.contains(before)
            return opensHere && !after.isSpaceLike ? .opens(2) : nil
        case "“": return isOpen && lowOpened ? .closes(1) : nil
        default: return nil
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isQuotationMark || scalar == "«" || scalar == "»" || scalar == "`"
    }

    static func isDouble(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "“" || scalar == "”" || scalar == "„"
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLetter || ("0"..."9").contains(scalar)
    }

    private static func previousIsSpace(_ scalars: [Unicode.Scalar], _ index: Int, _ range: Range<Int>) -> Bool {
        index == range.lowerBound || scalars[index - 1].isSpaceLike
    }

    /// Whether the mark at `index` can open or close a quotation, from the characters around it.
    private static func read(_ scalars: [Unicode.Scalar], _ index: Int, _ range: Range<Int>) -> Reading {
        let scalar = scalars[index]
        let before: Unicode.Scalar = index > range.lowerBound ? scalars[index - 1] : " "
        let after: Unicode.Scalar = index + 1 < range.upperBound ? scalars[index + 1] : " "
        let openBefore = before.isSpaceLike || "([{—–-/:".unicodeScalars.contains(before) || isMark(before)
        let closeAfter = after.isSpaceLike || ".,;:!?)]}—–-/…".unicodeScalars.contains(after) || isMark(after)
        switch scalar {
        case "“", "„": return .opens
        case "”": return .closes
        case "‘":
            // "‘90s", "rock ‘n’ roll": an apostrophe written the wrong way round.
            return ("0"..."9").contains(after) || isElision(scalars, index + 1, range) ? .neither : .opens
        case "’":
            if isLetterOrDigit(before), isLetterOrDigit(after) { return .neither }
            // The end of "‘n’": the elided word is one letter between two apostrophes.
            if index >= range.lowerBound + 2, before == "n" || before == "N",
                scalars[index - 2] == "‘" || scalars[index - 2] == "’"
            {
                return .neither
            }
            return closeAfter ? .closes : .neither
        case "'":
            if isLetterOrDigit(before), isLetterOrDigit(after) { return .neither }
            if openBefore, after.isLetter, !isElision(scalars, index + 1, range) { return .opens }
            if !before.isSpaceLike, closeAfter { return .closes }
            return .neither
        default:
            // The straight double mark reads from its neighbours; when both sides allow either
            // reading, the scanner's state decides.
            let opens = openBefore && !after.isSpaceLike
            let closes = !before.isSpaceLike && closeAfter
            if opens && !closes { return .opens }
            if closes && !opens { return .closes }
            return .either
        }
    }

    /// "'em", "'til", "'n'": a dropped letter, not a quotation.
    private static func isElision(_ scalars: [Unicode.Scalar], _ index: Int, _ range: Range<Int>) -> Bool {
        var end = index
        while end < range.upperBound, scalars[end].isLetter, end - index < 6 { end += 1 }
        var word = ""
        for scalar in scalars[index..<end] { word.unicodeScalars.append(scalar) }
        return QuoteLexicon.elisions.contains(word.lowercased())
    }

    /// True when a single mark that could close a quotation follows in the paragraph, so that
    /// a lone opening single mark is read as an apostrophe instead.
    private static func hasClosingSingle(_ scalars: [Unicode.Scalar], after index: Int, in range: Range<Int>) -> Bool {
        var cursor = index + 1
        // Looking ahead is capped, so a paragraph full of lone marks stays linear.
        let end = min(range.upperBound, index + 1 + singleQuoteReach)
        while cursor < end {
            let scalar = scalars[cursor]
            if scalar == "’" || scalar == "'", read(scalars, cursor, range) == .closes { return true }
            if scalar == "”" { return false }
            cursor += 1
        }
        return false
    }

    private static func firstNonSpace(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, scalars[index].isSpaceLike { index += 1 }
        return index
    }

    /// Where the speaker label of a quoted transcript line ends ("“WALLACE: Let’s start …"):
    /// after an opening mark, two or more capital letters (spaces, stops and hyphens allowed
    /// between) and a colon; nil when the paragraph opens otherwise. A transcript quoted turn by
    /// turn opens each turn with a mark and closes none, so a label starts a new quotation.
    static func labelEnd(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var index = firstNonSpace(scalars, range)
        guard index < range.upperBound, isMark(scalars[index]) else { return nil }
        index += 1
        var letters = 0
        while index < range.upperBound, index - range.lowerBound < 40 {
            let scalar = scalars[index]
            if scalar.isUppercaseLetter {
                letters += 1
            } else if scalar == ":" {
                return letters >= 2 ? index + 1 : nil
            } else if !(scalar == " " || scalar == "." || scalar == "-") {
                return nil
            }
            index += 1
        }
        return nil
    }

    private static func opensWithMark(_ scalars: [Unicode.Scalar], _ range: Range<Int>, single: Bool) -> Bool {
        let index = firstNonSpace(scalars, range)
        guard index < range.upperBound else { return false }
        let scalar = scalars[index]
        if single { return scalar == "‘" || scalar == "'" }
        return scalar == "“" || scalar == "\"" || scalar == "„" || scalar == "«"
            || (scalar == "‘" || scalar == "`" || scalar == "'") && index + 1 < range.upperBound
                && scalars[index + 1] == scalar
    }

    private static func trimEnd(_ scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> Int {
        var end = upper
        while end > lower, scalars[end - 1].isSpaceLike { end -= 1 }
        return end
    }
}
