/// A text addressed by Unicode scalar offsets.
///
/// Every span newsdesk reports (paragraphs, sentences, quotations, figures) is a half-open range
/// of scalar offsets into one of these, the same numbers Python's `str` indices give, so JSON
/// offsets can be checked with `text[start:end]` in any language.
public struct ScalarText: Sendable, Equatable {
    /// The scalars of the text, in order.
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        scalars = Array(string.unicodeScalars)
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// The whole text as a `String`.
    public var string: String { self[0..<count] }

    /// The text of a scalar range, clamped to the text.
    public subscript(range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        guard lower < upper else { return "" }
        // Encoded straight into the string's own storage: this runs for every token of every
        // article, and going through a UnicodeScalarView costs several times as much.
        return String(unsafeUninitializedCapacity: (upper - lower) * 4) { buffer in
            var written = 0
            for scalar in scalars[lower..<upper] {
                let value = scalar.value
                if value < 0x80 {
                    buffer[written] = UInt8(value)
                    written += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[written] = byte
                        written += 1
                    }
                }
            }
            return written
        }
    }
}

extension Range where Bound == Int {
    /// The range with leading and trailing white space of `text` removed; empty ranges stay put.
    public func trimmed(in text: ScalarText) -> Range<Int> {
        var lower = lowerBound
        var upper = upperBound
        while lower < upper, text.scalars[lower].isSpaceLike { lower += 1 }
        while upper > lower, text.scalars[upper - 1].isSpaceLike { upper -= 1 }
        return lower..<upper
    }
}
