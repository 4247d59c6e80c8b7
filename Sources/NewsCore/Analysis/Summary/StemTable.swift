/// The distinct stems of one article, each stored once as UTF-8 bytes and numbered in order of
/// first appearance, so a stem worked out in a reused byte buffer gets its id without a
/// `String` being made or hashed. Strings are made only when asked for (a session's
/// background statistics, tests).
struct StemTable: Sendable {
    /// The bytes of every stem, one after another; stem `id` is `bytes[starts[id]..<starts[id + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Open-addressing table of ids by hash (capacity a power of two, -1 for an empty slot).
    private var slots: [Int32]

    /// A table with room for about `capacity` stems before it grows.
    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        starts.reserveCapacity(capacity + 1)
    }

    /// The number of distinct stems.
    var count: Int { starts.count - 1 }

    /// The id of stem `stem`, numbering it when new.
    mutating func id(of stem: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(stem)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if matches(id, stem) { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        slots[slot] = id
        bytes.append(contentsOf: stem)
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count { grow() }
        return id
    }

    /// The stem numbered `id`.
    func string(_ id: Int) -> String {
        String(decoding: bytes[Int(starts[id])..<Int(starts[id + 1])], as: UTF8.self)
    }

    /// Every stem, by id.
    var strings: [String] { (0..<count).map(string) }

    private func matches(_ id: Int32, _ stem: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
        guard end - start == stem.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            var offset = 0
            while offset < stem.count, stored[start + offset] == stem[offset] { offset += 1 }
            return offset == stem.count
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        bytes.withUnsafeBufferPointer { stored in
            for id in 0..<count {
                let stem = UnsafeBufferPointer(rebasing: stored[Int(starts[id])..<Int(starts[id + 1])])
                var slot = Int(Self.hash(stem)) & mask
                while bigger[slot] >= 0 { slot = (slot + 1) & mask }
                bigger[slot] = Int32(id)
            }
        }
        slots = bigger
    }

    /// FNV-1a over the bytes.
    private static func hash(_ stem: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in stem { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
