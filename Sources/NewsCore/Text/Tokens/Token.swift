/// One token of an article: a span of its text with what every analyzer asks of it, worked out
/// once when the article's token layer is built.
///
/// Tokens come at two grains (see `TokenLayer`): *atoms*, the smallest pieces (a run of letters,
/// a run of digits, one mark), and *words*, atoms joined as a reader takes them ("U.S.",
/// "mid-September", "1,300", "Covid-19", "6.5bn"). Both are this type.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Starts with a letter.
        case word
        /// Starts with a digit.
        case number
        /// The "'s" or "’s" of a possessive, or the lone "’" after a plural ("the workers’").
        case possessive
        /// One other visible scalar: punctuation, a symbol, a quotation mark.
        case mark
    }

    /// Scalar offsets into the article text, `end` exclusive (kept narrow: articles are < 2 GB).
    public let start: Int32
    public let end: Int32
    public let kind: Kind
    public var flags: TokenFlags
    /// The interned lower-case form, an index into the layer's `Vocabulary`.
    public let word: WordID
    /// Index into `Article.sentences`, or -1 for text outside every sentence (page furniture).
    /// (A word's paragraph is not kept here but in the layer, `TokenLayer.paragraph(ofWord:)`:
    /// 20 bytes a token rather than 24, and a large article has millions of tokens.)
    public var sentence: Int32

    public init(start: Int, end: Int, kind: Kind, flags: TokenFlags, word: WordID, sentence: Int) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.kind = kind
        self.flags = flags
        self.word = word
        self.sentence = Int32(sentence)
    }

    /// The scalar range in the article.
    public var range: Range<Int> { Int(start)..<Int(end) }
    public var length: Int { Int(end - start) }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    public var isMark: Bool { kind == .mark }
    /// A word or a number: what counts as a word of the text.
    public var isWordLike: Bool { kind == .word || kind == .number }

    public func has(_ flag: TokenFlags) -> Bool { flags.contains(flag) }
}

/// What is true of a token where it stands.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// White space (or the start of the paragraph) comes right before it.
    public static let spaceBefore = TokenFlags(rawValue: 1 << 0)
    /// Its first scalar is an upper-case letter.
    public static let capitalised = TokenFlags(rawValue: 1 << 1)
    /// Two letters or more, none lower case ("NATO", "U.S.").
    public static let allCaps = TokenFlags(rawValue: 1 << 2)
    /// The first word or number of its sentence.
    public static let sentenceStart = TokenFlags(rawValue: 1 << 3)
    /// The first token of its paragraph.
    public static let paragraphStart = TokenFlags(rawValue: 1 << 4)
    /// Inside a quotation's marks, as the one quotation-mark pass read them.
    public static let inQuote = TokenFlags(rawValue: 1 << 5)
    /// A quotation mark that opens or closes a quotation found by that pass.
    public static let quoteMark = TokenFlags(rawValue: 1 << 6)
    /// Story text: a body paragraph, not page furniture, not the dateline.
    public static let story = TokenFlags(rawValue: 1 << 7)
    /// In a headline or a Markdown heading that is not page furniture.
    public static let heading = TokenFlags(rawValue: 1 << 8)
    /// In a paragraph that analysis leaves out ("READ ALSO: …").
    public static let boilerplate = TokenFlags(rawValue: 1 << 9)
    /// In the dateline at the head of the lead ("VILNIUS, Sept. 11 (Reuters) -").
    public static let dateline = TokenFlags(rawValue: 1 << 10)
    /// Holds at least one digit.
    public static let hasDigit = TokenFlags(rawValue: 1 << 11)
    /// A word holding a hyphen between its parts ("mid-September").
    public static let hyphenated = TokenFlags(rawValue: 1 << 12)
    /// Part of a web or e-mail address ("www.example.com", "desk@example.org").
    public static let inLink = TokenFlags(rawValue: 1 << 13)
}
