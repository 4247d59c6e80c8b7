/// Finds the paragraphs of an article's text.
///
/// Wire copy usually arrives one paragraph per line; copy saved from e-mail or a terminal is
/// hard-wrapped with blank lines between paragraphs; Markdown separates paragraphs by blank
/// lines. The splitter tells these apart from the text itself.
enum ParagraphSplitter {
    /// A paragraph found: its range (trimmed, non-empty) and, when it is one line that was
    /// already checked, whether that line is boilerplate (so the parser need not check again).
    struct Block: Equatable {
        var range: Range<Int>
        var isBoilerplate: Bool?
    }

    /// Paragraph ranges (trimmed, non-empty) in order.
    ///
    /// - Parameters:
    ///   - headings: ranges (Markdown headings) that must stand alone.
    ///   - blankLinesSeparate: true for Markdown, where single line breaks are soft.
    static func split(_ text: ScalarText, headings: [Range<Int>], blankLinesSeparate: Bool) -> [Range<Int>] {
        blocks(text, headings: headings, blankLinesSeparate: blankLinesSeparate).map(\.range)
    }

    /// The paragraphs as `split` finds them, with what is known of their boilerplate.
    static func blocks(_ text: ScalarText, headings: [Range<Int>], blankLinesSeparate: Bool) -> [Block] {
        var lines: [Range<Int>] = []
        for line in Lines(scalars: text.scalars) { lines.append(line.trimmed(in: text)) }
        let wrapWidth = blankLinesSeparate ? nil : hardWrapWidth(lines)
        let headingStarts = Set(headings.map(\.lowerBound))
        var paragraphs: [Block] = []
        var current: Block? = nil
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
            let isHeading = headingStarts.contains(line.lowerBound)
            let isBoilerplate = isHeading ? nil : BoilerplateDetector.isBoilerplate(text, line)
            let standsAlone = isHeading || isBoilerplate == true
            if let block = current, !standsAlone, !currentStandsAlone,
               blankLinesSeparate || wrapWidth.map({ previousLength * 10 >= $0 * 6 }) ?? false {
                current = Block(range: block.range.lowerBound..<line.upperBound, isBoilerplate: nil)
            } else {
                if let block = current { paragraphs.append(block) }
                current = Block(range: line, isBoilerplate: isBoilerplate)
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
