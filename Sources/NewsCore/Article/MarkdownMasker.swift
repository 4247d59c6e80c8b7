/// Hides Markdown markup without moving any text.
///
/// CONTRACT.md counts offsets into the Markdown file as written, so instead of deleting markup
/// (which would shift every offset after it) each markup character is replaced by a space. The
/// analysers read the masked text; offsets into it are offsets into the file.
public enum MarkdownMasker {
    /// The masked scalars (same count as the input) and the lines that were headings.
    public struct Masked: Sendable {
        public var scalars: [Unicode.Scalar]
        /// Scalar ranges of heading lines (ATX `#` or setext), in the masked text.
        public var headingLines: [Range<Int>]
    }

    public static func mask(_ text: ScalarText) -> Masked {
        var scalars = text.scalars
        var headings: [Range<Int>] = []
        var inFence = false
        var previousLine: Range<Int>? = nil
        for line in Lines(scalars: text.scalars) {
            let content = line.lowerBound + leadingSpaces(text.scalars, line)..<line.upperBound
            if isFence(text.scalars, content) {
                blank(&scalars, line)
                inFence.toggle()
                previousLine = nil
                continue
            }
            if inFence { previousLine = nil; continue }
            if let previous = previousLine, isSetextUnderline(text.scalars, content) {
                blank(&scalars, line)
                headings.append(previous.trimmed(in: ScalarText(scalars: scalars)))
                previousLine = nil
                continue
            }
            if isRule(text.scalars, content) || isLinkDefinition(text.scalars, content) {
                blank(&scalars, line)
                previousLine = nil
                continue
            }
            var start = content.lowerBound
            start = maskBlockquote(&scalars, from: start, to: line.upperBound)
            if let afterHashes = maskHeading(&scalars, from: start, to: line.upperBound) {
                maskInline(&scalars, afterHashes..<line.upperBound, original: text.scalars)
                headings.append((afterHashes..<line.upperBound).trimmed(in: ScalarText(scalars: scalars)))
                previousLine = nil
                continue
            }
            start = maskListMarker(&scalars, from: start, to: line.upperBound)
            maskInline(&scalars, start..<line.upperBound, original: text.scalars)
            previousLine = content.isEmpty ? nil : line
        }
        return Masked(scalars: scalars, headingLines: headings.filter { !$0.isEmpty })
    }

    // MARK: Block markup

    private static func leadingSpaces(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Int {
        var count = 0
        while line.lowerBound + count < line.upperBound, s[line.lowerBound + count] == " ", count < 3 { count += 1 }
        return count
    }

    private static func isFence(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        line.count >= 3
            && (s[line.lowerBound..<line.lowerBound + 3].allSatisfy { $0 == "`" }
                || s[line.lowerBound..<line.lowerBound + 3].allSatisfy { $0 == "~" })
    }

    private static func isSetextUnderline(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        let marks = s[line].filter { $0 != " " && $0 != "\t" && $0 != "\r" }
        guard marks.count >= 2, let first = marks.first, first == "=" || first == "-" else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func isRule(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        let marks = s[line].filter { $0 != " " && $0 != "\t" && $0 != "\r" }
        guard marks.count >= 3, let first = marks.first, "-*_".unicodeScalars.contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `[ref]: http://…` lines, which only define link targets.
    private static func isLinkDefinition(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard line.count > 4, s[line.lowerBound] == "[" else { return false }
        guard let close = s[line].firstIndex(of: "]"), close + 1 < line.upperBound else { return false }
        return s[close + 1] == ":"
    }

    private static func maskBlockquote(_ s: inout [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, s[index] == ">" {
            s[index] = " "
            index += 1
            while index < end, s[index] == " " { index += 1 }
        }
        return index
    }

    /// Masks `#`…`######` and closing hashes; returns where the heading text starts, or nil.
    private static func maskHeading(_ s: inout [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end, s[index] == "#", index - start < 7 { index += 1 }
        let level = index - start
        guard (1...6).contains(level), index == end || s[index] == " " || s[index] == "\t" else { return nil }
        for position in start..<index { s[position] = " " }
        var tail = end
        while tail > index, s[tail - 1] == " " || s[tail - 1] == "\r" { tail -= 1 }
        var hashes = tail
        while hashes > index, s[hashes - 1] == "#" { hashes -= 1 }
        if hashes < tail, hashes > index, s[hashes - 1] == " " {
            for position in hashes..<tail { s[position] = " " }
        }
        return index
    }

    private static func maskListMarker(_ s: inout [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        guard start < end else { return start }
        if "-*+".unicodeScalars.contains(s[start]), start + 1 < end, s[start + 1] == " " {
            s[start] = " "
            return start + 2
        }
        var index = start
        while index < end, ("0"..."9").contains(s[index]), index - start < 9 { index += 1 }
        if index > start, index + 1 < end, s[index] == "." || s[index] == ")", s[index + 1] == " " {
            for position in start...index { s[position] = " " }
            return index + 2
        }
        return start
    }

    // MARK: Inline markup

    /// Masks inline markup in `range`. Whether an emphasis run opens or closes is judged on
    /// `original`, the text as written, since a link masked just before it (`**[a](b)**`)
    /// would otherwise leave the run looking as if it followed a space.
    private static func maskInline(_ s: inout [Unicode.Scalar], _ range: Range<Int>, original: [Unicode.Scalar]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = s[index]
            switch scalar {
            case "\\":
                if index + 1 < range.upperBound, isPunctuation(s[index + 1]) {
                    s[index] = " "
                    index += 2
                    continue
                }
            case "`":
                s[index] = " "
            case "*", "_":
                index = maskEmphasisRun(&s, at: index, in: range, original: original)
                continue
            case "!":
                if index + 1 < range.upperBound, s[index + 1] == "[",
                    let end = linkEnd(s, openBracket: index + 1, in: range)
                {
                    for position in index..<end { s[position] = " " }
                    index = end
                    continue
                }
            case "[":
                if let end = linkEnd(s, openBracket: index, in: range) {
                    let close = closingBracket(s, openBracket: index, in: range)!
                    s[index] = " "
                    for position in close..<end { s[position] = " " }
                    maskInline(&s, (index + 1)..<close, original: original)
                    index = end
                    continue
                }
            case "<":
                if let end = tagEnd(s, at: index, in: range) {
                    for position in index..<end { s[position] = " " }
                    index = end
                    continue
                }
            default: break
            }
            index += 1
        }
    }

    /// Masks a run of `*` or `_` that opens or closes emphasis; leaves `5 * 3` and snake_case alone.
    private static func maskEmphasisRun(
        _ s: inout [Unicode.Scalar], at start: Int, in range: Range<Int>, original: [Unicode.Scalar]
    ) -> Int {
        let mark = s[start]
        var end = start
        while end < range.upperBound, s[end] == mark { end += 1 }
        let before: Unicode.Scalar = start > range.lowerBound ? original[start - 1] : " "
        let after: Unicode.Scalar = end < range.upperBound ? original[end] : " "
        let opens = !after.isSpaceLike
        let closes = !before.isSpaceLike
        let inWord = isAlphanumeric(before) && isAlphanumeric(after)
        if opens || closes, !(mark == "_" && inWord) {
            for position in start..<end { s[position] = " " }
        }
        return end
    }

    private static func closingBracket(_ s: [Unicode.Scalar], openBracket: Int, in range: Range<Int>) -> Int? {
        var depth = 0
        var index = openBracket
        while index < range.upperBound {
            if s[index] == "[" { depth += 1 }
            if s[index] == "]" { depth -= 1; if depth == 0 { return index } }
            index += 1
        }
        return nil
    }

    /// The end of `[text](target)` or `[text][ref]` starting at `openBracket`, or nil.
    private static func linkEnd(_ s: [Unicode.Scalar], openBracket: Int, in range: Range<Int>) -> Int? {
        guard let close = closingBracket(s, openBracket: openBracket, in: range), close + 1 < range.upperBound else {
            return nil
        }
        let opener = s[close + 1]
        guard opener == "(" || opener == "[" else { return nil }
        let closer: Unicode.Scalar = opener == "(" ? ")" : "]"
        var index = close + 2
        while index < range.upperBound {
            if s[index] == closer { return index + 1 }
            if opener == "(", s[index] == " ", index + 1 < range.upperBound, s[index + 1] != "\"" { return nil }
            index += 1
        }
        return nil
    }

    /// The end of an HTML tag, comment or autolink starting at `start`, or nil if it is not one.
    private static func tagEnd(_ s: [Unicode.Scalar], at start: Int, in range: Range<Int>) -> Int? {
        guard start + 1 < range.upperBound else { return nil }
        let next = s[start + 1]
        guard next == "/" || next == "!" || ("a"..."z").contains(next) || ("A"..."Z").contains(next) else { return nil }
        var index = start + 1
        while index < range.upperBound, index - start < 512 {
            if s[index] == ">" { return index + 1 }
            if s[index] == "<" { return nil }
            index += 1
        }
        return nil
    }

    private static func blank(_ s: inout [Unicode.Scalar], _ range: Range<Int>) {
        for index in range where s[index] != "\r" { s[index] = " " }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.properties.generalCategory.isPunctuationOrSymbol
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLetter || scalar.properties.numericType != nil
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
