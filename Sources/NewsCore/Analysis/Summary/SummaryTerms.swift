/// One word of a story sentence as the summarizer compares it: a word of the token layer, or
/// one part of a hyphenated word ("mid-September" gives "mid" and "september", so it shares a
/// term with "September"; "cash-and-shares" compares by its parts).
struct SummaryWord: Sendable, Equatable {
    /// Lower case, curly apostrophes made straight, final full stops taken off ("gen", "u.s").
    var lower: String
    /// The content term, or -1 for a function word or a single letter.
    var term: Int32
    /// Scalar offsets of the whole layer word in the article.
    var range: Range<Int>
    /// True inside a quotation, as the token layer's one quotation pass read it.
    var inQuote: Bool
}

/// The content terms of one article: each distinct word form of its token layer is read once
/// (split at its hyphens, Porter-stemmed) and each distinct stem gets a small integer id, in
/// order of first appearance, so every run numbers them alike. Sentences then compare by ids.
struct SummaryTerms: Sendable {
    /// What one part of a word form reads as.
    struct Part: Sendable, Equatable {
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
    /// The stem of each term id.
    private(set) var stems: [String] = []
    private var stemIDs: [String: Int32] = [:]

    /// Reads the words `ranges` (indices into `layer.words`), in order.
    init(_ layer: TokenLayer, reading ranges: [Range<Int>]) {
        let forms = layer.vocabulary.count
        firstPart = Array(repeating: -1, count: forms)
        partCount = Array(repeating: 0, count: forms)
        formTerm = Array(repeating: Self.unread, count: forms)
        stemIDs.reserveCapacity(forms)
        read(ranges, of: layer)
    }

    /// Reads more words (indices into `layer.words`, the layer `init` was given).
    mutating func read(_ ranges: [Range<Int>], of layer: TokenLayer) {
        for range in ranges {
            for index in range where layer.words[index].isWordLike { learn(index, layer) }
        }
    }

    /// The parts of a word form read by `init`, empty for one it did not read.
    func parts(of word: WordID) -> ArraySlice<Part> {
        let first = Int(firstPart[Int(word)])
        guard first >= 0 else { return [] }
        return parts[first..<(first + Int(partCount[Int(word)]))]
    }

    /// The summary words of layer words `range`, appended to `words` (cleared first); returns
    /// the number of words a reader counts there (words and numbers, a hyphenated word once).
    func words(_ range: Range<Int>, of layer: TokenLayer, into words: inout [SummaryWord]) -> Int {
        words.removeAll(keepingCapacity: true)
        var count = 0
        for index in range {
            let token = layer.words[index]
            guard token.isWordLike else { continue }
            count += 1
            let quoted = token.has(.inQuote)
            for part in parts(of: token.word) {
                words.append(SummaryWord(lower: part.lower, term: part.term, range: token.range, inQuote: quoted))
            }
        }
        return count
    }

    // MARK: reading a form

    private mutating func learn(_ index: Int, _ layer: TokenLayer) {
        let token = layer.words[index]
        guard firstPart[Int(token.word)] < 0 else { return }
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
            parts.append(Part(lower: Self.normalised(layer.vocabulary.form(token.word)),
                              term: term(ofForm: token.word, layer.vocabulary)))
        }
        partCount[Int(token.word)] = UInt8(min(parts.count - first, Int(UInt8.max)))
    }

    /// Adds the part made of atoms `run` (ids of their forms).
    private mutating func addPart(_ run: [WordID], _ vocabulary: Vocabulary) {
        guard let head = run.first else { return }
        if run.count == 1 {
            parts.append(Part(lower: Self.normalised(vocabulary.form(head)), term: term(ofForm: head, vocabulary)))
            return
        }
        // Several atoms ("1,300" in "1,300-strong"): a form of its own, rare enough to read each time.
        let lower = Self.normalised(run.map { vocabulary.form($0) }.joined())
        let term = vocabulary.id(of: lower).map { self.term(ofForm: $0, vocabulary) } ?? self.term(ofPart: lower)
        parts.append(Part(lower: lower, term: term))
    }

    /// The term of a form read as one part, worked out once per form.
    private mutating func term(ofForm id: WordID, _ vocabulary: Vocabulary) -> Int32 {
        let known = formTerm[Int(id)]
        if known != Self.unread { return known }
        let form = vocabulary.form(id)
        let lower = Self.normalised(form)
        let term: Int32
        if lower == form {
            term = self.term(ofPart: lower, isStopword: vocabulary.classes(id).contains(.stopword))
        } else if let same = vocabulary.id(of: lower), same != id {
            // "Gen." reads as "gen", "don’t" as "don't": the term of that form when the article has it.
            term = self.term(ofForm: same, vocabulary)
        } else {
            term = self.term(ofPart: lower)
        }
        formTerm[Int(id)] = term
        return term
    }

    /// The term of a normalised part, numbering its stem when new.
    private mutating func term(ofPart lower: String, isStopword: Bool? = nil) -> Int32 {
        guard let stem = Self.contentStem(lower, isStopword: isStopword) else { return -1 }
        if let existing = stemIDs[stem] { return existing }
        let id = Int32(stems.count)
        stems.append(stem)
        stemIDs[stem] = id
        return id
    }

    /// A form as compared: curly apostrophes made straight, final full stops taken off
    /// ("Gen." → "gen", "U.S." → "u.s").
    static func normalised(_ form: String) -> String {
        var probe = form
        guard probe.withUTF8({ $0.contains { $0 == UInt8(ascii: ".") || $0 >= 0x80 } }) else { return form }
        var scalars = String.UnicodeScalarView(form.unicodeScalars.map { $0.isApostrophe ? "'" : $0 })
        while scalars.count > 1, scalars.last == "." { scalars.removeLast() }
        return String(scalars)
    }

    /// The stem a word is compared by, or nil when it is not a content word: numbers stay as
    /// written, words are Porter-stemmed, function words and single letters are dropped.
    /// `isStopword`, when known, saves looking the word up in the list.
    static func contentStem(_ word: String, isStopword: Bool? = nil) -> String? {
        var probe = word
        let (digit, apostrophe) = probe.withUTF8 { bytes in
            (bytes.contains { $0 >= 0x30 && $0 <= 0x39 }, bytes.contains(UInt8(ascii: "'")))
        }
        if digit { return word }
        guard word.utf8.count > 1, word.utf8.count > 4 || word.unicodeScalars.count > 1,
              !(isStopword ?? SummaryLexicon.stopwords.contains(word)) else { return nil }
        guard apostrophe else { return PorterStemmer.stem(word) }
        return PorterStemmer.stem(String(word.unicodeScalars.filter { $0 != "'" }))
    }
}

/// Content-term counts of one sentence: term ids in ascending order, each with its count.
struct TermCounts: Sendable, Equatable {
    private(set) var ids: [Int32] = []
    private(set) var counts: [Int32] = []

    /// Counts the terms of `words` (function words, with no term, are left out).
    init(_ words: [SummaryWord]) {
        var terms = words.compactMap { $0.term >= 0 ? $0.term : nil }
        terms.sort()
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
