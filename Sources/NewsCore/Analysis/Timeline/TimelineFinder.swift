/// Finds the temporal expressions of an article, reads them against its reference date, dates
/// the events they belong to, and orders those events in time.
///
/// Reads every paragraph but boilerplate and bylines for expressions (a date line's date and a
/// dateline's "March 13" are temporal expressions too, as TempEval marks the document date),
/// and only story paragraphs, outside the dateline and outside quotations, for events.
public enum TimelineFinder {
    public static func analyze(_ article: Article, reference: CalendarDate?) -> TimelineAnalysis {
        var builder = TimelineBuilder(
            article: article, normalizer: TimexNormalizer(reference: reference),
            people: LazyPeople(article: article))
        for paragraph in article.paragraphs where !paragraph.isBoilerplate && paragraph.role != .byline {
            builder.read(paragraph)
        }
        return TimelineAnalysis(
            reference: reference, timexes: builder.timexes, events: EventOrderer.order(builder.placed))
    }

    /// The temporal expressions of a plain piece of text (one sentence or a few), read against
    /// `reference`: for measuring on public suites whose cases are single sentences.
    public static func timexes(in string: String, reference: CalendarDate?) -> [TimelineAnalysis.Timex] {
        let article = ArticleParser.parse(string, format: .text, source: "text")
        let text = article.text
        let layer = article.tokens
        var vocabulary = TimeVocabulary(layer)
        let tokens = TimeWords(layer, atoms: 0..<layer.atoms.count, vocabulary: &vocabulary)
        var normalizer = TimexNormalizer(reference: reference)
        var focus: ResolvedTime? = nil
        var focusToken: Int? = nil
        return TimexFinder.find(tokens).map { mention in
            let tense = ClauseTense.of(tokens, around: mention.tokens)
            let near = focusToken.map { ClauseBounds.segment(tokens, around: mention.tokens).contains($0) } ?? false
            let resolved = normalizer.resolve(mention.meaning, tense: tense, focus: focus, focusIsNear: near)
            normalizer.note(
                mention.meaning, resolved, tense: tense, fiscal: mention.tokens.contains { tokens.lower($0) == "fiscal" })
            if resolved.isDay { focus = resolved; focusToken = mention.tokens.lowerBound }
            return TimelineAnalysis.Timex(
                text: text[mention.range], range: mention.range, type: mention.meaning.type,
                value: resolved.value, mod: mention.mod, sentence: nil, paragraph: 1)
        }
    }
}
