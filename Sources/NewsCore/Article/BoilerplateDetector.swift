/// Recognises lines that are page furniture ("READ ALSO: …", "Advertisement", "Sign up for …",
/// share and follow prompts, photo credits) so analysis can leave them out.
public enum BoilerplateDetector {
    /// Whether the text of `range` is boilerplate. Works on the scalars in place: a long story
    /// paragraph is turned away by its length or word count without copying it out.
    public static func isBoilerplate(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        let scalars = text.scalars
        var start = max(0, range.lowerBound), end = min(range.upperBound, scalars.count)
        while start < end, isTrimmedMark(scalars[start]) { start += 1 }
        while end > start, isTrimmedMark(scalars[end - 1]) { end -= 1 }
        // A rule of underscores, asterisks or dashes ("___", "* * *") divides the story from
        // the furniture after it; a line of nothing but such marks is not story.
        guard start < end else { return isRule(scalars, range) }
        let words = wordCount(scalars, start..<end)
        if end - start > maximumShortLineBytes || words > BoilerplateLexicon.shortLineWordLimit {
            // Only cross-promotion lines run long.
            return hasCrossPromotionPrefix(text, start..<min(end, start + 16))
        }
        guard let lower = lowercased(text, start..<end) else { return false }
        return isShortLineBoilerplate(lower, words: words)
    }

    /// Whether the text of `range` starts, in lower case, with a cross-promotion prefix.
    private static func hasCrossPromotionPrefix(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        let head = lowercaseUTF8(text.scalars, range)
        return crossPromotionBytes.contains { head.starts(with: $0) }
    }

    /// The text of `range` in lower case, or nil when it is longer than a short line can be.
    private static func lowercased(_ text: ScalarText, _ range: Range<Int>) -> String? {
        let scalars = text.scalars
        var bytes = 0
        for index in range { bytes += UTF8.width(scalars[index]) }
        guard bytes <= maximumShortLineBytes else { return nil }
        return String(decoding: lowercaseUTF8(scalars, range), as: UTF8.self)
    }

    /// The UTF-8 of `String.lowercased()` on the text of `range`, which maps each scalar to its
    /// lower-case mapping; ASCII is mapped here without building a string per scalar.
    private static func lowercaseUTF8(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + 8)
        for index in range {
            let scalar = scalars[index]
            if scalar.isASCII {
                bytes.append(asciiLowercase(scalar))
            } else {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return bytes
    }

    @inline(__always)
    private static func asciiLowercase(_ scalar: Unicode.Scalar) -> UInt8 {
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// Whether a paragraph's text is boilerplate.
    public static func isBoilerplate(_ text: String) -> Bool {
        let scalars = ScalarText(text)
        return isBoilerplate(scalars, 0..<scalars.count)
    }

    /// The rules for a short line, given in lower case without surrounding marks. Byte
    /// comparisons throughout: the lists are plain lower-case text, and Character-based matching
    /// would run grapheme breaking on every paragraph of every article.
    private static func isShortLineBoilerplate(_ lower: String, words: Int) -> Bool {
        if crossPromotionPrefixes.contains(where: { lower.utf8.starts(with: $0.utf8) }) { return true }
        if words <= 3, BoilerplateLexicon.wholeLines.contains(lower.trimmingCharacters(in: ".:!…>»")) { return true }
        if hasLinePrefix(lower) { return true }
        if BoilerplateLexicon.pointerPrefixes.contains(where: { lower.utf8.starts(with: $0.utf8) }),
           BoilerplateLexicon.pointerTargets.contains(where: { lower.containsBytes(of: $0) }) {
            return true
        }
        if words <= 8, isUpdateTimeLine(lower) { return true }
        // "Ana Ruiz wrote on Twitter: “…”" is a quotation, not a follow prompt (a line that is
        // all inside marks, as a transcript quotes its turns, may still be one).
        let opensQuoted = lower.utf8.first == UInt8(ascii: "\"") || lower.hasPrefix("“")
        let quotes = !opensQuoted && (lower.utf8.contains(UInt8(ascii: "\"")) || lower.containsBytes(of: "“"))
        if words <= 14, !quotes, BoilerplateLexicon.shortLinePhrases.contains(where: { lower.containsBytes(of: $0) }) {
            return lower.utf8.last != UInt8(ascii: ".") || lower.utf8.starts(with: "follow".utf8)
                || lower.containsBytes(of: "newsletter")
        }
        if words <= 12, lower.utf8.starts(with: "follow ".utf8), lower.containsBytes(of: " on ") {
            return true
        }
        return false
    }

    /// Whether a lower-case line says only when the page was last touched, with a clock time or
    /// a relative time and no calendar date ("updated 9:14 am est", "last updated 2 hours ago").
    /// Such a line gives no date, so it is furniture rather than a date line; a line that also
    /// names a day ("updated: nov. 8, 2023 6:20 a.m.") has a word outside the list and is left
    /// to the date-line reader.
    static func isUpdateTimeLine(_ lower: String) -> Bool {
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\t" })
            .map { String($0).trimmingCharacters(in: ",:;.|/()") }.filter { !$0.isEmpty }
        guard let first = words.first, updateWords.contains(first) || (first == "last" && words.count > 1) else {
            return false
        }
        var sawTime = false
        for word in words {
            if isClockTime(word) {
                sawTime = true
            } else if word == "ago" {
                sawTime = true
            } else if word.allSatisfy({ $0.isNumber }), word.count <= 2 {
                continue  // "2 hours ago"
            } else if !CalendarLexicon.dateLineWords.contains(word) {
                return false
            }
        }
        return sawTime
    }

    /// Words that open a line giving only the time a page was updated or published.
    private static let updateWords: Set<String> = ["updated", "published", "posted", "modified"]

    /// "9:14", "09:30", "16:05:00", optionally with "am"/"pm" attached ("9:14am").
    private static func isClockTime(_ word: String) -> Bool {
        var body = Substring(word)
        for suffix in ["am", "pm", "a.m", "p.m"] where body.hasSuffix(suffix) {
            body = body.dropLast(suffix.count)
            break
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return false }
        return parts.enumerated().allSatisfy { index, part in
            part.allSatisfy { $0.isASCII && $0.isNumber } && (index == 0 ? (1...2).contains(part.count) : part.count == 2)
        }
    }

    /// Whether a Markdown paragraph (its raw text, `range` of `raw`) is nothing but one link,
    /// perhaps in emphasis and after a short label ("**Related:** [Other story](…)"): a promo
    /// for another page, not story. A link inside a sentence leaves words outside it.
    public static func isLinkOnlyParagraph(_ raw: ScalarText, _ range: Range<Int>) -> Bool {
        let scalars = raw.scalars
        var start = max(0, range.lowerBound), end = min(range.upperBound, scalars.count)
        func isDecoration(_ scalar: Unicode.Scalar) -> Bool { scalar == "*" || scalar == "_" || scalar.isSpaceLike }
        while start < end, isDecoration(scalars[start]) { start += 1 }
        while end > start, isDecoration(scalars[end - 1]) { end -= 1 }
        guard end - start >= 4, scalars[end - 1] == ")" else { return false }
        // The link's opening bracket: the first "[" of the paragraph; what comes before it may
        // only be a label ending in a colon.
        guard let open = (start..<end).first(where: { scalars[$0] == "[" }) else { return false }
        if open > start {
            var labelEnd = open
            while labelEnd > start, isDecoration(scalars[labelEnd - 1]) { labelEnd -= 1 }
            guard labelEnd > start, scalars[labelEnd - 1] == ":", labelEnd - start <= 24 else { return false }
        }
        // "[text](target)" and nothing after it: one "](" and the closing ")" at the end.
        guard let middle = (open..<(end - 1)).first(where: { scalars[$0] == "]" && scalars[$0 + 1] == "(" })
        else { return false }
        let target = (middle + 2)..<(end - 1)
        return !target.isEmpty && !target.contains(where: { scalars[$0] == ")" || scalars[$0].isSpaceLike })
            && !((open + 1)..<middle).contains(where: { scalars[$0] == "]" })
    }

    /// Whether a lower-case line starts with one of `BoilerplateLexicon.linePrefixes`.
    private static func hasLinePrefix(_ lower: String) -> Bool {
        var lower = lower
        return lower.withUTF8 { line in
            linePrefixBytes.contains { prefix in
                prefix.count <= line.count && prefix.indices.allSatisfy { line[$0] == prefix[$0] }
            }
        }
    }

    /// `BoilerplateLexicon.linePrefixes` as bytes, for comparing without going through strings.
    private static let linePrefixBytes: [[UInt8]] = BoilerplateLexicon.linePrefixes.map { Array($0.utf8) }

    /// Line starts that mark cross-promotion, which may run long.
    private static let crossPromotionPrefixes = ["read also", "read more:", "also read"]
    private static let crossPromotionBytes = crossPromotionPrefixes.map { Array($0.utf8) }

    /// Whether `range` holds three or more of "_", "*", "-" or "—" and nothing else but spaces.
    private static func isRule(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var marks = 0
        for index in range.clamped(to: 0..<scalars.count) {
            switch scalars[index] {
            case "_", "*", "-", "—": marks += 1
            case " ", "\t", "\r", "\n": continue
            default: return false
            }
        }
        return marks >= 3
    }

    /// White space and the list or emphasis marks a line may start or end with.
    private static func isTrimmedMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\r", "\n", "*", "_", "#", ">", "-", "•", "|": return true
        default: return false
        }
    }

    /// The number of words (runs of anything but spaces and tabs) in `range`, counted up to
    /// one past `shortLineWordLimit`.
    static func wordCount(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var words = 0
        var inWord = false
        for index in range {
            let value = scalars[index].value
            let isSpace = value == 0x20 || value == 0x09
            if !isSpace, !inWord {
                words += 1
                // Past the longest short line nothing depends on the exact count.
                if words > BoilerplateLexicon.shortLineWordLimit { return words }
            }
            inWord = !isSpace
        }
        return words
    }

    /// Lines longer than this are never short-line furniture (25 words of long words).
    static let maximumShortLineBytes = 400
}
