/// A table from lower-case words to facts about them (word-class bits, a value), built once per
/// process from a word list, and read by an article's interned forms without hashing a string:
/// it hashes scalar values the way `Vocabulary` does, so a look-up by `WordID` reuses the hash
/// the vocabulary computed when the form was first seen.
public struct WordTable<Value: Sendable>: Sendable {
    private var stored: [UInt32] = []
    private var starts: [Int32] = [0]
    private var values: [Value] = []
    private var slots: [Int32]

    /// The table of `entries`; a later entry for the same word replaces an earlier one.
    public init(_ entries: [String: Value]) {
        self.init(capacity: entries.count)
        for (word, value) in entries { merge(word, value) { _, new in new } }
    }

    /// An empty table with room for about `capacity` words before it grows.
    public init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    /// Adds `word` with `value`, or, when the table holds the word already, gives it
    /// `combine(old, value)`: how a table of bits takes the union of every list a word is on,
    /// without a dictionary of strings built first.
    public mutating func merge(_ word: String, _ value: Value, _ combine: (Value, Value) -> Value) {
        Self.withScalars(of: word) { scalars in
            let slot = find(scalars, hash: ScalarHash.of(scalars))
            if slots[slot] >= 0 {
                values[Int(slots[slot])] = combine(values[Int(slots[slot])], value)
                return
            }
            slots[slot] = Int32(values.count)
            values.append(value)
            stored.append(contentsOf: scalars)
            starts.append(Int32(stored.count))
            if values.count * 2 > slots.count { grow() }
        }
    }

    /// Calls `body` with the scalar values of `word`, read into a buffer on the stack (a word
    /// has no more scalars than UTF-8 bytes).
    private static func withScalars<Result>(of word: String, _ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: word.utf8.count) { buffer in
            var count = 0
            for scalar in word.unicodeScalars {
                buffer[count] = scalar.value
                count += 1
            }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Doubles the slots and places every word again.
    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for index in values.indices {
            let hash = stored.withUnsafeBufferPointer { all in
                ScalarHash.of(UnsafeBufferPointer(rebasing: all[Int(starts[index])..<Int(starts[index + 1])]))
            }
            var slot = Int(hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// The value of a word given as lower-case scalar values and their `ScalarHash`.
    public func value(_ word: UnsafeBufferPointer<UInt32>, hash: UInt32) -> Value? {
        let slot = find(word, hash: hash)
        return slots[slot] >= 0 ? values[Int(slots[slot])] : nil
    }

    /// The value of a word written as a string.
    public func value(_ word: String) -> Value? {
        Self.withScalars(of: word) { value($0, hash: ScalarHash.of($0)) }
    }

    /// The value of the form (as written, lower case) of an article's word.
    public func value(ofForm id: WordID, in vocabulary: Vocabulary) -> Value? {
        vocabulary.withScalars(of: id) { value($0, hash: $1) }
    }

    /// The value of the key (full stops removed) of an article's word: the look-up most word
    /// lists are made for.
    public func value(ofKey id: WordID, in vocabulary: Vocabulary) -> Value? {
        vocabulary.hasStop(id) ? value(vocabulary.key(id)) : value(ofForm: id, in: vocabulary)
    }

    /// The value of the bare form (final full stops removed) of an article's word.
    public func value(ofBare id: WordID, in vocabulary: Vocabulary) -> Value? {
        vocabulary.hasStop(id) ? value(vocabulary.bare(id)) : value(ofForm: id, in: vocabulary)
    }

    private func find(_ word: UnsafeBufferPointer<UInt32>, hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return slot }
            let start = Int(starts[Int(index)]), end = Int(starts[Int(index) + 1])
            if end - start == word.count {
                var offset = 0
                while offset < word.count, stored[start + offset] == word[offset] { offset += 1 }
                if offset == word.count { return slot }
            }
            slot = (slot + 1) & mask
        }
    }
}

/// The hash of a word as lower-case scalar values (FNV-1a), shared by `Vocabulary` and
/// `WordTable` so a form is hashed once.
public enum ScalarHash {
    public static let seed: UInt32 = 2_166_136_261

    /// One step: the hash so far with one more scalar value.
    @inline(__always)
    public static func mix(_ hash: UInt32, _ value: UInt32) -> UInt32 { (hash ^ value) &* 16_777_619 }

    public static func of(_ values: UnsafeBufferPointer<UInt32>) -> UInt32 { values.reduce(seed, mix) }
}
