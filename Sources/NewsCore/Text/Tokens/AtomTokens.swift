/// The atoms of a token layer, read as one array of tokens.
///
/// Most words are a single atom, and such an atom is the same token as its word (same range,
/// kind, form and flags), so it is not stored twice: each atom holds a 32-bit reference, either
/// to its word in the layer's `words` or to its own token among the atoms of words of several
/// atoms ("U.S.", "mid-September", "1,300"). For news copy that is about a third of the memory
/// a second token array took, and a large article has over a million atoms.
public struct AtomTokens: RandomAccessCollection, Sendable {
    /// The layer's words, shared with the layer (not a copy).
    private let words: [Token]
    /// Per atom: `~w` (negative) when it is the lone atom of word `w`, else its index in `parts`.
    private let references: [Int32]
    /// The atoms of words of several atoms, in order.
    private let parts: [Token]
    /// For each of `parts`, the index of its word.
    private let partWords: [Int32]

    public var startIndex: Int { 0 }
    public var endIndex: Int { references.count }

    @inline(__always)
    public subscript(index: Int) -> Token {
        let reference = references[index]
        return reference < 0 ? words[Int(~reference)] : parts[Int(reference)]
    }

    /// The index of atom `index`'s word in the layer's `words`.
    @inline(__always)
    func word(ofAtom index: Int) -> Int32 {
        let reference = references[index]
        return reference < 0 ? ~reference : partWords[Int(reference)]
    }

    /// For each atom, the index of its word in `words` (what `TokenLayer.atomWord` reads).
    public struct WordIndices: RandomAccessCollection, Sendable {
        let atoms: AtomTokens
        public var startIndex: Int { 0 }
        public var endIndex: Int { atoms.count }
        public subscript(index: Int) -> Int32 { atoms.word(ofAtom: index) }
    }

    var wordIndices: WordIndices { WordIndices(atoms: self) }

    /// Collects the atoms while a layer is built, word by word.
    struct Builder {
        private var references: [Int32] = []
        private var parts: [Token] = []
        private var partWords: [Int32] = []

        init(reservingCapacity atoms: Int) {
            references.reserveCapacity(atoms)
        }

        /// The number of atoms so far.
        var count: Int { references.count }

        /// The atom of word `word`, a word of one atom.
        mutating func appendLoneAtom(ofWord word: Int32) {
            references.append(~word)
        }

        /// One atom of word `word`, a word of several atoms.
        mutating func append(_ atom: Token, ofWord word: Int32) {
            references.append(Int32(parts.count))
            parts.append(atom)
            partWords.append(word)
        }

        /// The atoms over the finished layer's `words`, each array in a buffer of its size.
        consuming func finish(words: [Token]) -> AtomTokens {
            AtomTokens(words: words, references: references.fitted(), parts: parts.fitted(),
                       partWords: partWords.fitted())
        }
    }
}
