/// Recognises lines that are page furniture ("READ ALSO: …", "Advertisement", "Sign up for …",
/// share and follow prompts, photo credits) so analysis can leave them out.
public enum BoilerplateDetector {
    /// Whether a paragraph's text is boilerplate.
    public static func isBoilerplate(_ text: String) -> Bool {
        // Cross-promotion lines can be long; every other kind is short, so a long paragraph
        // only needs its first words looked at.
        let head = String(text.unicodeScalars.prefix(40)).trimmingSpacesAndMarks().lowercased()
        if head.hasPrefix("read also") || head.hasPrefix("read more:") || head.hasPrefix("also read") {
            return true
        }
        guard text.utf8.count <= maximumShortLineBytes, wordCountIsShort(text) else { return false }
        let line = text.trimmingSpacesAndMarks()
        guard !line.isEmpty else { return false }
        let lower = line.lowercased()
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        let bare = lower.trimmingCharacters(in: ".:!…>»")
        if BoilerplateLexicon.wholeLines.contains(bare) { return true }
        guard words <= BoilerplateLexicon.shortLineWordLimit else { return false }
        if BoilerplateLexicon.linePrefixes.contains(where: { lower.hasPrefix($0) }) {
            return true
        }
        if words <= 14, BoilerplateLexicon.shortLinePhrases.contains(where: { lower.containsBytes(of: $0) }) {
            return !line.hasSuffix(".") || lower.hasPrefix("follow") || lower.contains("newsletter")
        }
        if lower.hasPrefix("follow "), words <= 12, lower.containsBytes(of: " on ") {
            return true
        }
        return false
    }

    /// Whether the text has at most `shortLineWordLimit` words, counted on its bytes without
    /// building anything, so long story paragraphs are turned away cheaply.
    static func wordCountIsShort(_ text: String) -> Bool {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09
            if !isSpace, !inWord {
                words += 1
                if words > BoilerplateLexicon.shortLineWordLimit { return false }
            }
            inWord = !isSpace
        }
        return true
    }

    /// Lines longer than this are never short-line furniture (25 words of long words).
    static let maximumShortLineBytes = 400
}
