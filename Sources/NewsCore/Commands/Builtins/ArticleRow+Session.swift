extension ArticleRow {
    /// The row of loaded article `number` (1-based): the commands that list articles build it
    /// here, so the result type in Output/ needs no knowledge of the session.
    init(number: Int, in session: Session) {
        let entry = session.entries[number - 1]
        let reference = session.referenceDate(of: entry)
        self.init(number: number, title: entry.article.metadata.title, byline: entry.article.metadata.byline,
                  date: reference?.date.iso, dateOrigin: reference?.origin.rawValue,
                  words: entry.article.wordCount, sentences: entry.article.sentences.count,
                  source: entry.article.source, isCurrent: session.currentIndex == number - 1)
    }
}
