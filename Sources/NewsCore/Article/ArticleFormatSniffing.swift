extension Article.Format {
    /// How a text that came without a file name is written: Markdown when its first non-blank
    /// line is an ATX heading ("# Headline", up to six marks, a space, then words), else plain
    /// text. A file's extension says this for files; a pipeline record or standard input has
    /// none, and reading "# Headline" as plain text would make the marks part of the title.
    /// Only that one unmistakable shape counts: a line such as "#MeToo marches" stays text.
    public static func sniff(_ text: String) -> Article.Format {
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if trimmed.isEmpty { continue }
            let marks = trimmed.prefix { $0 == "#" }.count
            guard (1...6).contains(marks) else { return .text }
            let rest = trimmed.dropFirst(marks)
            guard rest.first == " ", rest.contains(where: { $0.isLetter || $0.isNumber }) else { return .text }
            return .markdown
        }
        return .text
    }
}
