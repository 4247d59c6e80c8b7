/// The one token layer of an article, built once and read by every analyzer (the spaCy `Doc`
/// idea: one text, many annotations, each a span into it).
///
/// It holds the article's tokens at two grains, atoms and words (see `Tokenizer`), each with its
/// interned lower-case form, its sentence and paragraph, and flags for what is true where it
/// stands (inside a quotation, story text or page furniture, capitalised at sentence start…);
/// the quotation spans found by the one quotation-mark pass; and the story sentences with the
/// dateline cut off once. Analyzers take views of it; none reads the scalars to find words.
public struct TokenLayer: Sendable {
    /// The smallest pieces: letter runs, digit runs, possessives, single marks.
    public let atoms: AtomTokens
    /// Atoms joined as a reader takes them: "U.S.", "mid-September", "1,300", "Gen.".
    public let words: [Token]
    /// For each word, the range of its atoms in `atoms`.
    public let wordAtoms: WordAtomRanges
    /// For each atom, the index of its word in `words`.
    public var atomWord: AtomTokens.WordIndices { atoms.wordIndices }
    /// The distinct lower-case forms of atoms and words.
    public let vocabulary: Vocabulary
    /// Quotations as the quotation-mark pass found them, in article order.
    public let quotations: [QuotedSpan]
    /// The sentences analyzers read: story paragraphs and headings, dateline cut off.
    public let storySentences: [StorySentence]
    /// For each paragraph of the article, the index of its first word (of the next paragraph's
    /// first word when it has none).
    private let paragraphFirstWords: [Int32]

    /// Builds the layer over every paragraph of `article`.
    public init(_ article: Article) {
        let scalars = article.analysisText.scalars
        let quotations = QuoteMarkScanner.spans(in: article)
        var vocabulary = Vocabulary()
        var atoms = AtomTokens.Builder(reservingCapacity: scalars.count / 4)
        var words: [Token] = []
        // Room for what news copy needs (a word or mark every five or six scalars); the spare
        // is given back below, as these arrays live as long as the article.
        var wordAtoms = WordAtomRanges(reservingCapacity: scalars.count / 4)
        words.reserveCapacity(scalars.count / 4)
        let abbreviations = PeopleLexicon.abbreviations
        let isAbbreviation: (Range<Int>) -> Bool = { range in
            range.count <= 5 && abbreviations.contains(Self.lowercased(scalars, range))
        }
        var sentences = SentenceCursor(article.sentences)
        var quotes = QuoteCursor(quotations)
        let dateline = article.metadata.dateline
        var paragraphFirstWords: [Int32] = []
        paragraphFirstWords.reserveCapacity(article.paragraphs.count)
        for paragraph in article.paragraphs {
            paragraphFirstWords.append(Int32(words.count))
            let pieces = Tokenizer.atoms(scalars, paragraph.range)
            guard !pieces.isEmpty else { continue }
            let groups = Tokenizer.words(pieces, scalars, abbreviation: isAbbreviation)
            let links = Tokenizer.linkAtoms(pieces, scalars)
            var paragraphFlags: TokenFlags = []
            if paragraph.isBoilerplate { paragraphFlags.insert(.boilerplate) }
            if paragraph.isStory { paragraphFlags.insert(.story) }
            if paragraph.role == .heading, !paragraph.isBoilerplate { paragraphFlags.insert(.heading) }
            var lastSentence = -2
            for (groupIndex, group) in groups.enumerated() {
                let range = pieces[group.lowerBound].range.lowerBound..<pieces[group.upperBound - 1].range.upperBound
                let sentence = sentences.sentence(containing: range.lowerBound)
                let kind = pieces[group.lowerBound].kind
                var flags = paragraphFlags
                flags.formUnion(Self.shapeFlags(scalars, range))
                if groupIndex == 0 { flags.insert(.paragraphStart) }
                if pieces[group.lowerBound].spaceBefore { flags.insert(.spaceBefore) }
                if group.count > 1,
                    pieces[group].contains(where: { $0.kind == .mark && scalars[$0.range.lowerBound].isHyphen })
                {
                    flags.insert(.hyphenated)
                }
                if links[group.lowerBound] { flags.insert(.inLink) }
                if let dateline, dateline.contains(range.lowerBound) {
                    flags.insert(.dateline)
                    flags.remove(.story)
                }
                if kind == .word || kind == .number, sentence != lastSentence, sentence >= 0, !flags.contains(.dateline)
                {
                    flags.insert(.sentenceStart)
                    lastSentence = sentence
                }
                flags.formUnion(quotes.flags(for: range, mark: kind == .mark ? scalars[range.lowerBound] : nil))
                let wordIndex = Int32(words.count)
                let wordID = vocabulary.intern(scalars, range)
                // A word of one atom is that atom: same range, shape, form and flags; the atom
                // is then read from the word and not stored again.
                if group.count == 1 { atoms.appendLoneAtom(ofWord: wordIndex) }
                for pieceIndex in group where group.count > 1 {
                    let piece = pieces[pieceIndex]
                    var atomFlags = flags
                    atomFlags.subtract(Self.wordOnlyFlags)
                    atomFlags.formUnion(Self.shapeFlags(scalars, piece.range))
                    if piece.spaceBefore { atomFlags.insert(.spaceBefore) }
                    if pieceIndex == group.lowerBound {
                        atomFlags.formUnion(flags.intersection([.sentenceStart, .paragraphStart]))
                    }
                    let atomID = vocabulary.intern(scalars, piece.range)
                    atoms.append(
                        Token(
                            start: piece.range.lowerBound, end: piece.range.upperBound, kind: piece.kind,
                            flags: atomFlags, word: atomID, sentence: sentence),
                        ofWord: wordIndex)
                }
                words.append(
                    Token(
                        start: range.lowerBound, end: range.upperBound, kind: kind, flags: flags,
                        word: wordID, sentence: sentence))
                wordAtoms.append(upTo: atoms.count)
            }
        }
        // Each array is copied into its own size and the roomy one let go before the next, so
        // at most one spare copy is held at a time.
        self.words = words.fitted()
        words = []
        self.atoms = atoms.finish(words: self.words)
        self.wordAtoms = wordAtoms.fitted()
        self.vocabulary = vocabulary
        self.quotations = quotations
        self.paragraphFirstWords = paragraphFirstWords
        self.storySentences = StorySentence.all(in: article, words: self.words)
    }

    // MARK: reading tokens

    /// The lower-case form of a token ("u.s.", "said").
    public func form(_ token: Token) -> String { vocabulary.form(token.word) }
    /// The lower-case form without full stops ("us"), for word-list look-ups.
    public func key(_ token: Token) -> String { vocabulary.key(token.word) }
    /// The lower-case form without final full stops ("gen", "u.s").
    public func bare(_ token: Token) -> String { vocabulary.bare(token.word) }
    /// The word classes of a token's form.
    public func classes(_ token: Token) -> WordClasses { vocabulary.classes(token.word) }

    /// The index in `Article.paragraphs` of the paragraph holding word `index`.
    public func paragraph(ofWord index: Int) -> Int {
        // The last paragraph whose first word is at or before `index` (a paragraph without
        // words shares its first word with the next, and so is passed over).
        var low = 0, high = paragraphFirstWords.count
        while low < high {
            let middle = (low + high) / 2
            if Int(paragraphFirstWords[middle]) <= index { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    /// The index of the first word that starts at or after `offset`.
    public func firstWord(atOrAfter offset: Int) -> Int { Self.firstToken(words, atOrAfter: offset) }
    /// The index of the first atom that starts at or after `offset`.
    public func firstAtom(atOrAfter offset: Int) -> Int { Self.firstToken(atoms, atOrAfter: offset) }

    /// The indices of the words inside a scalar range.
    public func words(in range: Range<Int>) -> Range<Int> {
        firstWord(atOrAfter: range.lowerBound)..<Self.firstToken(words, atOrAfter: range.upperBound, ending: true)
    }

    /// The indices of the atoms inside a scalar range.
    public func atoms(in range: Range<Int>) -> Range<Int> {
        firstAtom(atOrAfter: range.lowerBound)..<Self.firstToken(atoms, atOrAfter: range.upperBound, ending: true)
    }

    /// Binary search: the first token starting at or after `offset`; with `ending`, the first
    /// token ending after `offset`, so that a range's upper bound leaves out a token it cuts.
    static func firstToken<Tokens: RandomAccessCollection<Token>>(
        _ tokens: Tokens, atOrAfter offset: Int, ending: Bool = false
    ) -> Int where Tokens.Index == Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            let before = ending ? Int(tokens[middle].end) <= offset : Int(tokens[middle].start) < offset
            if before { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: building

    /// Lower-cases a scalar range, in one pass over bytes when it is ASCII.
    static func lowercased(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var ascii = true
        for index in range where scalars[index].value >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                var written = 0
                for index in range {
                    let byte = UInt8(truncatingIfNeeded: scalars[index].value)
                    buffer[written] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    written += 1
                }
                return written
            }
        }
        var view = String.UnicodeScalarView()
        for index in range { view.append(contentsOf: scalars[index].properties.lowercaseMapping.unicodeScalars) }
        return String(view)
    }

    /// Flags that describe a whole word (its shape, its place in the sentence); each atom of a
    /// word of several atoms has its own.
    static let wordOnlyFlags: TokenFlags = [
        .sentenceStart, .paragraphStart, .hyphenated, .spaceBefore, .allCaps, .capitalised, .hasDigit,
    ]

    /// Capitalised, all-caps and has-digit flags of a scalar range.
    static func shapeFlags(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> TokenFlags {
        var flags: TokenFlags = []
        if scalars[range.lowerBound].isUppercaseLetter { flags.insert(.capitalised) }
        var letters = 0
        var lower = false
        for index in range {
            let scalar = scalars[index]
            if scalar.isASCIIDigit {
                flags.insert(.hasDigit)
            } else if scalar.isLetter {
                letters += 1
                if scalar.isLowercaseLetter { lower = true }
            }
        }
        if letters >= 2, !lower { flags.insert(.allCaps) }
        return flags
    }
}

/// Walks the article's sentences in order alongside the tokens: which sentence holds an offset.
private struct SentenceCursor {
    let sentences: [Range<Int>]
    var next = 0

    init(_ sentences: [Range<Int>]) { self.sentences = sentences }

    mutating func sentence(containing offset: Int) -> Int {
        while next < sentences.count, sentences[next].upperBound <= offset { next += 1 }
        return next < sentences.count && sentences[next].contains(offset) ? next : -1
    }
}

/// Walks the quotation spans alongside the tokens: whether a token lies inside one.
private struct QuoteCursor {
    let spans: [QuotedSpan]
    let marks: Set<Int>
    var next = 0

    init(_ spans: [QuotedSpan]) {
        self.spans = spans.sorted { $0.content.lowerBound < $1.content.lowerBound }
        var marks = Set<Int>()
        for span in spans {
            marks.insert(span.open)
            if let close = span.close { marks.insert(close) }
        }
        self.marks = marks
    }

    mutating func flags(for range: Range<Int>, mark: Unicode.Scalar?) -> TokenFlags {
        if mark != nil, marks.contains(range.lowerBound) { return [.quoteMark] }
        while next < spans.count, spans[next].content.upperBound <= range.lowerBound { next += 1 }
        var probe = next
        while probe < spans.count, spans[probe].content.lowerBound <= range.lowerBound {
            if spans[probe].content.upperBound >= range.upperBound { return [.inQuote] }
            probe += 1
        }
        return []
    }
}
