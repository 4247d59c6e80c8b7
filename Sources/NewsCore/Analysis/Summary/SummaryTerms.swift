/// One word of a story sentence as the summarizer compares it: a word of the token layer, or
/// one part of a hyphenated word ("mid-September" gives "mid" and "september", so it shares a
/// term with "September"; "cash-and-shares" compares by its parts).
struct SummaryWord: Sendable, Equatable {
    /// The content term, or -1 for a function word or a single letter.
    var term: Int32
    /// The part it reads as, an index for `SummaryTerms.lower(_:)`.
    var part: Int32
    /// Scalar offsets of the whole layer word in the article.
    var range: Range<Int>
    /// True inside a quotation, as the token layer's one quotation pass read it.
    var inQuote: Bool
}

/// The content terms of one article: each distinct word form of its token layer is read once
/// (split at its hyphens, Porter-stemmed) and each distinct stem gets a small integer id, in
/// order of first appearance, so every run numbers them alike. Sentences then compare by ids.
///
/// A form is read from its UTF-8 bytes: stemmed in a buffer on the stack and numbered by a table of
/// stem bytes, so reading a form makes no string unless it has full stops or curly apostrophes.
struct SummaryTerms: Sendable {
    /// What one part of a word form reads as.
    struct Part: Sendable, Equatable {
        /// Lower case, curly apostrophes made straight, final full stops taken off ("gen", "u.s").
        var lower: String
        var term: Int32
    }

    /// For each `WordID` of the layer: where its parts start in `parts`, or -1 while unread.
    private var firstPart: [Int32]
    /// For each `WordID`: how many parts it has.
    private var partCount: [UInt8]
    private var parts: [Part] = []
    /// For each `WordID`: the term of the form read as one part, -1 for none, `unread` while
    /// not worked out; so the "strike" of "strike-hit" is stemmed once with "strike".
    private var formTerm: [Int32]
    private static let unread: Int32 = -2
    /// For each `WordID` whose term is worked out: true when the form needs no normalising
    /// (no full stop, nothing but ASCII), so it is its own `Part.lower`.
    private var formIsPlain: [Bool]
    /// The stems, numbered by term id.
    private var stemTable: StemTable

    /// Reads the words `ranges` (indices into `layer.words`), in order.
    init(_ layer: TokenLayer, reading ranges: [Range<Int>]) {
        let forms = layer.vocabulary.count
        firstPart = Array(repeating: -1, count: forms)
        partCount = Array(repeating: 0, count: forms)
        formTerm = Array(repeating: Self.unread, count: forms)
        formIsPlain = Array(repeating: false, count: forms)
        stemTable = StemTable(capacity: forms)
        parts.reserveCapacity(forms)
        read(ranges, of: layer)
    }

    /// The number of distinct terms (stems) read so far.
    var termCount: Int { stemTable.count }

    /// The stem of each term id.
    var stems: [String] { stemTable.strings }

    /// The stems of term ids `0..<count`.
    func stems(prefix count: Int) -> [String] { (0..<min(count, stemTable.count)).map(stemTable.string) }

    /// Reads more words (indices into `layer.words`, the layer `init` was given).
    mutating func read(_ ranges: [Range<Int>], of layer: TokenLayer) {
        for range in ranges {
            for index in range {
                let token = layer.words[index]
                if token.isWordLike, firstPart[Int(token.word)] < 0 { learn(index, token, layer) }
            }
        }
    }

    /// The term of a lower-case word given as text (a headline's word, not in the layer), -1 for
    /// a function word; a stem the story lacks gets a new id.
    mutating func term(ofWord lower: String) -> Int32 {
        term(ofPart: Self.normalised(lower))
    }

    /// The parts of a word form read by `init`, empty for one it did not read.
    func parts(of word: WordID) -> ArraySlice<Part> {
        let first = Int(firstPart[Int(word)])
        guard first >= 0 else { return [] }
        return parts[first..<(first + Int(partCount[Int(word)]))]
    }

    /// The normalised text of a summary word (its part: "gen" for "Gen.", "mid" for the first
    /// part of "mid-September").
    func lower(_ word: SummaryWord) -> String { parts[Int(word.part)].lower }

    /// The summary words of layer words `range`, appended to `words` (cleared first); returns
    /// the number of words a reader counts there (words and numbers, a hyphenated word once).
    func words(_ range: Range<Int>, of layer: TokenLayer, into words: inout [SummaryWord]) -> Int {
        words.removeAll(keepingCapacity: true)
        var count = 0
        layer.words.withUnsafeBufferPointer { tokens in
            parts.withUnsafeBufferPointer { parts in
                for index in range {
                    let token = tokens[index]
                    guard token.isWordLike else { continue }
                    count += 1
                    let first = Int(firstPart[Int(token.word)])
                    guard first >= 0 else { continue }
                    let quoted = token.has(.inQuote)
                    for part in first..<(first + Int(partCount[Int(token.word)])) {
                        words.append(SummaryWord(term: parts[part].term, part: Int32(part), range: token.range,
                                                 inQuote: quoted))
                    }
                }
            }
        }
        return count
    }

    // MARK: reading a form

    private mutating func learn(_ index: Int, _ token: Token, _ layer: TokenLayer) {
        let first = parts.count
        firstPart[Int(token.word)] = Int32(first)
        if token.has(.hyphenated) {
            // The atoms between hyphens make the parts: "U.S.-led" → "u.s.", "led".
            var run: [WordID] = []
            for atomIndex in layer.wordAtoms[index] {
                let atom = layer.atoms[atomIndex]
                if atom.isMark, layer.vocabulary.form(atom.word).unicodeScalars.first?.isHyphen == true {
                    addPart(run, layer.vocabulary)
                    run.removeAll(keepingCapacity: true)
                } else {
                    run.append(atom.word)
                }
            }
            addPart(run, layer.vocabulary)
        } else {
            parts.append(part(ofForm: token.word, layer.vocabulary))
        }
        partCount[Int(token.word)] = UInt8(min(parts.count - first, Int(UInt8.max)))
    }

    /// Adds the part made of atoms `run` (ids of their forms).
    private mutating func addPart(_ run: [WordID], _ vocabulary: Vocabulary) {
        guard let head = run.first else { return }
        if run.count == 1 {
            parts.append(part(ofForm: head, vocabulary))
            return
        }
        // Several atoms ("1,300" in "1,300-strong"): a form of its own, rare enough to read each time.
        let lower = Self.normalised(run.map { vocabulary.form($0) }.joined())
        let term = vocabulary.id(of: lower).map { self.term(ofForm: $0, vocabulary) } ?? self.term(ofPart: lower)
        parts.append(Part(lower: lower, term: term))
    }

    /// A form read as one part.
    private mutating func part(ofForm id: WordID, _ vocabulary: Vocabulary) -> Part {
        let term = term(ofForm: id, vocabulary)
        let form = vocabulary.form(id)
        return Part(lower: formIsPlain[Int(id)] ? form : Self.normalised(form), term: term)
    }

    /// The term of a form read as one part, worked out once per form.
    private mutating func term(ofForm id: WordID, _ vocabulary: Vocabulary) -> Int32 {
        let known = formTerm[Int(id)]
        if known != Self.unread { return known }
        var form = vocabulary.form(id)
        let stopword = vocabulary.classes(id).contains(.stopword)
        // Most forms have no full stop and no curly apostrophe: read as they are, from their bytes.
        let plain = form.withUTF8 { bytes -> Int32? in
            guard !bytes.contains(where: { $0 == UInt8(ascii: ".") || $0 >= 0x80 }) else { return nil }
            return self.term(ofPart: bytes) { stopword }
        }
        let term: Int32
        formIsPlain[Int(id)] = plain != nil
        if let plain {
            term = plain
        } else {
            let lower = Self.normalised(form)
            if lower == form {
                term = self.term(ofPart: lower, isStopword: stopword)
            } else if let same = vocabulary.id(of: lower), same != id {
                // "Gen." reads as "gen", "don’t" as "don't": the term of that form when the article has it.
                term = self.term(ofForm: same, vocabulary)
            } else {
                term = self.term(ofPart: lower)
            }
        }
        formTerm[Int(id)] = term
        return term
    }

    /// The term of a normalised part, numbering its stem when new. `isStopword`, when known,
    /// saves looking the word up in the list.
    private mutating func term(ofPart lower: String, isStopword: Bool? = nil) -> Int32 {
        var word = lower
        return word.withUTF8 { bytes in
            term(ofPart: bytes) { isStopword ?? SummaryLexicon.stopwords.contains(lower) }
        }
    }

    /// The term of a normalised part given as UTF-8, or -1 when it is not a content word:
    /// numbers stay as written, words are Porter-stemmed (apostrophes taken out), function words
    /// and single letters are dropped. The letters are stemmed in a buffer on the stack, so no
    /// string is made.
    private mutating func term(ofPart word: UnsafeBufferPointer<UInt8>, isStopword: () -> Bool) -> Int32 {
        var digit = false, scalars = 0
        for byte in word {
            if byte >= 0x30 && byte <= 0x39 { digit = true }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        if digit { return stemTable.id(of: word) }
        guard word.count > 1, word.count > 4 || scalars > 1, !isStopword() else { return -1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { letters in
            var count = 0
            for byte in word where byte != UInt8(ascii: "'") {
                letters[count] = byte
                count += 1
            }
            let stem = PorterStemmer.stem(letters: UnsafeMutableBufferPointer(rebasing: letters[..<count]))
            return stemTable.id(of: UnsafeBufferPointer(rebasing: letters[..<stem]))
        }
    }

    /// Whether `normalised` could change `form`: it holds a full stop or a non-ASCII scalar.
    private static func needsNormalising(_ form: String) -> Bool {
        var probe = form
        return probe.withUTF8 { $0.contains { $0 == UInt8(ascii: ".") || $0 >= 0x80 } }
    }

    /// A form as compared: curly apostrophes made straight, final full stops taken off
    /// ("Gen." → "gen", "U.S." → "u.s").
    static func normalised(_ form: String) -> String {
        guard needsNormalising(form) else { return form }
        var scalars = String.UnicodeScalarView(form.unicodeScalars.map { $0.isApostrophe ? "'" : $0 })
        while scalars.count > 1, scalars.last == "." { scalars.removeLast() }
        return String(scalars)
    }
}

/// Content-term counts of one sentence: term ids in ascending order, each with its count.
struct TermCounts: Sendable, Equatable {
    private(set) var ids: [Int32] = []
    private(set) var counts: [Int32] = []

    /// Counts the terms of `words` (function words, with no term, are left out).
    init(_ words: [SummaryWord]) {
        var scratch: [Int32] = []
        self.init(words, scratch: &scratch)
    }

    /// Counts the terms of `words`, sorting them in `scratch` (a buffer reused from sentence to
    /// sentence, its contents ignored).
    init(_ words: [SummaryWord], scratch terms: inout [Int32]) {
        terms.removeAll(keepingCapacity: true)
        for word in words where word.term >= 0 { terms.append(word.term) }
        guard !terms.isEmpty else { return }
        terms.sort()
        var distinct = 1
        for index in 1..<terms.count where terms[index] != terms[index - 1] { distinct += 1 }
        ids.reserveCapacity(distinct)
        counts.reserveCapacity(distinct)
        for term in terms {
            if ids.last == term { counts[counts.count - 1] += 1 } else {
                ids.append(term)
                counts.append(1)
            }
        }
    }

    init() {}

    var isEmpty: Bool { ids.isEmpty }

    /// Whether the sentence holds term `id`.
    func contains(_ id: Int32) -> Bool {
        var low = 0, high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id
    }

    /// Jaccard overlap of the two sentences' term sets (0 when either is empty).
    func overlap(_ other: TermCounts) -> Double {
        guard !ids.isEmpty, !other.ids.isEmpty else { return 0 }
        var shared = 0
        var left = 0, right = 0
        while left < ids.count, right < other.ids.count {
            if ids[left] == other.ids[right] {
                shared += 1
                left += 1
                right += 1
            } else if ids[left] < other.ids[right] { left += 1 } else { right += 1 }
        }
        return Double(shared) / Double(ids.count + other.ids.count - shared)
    }
}
