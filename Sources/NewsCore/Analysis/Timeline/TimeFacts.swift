/// What the timeline's rules ask of one lower-case word form: its place in the temporal and
/// tense word lists, looked up once per distinct form of an article (see `TimeVocabulary`), so
/// that the patterns read array entries instead of hashing a string for every question.
struct TimeFacts: Sendable {
    /// Yes-or-no questions about a form.
    struct Bits: OptionSet, Sendable {
        let rawValue: UInt64

        /// Some temporal pattern can begin with this word.
        static let canStart = Bits(rawValue: 1 << 0)
        /// An abbreviated month name ("sept", "jan").
        static let monthAbbreviation = Bits(rawValue: 1 << 1)
        /// Before a four-digit number it makes the number a year ("in", "since").
        static let yearPreposition = Bits(rawValue: 1 << 2)
        /// Before a bare month name it makes the name a month ("in", "until").
        static let monthPreposition = Bits(rawValue: 1 << 3)
        /// A counted noun: a four-digit number before it is a count ("2000 people").
        static let countNoun = Bits(rawValue: 1 << 4)
        /// "several", "many": a plural unit after it is a vague duration.
        static let vagueQuantifier = Bits(rawValue: 1 << 5)
        /// "for", "after": a bare plural unit after it is a vague duration.
        static let vagueDurationPreposition = Bits(rawValue: 1 << 6)
        /// "will", "'ll", "would": the clause speaks of the future.
        static let futureAuxiliary = Bits(rawValue: 1 << 7)
        /// "due", "plans": with "to" after it the clause speaks of the future.
        static let futureBeforeTo = Bits(rawValue: 1 << 8)
        /// A past auxiliary or a past-tense verb, irregular or regular.
        static let pastCue = Bits(rawValue: 1 << 9)
        /// A present auxiliary ("is", "are").
        static let presentAuxiliary = Bits(rawValue: 1 << 10)
        /// A past-tense verb (irregular, or a regular form in "-ed").
        static let pastVerb = Bits(rawValue: 1 << 11)
        /// A verb of saying that reports or credits ("said", "told").
        static let sayingVerb = Bits(rawValue: 1 << 12)
        /// A pronoun that can be a clause's subject ("he", "it").
        static let subjectPronoun = Bits(rawValue: 1 << 13)
        /// A word that opens a clause inside a sentence ("after", "when").
        static let clauseOpener = Bits(rawValue: 1 << 14)
        /// A preposition that ends an event's object ("in", "on").
        static let preposition = Bits(rawValue: 1 << 15)
        /// A particle that belongs to the verb before it ("down", "off").
        static let particle = Bits(rawValue: 1 << 16)
        /// An adverb that stays out of an event's description ("later").
        static let eventAdverb = Bits(rawValue: 1 << 17)
        /// An auxiliary or modal that opens a verb group.
        static let auxiliary = Bits(rawValue: 1 << 18)
        /// An auxiliary that also opens a second verb phrase after "and" or "but".
        static let linkingAuxiliary = Bits(rawValue: 1 << 19)
        /// A word between an auxiliary and its main verb ("been", "not").
        static let verbFiller = Bits(rawValue: 1 << 20)
        /// A determiner ("the", "its").
        static let determiner = Bits(rawValue: 1 << 21)
        /// A word that stands for "one" before a unit ("a", "an", "one").
        static let oneWord = Bits(rawValue: 1 << 22)
        /// Holds a hyphen ("mid-september", "nine-hour").
        static let hyphenated = Bits(rawValue: 1 << 23)
        /// A mark that ends a clause: a comma, a colon, a dash, a bracket, a quotation mark.
        static let clauseBreak = Bits(rawValue: 1 << 24)
        /// A mark that ends a sentence.
        static let sentenceEnd = Bits(rawValue: 1 << 25)
        /// A double quotation mark, curly or straight.
        static let quoteMark = Bits(rawValue: 1 << 26)
        /// An apostrophe, straight or curly.
        static let apostrophe = Bits(rawValue: 1 << 27)
        /// A hyphenated compound with a unit of time among its parts ("nine-hour", "year-long").
        static let unitPart = Bits(rawValue: 1 << 28)
        /// A hyphenated compound with a month name among its parts ("mid-September").
        static let monthPart = Bits(rawValue: 1 << 29)
        /// A word that introduces an undated event placed against its anchor ("following").
        static let relationCue = Bits(rawValue: 1 << 30)
        /// Among those, one after which the event comes later than its anchor ("ahead").
        static let cueForLater = Bits(rawValue: 1 << 31)
        /// Listed among the parts of the day ("morning"), seasons ("summer"), reference words
        /// ("now"), modifiers of a duration ("over") or of a point ("early"), parts of a period
        /// ("end"), or frequency adverbs ("daily"): the value is looked up when a rule needs it.
        static let partOfDay = Bits(rawValue: 1 << 32)
        static let season = Bits(rawValue: 1 << 33)
        static let reference = Bits(rawValue: 1 << 34)
        static let modifier = Bits(rawValue: 1 << 35)
        static let pointModifier = Bits(rawValue: 1 << 36)
        static let partModifier = Bits(rawValue: 1 << 37)
        static let frequency = Bits(rawValue: 1 << 38)
        /// A word of sports copy ("scored", "touchdown"): quarters and halves are game time.
        static let gameWord = Bits(rawValue: 1 << 39)
        /// A hyphenated compound ending in "quarter" or "half" ("third-quarter").
        static let yearPartCompound = Bits(rawValue: 1 << 40)
        /// Listed in `TemporalLexicon.storyQuarterWords` ("latest", "year-ago").
        static let storyQuarter = Bits(rawValue: 1 << 41)
        /// "scheduled", "set": with a present auxiliary before it the clause looks forward.
        static let schedulingParticiple = Bits(rawValue: 1 << 42)
        /// A word in "-ed" that is no verb ("need", "red"): listed in `TenseLexicon.notVerbsInEd`.
        static let notVerbInEd = Bits(rawValue: 1 << 43)
        /// After "the", a word without which no anchored phrase (`TimexFinder.anchoredPhrase`)
        /// can follow unless it names a unit or is a story-quarter word ("next", "same", "past").
        static let anchorAfterThe = Bits(rawValue: 1 << 44)
        /// After "the", a word without which no quarter or half (`TimexFinder.yearPartPhrase`)
        /// can follow unless it is an ordinal or a story-quarter word ("quarter", "last", "q").
        static let yearPartAfterThe = Bits(rawValue: 1 << 45)
    }

    var bits: Bits = []
    // The optional numbers are kept as plain values with one that never occurs standing for
    // "none" (NaN, the type's minimum): an optional takes room for its tag and is unpacked on
    // every copy, and facts are copied on nearly every question the patterns ask.
    private var countValue = Double.nan
    private var numberValue = Double.nan
    private var integerValue = Int.min
    private var ordinalValue = Int16.min
    private var relativeDayValue = Int8.min
    private var periodOffsetValue = Int8.min
    /// Month number, 0 for none.
    var month: Int8 = 0
    /// ISO weekday number (Monday = 1), 0 for none.
    var weekday: Int8 = 0
    var unit: TemporalLexicon.Unit?
    /// Days from the reference date ("yesterday" = -1).
    var relativeDay: Int8? {
        get { relativeDayValue == .min ? nil : relativeDayValue }
        set { relativeDayValue = newValue ?? .min }
    }
    /// "last" = -1, "next" = 1, "this" = 0.
    var periodOffset: Int8? {
        get { periodOffsetValue == .min ? nil : periodOffsetValue }
        set { periodOffsetValue = newValue ?? .min }
    }
    /// The value of an ordinal word ("third", "twenty-first").
    var ordinal: Int16? {
        get { ordinalValue == .min ? nil : ordinalValue }
        set { ordinalValue = newValue ?? .min }
    }
    /// The count a number word stands for before a unit ("a" = 1, "fifty-two" = 52).
    var count: Double? {
        get { countValue.isNaN ? nil : countValue }
        set { countValue = newValue ?? .nan }
    }
    /// A number written in digits: its value without thousands commas, and as an integer when
    /// it is digits only.
    var number: Double? {
        get { numberValue.isNaN ? nil : numberValue }
        set { numberValue = newValue ?? .nan }
    }
    var integer: Int? {
        get { integerValue == .min ? nil : integerValue }
        set { integerValue = newValue ?? .min }
    }

    func has(_ bit: Bits) -> Bool { bits.contains(bit) }

    /// True when `of` would add nothing to a form's listed facts: the form (given as its
    /// lower-case scalar values) is empty, or neither starts with a digit, nor holds a hyphen,
    /// nor ends in "d" or "l", the only shapes `of` reads. Most forms are such words, and this
    /// spares them a string.
    static func isPlainShape(_ scalars: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let first = scalars.first, let last = scalars.last else { return true }
        if first >= UInt32(UInt8(ascii: "0")) && first <= UInt32(UInt8(ascii: "9")) { return false }
        if last == UInt32(UInt8(ascii: "d")) || last == UInt32(UInt8(ascii: "l")) { return false }
        return !scalars.contains(UInt32(UInt8(ascii: "-")))
    }

    /// The facts of a lower-case form: one look-up in the table of listed words, then what
    /// the form's shape says (a number, a hyphenated compound, a regular past tense).
    static func of(_ form: String, listed: TimeFacts?) -> TimeFacts {
        var facts = listed ?? TimeFacts()
        let shape = Shape(form)
        guard shape.count > 0 else { return facts }
        if shape.startsWithDigit {
            facts.bits.insert(.canStart)
            if shape.allDigits {
                facts.integer = Int(form)
                facts.number = facts.integer.map(Double.init) ?? Double(form)
            } else {
                facts.number = Double(form.filter { $0 != "," })
            }
            return facts
        }
        if shape.hasHyphen {
            facts.bits.formUnion([.hyphenated, .canStart])
            // A hyphenated number word ("fifty-two", "twenty-first") begins with a tens word: the
            // readers are asked only then (no listed number word holds a hyphen).
            let head = form.utf8.firstIndex(of: UInt8(ascii: "-")).map { String(form[..<$0]) } ?? form
            if NumberWords.tens[head] != nil {
                if facts.count == nil, let value = NumberWords.cardinal(form) { facts.count = Double(value) }
                if facts.ordinal == nil, let value = NumberWords.ordinal(form) { facts.ordinal = Int16(clamping: value) }
            }
            // Split on the hyphen's byte: a plain hyphen is one byte and begins no other character.
            for part in form.utf8.split(separator: UInt8(ascii: "-")) {
                let name = String(Substring(part))
                if TemporalLexicon.units[name] != nil { facts.bits.insert(.unitPart) }
                if CalendarLexicon.months[name] != nil { facts.bits.insert(.monthPart) }
            }
            if form.hasSuffix("-quarter") || form.hasSuffix("-half") { facts.bits.insert(.yearPartCompound) }
        }
        // Shape tests on bytes first: most forms end in neither "ed" nor "ll".
        // The listed bit stands for the look-up in `TenseLexicon.notVerbsInEd` (same form, same key).
        // A form of ASCII letters alone is a regular past when it ends in "ed" (what
        // `ClauseTense.isRegularPastShape` answers for it); others are asked there.
        if shape.last == UInt8(ascii: "d"), shape.count > 4, !facts.has(.notVerbInEd),
            shape.asciiLetters ? shape.byte(fromEnd: 1) == UInt8(ascii: "e") : ClauseTense.isRegularPastShape(form)
        {
            facts.bits.formUnion([.pastVerb, .pastCue])
        }
        if shape.last == UInt8(ascii: "l"), Self.endsInLl(shape) {
            facts.bits.insert(.futureAuxiliary)
        }
        return facts
    }

    /// "'ll" or "’ll" at the end of a form, read on its last bytes.
    private static func endsInLl(_ shape: Shape) -> Bool {
        guard shape.count >= 3, shape.byte(fromEnd: 0) == UInt8(ascii: "l"), shape.byte(fromEnd: 1) == UInt8(ascii: "l")
        else { return false }
        if shape.byte(fromEnd: 2) == UInt8(ascii: "'") { return true }
        // "’" is E2 80 99 in UTF-8.
        return shape.count >= 5 && shape.byte(fromEnd: 2) == 0x99 && shape.byte(fromEnd: 3) == 0x80
            && shape.byte(fromEnd: 4) == 0xE2
    }

    /// What the bytes of a form look like, read in one pass.
    private struct Shape {
        var count = 0
        var last: UInt8 = 0
        var startsWithDigit = false
        var allDigits = true
        var hasHyphen = false
        /// Every byte an ASCII letter, either case: read only when the last byte is "d" (the
        /// regular past is the one question it answers), false otherwise.
        var asciiLetters = false
        /// The last eight bytes, the last in the low byte: read only when the last byte is "d"
        /// or "l" (the endings asked of it), 0 otherwise.
        var tail: UInt64 = 0

        /// The byte `n` places before the last (0 for the last itself, n < 8).
        func byte(fromEnd n: Int) -> UInt8 { UInt8(truncatingIfNeeded: tail >> UInt64(8 * n)) }

        init(_ form: String) {
            // Interned forms are native strings: their bytes are read in place.
            if form.utf8.withContiguousStorageIfAvailable({ read($0) }) == nil {
                Array(form.utf8).withUnsafeBufferPointer { read($0) }
            }
        }

        /// Each question asked of the bytes with one simple scan, and only when its answer is
        /// read: most forms are short words with no digit, hyphen or final "d".
        private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            count = bytes.count
            guard count > 0 else { return }
            last = bytes[count - 1]
            startsWithDigit = bytes[0] >= UInt8(ascii: "0") && bytes[0] <= UInt8(ascii: "9")
            allDigits = startsWithDigit && bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            hasHyphen = bytes.contains(UInt8(ascii: "-"))
            if last == UInt8(ascii: "d") {
                asciiLetters = bytes.allSatisfy {
                    ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z")
                }
            }
            if last == UInt8(ascii: "d") || last == UInt8(ascii: "l") {
                for byte in bytes[max(0, count - 8)...] { tail = tail << 8 | UInt64(byte) }
            }
        }
    }

    /// `listed` as a table read by interned forms.
    static let listedTable = WordTable(listed)

    /// Every listed word with its facts, built once from the lexicon.
    static let listed: [String: TimeFacts] = {
        var table: [String: TimeFacts] = [:]
        func set(_ words: some Sequence<String>, _ update: (inout TimeFacts) -> Void) {
            for word in words { update(&table[word, default: TimeFacts()]) }
        }
        func mark(_ words: some Sequence<String>, _ bit: Bits) { set(words) { $0.bits.insert(bit) } }
        mark(TemporalLexicon.startWords, .canStart)
        for (word, value) in CalendarLexicon.months { set([word]) { $0.month = Int8(value) } }
        mark(CalendarLexicon.monthAbbreviations, .monthAbbreviation)
        for (word, value) in CalendarLexicon.weekdays { set([word]) { $0.weekday = Int8(value) } }
        for (word, unit) in TemporalLexicon.units { set([word]) { $0.unit = unit } }
        for (word, value) in NumberWords.units.merging(NumberWords.tens, uniquingKeysWith: { first, _ in first }) {
            set([word]) { $0.count = Double(value) }
        }
        set(TemporalLexicon.oneWords) { $0.count = 1; $0.bits.insert(.oneWord) }
        for (word, value) in NumberWords.ordinalUnits { set([word]) { $0.ordinal = Int16(clamping: value) } }
        for (word, value) in TemporalLexicon.relativeDays { set([word]) { $0.relativeDay = Int8(clamping: value) } }
        for (word, value) in TemporalLexicon.periodOffsets { set([word]) { $0.periodOffset = Int8(clamping: value) } }
        mark(TemporalLexicon.partsOfDay.keys, .partOfDay)
        mark(TemporalLexicon.seasons.keys, .season)
        mark(TemporalLexicon.references.keys, .reference)
        mark(TemporalLexicon.modifiers.keys.filter { !$0.contains(" ") }, .modifier)
        mark(TemporalLexicon.pointModifiers.keys, .pointModifier)
        mark(TemporalLexicon.partModifiers.keys, .partModifier)
        mark(TemporalLexicon.frequencyAdverbs.keys, .frequency)
        mark(TemporalLexicon.gameWords, .gameWord)
        mark(TemporalLexicon.storyQuarterWords.keys, .storyQuarter)
        mark(TemporalLexicon.yearPrepositions, .yearPreposition)
        mark(TemporalLexicon.monthPrepositions, .monthPreposition)
        mark(TemporalLexicon.countNouns, .countNoun)
        mark(TemporalLexicon.vagueQuantifiers, .vagueQuantifier)
        mark(TemporalLexicon.vagueDurationPrepositions, .vagueDurationPreposition)
        mark(TenseLexicon.futureAuxiliaries, .futureAuxiliary)
        mark(TenseLexicon.futureBeforeTo, .futureBeforeTo)
        mark(TenseLexicon.schedulingParticiples, .schedulingParticiple)
        mark(TenseLexicon.pastAuxiliaries, .pastCue)
        mark(TenseLexicon.irregularPast, .pastCue)
        mark(TenseLexicon.irregularPast, .pastVerb)
        mark(TenseLexicon.presentAuxiliaries, .presentAuxiliary)
        mark(TenseLexicon.sayingVerbs, .sayingVerb)
        mark(TenseLexicon.subjectPronouns, .subjectPronoun)
        mark(TenseLexicon.clauseOpeners, .clauseOpener)
        mark(TenseLexicon.prepositions, .preposition)
        mark(TenseLexicon.particles, .particle)
        mark(TenseLexicon.eventAdverbs, .eventAdverb)
        mark(TenseLexicon.auxiliaries, .auxiliary)
        mark(TenseLexicon.linkingAuxiliaries, .linkingAuxiliary)
        mark(TenseLexicon.verbFillers, .verbFiller)
        mark(TenseLexicon.determiners, .determiner)
        mark(TenseLexicon.notVerbsInEd, .notVerbInEd)
        mark(TimexFinder.anchorWordsAfterThe, .anchorAfterThe)
        mark(TimexFinder.yearPartWordsAfterThe, .yearPartAfterThe)
        for (word, isLater) in TenseLexicon.relationCues {
            mark([word], isLater ? [.relationCue, .cueForLater] : .relationCue)
        }
        mark([",", ";", ":", "—", "–", "“", "”", "\"", "(", ")", ".", "?", "!"], .clauseBreak)
        mark([".", "?", "!"], .sentenceEnd)
        mark(["“", "”", "\""], .quoteMark)
        mark(["'", "’"], [.apostrophe, .canStart])
        return table
    }()
}
