/// One quotation or piece of reported speech in an article, and who said it.
public struct Quotation: Sendable, Equatable {
    /// How the words are reported.
    public enum Kind: String, Sendable, Equatable {
        /// A quotation set off on its own: whole sentences in quotation marks, or an interview
        /// answer.
        case direct
        /// A few quoted words inside the reporter's own sentence (scare quotes included).
        case partial
        /// Reported speech without quotation marks ("X said that …"), only with `--all`.
        case indirect
    }

    /// Scalar range of the quoted words in the article text, marks excluded. A quotation split
    /// by its attribution, or running over several paragraphs, is one range from its first
    /// quoted word to its last.
    public var range: Range<Int>
    /// The text of `range` as written.
    public var text: String
    /// The speaker by full name (from the people layer), or an organisation; nil when the text
    /// does not say who it is (never a guess).
    public var speaker: String?
    /// The words at the quotation that name the speaker ("she", "Lukashenko", "a spokesperson
    /// for Sahel Mobile"), or nil.
    public var mention: String?
    /// Scalar range of `mention`, or nil.
    public var mentionRange: Range<Int>?
    public var kind: Kind
    /// Index into `Article.sentences` of the sentence the quotation starts in.
    public var sentence: Int
    /// 1-based number of the paragraph the quotation starts in.
    public var paragraph: Int

    public init(range: Range<Int>, text: String, speaker: String?, mention: String?, mentionRange: Range<Int>?,
                kind: Kind, sentence: Int, paragraph: Int) {
        self.range = range
        self.text = text
        self.speaker = speaker
        self.mention = mention
        self.mentionRange = mentionRange
        self.kind = kind
        self.sentence = sentence
        self.paragraph = paragraph
    }
}
