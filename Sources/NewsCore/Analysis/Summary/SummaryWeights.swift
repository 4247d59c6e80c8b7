/// How much each signal counts when the summarizer scores a sentence, and how it trades
/// relevance against repetition.
///
/// The defaults were set on the BBC News Summary development set (600 articles, ROUGE at
/// 60 words; `Scripts/eval-summary --dev --words 60`), never on the fixtures, and every rule they
/// weigh is a general news-writing cue, not a pattern of that set. They are a value so the
/// measuring tool can try others (`--set NAME=VALUE`) without a rebuild.
public struct SummaryWeights: Sendable, Equatable {
    /// The inverted pyramid: an early sentence is worth more; the prior halves every
    /// `positionHalfLife` story sentences.
    public var position = 0.5
    public var positionHalfLife = 3.0
    /// Sharing content with the rest of the story (`Centrality`).
    public var centrality = 2.0
    /// Opening a paragraph: a news paragraph's first sentence usually says what it is about.
    /// Measured and left at 0: on the development set it lowered every score.
    public var paragraphStart = 0.0
    /// Centrality with TextRank's sentence overlap instead of LexRank's cosine (see `Centrality`).
    public var overlap = 3.0
    /// Sharing the headline's content words (the share of them the sentence holds).
    public var headline = 0.5
    /// Naming the people the story mentions most.
    public var people = 0.15
    /// Carrying a figure that tells how many or how much.
    public var figure = 0.10
    /// Against: the share of the sentence inside quotation marks (colour, not substance).
    public var quotation = 0.25
    /// A sentence of full length carries a whole fact; short ones rarely do. The signal grows
    /// with the word count up to `lengthWords`.
    public var length = 2.0
    public var lengthWords = 45.0
    /// The nut graf of a feature: the first sentence after an anecdotal lead that says what
    /// the story is about.
    public var nutGraf = 3.0
    /// Maximal marginal relevance: λ·score − (1 − λ)·(similarity to what is chosen).
    public var relevance = 0.7
    /// A sentence this similar to a chosen one says the same thing again and is never added.
    public var duplicate = 0.65

    public init() {}

    /// The weights newsdesk uses.
    public static let standard = SummaryWeights()

    /// The name of every weight, for the measuring tool's `--set NAME=VALUE`.
    public static let names = [
        "position", "positionHalfLife", "paragraphStart", "centrality", "overlap", "headline", "people", "figure",
        "quotation", "length", "lengthWords", "nutGraf", "relevance", "duplicate",
    ]

    /// The weight called `name` (one of `names`), nil for no such weight.
    public subscript(name: String) -> Double? {
        get {
            switch name {
            case "position": position
            case "positionHalfLife": positionHalfLife
            case "paragraphStart": paragraphStart
            case "centrality": centrality
            case "overlap": overlap
            case "headline": headline
            case "people": people
            case "figure": figure
            case "quotation": quotation
            case "length": length
            case "lengthWords": lengthWords
            case "nutGraf": nutGraf
            case "relevance": relevance
            case "duplicate": duplicate
            default: nil
            }
        }
        set {
            guard let value = newValue else { return }
            switch name {
            case "position": position = value
            case "positionHalfLife": positionHalfLife = value
            case "paragraphStart": paragraphStart = value
            case "centrality": centrality = value
            case "overlap": overlap = value
            case "headline": headline = value
            case "people": people = value
            case "figure": figure = value
            case "quotation": quotation = value
            case "length": length = value
            case "lengthWords": lengthWords = value
            case "nutGraf": nutGraf = value
            case "relevance": relevance = value
            case "duplicate": duplicate = value
            default: break
            }
        }
    }
}
