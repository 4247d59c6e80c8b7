/// One word of the article as the people and quotation rules read it: the token layer's word
/// with its word roles and its story sentence.
struct StoryWord {
    let token: Token
    /// The roles of the word's form (full stops removed).
    let roles: WordRoles
    /// Index into `StoryWords.sentences`, or -1 for a word outside the story sentences.
    let sentence: Int
    /// The lower-case form without full stops ("U.S." → "us").
    let key: String

    var kind: Token.Kind { token.kind }
    var range: Range<Int> { token.range }
    var isWord: Bool { token.kind == .word }
    /// A word starting with an upper-case letter.
    var isCapitalised: Bool { token.kind == .word && token.has(.capitalised) }
    /// A word of two letters or more written wholly in capitals ("NCT", "U.S.").
    var isAllCaps: Bool { token.kind == .word && token.has(.allCaps) }
    /// The first word or number of its sentence.
    var startsSentence: Bool { token.has(.sentenceStart) }
    /// Inside a quotation's marks (the marks themselves excluded).
    var inQuote: Bool { token.has(.inQuote) }
    /// In a headline or heading rather than the story body.
    var inHeading: Bool { token.has(.heading) }

    /// True when the word has any of `roles`.
    func `is`(_ roles: WordRoles) -> Bool { !self.roles.isDisjoint(with: roles) }
}

/// The article's words as the people and quotation analyzers read them: the token layer's
/// words (global word indices), the story sentences they read (body and headings, dateline cut
/// off), and the `WordRoles` of each distinct form, looked up once per article.
///
/// A thin view: it selects and annotates the layer's words and never scans the text for word
/// boundaries. Built once per article and shared by both analyzers through its cache.
struct StoryWords: Sendable {
    /// The layer's words.
    let words: [Token]
    let vocabulary: Vocabulary
    let text: ScalarText
    /// The sentences read: story paragraphs and headings, dateline cut off.
    let sentences: [StorySentence]
    /// For each word, its index in `sentences`, or -1.
    private let sentenceOfWord: [Int32]
    /// For each `WordID`, the roles of its key.
    private let roles: [WordRoles]
    /// For each `WordID`, its key: the vocabulary's forms with the few that hold a full stop
    /// replaced, so a `StoryWord` reads its key from an array instead of calling the vocabulary.
    private let keys: [String]

    init(_ article: Article) {
        let layer = article.tokens
        words = layer.words
        vocabulary = layer.vocabulary
        text = article.analysisText
        sentences = layer.storySentences
        var sentenceOfWord = [Int32](repeating: -1, count: layer.words.count)
        for (index, sentence) in sentences.enumerated() {
            for word in sentence.words { sentenceOfWord[word] = Int32(index) }
        }
        self.sentenceOfWord = sentenceOfWord
        let vocabulary = layer.vocabulary
        roles = (0..<vocabulary.count).map { WordRoles.wordTable.value(ofKey: WordID($0), in: vocabulary) ?? [] }
        var keys = vocabulary.forms
        for id in keys.indices where vocabulary.hasStop(WordID(id)) { keys[id] = vocabulary.key(WordID(id)) }
        self.keys = keys
    }

    /// The view of `article`, made once and kept in its analysis cache.
    static func of(_ article: Article) -> StoryWords {
        article.analyses.value(StoryWords.self) { StoryWords(article) }
    }

    /// The number of words in the article (story or not).
    var count: Int { words.count }

    subscript(_ index: Int) -> StoryWord {
        let token = words[index]
        return StoryWord(token: token, roles: roles[Int(token.word)], sentence: Int(sentenceOfWord[index]),
                         key: keys[Int(token.word)])
    }

    /// True when word `index` is a word starting with an upper-case letter (read from the
    /// token alone, without making a `StoryWord`).
    func isCapitalised(_ index: Int) -> Bool {
        words[index].kind == .word && words[index].has(.capitalised)
    }

    /// True when word `index` is a word of two letters or more written wholly in capitals.
    func isAllCaps(_ index: Int) -> Bool { words[index].kind == .word && words[index].has(.allCaps) }

    /// The story sentence of word `index`, or -1 outside the story sentences.
    func sentence(of index: Int) -> Int { Int(sentenceOfWord[index]) }

    /// The roles of word `index`.
    func roles(_ index: Int) -> WordRoles { roles[Int(words[index].word)] }

    /// The lower-case form as written, full stops kept ("u.s.", "10-year-old").
    func form(_ index: Int) -> String { vocabulary.form(words[index].word) }

    /// The lower-case form without final full stops ("gen").
    func bare(_ index: Int) -> String { vocabulary.bare(words[index].word) }

    /// The roles of the form without final full stops, for lists looked up by it ("u.s" is not
    /// "us").
    func bareRoles(_ index: Int) -> WordRoles {
        let id = words[index].word
        let bare = vocabulary.bare(id)
        return bare == keys[Int(id)] ? roles[Int(id)] : WordRoles.of(bare)
    }

    /// The roles of the lower-case form as written, full stops kept, for lists that an
    /// abbreviation's stop keeps out ("inc." is not "inc").
    func formRoles(_ index: Int) -> WordRoles {
        let id = words[index].word
        // A form without a full stop is its own key.
        return vocabulary.hasStop(id) ? WordRoles.of(vocabulary.form(id)) : roles[Int(id)]
    }

    /// The name-list facts of word `index` as written, full stops kept ("jo." is no given name).
    func nameWords(_ index: Int) -> NameWords {
        NameWords.table.value(ofForm: words[index].word, in: vocabulary) ?? []
    }

    /// True when word `index`, as written, is a given name of the lists, of either gender or
    /// both.
    func isListedGivenName(_ index: Int) -> Bool { !nameWords(index).isDisjoint(with: .givenName) }

    /// The id of a lower-case form when the article uses it.
    func id(of form: String) -> WordID? { vocabulary.id(of: form) }

    /// The word as written in the article.
    func written(_ index: Int) -> String { text[words[index].range] }

    /// The words of `run` as written, one space between them ("Ana Ruiz"), made as one string.
    func written(words run: Range<Int>) -> String {
        let words = words  // captured alone, not the whole view
        return text.joined(run.lazy.map { words[$0].range })
    }

    /// The scalar of a one-scalar mark, or nil for a word, a number or a possessive.
    func mark(_ index: Int) -> Unicode.Scalar? {
        words[index].kind == .mark ? text.scalars[Int(words[index].start)] : nil
    }

    /// True when word `index` is a mark among `marks`.
    func isMark(_ index: Int, _ marks: String) -> Bool {
        guard let mark = mark(index) else { return false }
        return marks.unicodeScalars.contains(mark)
    }

    /// True when word `index` is a word with any of `roles`.
    func isWord(_ index: Int, _ roles: WordRoles) -> Bool {
        words[index].kind == .word && !self.roles(index).isDisjoint(with: roles)
    }

    /// True when word `index` is the word `key` (lower case, no full stops).
    func isWord(_ index: Int, _ key: String) -> Bool {
        words[index].kind == .word && keys[Int(words[index].word)] == key
    }
}
