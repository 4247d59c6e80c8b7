/// What the date reader asks of the items it walks, one question per item index (out of range
/// answers no). `AtomRun` answers it for the atoms of a paragraph or of a bare line (figures,
/// the metadata date-line reader); the timeline's view of the atoms answers it from the facts it
/// keeps per word form. Items are atoms or coarser: a digit run, a word, one mark.
public protocol DateItems {
    var count: Int { get }
    /// The lower-case form of a word item, without final stops; nil for anything else.
    func word(_ index: Int) -> String?
    /// True when the item is a run of ASCII digits.
    func isDigits(_ index: Int) -> Bool
    /// The number of scalars of the item (of digits, for a digit run).
    func length(_ index: Int) -> Int
    /// The value of a digit run.
    func integer(_ index: Int) -> Int?
    /// True when the item is a word starting with a capital letter.
    func isCapitalized(_ index: Int) -> Bool
    /// True when the item is the mark `scalar`.
    func isSymbol(_ index: Int, _ scalar: Unicode.Scalar) -> Bool
    /// True when the item is a hyphen, non-breaking hyphen or en dash.
    func isDash(_ index: Int) -> Bool
    /// True when the item exists and touches the one before it.
    func attached(_ index: Int) -> Bool
    /// True when the item lies inside a link or web address.
    func inLink(_ index: Int) -> Bool
    /// The month a word item names in any case ("sept", "November"), and whether the name is
    /// an abbreviation that may take a stop.
    func monthName(_ index: Int) -> (month: Int, abbreviation: Bool)?
    /// An ordinal written in words starting at the item ("fifth", "twenty-first"): its value
    /// and the item after it.
    func ordinalWord(_ index: Int) -> (value: Int, next: Int)?
}

extension AtomRun: DateItems {
    public func isDigits(_ index: Int) -> Bool { index >= 0 && index < atoms.count && atoms[index].isDigits }

    public func length(_ index: Int) -> Int { atoms[index].length }

    public func isCapitalized(_ index: Int) -> Bool {
        index >= 0 && index < atoms.count && atoms[index].isCapitalized
    }

    public func inLink(_ index: Int) -> Bool { index >= 0 && index < atoms.count && atoms[index].inLink }

    public func monthName(_ index: Int) -> (month: Int, abbreviation: Bool)? {
        guard let word = word(index), let month = CalendarLexicon.months[word] else { return nil }
        return (month, CalendarLexicon.monthAbbreviations.contains(word))
    }

    /// "fifth", and "twenty-first" written over three atoms.
    public func ordinalWord(_ index: Int) -> (value: Int, next: Int)? {
        guard let word = word(index) else { return nil }
        if let tens = NumberWords.tens[word], isDash(index + 1), attached(index + 1), let unit = self.word(index + 2),
           attached(index + 2), let value = NumberWords.ordinalUnits[unit], value < 10 {
            return (tens + value, index + 3)
        }
        return NumberWords.ordinal(word).map { ($0, index + 1) }
    }
}
