/// Lays an extracted story out as an article's text, one paragraph after another separated by
/// a blank line, and hands it to the parser's common last steps (sentences, word count).
enum HTMLArticleAssembler {
    static func article(_ story: HTMLStoryExtractor.Story, source: String, warnings: [String]) -> Article {
        var scalars: [Unicode.Scalar] = []
        var ranges: [Range<Int>] = []
        for piece in story.pieces {
            if !scalars.isEmpty { scalars += ["\n", "\n"] }
            let start = scalars.count
            scalars += piece.text.unicodeScalars
            ranges.append(start..<scalars.count)
        }
        let text = ScalarText(scalars: scalars)
        var paragraphs: [Paragraph] = []
        for (index, piece) in story.pieces.enumerated() {
            paragraphs.append(Paragraph(
                number: index + 1, range: ranges[index], text: text.folded(ranges[index]),
                isBoilerplate: piece.isBoilerplate, role: piece.role, isHeadline: piece.isHeadline))
        }
        var metadata = ArticleMetadata(
            title: story.metadata.title ?? "", titleIsHeadline: story.metadata.title != nil,
            byline: story.metadata.byline, date: story.metadata.date)
        // A wire dateline ("VILNIUS, Sept. 11 (Reuters) -") opens the first paragraph of the body.
        if let lead = paragraphs.first(where: \.isStory), let dateline = MetadataReader.dateline(lead.text) {
            let end = ArticleParser.rawOffset(ofFolded: dateline.end, in: text, lead.range)
            metadata.dateline = lead.range.lowerBound..<end
            if metadata.date == nil { metadata.date = dateline.date }
        }
        return ArticleParser.assemble(
            text: text, analysis: text, format: .html, source: source, paragraphs: paragraphs,
            metadata: metadata, warnings: warnings)
    }
}
