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
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        for (word, value) in entries {
            let scalars = word.unicodeScalars.map(\.value)
            scalars.withUnsafeBufferPointer { buffer in
                let hash = ScalarHash.of(buffer)
                let slot = find(buffer, hash: hash)
                if slots[slot] >= 0 {
                    values[Int(slots[slot])] = value
                    return
                }
                slots[slot] = Int32(values.count)
                values.append(value)
                stored.append(contentsOf: buffer)
                starts.append(Int32(stored.count))
            }
        }
    }

    /// The value of a word given as lower-case scalar values and their `ScalarHash`.
    public func value(_ word: UnsafeBufferPointer<UInt32>, hash: UInt32) -> Value? {
        let slot = find(word, hash: hash)
        return slots[slot] >= 0 ? values[Int(slots[slot])] : nil
    }

    /// The value of a word written as a string.
    public func value(_ word: String) -> Value? {
        let scalars = word.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { value($0, hash: ScalarHash.of($0)) }
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
