/// The one tokenizer: cuts a stretch of text into atoms and groups the atoms into words.
///
/// Atoms are the smallest pieces every reader agrees on: a run of letters (keeping an
/// apostrophe between letters, "don't", "O'Neill", and the stops of a dotted initialism,
/// "U.S.", "a.m."), a run of ASCII digits, a possessive "'s", or one other scalar. Words join
/// atoms that touch, by the rules below, into what a reader takes as one word: "mid-September",
/// "Covid-19", "1,300", "6.5bn", "Gen.", "J.". Every rule is a named function; the scan only
/// applies them in order, in one linear pass.
enum Tokenizer {
    /// One piece found by the scan, before interning.
    struct Piece {
        var range: Range<Int>
        var kind: Token.Kind
        var spaceBefore: Bool
    }

    // MARK: atoms

    /// The atoms of `range`, in order.
    static func atoms(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(range.count / 4)
        var index = range.lowerBound
        var space = true
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar.isSpaceLike { space = true; index += 1; continue }
            let start = index
            let kind: Token.Kind
            if scalar.isLetter {
                index = letterRunEnd(scalars, from: index, limit: range.upperBound)
                kind = .word
            } else if scalar.isASCIIDigit {
                while index < range.upperBound, scalars[index].isASCIIDigit { index += 1 }
                kind = .number
            } else if let end = possessiveEnd(scalars, at: index, limit: range.upperBound) {
                index = end
                kind = .possessive
            } else {
                index += 1
                kind = .mark
            }
            pieces.append(Piece(range: start..<index, kind: kind, spaceBefore: space))
            space = false
        }
        return pieces
    }

    /// Where a run of letters starting at `start` ends: letters and combining marks, an
    /// apostrophe with a letter after it unless it is a possessive "'s", and the stops of a
    /// dotted initialism ("U.S.", "a.m.", "N.Y.").
    static func letterRunEnd(_ scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var index = start + 1
        while index < limit {
            let next = scalars[index]
            if next.isLetter { index += 1; continue }
            if next.isApostrophe, index + 1 < limit, scalars[index + 1].isLetter,
               !isPossessiveS(scalars, at: index + 1, limit: limit) {
                index += 2
                continue
            }
            break
        }
        if index - start == 1, let end = dottedInitialismEnd(scalars, from: start, limit: limit) { return end }
        return index
    }

    /// The end of a dotted initialism starting with the single letter at `start` ("U.S.",
    /// "a.m.", "p.m"): letter, stop, letter, and so on, with the final stop when present.
    static func dottedInitialismEnd(_ scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int? {
        var index = start + 1
        var letters = 1
        while index + 1 < limit, scalars[index] == ".", scalars[index + 1].isLetter,
              index + 2 >= limit || !scalars[index + 2].isLetter {
            index += 2
            letters += 1
        }
        guard letters >= 2 else { return nil }
        if index < limit, scalars[index] == "." { index += 1 }
        return index
    }

    /// True when the letter at `index` is the "s" of a possessive "'s" ending a word.
    static func isPossessiveS(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> Bool {
        (scalars[index] == "s" || scalars[index] == "S") && (index + 1 >= limit || !scalars[index + 1].isLetter)
    }

    /// The end of a possessive at `index`: "'s" after a letter, or a lone apostrophe after a
    /// plural "s" with no letter after it ("the workers’ union").
    static func possessiveEnd(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> Int? {
        guard scalars[index].isApostrophe, index > 0, scalars[index - 1].isLetter else { return nil }
        if index + 1 < limit, isPossessiveS(scalars, at: index + 1, limit: limit) { return index + 2 }
        let previous = scalars[index - 1]
        if previous == "s" || previous == "S", index + 1 >= limit || !scalars[index + 1].isLetter { return index + 1 }
        return nil
    }

    // MARK: words

    /// Groups atoms into words: for each word, the range of atom indices it covers.
    static func words(_ atoms: [Piece], _ scalars: [Unicode.Scalar],
                      abbreviation: (Range<Int>) -> Bool) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        groups.reserveCapacity(atoms.count)
        var index = 0
        while index < atoms.count {
            let first = index
            index += 1
            switch atoms[first].kind {
            case .word, .number:
                while index < atoms.count, !atoms[index].spaceBefore {
                    if let next = joinedAtoms(atoms, scalars, at: index) { index = next } else { break }
                }
                if let end = keptStop(atoms, scalars, first: first, end: index, abbreviation: abbreviation) {
                    index = end
                }
            case .possessive, .mark:
                break
            }
            groups.append(first..<index)
        }
        return groups
    }

    /// How far a word running up to atom `index` (which touches it) goes on: a letter or digit
    /// run that touches it ("G7", "6pm", "19th"); a hyphen before a letter or digit run
    /// ("mid-September", "Covid-19"); a comma or stop between digit runs ("1,300", "6.5").
    static func joinedAtoms(_ atoms: [Piece], _ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        let atom = atoms[index]
        if atom.kind == .word || atom.kind == .number { return index + 1 }
        guard atom.kind == .mark, index + 1 < atoms.count, !atoms[index + 1].spaceBefore else { return nil }
        let mark = scalars[atom.range.lowerBound]
        let next = atoms[index + 1]
        let previous = atoms[index - 1]
        if mark.isHyphen, next.kind == .word || next.kind == .number { return index + 2 }
        if mark == "," || mark == ".", previous.kind == .number, next.kind == .number { return index + 2 }
        return nil
    }

    /// The end of a word that keeps a following full stop: a single capital letter (an initial,
    /// "J.") or a listed abbreviation ("Gen.", "Dr.", "Sept."); nil when the stop is not kept.
    static func keptStop(_ atoms: [Piece], _ scalars: [Unicode.Scalar], first: Int, end: Int,
                         abbreviation: (Range<Int>) -> Bool) -> Int? {
        guard end < atoms.count, end == first + 1, atoms[first].kind == .word else { return nil }
        let stop = atoms[end]
        guard stop.kind == .mark, !stop.spaceBefore, scalars[stop.range.lowerBound] == "." else { return nil }
        let word = atoms[first].range
        if scalars[word.upperBound - 1] == "." { return nil }
        let isInitial = word.count == 1 && scalars[word.lowerBound].isUppercaseLetter
        return isInitial || abbreviation(word) ? end + 1 : nil
    }
}
