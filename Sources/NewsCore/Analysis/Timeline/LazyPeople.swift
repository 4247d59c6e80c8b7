/// The people layer, run only when an event's subject is a pronoun: many stories never need it.
final class LazyPeople {
    private let article: Article
    private var analysis: PeopleAnalysis?

    init(article: Article) {
        self.article = article
    }

    /// The full name of the person a pronoun refers to, when the people layer is sure.
    func name(forPronounAt range: Range<Int>) -> String? {
        guard ["he", "she", "him", "her"].contains(article.text[range].lowercased()) else { return nil }
        if analysis == nil { analysis = PeopleFinder.analyze(article) }
        return analysis.flatMap { people in people.resolve(pronounAt: range).map { people.people[$0].name } }
    }
}
