/// Web and e-mail addresses: the atoms of a chunk of text written without spaces that holds
/// "www", "http", "https", an "@" or a "://". Such atoms hold no figures, dates or names.
extension Tokenizer {
    /// For each atom of `atoms`, whether it lies in a web or e-mail address.
    static func linkAtoms(_ atoms: [Piece], _ scalars: [Unicode.Scalar]) -> [Bool] {
        var inLink = [Bool](repeating: false, count: atoms.count)
        var chunkStart = 0
        var chunkIsLink = false
        for index in atoms.indices {
            if atoms[index].spaceBefore {
                if chunkIsLink { for atom in chunkStart..<index { inLink[atom] = true } }
                chunkStart = index
                chunkIsLink = false
            }
            if !chunkIsLink, startsLink(atoms, scalars, at: index) { chunkIsLink = true }
        }
        if chunkIsLink { for atom in chunkStart..<atoms.count { inLink[atom] = true } }
        return inLink
    }

    /// Whether the atom at `index` marks its chunk as an address: the word "www", "http" or
    /// "https" (any case), an "@", or a "/" right after a ":".
    static func startsLink(_ atoms: [Piece], _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let atom = atoms[index]
        switch atom.kind {
        case .word:
            return atom.range.count <= 5 && Self.linkWords.contains(TokenLayer.lowercased(scalars, atom.range))
        case .mark:
            let scalar = scalars[atom.range.lowerBound]
            if scalar == "@" { return true }
            guard scalar == "/", index > 0, atoms[index - 1].kind == .mark else { return false }
            return scalars[atoms[index - 1].range.lowerBound] == ":"
        case .number, .possessive:
            return false
        }
    }

    private static let linkWords: Set<String> = ["www", "http", "https"]
}
