/// The article's words with what the quotations analyzer needs to know about each: whether it
/// stands inside quotation marks, which paragraph and story sentence it is in, and which person
/// the people layer says it names.
///
/// Word indices are the token layer's (`article.tokens.words`), the same the people layer
/// reads, so a token found by one is a token of the other. Every look-up is a binary search or
/// an array read, so the speaker rules that use it stay linear in the article.
///
/// A class: it never changes once built, and the finders that keep it share one reference
/// instead of retaining its article, people and words anew.
final class QuoteText {
    let article: Article
    let people: PeopleAnalysis
    /// The words, with their roles and story sentences.
    let tokens: StoryWords
    /// For each word, true when it lies inside a quotation's marks, is a quotation mark, or is
    /// part of an interview answer (a quotation without marks).
    let quoted: [Bool]
    /// The article's token layer (shared, not copied), for paragraph look-ups.
    private let layer: TokenLayer

    var scalars: [Unicode.Scalar] { tokens.text.scalars }

    init(article: Article, people: PeopleAnalysis, answers: [Range<Int>]) {
        self.article = article
        self.people = people
        let layer = article.tokens
        self.layer = layer
        let tokens = StoryWords.of(article)
        self.tokens = tokens
        let scalars = tokens.text.scalars
        var quoted = layer.words.map { word in
            !word.flags.isDisjoint(with: [.inQuote, .quoteMark])
                || word.kind == .mark && scalars[Int(word.start)].isQuotationMark
        }
        for answer in answers {
            for index in layer.words(in: answer) { quoted[index] = true }
        }
        self.quoted = quoted
    }

    /// The index of the first word that starts at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        TokenLayer.firstToken(tokens.words, atOrAfter: offset)
    }

    /// The index of the last word that ends at or before `offset`, or nil.
    func lastToken(endingBy offset: Int) -> Int? {
        let first = firstToken(atOrAfter: offset)
        var index = first - 1
        while index >= 0, tokens.words[index].range.upperBound > offset { index -= 1 }
        return index >= 0 ? index : nil
    }

    /// The word range of story sentence `sentence`.
    func sentenceTokens(_ sentence: Int) -> Range<Int> { tokens.sentences[sentence].words }

    /// The words of the story sentence holding word `index`; outside the story sentences, the
    /// word alone.
    func sentenceWords(of index: Int) -> Range<Int> {
        let sentence = tokens.sentence(of: index)
        return sentence >= 0 ? tokens.sentences[sentence].words : index..<(index + 1)
    }

    /// The paragraph index of a word.
    func paragraph(ofToken index: Int) -> Int { layer.paragraph(ofWord: index) }

    /// True when word `index` is a word with any of `roles`.
    func isWord(_ index: Int, _ roles: WordRoles) -> Bool { tokens.isWord(index, roles) }

    /// True when word `index` is the word `key`.
    func isWord(_ index: Int, _ key: String) -> Bool { tokens.isWord(index, key) }

    /// True when word `index` is one of `marks`.
    func isPunctuation(_ index: Int, _ marks: String) -> Bool { tokens.isMark(index, marks) }

    /// The words of a range on one line: names and mentions read from hard-wrapped copy must
    /// not carry its line breaks ("the union representing\nfactory staff").
    func text(_ range: Range<Int>) -> String { article.text.folded(range) }
}
