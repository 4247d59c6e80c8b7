/// The timeline's words as the one date reader walks them: the answers come from the facts
/// kept per word form (month, ordinal, integer value), so a date costs no string look-ups.
extension TimeWords: DateItems {
    func word(_ index: Int) -> String? {
        guard index >= 0, index < count, self[index].isWord else { return nil }
        let lower = lower(index)
        // The date reader takes forms without final stops ("a.m" for "a.m.").
        guard lower.utf8.last == UInt8(ascii: "."), lower.utf8.count > 1 else { return lower }
        var bare = Substring(lower)
        while bare.count > 1, bare.hasSuffix(".") { bare.removeLast() }
        return String(bare)
    }

    func isDigits(_ index: Int) -> Bool { index >= 0 && index < count && self[index].isNumber }

    func length(_ index: Int) -> Int { self[index].length }

    func integer(_ index: Int) -> Int? { isDigits(index) ? facts(index).integer : nil }

    func isCapitalized(_ index: Int) -> Bool { index >= 0 && index < count && self[index].isCapitalised }

    func isSymbol(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        guard index >= 0, index < count, self[index].isMark, self[index].length == 1 else { return false }
        return lower(index).unicodeScalars.first == scalar
    }

    func isDash(_ index: Int) -> Bool {
        isSymbol(index, "-") || isSymbol(index, "\u{2013}") || isSymbol(index, "\u{2011}")
    }

    func attached(_ index: Int) -> Bool { index >= 0 && index < count && !self[index].spaceBefore }

    func inLink(_ index: Int) -> Bool { index >= 0 && index < count && self[index].flags.contains(.inLink) }

    func monthName(_ index: Int) -> (month: Int, abbreviation: Bool)? {
        guard index >= 0, index < count, self[index].isWord else { return nil }
        let facts = facts(index)
        return facts.month > 0 ? (Int(facts.month), facts.has(.monthAbbreviation)) : nil
    }

    func ordinalWord(_ index: Int) -> (value: Int, next: Int)? {
        guard index >= 0, index < count, self[index].isWord, let value = facts(index).ordinal else { return nil }
        return (Int(value), index + 1)
    }
}
