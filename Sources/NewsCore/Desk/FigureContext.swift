/// The words around a figure that say what it is about, for telling whether two stories'
/// figures count the same thing: the content words of its sentence (four letters or more, not
/// common function words, without the counted noun's own words and number words).
public enum FigureContext {
    /// For each figure of `figures` (an article's, in its order), its sentence's words.
    public static func words(of figures: [Figure], in article: Article) -> [Set<String>] {
        var bySentence: [Int: Set<String>] = [:]
        return figures.map { figure in
            guard let index = figure.sentence, article.sentences.indices.contains(index) else { return [] }
            let all = bySentence[index] ?? StoryKinship.words(of: article.text[article.sentences[index]])
            bySentence[index] = all
            let own = figure.of.map(StoryKinship.words(of:)) ?? []
            return all.subtracting(own).subtracting(numberWords)
        }
    }

    /// Words that come with figures of every kind and say nothing about what is counted.
    static let numberWords: Set<String> = [
        "million", "billion", "thousand", "hundred", "trillion", "percent", "cent", "half", "quarter", "dozen",
    ]
}
