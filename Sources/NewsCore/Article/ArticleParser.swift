/// Builds an `Article` from decoded text: paragraphs, their roles, sentences and metadata.
public enum ArticleParser {
    /// How many paragraphs from the top may hold the headline, byline and date.
    static let headerParagraphLimit = 6

    public static func parse(_ string: String, format: Article.Format, source: String, warnings: [String] = []) -> Article {
        let text = ScalarText(string)
        let analysis: ScalarText
        let headings: [Range<Int>]
        switch format {
        case .markdown:
            let masked = MarkdownMasker.mask(text)
            analysis = ScalarText(scalars: masked.scalars)
            headings = masked.headingLines
        case .text:
            analysis = text
            headings = []
        }
        let ranges = ParagraphSplitter.split(analysis, headings: headings, blankLinesSeparate: format == .markdown)
            .map { widenToMarkup($0, raw: text, masked: analysis) }
        var paragraphs = ranges.enumerated().map { index, range in
            Paragraph(number: index + 1, range: range, text: analysis.folded(range),
                      isBoilerplate: BoilerplateDetector.isBoilerplate(analysis, range), role: .body)
        }
        let headingStarts = Set(headings.map(\.lowerBound))
        var metadata = readHeader(&paragraphs, headingStarts: headingStarts, text: analysis)

        let splitter = SentenceSplitter()
        var sentences: [Range<Int>] = []
        for paragraph in paragraphs where !paragraph.isBoilerplate {
            sentences += splitter.split(analysis, in: paragraph.range)
        }
        if !metadata.titleIsHeadline {
            let lead = paragraphs.first(where: \.isStory)
            let leadSentence = lead.flatMap { p in sentences.first { p.range.contains($0.lowerBound) } } ?? lead?.range
            // The title starts after a dateline ("LAGOS, March 3 (Wirewatch) –") when there is one.
            let start = max(leadSentence?.lowerBound ?? 0, metadata.dateline?.upperBound ?? 0)
            metadata.title = leadTitle(leadSentence.map { analysis[start..<max(start, $0.upperBound)] } ?? "")
        }
        let words = paragraphs.filter { !$0.isBoilerplate && ($0.role == .body || $0.role == .heading) }
            .reduce(0) { $0 + countWords(analysis.scalars[$1.range]) }
        return Article(source: source, format: format, text: text, analysisText: analysis,
                       paragraphs: paragraphs, sentences: sentences, metadata: metadata,
                       wordCount: words, warnings: warnings)
    }

    /// Assigns heading, byline and date-line roles at the top of the story and reads the
    /// metadata they carry.
    private static func readHeader(_ paragraphs: inout [Paragraph], headingStarts: Set<Int>, text analysis: ScalarText) -> ArticleMetadata {
        var metadata = ArticleMetadata(title: "", titleIsHeadline: false)
        var seenContent = false
        for index in paragraphs.indices {
            let paragraph = paragraphs[index]
            if paragraph.isBoilerplate { continue }
            if headingStarts.contains(paragraph.range.lowerBound) {
                paragraphs[index].role = .heading
                if !metadata.titleIsHeadline, !seenContent {
                    metadata.title = paragraph.text
                    metadata.titleIsHeadline = true
                }
                continue
            }
            let inHeader = index < headerParagraphLimit && !seenContent
            if inHeader, metadata.byline == nil, let names = MetadataReader.byline(paragraph.text) {
                paragraphs[index].role = .byline
                metadata.byline = names
                if metadata.date == nil {
                    metadata.date = DateFinder.dates(in: paragraph.text).first { $0.date.year != nil }?.date
                }
                continue
            }
            if let date = MetadataReader.dateLine(paragraph.text) {
                paragraphs[index].role = .dateLine
                if metadata.date == nil || metadata.date?.year == nil { metadata.date = date }
                continue
            }
            if inHeader, !metadata.titleIsHeadline, index + 1 < paragraphs.count,
               MetadataReader.dateline(paragraph.text) == nil, MetadataReader.isHeadline(paragraph.text) {
                paragraphs[index].role = .heading
                metadata.title = paragraph.text
                metadata.titleIsHeadline = true
                continue
            }
            if !seenContent, let dateline = MetadataReader.dateline(paragraph.text) {
                // The reader saw the paragraph with its white space folded: map its offset back.
                let start = paragraph.range.lowerBound
                metadata.dateline = start..<rawOffset(ofFolded: dateline.end, in: analysis, paragraph.range)
                if let date = dateline.date, metadata.date == nil { metadata.date = date }
            }
            seenContent = true
        }
        return metadata
    }

    /// The offset in `text` of the scalar at `folded` in `text.folded(range)`: where a position
    /// found in a paragraph's one-line form lies in the article.
    static func rawOffset(ofFolded folded: Int, in text: ScalarText, _ range: Range<Int>) -> Int {
        var produced = 0
        var pendingSpace = false
        var spaceStart = range.lowerBound
        for index in range {
            if text.scalars[index].isSpaceLike {
                if !pendingSpace { spaceStart = index }
                pendingSpace = produced > 0
                continue
            }
            if pendingSpace {
                if produced >= folded { return spaceStart }
                produced += 1
                pendingSpace = false
            }
            if produced >= folded { return index }
            produced += 1
        }
        return range.upperBound
    }

    /// A paragraph range found in masked text, widened over the markup masked at its ends
    /// (`## `, `**`, a link's URL) so that it covers the paragraph as written in the file.
    static func widenToMarkup(_ range: Range<Int>, raw: ScalarText, masked: ScalarText) -> Range<Int> {
        func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
        var lower = range.lowerBound
        while lower > 0, !isLineBreak(raw.scalars[lower - 1]), masked.scalars[lower - 1].isSpaceLike { lower -= 1 }
        var upper = range.upperBound
        while upper < raw.count, !isLineBreak(raw.scalars[upper]), masked.scalars[upper].isSpaceLike { upper += 1 }
        return (lower..<upper).trimmed(in: raw)
    }

    /// A title made from the lead sentence: its first dozen words.
    static func leadTitle(_ sentence: String) -> String {
        let text = foldWhitespace(sentence)
        let words = text.split(separator: " ")
        guard words.count > 12 else { return text }
        return words.prefix(12).joined(separator: " ") + "…"
    }

    /// Runs of white space (line breaks included) folded to one space, ends trimmed.
    static func foldWhitespace(_ text: String) -> String {
        let scalars = ScalarText(text)
        return scalars.folded(0..<scalars.count)
    }

    /// Words: runs of letters or digits, with inner apostrophes, hyphens and decimal marks.
    static func countWords(_ text: String) -> Int {
        countWords(ScalarText(text).scalars[...])
    }

    static func countWords(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var inWord = false
        for scalar in scalars {
            let isWordScalar = scalar.isWordScalar
            if isWordScalar, !inWord { count += 1 }
            if isWordScalar {
                inWord = true
            } else if inWord, scalar == "'" || scalar == "’" || scalar == "-" || scalar == "." || scalar == "," {
                continue
            } else {
                inWord = false
            }
        }
        return count
    }
}
