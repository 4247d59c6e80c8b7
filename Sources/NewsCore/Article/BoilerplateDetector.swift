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
        guard start < end else { return false }
        if end - start > maximumShortLineBytes || wordCount(scalars, start..<end) > BoilerplateLexicon.shortLineWordLimit {
            // Only cross-promotion lines run long.
            let head = text[start..<min(end, start + 16)].lowercased()
            return crossPromotionPrefixes.contains { head.utf8.starts(with: $0.utf8) }
        }
        let line = text[start..<end]
        guard line.utf8.count <= maximumShortLineBytes else { return false }
        return isShortLineBoilerplate(line.lowercased(), words: wordCount(scalars, start..<end))
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
        if BoilerplateLexicon.linePrefixes.contains(where: { lower.utf8.starts(with: $0.utf8) }) {
            return true
        }
        if words <= 14, BoilerplateLexicon.shortLinePhrases.contains(where: { lower.containsBytes(of: $0) }) {
            return lower.utf8.last != UInt8(ascii: ".") || lower.utf8.starts(with: "follow".utf8) || lower.containsBytes(of: "newsletter")
        }
        if words <= 12, lower.utf8.starts(with: "follow ".utf8), lower.containsBytes(of: " on ") {
            return true
        }
        return false
    }

    /// Line starts that mark cross-promotion, which may run long.
    private static let crossPromotionPrefixes = ["read also", "read more:", "also read"]

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
