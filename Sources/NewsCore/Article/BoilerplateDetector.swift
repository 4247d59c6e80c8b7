/// Recognises lines that are page furniture ("READ ALSO: …", "Advertisement", "Sign up for …",
/// share and follow prompts, photo credits) so analysis can leave them out.
public enum BoilerplateDetector {
    /// Whether a paragraph's text is boilerplate.
    public static func isBoilerplate(_ text: String) -> Bool {
        let line = text.trimmingSpacesAndMarks()
        guard !line.isEmpty else { return false }
        let lower = line.lowercased()
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        if lower.hasPrefix("read also") || lower.hasPrefix("read more:") || lower.hasPrefix("also read") {
            return true
        }
        let bare = lower.trimmingCharacters(in: ".:!…>»")
        if BoilerplateLexicon.wholeLines.contains(bare) { return true }
        guard words <= BoilerplateLexicon.shortLineWordLimit else { return false }
        if BoilerplateLexicon.linePrefixes.contains(where: { lower.hasPrefix($0) }) {
            return true
        }
        if words <= 14, BoilerplateLexicon.shortLinePhrases.contains(where: { lower.contains($0) }) {
            return !line.hasSuffix(".") || lower.hasPrefix("follow") || lower.contains("newsletter")
        }
        if lower.hasPrefix("follow "), words <= 12, lower.contains(" on ") {
            return true
        }
        return false
    }
}

extension String {
    /// The string without surrounding white space and list or emphasis marks.
    func trimmingSpacesAndMarks() -> String {
        trimmingCharacters(in: " \t\r\n*_#>-•|")
    }

    /// The string without any of `characters` at either end.
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
