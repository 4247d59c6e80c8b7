/// Finds the paragraphs of an article's text.
///
/// Wire copy usually arrives one paragraph per line; copy saved from e-mail or a terminal is
/// hard-wrapped with blank lines between paragraphs; Markdown separates paragraphs by blank
/// lines. The splitter tells these apart from the text itself.
enum ParagraphSplitter {
    /// Paragraph ranges (trimmed, non-empty) in order.
    ///
    /// - Parameters:
    ///   - headings: ranges (Markdown headings) that must stand alone.
    ///   - blankLinesSeparate: true for Markdown, where single line breaks are soft.
    static func split(_ text: ScalarText, headings: [Range<Int>], blankLinesSeparate: Bool) -> [Range<Int>] {
        let lines = Array(Lines(scalars: text.scalars)).map { $0.trimmed(in: text) }
        let wrapWidth = blankLinesSeparate ? nil : hardWrapWidth(lines)
        let headingStarts = Set(headings.map(\.lowerBound))
        var paragraphs: [Range<Int>] = []
        var current: Range<Int>? = nil
        // Whether the block being built must stay one line (a heading or boilerplate line);
        // decided once from its first line, so long wrapped paragraphs stay linear.
        var currentStandsAlone = false
        var previousLength = 0
        for line in lines {
            guard !line.isEmpty else {
                if let block = current { paragraphs.append(block) }
                current = nil
                continue
            }
            let standsAlone = headingStarts.contains(line.lowerBound)
                || BoilerplateDetector.isBoilerplate(text, line)
            if let block = current, !standsAlone, !currentStandsAlone,
               blankLinesSeparate || wrapWidth.map({ previousLength * 10 >= $0 * 6 }) ?? false {
                current = block.lowerBound..<line.upperBound
            } else {
                if let block = current { paragraphs.append(block) }
                current = line
                currentStandsAlone = standsAlone
            }
            previousLength = line.count
        }
        if let block = current { paragraphs.append(block) }
        return paragraphs
    }

    /// The width the text is wrapped at, or nil when lines are whole paragraphs.
    ///
    /// Text counts as hard-wrapped when no line is longer than 100 scalars and some run of two or
    /// more consecutive lines starts with a line at least 50 long, as wrapped prose does.
    static func hardWrapWidth(_ lines: [Range<Int>]) -> Int? {
        let longest = lines.map(\.count).max() ?? 0
        guard longest <= 100 else { return nil }
        let wrappedRun = zip(lines, lines.dropFirst()).contains { $0.count >= 50 && !$1.isEmpty }
        return wrappedRun ? longest : nil
    }
}
