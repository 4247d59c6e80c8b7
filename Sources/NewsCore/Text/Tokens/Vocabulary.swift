/// The interned id of a lower-case word form: equal forms have equal ids within one article.
public typealias WordID = Int32

/// The distinct lower-case forms of one article's tokens, each stored once and named by a
/// small integer, so analyzers compare ids and look up per-form facts in arrays instead of
/// hashing a fresh string for every token.
public struct Vocabulary: Sendable {
    /// The lower-case form of each id, as written ("u.s.", "gen.", "mid-september").
    public private(set) var forms: [String] = []
    /// Each form without full stops ("u.s." → "us"), the key most word lists are looked up by.
    public private(set) var keys: [String] = []
    /// Each form without final full stops ("gen." → "gen", "u.s." → "u.s").
    public private(set) var bares: [String] = []
    /// Word classes of each form, looked up once per distinct form.
    public private(set) var classes: [WordClasses] = []
    private var ids: [String: WordID] = [:]

    public init() {}

    /// The number of distinct forms.
    public var count: Int { forms.count }

    /// The id of `form` (lower case), adding it when new.
    public mutating func intern(_ form: String) -> WordID {
        if let id = ids[form] { return id }
        let id = WordID(forms.count)
        ids[form] = id
        forms.append(form)
        let hasStop = form.utf8.contains(UInt8(ascii: "."))
        let key = hasStop ? String(form.unicodeScalars.filter { $0 != "." }.map(Character.init)) : form
        var bare = Substring(form)
        while bare.count > 1, bare.hasSuffix(".") { bare.removeLast() }
        keys.append(key)
        bares.append(hasStop ? String(bare) : form)
        classes.append(WordClasses.of(key))
        return id
    }

    /// The id of a form already in the article, or nil: a word the article never uses.
    public func id(of form: String) -> WordID? { ids[form] }

    public func form(_ id: WordID) -> String { forms[Int(id)] }
    public func key(_ id: WordID) -> String { keys[Int(id)] }
    public func bare(_ id: WordID) -> String { bares[Int(id)] }
    public func classes(_ id: WordID) -> WordClasses { classes[Int(id)] }
}

/// Word classes that many rules ask about, as bits looked up once per distinct form, so that
/// "is this a month?" on a token is an array read and a mask.
///
/// The words come from the lexicon's data files; a class earns a bit here when several
/// analyzers ask it on every token. Rarer questions look their list up by the token's key.
public struct WordClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A month name or its abbreviation ("march", "sept").
    public static let month = WordClasses(rawValue: 1 << 0)
    /// A weekday name ("friday").
    public static let weekday = WordClasses(rawValue: 1 << 1)
    /// A verb of saying in any sub-kind ("said", "sighed", "adding").
    public static let speechVerb = WordClasses(rawValue: 1 << 2)
    /// A cardinal or ordinal number word or a magnitude ("fourteen", "third", "million").
    public static let numberWord = WordClasses(rawValue: 1 << 3)
    /// A title or honorific that can stand before a name ("president", "mr", "gen").
    public static let title = WordClasses(rawValue: 1 << 4)
    /// A function word ignored when comparing sentences ("the", "of").
    public static let stopword = WordClasses(rawValue: 1 << 5)

    private static let table: [String: WordClasses] = {
        var table: [String: WordClasses] = [:]
        func add(_ words: some Sequence<String>, _ wordClass: WordClasses) {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        add(Lexicon.integers("calendar/months").keys, .month)
        add(Lexicon.set("calendar/month-abbreviations"), .month)
        add(Lexicon.integers("calendar/weekdays").keys, .weekday)
        add(Lexicon.set("speech-verbs"), .speechVerb)
        add(Lexicon.integers("numbers/units").keys, .numberWord)
        add(Lexicon.integers("numbers/tens").keys, .numberWord)
        add(Lexicon.integers("numbers/ordinal-units").keys, .numberWord)
        add(Lexicon.numbers("numbers/magnitudes").keys, .numberWord)
        add(Lexicon.set("people/titles").union(Lexicon.set("people/courtesy-titles")), .title)
        add(Lexicon.set("summary/stopwords"), .stopword)
        return table
    }()

    /// The classes of a lower-case key.
    public static func of(_ key: String) -> WordClasses { table[key] ?? [] }
}
