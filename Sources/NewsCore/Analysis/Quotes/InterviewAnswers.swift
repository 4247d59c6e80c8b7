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
        let interviewee = self.interviewee(article, people)
        return labelled.compactMap { entry in
            var label = ""
            for scalar in scalars[entry.label] { label.unicodeScalars.append(scalar) }
            if QuoteLexicon.answerLabels.contains(label.lowercased()) {
                guard let interviewee else { return nil }
                return Answer(
                    content: entry.content, label: entry.label, paragraph: entry.paragraph, person: interviewee)
            }
            guard let mention = people.mention(at: entry.label.lowerBound), mention.kind != .pronoun,
                mention.range.upperBound >= entry.label.upperBound
            else { return nil }
            return Answer(
                content: entry.content, label: entry.label, paragraph: entry.paragraph, person: mention.person)
        }
    }

    /// Whom "A:" answers stand for: the one person the headline names, else the person the
    /// story mentions far more than anyone else (at least twice as often), else nobody.
    private static func interviewee(_ article: Article, _ people: PeopleAnalysis) -> Int? {
        var inHeadings: Set<Int> = []
        for (index, person) in people.people.enumerated() {
            for mention in person.mentions
            where article.paragraph(containing: mention.range.lowerBound)?.role == .heading {
                inHeadings.insert(index)
            }
        }
        if inHeadings.count == 1 { return inHeadings.first }
        guard inHeadings.isEmpty, let first = people.people.first else { return nil }
        let second = people.people.count > 1 ? people.people[1].mentions.count : 0
        return first.mentions.count >= 2 * max(1, second) ? 0 : nil
    }

    /// The label and the text after it, when a paragraph opens "Label: text" or "Label — text".
    private static func split(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (Range<Int>, Range<Int>)? {
        var start = range.lowerBound
        while start < range.upperBound, scalars[start].isSpaceLike { start += 1 }
        guard start < range.upperBound, scalars[start].isUppercaseLetter else { return nil }
        var index = start
        while index < range.upperBound, index - start <= labelLimit {
            let scalar = scalars[index]
            if scalar == ":" || scalar == "—" || scalar == "–"
                || (scalar == "-" && index > start && scalars[index - 1] == " ")
            {
                var labelEnd = index
                while labelEnd > start, scalars[labelEnd - 1].isSpaceLike { labelEnd -= 1 }
                var content = index + 1
                while content < range.upperBound, scalars[content].isSpaceLike { content += 1 }
                var end = range.upperBound
                while end > content, scalars[end - 1].isSpaceLike { end -= 1 }
                guard labelEnd > start, content < end else { return nil }
                return (start..<labelEnd, content..<end)
            }
            guard scalar.isLetter || scalar == " " || scalar == "." || scalar == "-" || scalar == "’" || scalar == "'"
            else {
                return nil
            }
            index += 1
        }
        return nil
    }
}
