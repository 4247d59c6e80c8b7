/// For each word of a token layer, the range of its atoms, held as one 32-bit start per word
/// (a word's atoms run up to where the next word's begin), a quarter of what a `Range<Int>` per
/// word takes: a large article has a million words, and this is kept as long as its layer.
public struct WordAtomRanges: Sendable {
    /// The first atom of each word, then the atom count: `count + 1` entries.
    private var starts: [Int32]

    init() {
        starts = [0]
    }

    init(reservingCapacity words: Int) {
        starts = [0]
        starts.reserveCapacity(words + 1)
    }

    /// Ends the current word after `atomCount` atoms in all.
    mutating func append(upTo atomCount: Int) {
        starts.append(Int32(atomCount))
    }

    /// The number of words.
    public var count: Int { starts.count - 1 }

    /// The atoms of word `word`.
    public subscript(word: Int) -> Range<Int> {
        Int(starts[word])..<Int(starts[word + 1])
    }

    /// The same ranges in a buffer of exactly their size (see `Array.fitted()`).
    func fitted() -> WordAtomRanges {
        var copy = self
        copy.starts = starts.fitted()
        return copy
    }
}

extension Array {
    /// The array in a buffer of its own size. An array grown by appending keeps up to twice the
    /// room it needs; one that lives as long as its article gives the spare room back this way.
    /// Only arrays with more than an eighth to spare are copied.
    func fitted() -> [Element] {
        guard capacity - count > count / 8 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            let end = self.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
            initialized = end
        }
    }
}
