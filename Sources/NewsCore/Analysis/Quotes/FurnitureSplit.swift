/// A quotation that runs over paragraphs is one utterance, but page furniture the scanner
/// stepped over on the way (a photo caption, "Advertisement", a "SEE MORE:" promo) is nobody's
/// words: the quotation is given as its story parts, each with the same speaker, as an
/// interrupted quotation is, so that no quotation's text holds a caption.
enum FurnitureSplit {
    /// The story parts of `span`: the span itself when every paragraph it crosses is story,
    /// else one part for each run of story paragraphs, the later ones starting after the
    /// opening mark that carries the quotation on.
    static func parts(of span: QuotedSpan, in article: Article) -> [QuotedSpan] {
        guard span.lastParagraph > span.firstParagraph else { return [span] }
        let paragraphs = article.paragraphs
        let crossed = (span.firstParagraph + 1)..<span.lastParagraph
        guard crossed.contains(where: { !paragraphs[$0].isStory }) else { return [span] }
        let scalars = article.analysisText.scalars
        var parts: [QuotedSpan] = []
        var current = span
        var previousStory = span.firstParagraph
        for index in (span.firstParagraph + 1)...span.lastParagraph where paragraphs[index].isStory {
            // Story paragraphs back to back belong to one part, as they always have.
            let gap = ((previousStory + 1)..<index).contains { !paragraphs[$0].isStory }
            if gap {
                var end = paragraphs[previousStory].range.upperBound
                while end > current.content.lowerBound, scalars[end - 1].isSpaceLike { end -= 1 }
                var finished = current
                finished.content = current.content.lowerBound..<end
                finished.close = nil
                finished.lastParagraph = previousStory
                parts.append(finished)
                // The next part opens at its paragraph's first quotation mark.
                var open = paragraphs[index].range.lowerBound
                while open < span.content.upperBound, scalars[open].isSpaceLike { open += 1 }
                var start = open
                while start < span.content.upperBound, QuoteMarkScanner.isMark(scalars[start]) { start += 1 }
                current.open = open
                current.content = start..<span.content.upperBound
                current.firstParagraph = index
            }
            previousStory = index
        }
        parts.append(current)
        return parts.filter { !$0.content.isEmpty }
    }
}
