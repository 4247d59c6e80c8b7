/// What the name rules ask of a word as written (full stops kept): is it a listed given name,
/// and of which gender; a product word ("Pay"); a place word that is also a surname ("Hill");
/// a short form of a given name ("Tom").
///
/// Unlike `WordRoles`, read for every form of an article, these are asked only of a name
/// candidate's words, so each is looked up when asked: by the form's interned scalar values and
/// hash, in a table of its own, with no string hashed. The word lists stay the single source
/// of the words; this type only indexes them.
struct NameWords: OptionSet, Sendable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `people/masculine-given-names`.
    static let masculineGivenName = NameWords(rawValue: 1 << 0)
    /// `people/feminine-given-names`.
    static let feminineGivenName = NameWords(rawValue: 1 << 1)
    /// `people/given-names`: given names of either gender.
    static let neutralGivenName = NameWords(rawValue: 1 << 2)
    /// `people/product-words`: a product word after a maker's name ("Orbit Pay").
    static let productWord = NameWords(rawValue: 1 << 3)
    /// `people/surname-place-cues`: a place word that is also a common surname.
    static let surnamePlaceCue = NameWords(rawValue: 1 << 4)
    /// A short form of a given name: a key of `PeopleLexicon.nicknames`.
    static let nickname = NameWords(rawValue: 1 << 5)

    /// A given name of any of the three lists.
    static let givenName: NameWords = [.masculineGivenName, .feminineGivenName, .neutralGivenName]

    /// Every listed word with the union of its lists' bits.
    static let table: WordTable<NameWords> = {
        var table = WordTable<NameWords>(capacity: 2048)
        func add(_ words: some Sequence<String>, _ kind: NameWords) {
            for word in words { table.merge(word, kind) { $0.union($1) } }
        }
        add(PeopleLexicon.masculineGivenNames, .masculineGivenName)
        add(PeopleLexicon.feminineGivenNames, .feminineGivenName)
        add(PeopleLexicon.neutralGivenNames, .neutralGivenName)
        add(PeopleLexicon.productWords, .productWord)
        add(PeopleLexicon.surnamePlaceCues, .surnamePlaceCue)
        add(PeopleLexicon.nicknames.keys, .nickname)
        return table
    }()
}
