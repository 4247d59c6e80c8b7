/// The byte-level pieces of JSON output: literals, numbers and escaped strings appended to a
/// UTF-8 buffer. `JSONValue.write(into:)` uses them; they work on bytes throughout because the
/// pipeline writes every analysis of every article through them.
enum JSONWriter {
    /// Appends a literal as it is (`null`, `true`, punctuation).
    @inline(__always)
    static func append(_ text: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends an integer in decimal, without going through a `String`.
    static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value >= 0, value < 10 {
            output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var magnitude = value.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Appends a number: whole values below 10^15 as integers ("3", not "3.0"), others in
    /// Swift's shortest round-tripping form, and `null` for infinities and NaN, which JSON lacks.
    static func appendNumber(_ value: Double, to output: inout [UInt8]) {
        guard value.isFinite else {
            append("null", to: &output)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int(value), to: &output)
            return
        }
        output.append(contentsOf: String(value).utf8)
    }

    /// Appends a JSON string literal, escaping quotes, backslashes, C0 and C1 controls, DEL, the
    /// line and paragraph separators and the bidirectional overrides and isolates, so the output
    /// is safe on a terminal and in JavaScript and cannot reorder what a reader sees. Works on the
    /// UTF-8 bytes, copying runs that need no escape in one piece: C1 controls are `C2 80`…`C2 9F`,
    /// the others three bytes starting `E2`.
    static func appendString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            var runStart = 0
            while index < count {
                let byte = bytes[index]
                if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                    index += 1
                    continue
                }
                if byte >= 0x80, byte != 0xC2, byte != 0xE2 {
                    index += 1
                    continue
                }
                // A byte that may need escaping: what escapes it replaces `length` bytes.
                var length = 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x0A, 0x0D, 0x09, 0..<0x20, 0x7F:
                    break
                case 0xC2:
                    guard index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) else {
                        index += 1
                        continue
                    }
                    length = 2
                default: // 0xE2
                    guard index + 2 < count, isEscapedFormatCharacter(formatValue(bytes, index)) else {
                        index += 1
                        continue
                    }
                    length = 3
                }
                if runStart < index {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
                switch byte {
                case UInt8(ascii: "\""): output.append(0x5C); output.append(0x22)
                case UInt8(ascii: "\\"): output.append(0x5C); output.append(0x5C)
                case 0x0A: output.append(0x5C); output.append(UInt8(ascii: "n"))
                case 0x0D: output.append(0x5C); output.append(UInt8(ascii: "r"))
                case 0x09: output.append(0x5C); output.append(UInt8(ascii: "t"))
                case 0xC2: appendEscape(UInt32(bytes[index + 1]), to: &output)
                case 0xE2: appendEscape(formatValue(bytes, index), to: &output)
                default: appendEscape(UInt32(byte), to: &output)
                }
                index += length
                runStart = index
            }
            if runStart < count {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The scalar value of the three-byte sequence `E2 xx yy` at `index` (U+2000–U+2FFF).
    @inline(__always)
    private static func formatValue(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32 {
        UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F) | 0x2000
    }

    /// The line and paragraph separators (U+2028, U+2029) and the bidirectional embeddings,
    /// overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
    @inline(__always)
    private static func isEscapedFormatCharacter(_ value: UInt32) -> Bool {
        (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// `\uXXXX` with lower-case hex digits.
    private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
        output.append(0x5C)
        output.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: (value >> UInt32(shift)) & 0xF)
            output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }
}
