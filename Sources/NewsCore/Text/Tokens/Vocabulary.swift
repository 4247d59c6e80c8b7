/// The interned id of a lower-case word form: equal forms have equal ids within one article.
public typealias WordID = Int32

/// The distinct lower-case forms of one article's tokens, each stored once and named by a
/// small integer, so analyzers compare ids and look up per-form facts in arrays instead of
/// hashing a fresh string for every token.
///
/// Interning reads the article's scalars in place: a token is hashed and compared as lower-case
/// scalar values in a table of its own, and a `String` is made only for a form seen for the
/// first time. Most tokens of an article repeat a form already seen, so most cost no allocation.
public struct Vocabulary: Sendable {
    /// The lower-case form of each id, as written ("u.s.", "gen.", "mid-september").
    public private(set) var forms: [String] = []
    /// Each form without full stops ("u.s." → "us"), the key most word lists are looked up by.
    public private(set) var keys: [String] = []
    /// Each form without final full stops ("gen." → "gen", "u.s." → "u.s").
    public private(set) var bares: [String] = []
    /// Word classes of each form, looked up once per distinct form.
    public private(set) var classes: [WordClasses] = []

    /// The lower-case scalar values of every form, one after another; form `id` is
    /// `stored[starts[id]..<starts[id + 1]]`.
    private var stored: [UInt32] = []
    private var starts: [Int32] = [0]
    /// Open-addressing table of ids by hash (capacity a power of two, -1 for an empty slot).
    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    /// The lower-case values of the token being interned (kept to avoid an allocation a token).
    private var scratch: [UInt32] = []

    public init() {}

    /// The number of distinct forms.
    public var count: Int { forms.count }

    /// The id of the lower-cased text of `range`, adding the form when new.
    public mutating func intern(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> WordID {
        scratch.removeAll(keepingCapacity: true)
        scalars.withUnsafeBufferPointer { scalars in
            for index in range {
                let value = scalars[index].value
                if value < 0x80 {
                    scratch.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                } else {
                    Self.appendLowercase(scalars[index], to: &scratch)
                }
            }
        }
        return internScratch()
    }

    /// The id of `form` (lower case), adding it when new.
    public mutating func intern(_ form: String) -> WordID {
        scratch.removeAll(keepingCapacity: true)
        for scalar in form.unicodeScalars { scratch.append(scalar.value) }
        return internScratch()
    }

    /// The id of a form already in the article, or nil: a word the article never uses.
    public func id(of form: String) -> WordID? {
        let values = form.unicodeScalars.map(\.value)
        return find(values[...], hash: Self.hash(values[...])).id
    }

    public func form(_ id: WordID) -> String { forms[Int(id)] }
    public func key(_ id: WordID) -> String { keys[Int(id)] }
    public func bare(_ id: WordID) -> String { bares[Int(id)] }
    public func classes(_ id: WordID) -> WordClasses { classes[Int(id)] }

    // MARK: the table

    private mutating func internScratch() -> WordID {
        let hash = Self.hash(scratch[...])
        let (slot, found) = find(scratch[...], hash: hash)
        if let found { return found }
        let id = WordID(forms.count)
        slots[slot] = id
        stored.append(contentsOf: scratch)
        starts.append(Int32(stored.count))
        add(Self.string(scratch))
        if forms.count * 2 > slots.count { grow() }
        return id
    }

    /// The slot where `values` is or would go, and its id when it is there.
    private func find(_ values: ArraySlice<UInt32>, hash: UInt32) -> (slot: Int, id: WordID?) {
        values.withUnsafeBufferPointer { wanted in
            stored.withUnsafeBufferPointer { stored in
                starts.withUnsafeBufferPointer { starts in
                    slots.withUnsafeBufferPointer { slots in
                        let mask = slots.count - 1
                        var slot = Int(hash) & mask
                        while true {
                            let id = slots[slot]
                            if id < 0 { return (slot, nil) }
                            let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
                            if end - start == wanted.count {
                                var offset = 0
                                while offset < wanted.count, stored[start + offset] == wanted[offset] { offset += 1 }
                                if offset == wanted.count { return (slot, id) }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 0..<forms.count {
            let values = stored[Int(starts[id])..<Int(starts[id + 1])]
            var slot = Int(Self.hash(values)) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id)
        }
        slots = bigger
    }

    /// Records the facts of a new form: its key, its bare form and its word classes.
    private mutating func add(_ form: String) {
        forms.append(form)
        guard form.utf8.contains(UInt8(ascii: ".")) else {
            keys.append(form)
            bares.append(form)
            classes.append(WordClasses.of(form))
            return
        }
        let key = String(String.UnicodeScalarView(form.unicodeScalars.filter { $0 != "." }))
        var bare = Substring(form)
        while bare.count > 1, bare.hasSuffix(".") { bare.removeLast() }
        keys.append(key)
        bares.append(String(bare))
        classes.append(WordClasses.of(key))
    }

    /// The string of scalar values (ASCII written byte by byte).
    private static func string(_ values: [UInt32]) -> String {
        if values.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: values.count) { buffer in
                for (index, value) in values.enumerated() { buffer[index] = UInt8(truncatingIfNeeded: value) }
                return values.count
            }
        }
        var view = String.UnicodeScalarView()
        for value in values { view.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
        return String(view)
    }

    /// FNV-1a over the scalar values.
    private static func hash(_ values: ArraySlice<UInt32>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for value in values {
            hash = (hash ^ value) &* 16_777_619
        }
        return hash
    }

    @inline(__always)
    private static func appendLowercase(_ scalar: Unicode.Scalar, to values: inout [UInt32]) {
        let value = scalar.value
        if value < 0x80 {
            values.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
        } else if scalar.properties.isUppercase || scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { values.append(lower.value) }
        } else {
            values.append(value)
        }
    }
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
