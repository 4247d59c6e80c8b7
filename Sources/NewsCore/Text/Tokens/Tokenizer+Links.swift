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
            return isLinkWord(scalars, atom.range)
        case .mark:
            let scalar = scalars[atom.range.lowerBound]
            if scalar == "@" { return true }
            guard scalar == "/", index > 0, atoms[index - 1].kind == .mark else { return false }
            return scalars[atoms[index - 1].range.lowerBound] == ":"
        case .number, .possessive:
            return false
        }
    }

    /// "www", "http" or "https" in any case, compared in place (this runs on every word).
    static func isLinkWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        func letter(_ offset: Int) -> UInt32 { scalars[range.lowerBound + offset].value | 0x20 }
        switch range.count {
        case 3: return letter(0) == 0x77 && letter(1) == 0x77 && letter(2) == 0x77
        case 4, 5:
            let http = letter(0) == 0x68 && letter(1) == 0x74 && letter(2) == 0x74 && letter(3) == 0x70
            return http && (range.count == 4 || letter(4) == 0x73)
        default: return false
        }
    }
}
