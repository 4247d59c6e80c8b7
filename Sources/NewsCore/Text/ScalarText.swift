/// A text addressed by Unicode scalar offsets.
///
/// Every span newsdesk reports (paragraphs, sentences, quotations, figures) is a half-open range
/// of scalar offsets into one of these, the same numbers Python's `str` indices give, so JSON
/// offsets can be checked with `text[start:end]` in any language.
public struct ScalarText: Sendable, Equatable {
    /// The scalars of the text, in order.
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        var string = string
        // Decoding the UTF-8 by hand is several times faster than iterating the scalar view,
        // and every article goes through here once.
        scalars = string.withUTF8 { Self.decode($0) }
    }

    /// The scalars of valid UTF-8 (a Swift string's storage is always valid).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = UInt32(bytes[index])
            var value: UInt32
            if lead < 0x80 {
                value = lead
                index += 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                value =
                    (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return result
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// The whole text as a `String`.
    public var string: String { self[0..<count] }

    /// The text of a scalar range with every run of white space folded to one space and none
    /// kept at either end: how a paragraph reads on one line.
    public func folded(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        guard lower < upper else { return "" }
        return String(unsafeUninitializedCapacity: capacity(lower, upper)) { buffer in
            var written = 0
            var pendingSpace = false
            for scalar in scalars[lower..<upper] {
                if scalar.isSpaceLike {
                    pendingSpace = written > 0
                    continue
                }
                if pendingSpace {
                    buffer[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                Self.append(scalar, to: buffer, at: &written)
            }
            return written
        }
    }

    /// Room for the UTF-8 of `lower..<upper`. A string keeps the capacity it was made with, so a
    /// paragraph or sentence kept in a result gets its exact size (four bytes a scalar would
    /// hold four times the text); a short range, made and dropped per token, takes the bound.
    @inline(__always)
    private func capacity(_ lower: Int, _ upper: Int) -> Int {
        guard upper - lower > 32 else { return (upper - lower) * 4 }
        var bytes = 0
        for scalar in scalars[lower..<upper] { bytes += UTF8.width(scalar) }
        return bytes
    }

    /// Writes the UTF-8 of `scalar` at `offset` in a buffer with room for it, moving `offset` on.
    @inline(__always)
    private static func append(
        _ scalar: Unicode.Scalar, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: inout Int
    ) {
        let value = scalar.value
        if value < 0x80 {
            buffer[offset] = UInt8(value)
            offset += 1
            return
        }
        var written = offset
        UTF8.encode(scalar) { byte in
            buffer[written] = byte
            written += 1
        }
        offset = written
    }

    /// The text of a scalar range, clamped to the text.
    public subscript(range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        guard lower < upper else { return "" }
        // Encoded straight into the string's own storage: this runs for every token of every
        // article, and going through a UnicodeScalarView costs several times as much.
        return String(unsafeUninitializedCapacity: capacity(lower, upper)) { buffer in
            var written = 0
            for scalar in scalars[lower..<upper] {
                Self.append(scalar, to: buffer, at: &written)
            }
            return written
        }
    }

    /// The texts of `ranges` (each clamped as by the subscript) with one space between them, as
    /// one string: a name read word by word ("Noordzee Container Terminals") without a string
    /// per word and a join.
    public func joined(_ ranges: some Collection<Range<Int>>) -> String {
        func clamped(_ range: Range<Int>) -> Range<Int> {
            let lower = max(0, min(range.lowerBound, count))
            return lower..<max(lower, min(range.upperBound, count))
        }
        var bytes = max(0, ranges.count - 1)
        for range in ranges {
            for scalar in scalars[clamped(range)] { bytes += UTF8.width(scalar) }
        }
        guard bytes > 0 else { return "" }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var written = 0
            for (number, range) in ranges.enumerated() {
                if number > 0 {
                    buffer[written] = 0x20
                    written += 1
                }
                for scalar in scalars[clamped(range)] { Self.append(scalar, to: buffer, at: &written) }
            }
            return written
        }
    }
}

extension Range where Bound == Int {
    /// The part of the range at or after `start`: empty (at the upper bound) when `start` lies
    /// beyond it. Used to take a dateline off the sentences it overlaps, which it may outrun.
    public func starting(at start: Int) -> Range<Int> {
        Swift.min(Swift.max(lowerBound, start), upperBound)..<upperBound
    }

    /// The range with leading and trailing white space of `text` removed; empty ranges stay put.
    public func trimmed(in text: ScalarText) -> Range<Int> {
        var lower = lowerBound
        var upper = upperBound
        while lower < upper, text.scalars[lower].isSpaceLike { lower += 1 }
        while upper > lower, text.scalars[upper - 1].isSpaceLike { upper -= 1 }
        return lower..<upper
    }
}
