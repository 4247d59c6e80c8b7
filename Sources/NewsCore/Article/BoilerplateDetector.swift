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
