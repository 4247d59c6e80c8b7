/// Builds an `Article` from decoded text: paragraphs, their roles, sentences and metadata.
public enum ArticleParser {
    /// How many paragraphs from the top may hold the headline, byline and date.
    static let headerParagraphLimit = 6

    public static func parse(
        _ string: String, format: Article.Format, source: String, warnings: [String] = []
    ) -> Article {
        parse(ScalarText(string), format: format, source: source, warnings: warnings)
    }

    /// Builds an article from text already decoded into scalars (as the loader reads it).
    public static func parse(
        _ text: ScalarText, format: Article.Format, source: String,
        warnings: [String] = []
    ) -> Article {
        let analysis: ScalarText
        let headings: [Range<Int>]
        switch format {
        case .markdown:
            let masked = MarkdownMasker.mask(text)
            analysis = ScalarText(scalars: masked.scalars)
            headings = masked.headingLines
        case .text, .html:
            analysis = text
            headings = []
        }
        let blocks = ParagraphSplitter.blocks(analysis, headings: headings, blankLinesSeparate: format == .markdown)
        let headingBlockStarts = Set(headings.map(\.lowerBound))
        // Where each heading's paragraph starts once widened over its "#" marks.
        var headingStarts = Set<Int>()
        var paragraphs = blocks.enumerated().map { index, block in
            let range = widenToMarkup(block.range, raw: text, masked: analysis)
            if headingBlockStarts.contains(block.range.lowerBound) { headingStarts.insert(range.lowerBound) }
            // The splitter has checked a one-line paragraph already; widening may change it.
            let isBoilerplate = range == block.range ? block.isBoilerplate : nil
            return Paragraph(
                number: index + 1, range: range, text: analysis.folded(range),
                isBoilerplate: isBoilerplate ?? BoilerplateDetector.isBoilerplate(analysis, range)
                    || (format == .markdown && BoilerplateDetector.isLinkOnlyParagraph(text, range)),
                role: format == .markdown && isPipeTable(analysis, range) ? .table : .body)
        }
        let metadata = readHeader(&paragraphs, headingStarts: headingStarts, text: analysis)
        return assemble(
            text: text, analysis: analysis, format: format, source: source, paragraphs: paragraphs,
            metadata: metadata, warnings: warnings)
    }

    /// Whether a Markdown paragraph is a pipe table: one of its lines is the delimiter row under
    /// the header (`| --- | :---: |`), made only of pipes, dashes, colons and spaces.
    static func isPipeTable(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        var line = String.UnicodeScalarView()
        func isDelimiterRow() -> Bool {
            line.contains("|") && line.contains("-")
                && line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" || $0 == "\r" }
        }
        for scalar in text.scalars[range] {
            if scalar == "\n" {
                if isDelimiterRow() { return true }
                line = String.UnicodeScalarView()
            } else {
                line.append(scalar)
            }
        }
        return isDelimiterRow()
    }

    /// Completes an article whose paragraphs and header metadata are known: its sentences, the
    /// title taken from the lead when there is no headline, and its word count. Text and Markdown
    /// articles come here from `parse`; web pages from their extractor, with the roles it found.
    static func assemble(
        text: ScalarText, analysis: ScalarText, format: Article.Format, source: String,
        paragraphs: [Paragraph], metadata: ArticleMetadata, warnings: [String]
    ) -> Article {
        var metadata = metadata
        let splitter = SentenceSplitter()
        var sentences: [Range<Int>] = []
        // Captions and table rows, like furniture, are not the story's sentences.
        for paragraph in paragraphs
        where !paragraph.isBoilerplate && paragraph.role != .caption && paragraph.role != .table {
            sentences += splitter.split(analysis, in: paragraph.range)
        }
        if !metadata.titleIsHeadline {
            let lead = paragraphs.first(where: \.isStory)
            let leadSentence = lead.flatMap { p in sentences.first { p.range.contains($0.lowerBound) } } ?? lead?.range
            // The title starts after a dateline ("LAGOS, March 3 (Wirewatch) –") when there is one.
            let start = max(leadSentence?.lowerBound ?? 0, metadata.dateline?.upperBound ?? 0)
            metadata.title =
                leadSentence.map { leadTitle(folded: analysis.folded(start..<max(start, $0.upperBound))) } ?? ""
        }
        let words = paragraphs.filter { !$0.isBoilerplate && ($0.role == .body || $0.role == .heading) }
            .reduce(0) { $0 + countWords(analysis.scalars[$1.range]) }
        return Article(
            source: source, format: format, text: text, analysisText: analysis,
            paragraphs: paragraphs, sentences: sentences, metadata: metadata,
            wordCount: words, readingWarnings: warnings)
    }

    /// Assigns heading, byline and date-line roles at the top of the story and reads the
    /// metadata they carry.
    private static func readHeader(
        _ paragraphs: inout [Paragraph], headingStarts: Set<Int>, text analysis: ScalarText
    ) -> ArticleMetadata {
        var metadata = ArticleMetadata(title: "", titleIsHeadline: false)
        var seenContent = false
        // Paragraphs of story read so far: a standfirst (one short paragraph under the
        // headline) may still be followed by the byline.
        var contentParagraphs = 0
        for index in paragraphs.indices {
            let paragraph = paragraphs[index]
            if paragraph.isBoilerplate { continue }
            if headingStarts.contains(paragraph.range.lowerBound) {
                paragraphs[index].role = .heading
                if !metadata.titleIsHeadline, !seenContent {
                    metadata.title = paragraph.text
                    metadata.titleIsHeadline = true
                    paragraphs[index].isHeadline = true
                }
                continue
            }
            let inHeader = index < headerParagraphLimit && !seenContent
            let afterStandfirst = index < headerParagraphLimit && contentParagraphs == 1
            if inHeader || afterStandfirst, metadata.byline == nil, let names = MetadataReader.byline(paragraph.text) {
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
            // The paragraph's dateline, read at most once: nil until it is read.
            var datelineRead: (end: Int, date: PartialDate?)?? = nil
            if inHeader, !metadata.titleIsHeadline, index + 1 < paragraphs.count {
                let found = MetadataReader.dateline(paragraph.text)
                datelineRead = .some(found)
                if found == nil, MetadataReader.isHeadline(paragraph.text) {
                    paragraphs[index].role = .heading
                    paragraphs[index].isHeadline = true
                    metadata.title = paragraph.text
                    metadata.titleIsHeadline = true
                    continue
                }
            }
            if !seenContent, let dateline = datelineRead ?? MetadataReader.dateline(paragraph.text) {
                // The reader saw the paragraph with its white space folded: map its offset back.
                let start = paragraph.range.lowerBound
                metadata.dateline = start..<rawOffset(ofFolded: dateline.end, in: analysis, paragraph.range)
                if let date = dateline.date, metadata.date == nil { metadata.date = date }
            }
            seenContent = true
            contentParagraphs += 1
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
        leadTitle(folded: foldWhitespace(sentence))
    }

    /// A title made from a sentence already folded to one line: the first dozen of its
    /// space-separated words, and "…" when there were more.
    static func leadTitle(folded text: String) -> String {
        var text = text
        // Every space of folded text separates two words, unless a scalar next to it is not ASCII
        // (a combining mark after a space joins it into one Character): then split by Character.
        let cut: Int?? = text.withUTF8 { bytes in
            var spaces = 0
            for index in bytes.indices where bytes[index] == 0x20 {
                if bytes[index - 1] >= 0x80 || (index + 1 < bytes.count && bytes[index + 1] >= 0x80) { return nil }
                spaces += 1
                if spaces == 12 { return .some(index) }
            }
            return .some(nil)
        }
        switch cut {
        case .some(.some(let end)):
            return String(decoding: text.utf8.prefix(end), as: UTF8.self) + "…"
        case .some(.none):
            return text
        case .none:
            let words = text.split(separator: " ")
            guard words.count > 12 else { return text }
            return words.prefix(12).joined(separator: " ") + "…"
        }
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
        scalars.withUnsafeBufferPointer { buffer in
            var count = 0
            var inWord = false
            for scalar in buffer {
                let value = scalar.value
                let isWordScalar = value < 0x80 ? isASCIIWordScalar(value) : scalar.isWordScalar
                if isWordScalar {
                    if !inWord { count += 1 }
                    inWord = true
                } else if inWord, value == 0x27 || value == 0x2019 || value == 0x2D || value == 0x2E || value == 0x2C {
                    continue
                } else {
                    inWord = false
                }
            }
            return count
        }
    }

    /// ASCII letters and digits, by bit masks over the two halves of ASCII.
    @inline(__always)
    private static func isASCIIWordScalar(_ value: UInt32) -> Bool {
        let digits: UInt64 = 0x03FF_0000_0000_0000
        let letters: UInt64 = 0x07FF_FFFE_07FF_FFFE
        return value < 64 ? (digits >> UInt64(value)) & 1 != 0 : (letters >> UInt64(value - 64)) & 1 != 0
    }
}
