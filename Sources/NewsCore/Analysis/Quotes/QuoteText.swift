/// The story tokens of one article with what the quotations analyzer needs to know about each:
/// whether it stands inside quotation marks, which paragraph it is in, and which person the
/// people layer says it names.
///
/// Built once per article; every look-up is a binary search or an array read, so the speaker
/// rules that use it stay linear in the article.
/// A story token with the forms the quotation rules compare computed once (the rules read
/// each token's key many times, and computing it anew each time would dominate the pass).
struct QuoteToken: Sendable, Equatable {
    var kind: StoryToken.Kind
    var text: String
    var range: Range<Int>
    var sentence: Int
    var startsSentence: Bool
    var inHeading: Bool
    /// Lower case, full stops removed ("U.S." → "us").
    var key: String
    /// Lower case, final full stops removed ("Gen." → "gen").
    var bare: String
    var isCapitalised: Bool
    var isAllCaps: Bool

    var isWord: Bool { kind == .word }

    init(_ token: StoryToken) {
        kind = token.kind
        text = token.text
        range = token.range
        sentence = token.sentence
        startsSentence = token.startsSentence
        inHeading = token.inHeading
        // One lower-casing per token; most words have no full stop to remove.
        let lower = token.kind == .punctuation ? token.text : token.text.lowercased()
        if lower.utf8.contains(UInt8(ascii: ".")) {
            key = lower.filter { $0 != "." }
            var trimmed = Substring(lower)
            while trimmed.hasSuffix(".") { trimmed.removeLast() }
            bare = String(trimmed)
        } else {
            key = lower
            bare = lower
        }
        isCapitalised = token.isCapitalised
        isAllCaps = token.kind == .word && token.isAllCaps
    }
}

struct QuoteText {
    let article: Article
    let story: StoryTokens
    let people: PeopleAnalysis
    /// For each token, true when it lies inside a quotation's marks (or is a mark).
    let quoted: [Bool]
    /// For each story sentence, the index into `Article.paragraphs` of its paragraph.
    let sentenceParagraph: [Int]

    let tokens: [QuoteToken]
    var scalars: [Unicode.Scalar] { article.analysisText.scalars }

    init(article: Article, story: StoryTokens, people: PeopleAnalysis, spans: [Range<Int>]) {
        self.article = article
        self.story = story
        self.people = people
        tokens = story.tokens.map(QuoteToken.init)
        let sortedSpans = spans.sorted { $0.lowerBound < $1.lowerBound }
        var quoted = [Bool](repeating: false, count: story.tokens.count)
        var next = 0
        for (index, token) in story.tokens.enumerated() {
            while next < sortedSpans.count, sortedSpans[next].upperBound < token.range.lowerBound { next += 1 }
            var probe = next
            while probe < sortedSpans.count, sortedSpans[probe].lowerBound <= token.range.lowerBound {
                if sortedSpans[probe].upperBound >= token.range.upperBound { quoted[index] = true; break }
                probe += 1
            }
            if token.kind == .punctuation, let scalar = token.text.unicodeScalars.first, QuoteMarkScanner.isMark(scalar) {
                quoted[index] = true
            }
        }
        self.quoted = quoted
        var paragraphs: [Int] = []
        var paragraphIndex = 0
        for sentence in story.sentences {
            while paragraphIndex < article.paragraphs.count,
                  article.paragraphs[paragraphIndex].range.upperBound <= sentence.lowerBound {
                paragraphIndex += 1
            }
            paragraphs.append(min(paragraphIndex, article.paragraphs.count - 1))
        }
        sentenceParagraph = paragraphs
    }

    /// The index of the first token that starts at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index of the last token that ends at or before `offset`, or nil.
    func lastToken(endingBy offset: Int) -> Int? {
        let first = firstToken(atOrAfter: offset)
        var index = first - 1
        while index >= 0, tokens[index].range.upperBound > offset { index -= 1 }
        return index >= 0 ? index : nil
    }

    /// The token range of story sentence `sentence`.
    func sentenceTokens(_ sentence: Int) -> Range<Int> { story.tokenRanges[sentence] }

    /// The paragraph index of a token.
    func paragraph(ofToken index: Int) -> Int { sentenceParagraph[tokens[index].sentence] }

    /// The article sentence index of a story sentence.
    func articleSentence(_ sentence: Int) -> Int { story.articleSentences[sentence] }

    func isWord(_ index: Int, in set: Set<String>) -> Bool {
        tokens[index].isWord && set.contains(tokens[index].key)
    }

    func isPunctuation(_ index: Int, _ marks: String) -> Bool {
        tokens[index].kind == .punctuation && marks.contains(tokens[index].text)
    }

    /// The words of a range on one line: names and mentions read from hard-wrapped copy must
    /// not carry its line breaks ("the union representing\nfactory staff").
    func text(_ range: Range<Int>) -> String { article.text.folded(range) }
}
