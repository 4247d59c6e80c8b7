/// Writes JSON text into a growing UTF-8 buffer: literals, numbers and escaped strings.
///
/// `JSONValue.serialized` goes through it, and the pipeline serialises every analysis of every
/// article, so it owns its memory (no uniqueness check or capacity test per byte, as appending to
/// an Array has) and copies string runs that need no escape in one piece.
///
/// Past `chunkSize` the text is kept in chunks rather than one buffer grown by doubling: a large
/// record's output line runs to tens of megabytes, and each doubling held the old buffer and one
/// twice its size at once, up to three times the text; chunks are joined once, into the string.
struct JSONWriter: ~Copyable {
    /// The buffer being written.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written into `base`.
    private var count = 0
    /// Full chunks before `base`, with the bytes written into each.
    private var chunks: [(base: UnsafeMutablePointer<UInt8>, count: Int)] = []
    /// Bytes in `chunks`.
    private var chunked = 0
    /// The largest buffer grown by doubling; beyond it the writer starts a new chunk.
    static let chunkSize = 1 << 20

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
        for chunk in chunks { chunk.base.deallocate() }
    }

    /// The text written so far.
    var string: String {
        let total = chunked + count
        guard total > 0 else { return "" }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var written = 0
            for chunk in chunks {
                (buffer.baseAddress! + written).update(from: chunk.base, count: chunk.count)
                written += chunk.count
            }
            (buffer.baseAddress! + written).update(from: base, count: count)
            return total
        }
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        if capacity >= Self.chunkSize {
            // The full buffer becomes a chunk; what comes next goes into a fresh one.
            chunks.append((base, count))
            chunked += count
            capacity = max(Self.chunkSize, needed - count)
            base = .allocate(capacity: capacity)
            count = 0
            return
        }
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte (punctuation).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends bytes as they are.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    /// Appends a literal as it is (`null`, `true`).
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends an integer in decimal, without going through a `String`.
    mutating func appendInteger(_ value: Int) {
        reserve(20)
        if value >= 0, value < 10 {
            base[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)
            count += 1
            return
        }
        var magnitude = value.magnitude
        var digits = 0
        var probe = magnitude
        repeat {
            digits += 1
            probe /= 10
        } while probe > 0
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        var position = count + digits
        count = position
        repeat {
            position -= 1
            base[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// Appends a number: whole values below 10^15 as integers ("3", not "3.0"), others in
    /// Swift's shortest round-tripping form, and `null` for infinities and NaN, which JSON lacks.
    mutating func appendNumber(_ value: Double) {
        guard value.isFinite else {
            append("null")
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int(value))
            return
        }
        var text = String(value)
        text.withUTF8 { append($0) }
    }

    /// Appends a JSON string literal, escaping quotes, backslashes, C0 and C1 controls, DEL, the
    /// line and paragraph separators and the bidirectional overrides and isolates, so the output
    /// is safe on a terminal and in JavaScript and cannot reorder what a reader sees. Works on the
    /// UTF-8 bytes: C1 controls are `C2 80`…`C2 9F`, the others three bytes starting `E2`.
    mutating func appendString(_ string: String) {
        append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            var runStart = 0
            while index < count {
                index = ByteScan.firstOutsidePlainASCII(bytes, from: index)
                guard index < count else { break }
                let byte = bytes[index]
                // What an escape replaces: `length` bytes, or nothing when the byte is plain.
                var length = 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0..<0x20, 0x7F:
                    break
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    length = 2
                case 0xE2 where index + 2 < count && Self.isEscapedFormatCharacter(Self.formatValue(bytes, index)):
                    length = 3
                default:
                    index += 1
                    continue
                }
                append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): appendPair(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): appendPair(UInt8(ascii: "\\"))
                case 0x0A: appendPair(UInt8(ascii: "n"))
                case 0x0D: appendPair(UInt8(ascii: "r"))
                case 0x09: appendPair(UInt8(ascii: "t"))
                case 0xC2: appendEscape(UInt32(bytes[index + 1]))
                case 0xE2: appendEscape(Self.formatValue(bytes, index))
                default: appendEscape(UInt32(byte))
                }
                index += length
                runStart = index
            }
            append(UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        append(UInt8(ascii: "\""))
    }

    /// A backslash and one more byte.
    @inline(__always)
    private mutating func appendPair(_ byte: UInt8) {
        reserve(2)
        base[count] = 0x5C
        base[count + 1] = byte
        count += 2
    }

    /// `\uXXXX` with lower-case hex digits.
    private mutating func appendEscape(_ value: UInt32) {
        reserve(6)
        base[count] = 0x5C
        base[count + 1] = UInt8(ascii: "u")
        for position in 0..<4 {
            let digit = UInt8(truncatingIfNeeded: (value >> UInt32(12 - 4 * position)) & 0xF)
            base[count + 2 + position] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
        }
        count += 6
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
}
