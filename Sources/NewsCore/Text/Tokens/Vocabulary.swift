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
    /// The key (full stops removed, "us") of each form that holds a full stop; every other form
    /// is its own key.
    private var dotted: [WordID: String] = [:]
    /// The bare form of each id (final full stops removed, "u.s"; most forms are their own), an
    /// array because some readers (`AtomRun`) ask it of every token.
    public private(set) var bareForms: [String] = []
    /// Word classes of each form, looked up once per distinct form.
    public private(set) var classes: [WordClasses] = []

    /// The lower-case scalar values of every form, one after another; form `id` is
    /// `stored[starts[id]..<starts[id + 1]]`.
    private var stored: [UInt32] = []
    private var starts: [Int32] = [0]
    /// The `ScalarHash` of each form.
    private var hashes: [UInt32] = []
    /// Whether each form holds a full stop (its key and bare form differ from it).
    private var stops: [Bool] = []
    /// Open-addressing table of ids by hash (capacity a power of two, -1 for an empty slot).
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    public init() {}

    /// The number of distinct forms.
    public var count: Int { forms.count }

    /// The id of the lower-cased text of `range`, adding the form when new.
    public mutating func intern(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> WordID {
        // Lower-case and hash in one pass into a buffer on the stack; only a new form is copied.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: range.count * 3) { buffer in
            var count = 0
            var hash = ScalarHash.seed
            scalars.withUnsafeBufferPointer { scalars in
                for index in range {
                    let scalar = scalars[index]
                    let value = scalar.value
                    if value < 0x80 {
                        let lower = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
                        buffer[count] = lower
                        count += 1
                        hash = ScalarHash.mix(hash, lower)
                    } else {
                        for lower in Self.lowercase(scalar) {
                            buffer[count] = lower
                            count += 1
                            hash = ScalarHash.mix(hash, lower)
                        }
                    }
                }
            }
            let values = UnsafeBufferPointer(rebasing: buffer[0..<count])
            return intern(values, hash: hash)
        }
    }

    /// The id of `form` (lower case), adding it when new.
    public mutating func intern(_ form: String) -> WordID {
        let values = form.unicodeScalars.map(\.value)
        return values.withUnsafeBufferPointer { intern($0, hash: ScalarHash.of($0)) }
    }

    /// The id of a form already in the article, or nil: a word the article never uses.
    public func id(of form: String) -> WordID? {
        let values = form.unicodeScalars.map(\.value)
        return values.withUnsafeBufferPointer { find($0, hash: ScalarHash.of($0)).id }
    }

    public func form(_ id: WordID) -> String { forms[Int(id)] }
    /// The form without full stops ("u.s." → "us"), the key most word lists are looked up by.
    public func key(_ id: WordID) -> String { stops[Int(id)] ? dotted[id]! : forms[Int(id)] }
    /// The form without final full stops ("gen." → "gen", "u.s." → "u.s").
    public func bare(_ id: WordID) -> String { bareForms[Int(id)] }
    public func classes(_ id: WordID) -> WordClasses { classes[Int(id)] }
    /// True when the form holds a full stop, so its key and bare form differ from it.
    public func hasStop(_ id: WordID) -> Bool { stops[Int(id)] }

    /// Calls `body` with the lower-case scalar values of form `id` and their `ScalarHash`.
    public func withScalars<Result>(of id: WordID, _ body: (UnsafeBufferPointer<UInt32>, UInt32) -> Result) -> Result {
        let range = Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
        return stored.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range]), hashes[Int(id)]) }
    }

    // MARK: the table

    /// The id of a lower-case form given as scalar values with their hash, adding it when new.
    private mutating func intern(_ values: UnsafeBufferPointer<UInt32>, hash: UInt32) -> WordID {
        let (slot, found) = find(values, hash: hash)
        if let found { return found }
        let id = WordID(forms.count)
        slots[slot] = id
        stored.append(contentsOf: values)
        starts.append(Int32(stored.count))
        hashes.append(hash)
        add(Self.string(values), values: values, hash: hash)
        if forms.count * 2 > slots.count { grow() }
        return id
    }

    /// The slot where `values` is or would go, and its id when it is there.
    private func find(_ wanted: UnsafeBufferPointer<UInt32>, hash: UInt32) -> (slot: Int, id: WordID?) {
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

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 0..<forms.count {
            let values = stored[Int(starts[id])..<Int(starts[id + 1])]
            var slot = Int(values.withUnsafeBufferPointer { ScalarHash.of($0) }) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id)
        }
        slots = bigger
    }

    /// Records the facts of a new form: its key, its bare form and its word classes.
    private mutating func add(_ form: String, values: UnsafeBufferPointer<UInt32>, hash: UInt32) {
        forms.append(form)
        let hasStop = values.contains(UInt32(UInt8(ascii: ".")))
        stops.append(hasStop)
        guard hasStop else {
            bareForms.append(form)
            classes.append(WordClasses.table.value(values, hash: hash) ?? [])
            return
        }
        let key = String(String.UnicodeScalarView(form.unicodeScalars.filter { $0 != "." }))
        var bare = Substring(form)
        while bare.count > 1, bare.hasSuffix(".") { bare.removeLast() }
        dotted[WordID(forms.count - 1)] = key
        bareForms.append(String(bare))
        classes.append(WordClasses.of(key))
    }

    /// The string of scalar values (ASCII written byte by byte).
    private static func string(_ values: UnsafeBufferPointer<UInt32>) -> String {
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

    /// The lower-case scalar values of a non-ASCII scalar (one, or more for a few letters).
    private static func lowercase(_ scalar: Unicode.Scalar) -> [UInt32] {
        guard scalar.properties.changesWhenLowercased else { return [scalar.value] }
        return scalar.properties.lowercaseMapping.unicodeScalars.map(\.value)
    }
}

/// Word classes asked of tokens outside any one analyzer, as bits looked up once per distinct
/// form, so the question on a token is an array read and a mask.
///
/// The words come from the lexicon's data files. Each analyzer keeps the per-form facts only it
/// asks (people's `WordRoles`, the timeline's `TimeFacts`, figures' `FigureWordFacts`) in a
/// `WordTable` of its own; the bits here are the ones asked through the layer itself (the
/// summary's stop words, verbs of saying).
public struct WordClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A verb of saying in any sub-kind ("said", "sighed", "adding").
    public static let speechVerb = WordClasses(rawValue: 1 << 0)
    /// A function word ignored when comparing sentences ("the", "of").
    public static let stopword = WordClasses(rawValue: 1 << 1)

    static let table = WordTable<WordClasses>(words)

    private static let words: [String: WordClasses] = {
        var table: [String: WordClasses] = [:]
        func add(_ words: some Sequence<String>, _ wordClass: WordClasses) {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        add(QuoteLexicon.speechVerbs, .speechVerb)
        add(SummaryLexicon.stopwords, .stopword)
        return table
    }()

    /// The classes of a lower-case key.
    public static func of(_ key: String) -> WordClasses { words[key] ?? [] }
}
