/// One token as the timeline's rules read it: a run of the token layer's atoms grouped where
/// the rules need it — a word with its hyphenated parts ("mid-September", "nine-hour"), a
/// number with its thousands commas and one decimal stop ("1,300", "10.30"), a possessive
/// "'s", or one mark. Unlike the layer's words, letters and digits that touch stay apart
/// ("6pm" is "6" and "pm", "1990s" is "1990" and "s"), which is how the date patterns read.
struct TimeWord: Sendable {
    enum Kind: Sendable { case word, number, possessive, mark }

    var kind: Kind
    /// Where the facts of its form are in `TimeWords.facts`, and its lower-case form ("sept",
    /// "a.m.", "1,300", ",") in `TimeWords.forms`: a token holds no string, so copying one
    /// retains nothing.
    var factIndex: Int32
    let start: Int32
    let end: Int32
    /// Index into `Article.sentences`, or -1.
    let sentence: Int32
    let flags: TokenFlags
    /// For a hyphenated word, true when its last part is capitalised ("mid-September").
    let lastPartCapitalised: Bool
    /// The yes-or-no facts of its form (see `TimeFacts`).
    let bits: TimeFacts.Bits

    var range: Range<Int> { Int(start)..<Int(end) }
    /// Scalars in the token: the number of digits of a number.
    var length: Int { Int(end - start) }
    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isMark: Bool { kind == .mark }
    func has(_ bit: TimeFacts.Bits) -> Bool { bits.contains(bit) }
    /// True when white space (or the start of the paragraph) comes right before it.
    var spaceBefore: Bool { flags.contains(.spaceBefore) }
    /// True inside a quotation, as the token layer's quotation pass read it.
    var inQuote: Bool { flags.contains(.inQuote) }
    /// True when the first scalar is an upper-case letter.
    var isCapitalised: Bool { flags.contains(.capitalised) }
    /// Two letters or more, none lower case ("GMT").
    var isAllCaps: Bool { flags.contains(.allCaps) }
    /// In the dateline at the head of the lead.
    var inDateline: Bool { flags.contains(.dateline) }
}

/// The timeline's tokens over a stretch of the article, with the facts of each form: a view of
/// the token layer's atoms that only groups them, never reading the text for word boundaries.
struct TimeWords: RandomAccessCollection, Sendable {
    private(set) var tokens: [TimeWord]
    /// The facts of every form, indexed by `TimeWord.factIndex`.
    let facts: [TimeFacts]
    /// The lower-case form of every form, indexed by `TimeWord.factIndex`.
    let forms: [String]

    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }
    subscript(position: Int) -> TimeWord { tokens[position] }

    /// The facts of token `i`'s form; empty facts outside the tokens.
    func facts(_ i: Int) -> TimeFacts {
        i >= 0 && i < tokens.count ? facts[Int(tokens[i].factIndex)] : TimeFacts()
    }

    /// The lower-case form of token `i` ("sept", "a.m.", "1,300", ",").
    func lower(_ i: Int) -> String { forms[Int(tokens[i].factIndex)] }
    /// The lower-case form of `token`, one of these tokens.
    func lower(_ token: TimeWord) -> String { forms[Int(token.factIndex)] }

    /// The tokens from `first` on, indexed from zero.
    func dropping(first: Int) -> TimeWords {
        TimeWords(tokens: Array(tokens[first...]), facts: facts, forms: forms)
    }

    private init(tokens: [TimeWord], facts: [TimeFacts], forms: [String]) {
        self.tokens = tokens
        self.facts = facts
        self.forms = forms
    }

    /// The tokens of the layer's atoms in `atoms`, their forms interned in `vocabulary`.
    init(_ layer: TokenLayer, atoms range: Range<Int>, vocabulary: inout TimeVocabulary) {
        var tokens: [TimeWord] = []
        tokens.reserveCapacity(range.count)
        let atoms = layer.atoms
        var index = range.lowerBound
        while index < range.upperBound {
            let atom = atoms[index]
            var end = index + 1
            var kind: TimeWord.Kind
            switch atom.kind {
            case .word:
                kind = .word
                end = Self.compoundEnd(layer, from: index, limit: range.upperBound, hyphens: vocabulary.hyphenIDs)
            case .number:
                kind = .number
                end = Self.numberEnd(layer, from: index, limit: range.upperBound)
            case .possessive:
                kind = atom.length > 1 ? .possessive : .mark
            case .mark:
                kind = .mark
            }
            // A lone atom is its own form: only a group asks for a joined one.
            let id = end == index + 1 ? atom.word : Self.id(layer, index..<end, vocabulary: &vocabulary)
            let factIndex = vocabulary.facts(of: id)
            tokens.append(TimeWord(kind: kind, factIndex: factIndex, start: atom.start,
                                   end: atoms[end - 1].end, sentence: atom.sentence, flags: atom.flags,
                                   lastPartCapitalised: atoms[end - 1].has(.capitalised),
                                   bits: vocabulary.facts[Int(factIndex)].bits))
            index = end
        }
        self.tokens = tokens
        self.facts = vocabulary.facts
        self.forms = vocabulary.factForms
    }

    /// True when atom `i` touches the one before it and is a hyphen: its form id is one of
    /// `hyphens` (`TimeVocabulary.hyphenIDs`).
    private static func isJoiningHyphen(_ layer: TokenLayer, _ i: Int, _ hyphens: (WordID, WordID)) -> Bool {
        let atom = layer.atoms[i]
        return atom.kind == .mark && !atom.has(.spaceBefore) && (atom.word == hyphens.0 || atom.word == hyphens.1)
    }

    /// Where a word starting at atom `first` ends: hyphens between letter runs join them
    /// ("mid-September", "fifty-two-year-old"); a dotted initialism ("U.S.") takes no parts.
    private static func compoundEnd(_ layer: TokenLayer, from first: Int, limit: Int, hyphens: (WordID, WordID)) -> Int {
        var end = first + 1
        while end + 1 < limit, isJoiningHyphen(layer, end, hyphens), layer.atoms[end + 1].kind == .word,
              !layer.atoms[end + 1].has(.spaceBefore), layer.form(layer.atoms[end - 1]).utf8.last != UInt8(ascii: ".") {
            end += 2
        }
        return end
    }

    /// Where a number starting at atom `first` ends: thousands groups after commas ("1,300")
    /// and one decimal part ("10.30"), unless a second stop follows ("2018.04.05").
    private static func numberEnd(_ layer: TokenLayer, from first: Int, limit: Int) -> Int {
        var end = first + 1
        // The middle or last part of "2018.04.05" takes no decimal of its own.
        let atoms = layer.atoms
        var hasDecimal =
            first >= 2 && !atoms[first].has(.spaceBefore) && !atoms[first - 1].has(.spaceBefore)
            && layer.form(atoms[first - 1]) == "." && atoms[first - 2].kind == .number
        while end + 1 < limit {
            let mark = layer.atoms[end], digits = layer.atoms[end + 1]
            guard mark.kind == .mark, !mark.has(.spaceBefore), digits.kind == .number, !digits.has(.spaceBefore) else {
                break
            }
            let form = layer.form(mark)
            if form == ",", digits.length == 3 {
                end += 2
            } else if form == ".", !hasDecimal {
                // "2018.04.05" (a date) and "2.1.3" (a version) are not decimals: their parts
                // stay apart for the date reader.
                if end + 3 < limit, layer.form(layer.atoms[end + 2]) == ".", !layer.atoms[end + 2].has(.spaceBefore),
                    layer.atoms[end + 3].kind == .number, !layer.atoms[end + 3].has(.spaceBefore)
                {
                    break
                }
                hasDecimal = true
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// The form id of atoms `group`: the atom's own id for one atom, the layer word's id when a
    /// word covers exactly the group, else the joined forms interned in `vocabulary`.
    private static func id(_ layer: TokenLayer, _ group: Range<Int>, vocabulary: inout TimeVocabulary) -> WordID {
        let atoms = layer.atoms
        if group.count == 1 { return atoms[group.lowerBound].word }
        let word = layer.words[Int(layer.atomWord[group.lowerBound])]
        if word.start == atoms[group.lowerBound].start, word.end == atoms[group.upperBound - 1].end { return word.word }
        return vocabulary.intern(group.map { layer.form(atoms[$0]) }.joined())
    }
}
