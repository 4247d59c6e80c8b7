extension Article.Format {
    /// How a text that came without a file name is written: Markdown when its first non-blank
    /// line is an ATX heading ("# Headline", up to six marks, a space, then words), else plain
    /// text. A file's extension says this for files; a pipeline record or standard input has
    /// none, and reading "# Headline" as plain text would make the marks part of the title.
    /// Only that one unmistakable shape counts: a line such as "#MeToo marches" stays text.
    /// Only the first non-blank line is read, so sniffing costs nothing on a long article.
    public static func sniff(_ text: String) -> Article.Format {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let end = scalars[start...].firstIndex { isLineBreak($0) } ?? scalars.endIndex
            let line = scalars[start..<end].drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if !line.isEmpty { return headingShaped(line) ? .markdown : .text }
            start = end < scalars.endIndex ? scalars.index(after: end) : end
        }
        return .text
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func headingShaped(_ line: Substring.UnicodeScalarView) -> Bool {
        let marks = line.prefix { $0 == "#" }.count
        guard (1...6).contains(marks) else { return false }
        let rest = line.dropFirst(marks)
        return rest.first == " " && rest.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
