/// Answers in a question-and-answer interview: paragraphs that open with the interviewee's name
/// and a colon or dash ("Okafor: Because …", "**Okafor:** …", "Okafor — Teenagers.") in a story
/// that also has question paragraphs ("Q:", "Q —"). Each answer is the interviewee's direct
/// quotation, without quotation marks.
///
/// A labelled paragraph counts only when the story has question paragraphs and the label is a
/// person the people layer knows, so "Warning: …" or "Update — …" never become quotations.
enum InterviewAnswers {
    struct Answer: Sendable, Equatable {
        /// The answer's words, to the end of the paragraph.
        var content: Range<Int>
        /// The label that names the speaker.
        var label: Range<Int>
        /// Index into `Article.paragraphs`.
        var paragraph: Int
        /// Index into `PeopleAnalysis.people`.
        var person: Int
    }

    /// The longest label read, in scalars.
    static let labelLimit = 40

    static func find(in article: Article, people: PeopleAnalysis) -> [Answer] {
        let scalars = article.analysisText.scalars
        var questions = 0
        var labelled: [(label: Range<Int>, content: Range<Int>, paragraph: Int)] = []
        for (index, paragraph) in article.paragraphs.enumerated() where paragraph.isStory {
            guard let (label, content) = split(scalars, paragraph.range) else { continue }
            var word = ""
            for scalar in scalars[label] { word.unicodeScalars.append(scalar) }
            if QuoteLexicon.questionLabels.contains(word.lowercased()) {
                questions += 1
            } else {
                labelled.append((label, content, index))
            }
        }
        guard questions > 0 else { return [] }
        return labelled.compactMap { entry in
            guard let mention = people.mention(at: entry.label.lowerBound), mention.kind != .pronoun,
                  mention.range.upperBound >= entry.label.upperBound else { return nil }
            return Answer(content: entry.content, label: entry.label, paragraph: entry.paragraph, person: mention.person)
        }
    }

    /// The label and the text after it, when a paragraph opens "Label: text" or "Label — text".
    private static func split(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (Range<Int>, Range<Int>)? {
        var start = range.lowerBound
        while start < range.upperBound, scalars[start].properties.isWhitespace { start += 1 }
        guard start < range.upperBound, scalars[start].properties.isUppercase else { return nil }
        var index = start
        while index < range.upperBound, index - start <= labelLimit {
            let scalar = scalars[index]
            if scalar == ":" || scalar == "—" || scalar == "–" || (scalar == "-" && index > start && scalars[index - 1] == " ") {
                var labelEnd = index
                while labelEnd > start, scalars[labelEnd - 1].properties.isWhitespace { labelEnd -= 1 }
                var content = index + 1
                while content < range.upperBound, scalars[content].properties.isWhitespace { content += 1 }
                var end = range.upperBound
                while end > content, scalars[end - 1].properties.isWhitespace { end -= 1 }
                guard labelEnd > start, content < end else { return nil }
                return (start..<labelEnd, content..<end)
            }
            guard scalar.properties.isAlphabetic || scalar == " " || scalar == "." || scalar == "-" || scalar == "’" || scalar == "'" else {
                return nil
            }
            index += 1
        }
        return nil
    }
}
