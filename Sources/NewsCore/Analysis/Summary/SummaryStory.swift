/// A sentence of the story body, as a summary may show it.
struct SummaryStorySentence: Sendable, Equatable {
    /// Index into `Article.sentences`.
    var index: Int
    /// The words shown: the sentence trimmed (Markdown markup at either end too), with a
    /// dateline ("ROTTERDAM, March 13 (Wirewatch) –") or an interview's speaker label
    /// ("Okafor:", "Q —") taken off the front, so the summary reads as prose and its offsets
    /// still point at exactly the text shown.
    var range: Range<Int>
    /// The paragraph's number, as `show` prints it.
    var paragraph: Int
    /// True for the first sentence of its paragraph.
    var opensParagraph: Bool
}

/// Which sentences of an article are story text: those in body paragraphs that are not
/// boilerplate. Headlines, bylines, date lines and "READ ALSO"-style lines are never summary
/// material.
enum SummaryStory {
    static func storySentences(of article: Article) -> [SummaryStorySentence] {
        var story: [SummaryStorySentence] = []
        var lastParagraph = -1
        for (index, sentence) in article.sentences.enumerated() {
            guard let paragraph = article.paragraph(containing: sentence.lowerBound), paragraph.isStory else { continue }
            var range = sentence
            if let dateline = article.metadata.dateline, dateline.overlaps(range) || dateline.upperBound == range.lowerBound {
                // A dateline may run past a sentence the splitter cut short inside it: then
                // nothing of that sentence is left to show.
                range = range.starting(at: dateline.upperBound)
            }
            let opens = paragraph.number != lastParagraph
            range = range.trimmed(in: article.analysisText)
            if story.isEmpty, let end = agencyCreditEnd(article.analysisText, range) {
                range = (end..<range.upperBound).trimmed(in: article.analysisText)
            }
            if opens, let end = speakerLabelEnd(article.analysisText, range) {
                range = (end..<range.upperBound).trimmed(in: article.analysisText)
            }
            guard !range.isEmpty else { continue }
            story.append(SummaryStorySentence(index: index, range: range, paragraph: paragraph.number,
                                       opensParagraph: opens))
            lastParagraph = paragraph.number
        }
        return story
    }

    /// Where an agency credit opening the lead ends: "(CNN) --", "(AP) —", "(Reuters) -",
    /// a parenthesised name of at most three words followed by a dash. Nil otherwise.
    static func agencyCreditEnd(_ text: ScalarText, _ range: Range<Int>) -> Int? {
        let scalars = text.scalars
        guard range.count > 4, scalars[range.lowerBound] == "(" else { return nil }
        var index = range.lowerBound + 1
        var words = 0
        while index < range.upperBound, scalars[index] != ")" {
            guard scalars[index].isWordScalar || scalars[index] == " " || scalars[index] == "." else { return nil }
            if scalars[index] == " " { words += 1 }
            guard words < 3 else { return nil }
            index += 1
        }
        index += 1
        while index < range.upperBound, scalars[index] == " " { index += 1 }
        var dashes = 0
        while index < range.upperBound, "—–-".unicodeScalars.contains(scalars[index]) { index += 1; dashes += 1 }
        return dashes > 0 && index < range.upperBound && scalars[index].isSpaceLike ? index : nil
    }

    /// Where a speaker label at the start of an interview paragraph ends: one to three
    /// capitalised words ("Okafor", "Q", "Jane Roe") followed by a colon, or by a dash with
    /// space on both sides, then more text. Nil when the sentence opens otherwise.
    static func speakerLabelEnd(_ text: ScalarText, _ range: Range<Int>) -> Int? {
        let scalars = text.scalars
        var index = range.lowerBound
        var words = 0
        while index < range.upperBound, words < 4 {
            guard scalars[index].isUppercaseLetter else { return nil }
            while index < range.upperBound, scalars[index].isWordScalar || scalars[index] == "." { index += 1 }
            words += 1
            guard index < range.upperBound else { return nil }
            if scalars[index] == ":" {
                return index + 1 < range.upperBound && scalars[index + 1].isSpaceLike ? index + 1 : nil
            }
            guard scalars[index] == " " else { return nil }
            let next = index + 1
            if next + 1 < range.upperBound, "—–-".unicodeScalars.contains(scalars[next]), scalars[next + 1] == " " {
                return next + 2
            }
            index = next
        }
        return nil
    }

    /// The headings of an article (its headline, Markdown headings), for spotting a headline
    /// repeated as the first line of text.
    static func headings(of article: Article) -> [Range<Int>] {
        article.paragraphs.filter { $0.role == .heading && !$0.isBoilerplate }.map(\.range)
    }
}
