/// One figure of a story: a number expression, what it is worth, and what kind of figure it is.
public struct Figure: Sendable, Equatable {
    /// The kinds CONTRACT.md names, in the order the text view counts them.
    public enum Kind: String, Sendable, CaseIterable {
        case count, percent, money, quantity, duration, year, date, ordinal
    }

    /// Scalar offsets of the number expression in `article.text`, with its sign, currency, `%`
    /// or unit, without the counted noun and without approximation words.
    public var range: Range<Int>
    /// The expression as written.
    public var text: String
    /// The value in `unit` (percent points for fractions, years for "three decades", the full
    /// amount for "$6.5bn"); for a range, its lower end.
    public var value: Double
    /// The upper end of a range ("1,300–1,400", "between 20 and 30", "the 1990s"), else nil.
    public var high: Double?
    public var kind: Kind
    /// `%`, `percentage point`, an ISO currency code, a measurement symbol, or a time unit
    /// (`year`, `month`, `week`, `day`, `hour`, `minute`, `second`); nil for counts and years.
    public var unit: String?
    /// What a count or percent counts ("prisoners", "Belarus’s political prisoners"), or nil.
    public var of: String?
    /// Where `of` stands in the text, if anywhere.
    public var ofRange: Range<Int>?
    /// The approximation or bound written before the figure ("about", "more than", "up to"),
    /// lower-cased, or nil when the figure is given as exact.
    public var qualifier: String?
    /// Where the qualifier stands, when there is one.
    public var qualifierRange: Range<Int>?
    /// Where a bound written after the figure stands ("or more" in "50 or more").
    public var trailingQualifierRange: Range<Int>?
    /// The number as written, before units are applied: 300,000,000 for "£300m", 50 for
    /// "50 cents", 0.6667 for "two-thirds", 3 for "three decades". Measuring tools compare it
    /// with suites that resolve numbers rather than figures.
    public var amount: Double
    /// Where the number itself stands ("20" in "$20", "two-thirds" in "two-thirds").
    public var numberRange: Range<Int>
    /// 0-based index into `article.sentences`, or nil when the figure lies outside them.
    public var sentence: Int?
    /// 1-based paragraph number, as `show` prints it.
    public var paragraph: Int
    /// A count left without a noun where the noun is understood from an earlier count in the
    /// sentence ("17 votes to eight").
    var inheritsCountedNoun = false

    public init(
        range: Range<Int>, text: String, value: Double, high: Double? = nil, kind: Kind, unit: String? = nil,
        of: String? = nil, ofRange: Range<Int>? = nil, qualifier: String? = nil, qualifierRange: Range<Int>? = nil,
        amount: Double, numberRange: Range<Int>, sentence: Int? = nil, paragraph: Int = 0
    ) {
        self.range = range
        self.text = text
        self.value = value
        self.high = high
        self.kind = kind
        self.unit = unit
        self.of = of
        self.ofRange = ofRange
        self.qualifier = qualifier
        self.qualifierRange = qualifierRange
        self.amount = amount
        self.numberRange = numberRange
        self.sentence = sentence
        self.paragraph = paragraph
    }
}
