/// Finds the next byte of interest in UTF-8 text eight bytes at a time: JSON reading and
/// writing pass over every byte of every article, and most of those bytes are plain ASCII that
/// needs nothing done.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte at or after `start` that a JSON string cannot hold as it is:
    /// a quotation mark, a backslash or a control character. `bytes.count` when there is none.
    static func firstSpecialInJSONString(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        scan(bytes, from: start) { lanes(below: 0x20, $0) | lanes($0, equalTo: 0x22) | lanes($0, equalTo: 0x5C) }
            byte: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }

    /// The index of the first byte at or after `start` that is not printable ASCII other than a
    /// quotation mark or backslash: what the JSON writer must look at. `bytes.count` when none.
    static func firstOutsidePlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        scan(bytes, from: start) {
            lanes(below: 0x20, $0) | lanes($0, equalTo: 0x22) | lanes($0, equalTo: 0x5C)
                | lanes($0, equalTo: 0x7F) | ($0 & highs)
        } byte: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x7F }
    }

    /// Runs `word` over eight bytes at a time (a lane's top bit set where a byte matches; the
    /// lowest set lane is exact, higher ones may be spurious) and `byte` over the tail.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                             word: (UInt64) -> UInt64, byte: (UInt8) -> Bool) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        var index = start
        while index + 8 <= count {
            let value = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let found = word(value)
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count, !byte(base[index]) { index += 1 }
        return index
    }

    /// Lanes whose byte is zero.
    @inline(__always)
    private static func zeroLanes(_ value: UInt64) -> UInt64 {
        (value &- ones) & ~value & highs
    }

    /// Lanes whose byte equals `byte`.
    @inline(__always)
    private static func lanes(_ value: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroLanes(value ^ (ones &* UInt64(byte)))
    }

    /// Lanes whose byte is below `limit` (at most 0x80).
    @inline(__always)
    private static func lanes(below limit: UInt8, _ value: UInt64) -> UInt64 {
        (value &- ones &* UInt64(limit)) & ~value & highs
    }
}
