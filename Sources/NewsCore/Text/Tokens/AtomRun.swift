/// A stretch of the token layer's atoms (a paragraph, a sentence, a one-line case) as the
/// number, date and figure readers walk it: one item per atom, except that a possessive is
/// folded into the word before it ("Belarus’s" is one item, lower form "belarus", with
/// `possessive` set), so a noun phrase read across it does not break.
///
/// Items carry what those readers ask on every step (the first scalar, the index of the bare
/// lower form) so that rules compare interned strings and scalars and never build a string per
/// token. An item holds no string itself: copying one retains nothing, and the run's forms
/// are shared with the token layer's vocabulary (`lower(_:)` reads them).
public struct AtomRun: Sendable {
    /// One atom of the run.
    public struct Atom: Sendable {
        /// The layer's atom; for a word with a folded possessive, its range runs to the
        /// possessive's end.
        public let token: Token
        /// Where the lower-case form without final full stops ("u.s", "said", "%") is in the
        /// run's `forms`.
        public let form: Int32
        /// The first scalar as written.
        public let first: Unicode.Scalar
        /// A word with its possessive "’s" (or the lone "’" after a plural) folded in.
        public let possessive: Bool

        public var range: Range<Int> { token.range }
        public var length: Int { token.length }
        public var spaceBefore: Bool { token.has(.spaceBefore) }
        public var inLink: Bool { token.has(.inLink) }
        public var isWord: Bool { token.kind == .word }
        public var isDigits: Bool { token.kind == .number }
        public var isMark: Bool { token.kind == .mark }
        /// A mark that is exactly `scalar`.
        public func isSymbol(_ scalar: Unicode.Scalar) -> Bool { token.kind == .mark && first == scalar }
        /// A word that starts with a capital letter.
        public var isCapitalized: Bool { token.kind == .word && token.has(.capitalised) }
        /// A word written in capitals only: one capital letter, or "NATO", "MM".
        public var isUpperCase: Bool {
            token.kind == .word && (token.has(.allCaps) || token.length == 1 && token.has(.capitalised))
        }
    }

    public let atoms: [Atom]
    /// The bare lower-case forms the items name: the layer vocabulary's `bareForms`, or for a
    /// bare line one form per item.
    let forms: [String]
    /// The article's scalars, for reading digit values.
    let scalars: [Unicode.Scalar]

    /// The run of `layer`'s atoms at indices `range`, over `text` (the article's analysis text).
    public init(_ layer: TokenLayer, atoms range: Range<Int>, text: ScalarText) {
        let scalars = text.scalars
        var atoms: [Atom] = []
        atoms.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            var token = layer.atoms[index]
            var possessive = false
            if token.kind == .word, index + 1 < range.upperBound, layer.atoms[index + 1].kind == .possessive,
               !layer.atoms[index + 1].has(.spaceBefore) {
                let end = layer.atoms[index + 1].end
                token = Token(start: Int(token.start), end: Int(end), kind: .word, flags: token.flags, word: token.word,
                              sentence: Int(token.sentence))
                possessive = true
                index += 1
            }
            atoms.append(Atom(token: token, form: token.word, first: scalars[Int(token.start)], possessive: possessive))
            index += 1
        }
        self.atoms = atoms
        self.forms = layer.vocabulary.bareForms
        self.scalars = scalars
    }

    /// The run of a bare line with no article around it, cut by the one tokenizer into the
    /// same atoms a layer holds: for the credit and date lines read while an article is loaded,
    /// before its token layer exists. Items carry shape flags and `spaceBefore` only (no
    /// sentence, quotation or link flags) and the same lower forms as a layer's; with no
    /// vocabulary behind them, their `token.word` is 0.
    public init(line text: ScalarText) {
        let scalars = text.scalars
        let pieces = Tokenizer.atoms(scalars, 0..<scalars.count)
        var atoms: [Atom] = []
        atoms.reserveCapacity(pieces.count)
        var forms: [String] = []
        forms.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            var flags = TokenLayer.shapeFlags(scalars, piece.range)
            if piece.spaceBefore { flags.insert(.spaceBefore) }
            // A final stop belongs to an atom only when it ends a dotted initialism ("U.S.").
            var formEnd = piece.range.upperBound
            while formEnd - piece.range.lowerBound > 1, scalars[formEnd - 1] == "." { formEnd -= 1 }
            let lower = TokenLayer.lowercased(scalars, piece.range.lowerBound..<formEnd)
            var end = piece.range.upperBound
            let possessive = piece.kind == .word && index + 1 < pieces.count && pieces[index + 1].kind == .possessive
                && !pieces[index + 1].spaceBefore
            if possessive {
                end = pieces[index + 1].range.upperBound
                index += 1
            }
            let token = Token(start: piece.range.lowerBound, end: end, kind: piece.kind, flags: flags, word: 0,
                              sentence: -1)
            atoms.append(Atom(token: token, form: Int32(forms.count), first: scalars[piece.range.lowerBound],
                              possessive: possessive))
            forms.append(lower)
            index += 1
        }
        self.atoms = atoms
        self.forms = forms
        self.scalars = scalars
    }

    /// The run of a whole layer built with `TokenLayer(text:range:)`.
    public init(text: ScalarText, range: Range<Int>? = nil) {
        let layer = TokenLayer(text: text, range: range)
        self.init(layer, atoms: 0..<layer.atoms.count, text: text)
    }

    public var count: Int { atoms.count }
    public subscript(index: Int) -> Atom { atoms[index] }

    /// True when item `index` exists and touches the one before it (no space between).
    public func attached(_ index: Int) -> Bool { index >= 0 && index < atoms.count && !atoms[index].spaceBefore }

    /// The lower-case form of item `index` without final full stops ("u.s", "said", "%").
    public func lower(_ index: Int) -> String { forms[Int(atoms[index].form)] }
    /// The lower-case form of `atom`, an item of this run, without final full stops.
    public func lower(_ atom: Atom) -> String { forms[Int(atom.form)] }

    /// The lower form of item `index` when it is a word, else nil (also out of range).
    public func word(_ index: Int) -> String? {
        index >= 0 && index < atoms.count && atoms[index].isWord ? lower(index) : nil
    }

    /// The white-space scalar right before item `index`, if any (no-break spaces join digit groups).
    public func gap(_ index: Int) -> Unicode.Scalar? {
        let start = Int(atoms[index].token.start)
        guard atoms[index].spaceBefore, start > 0, scalars[start - 1].isSpaceLike else { return nil }
        return scalars[start - 1]
    }

    /// The value of a digit run (nil for anything else or a run too long for an integer).
    public func integer(_ index: Int) -> Int? {
        guard index >= 0, index < atoms.count, atoms[index].isDigits, atoms[index].length <= 18 else { return nil }
        var value = 0
        for offset in atoms[index].range { value = value * 10 + Int(scalars[offset].value - 0x30) }
        return value
    }

    /// The digits of items `indices` (each a digit run) as one decimal string, for values that
    /// do not fit an integer.
    func digits(_ indices: [Int]) -> String {
        var view = String.UnicodeScalarView()
        for index in indices { view.append(contentsOf: scalars[atoms[index].range]) }
        return String(view)
    }
}

extension AtomRun {
    /// True when item `index` is a hyphen, a non-breaking hyphen or an en dash: the marks that
    /// join the ends of a span of numbers ("1990-95", "Jan. 2–22") or the parts of "fifty-two".
    public func isDash(_ index: Int) -> Bool {
        guard index >= 0, index < atoms.count, atoms[index].isMark else { return false }
        let scalar = atoms[index].first
        return scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2011}"
    }
}

extension AtomRun {
    /// True when item `index` exists and is the mark `scalar`.
    public func isSymbol(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        index >= 0 && index < atoms.count && atoms[index].isSymbol(scalar)
    }
}
