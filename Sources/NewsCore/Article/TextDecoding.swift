/// Turns the bytes of an article file into text, the way CONTRACT.md's loading rules say.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark decode as they are.
/// Anything else is taken as Windows-1252, the usual encoding of copy pasted from older
/// newsroom systems, and a warning names the first byte that was not UTF-8.
public enum TextDecoding {
    /// The decoded text and what the reader should be told about it.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// The encoding actually used, for messages ("UTF-8", "UTF-16LE", "Windows-1252").
        public var encoding: String
        public var warnings: [String]
    }

    /// Why bytes could not be taken as an article.
    public enum Failure: Error, Equatable, Sendable {
        /// A NUL byte at this offset: the file is binary (a PDF or image renamed, say).
        case binary(offset: Int)
        /// A UTF-16 byte-order mark followed by an odd number of bytes or broken surrogates.
        case invalidUTF16
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodeUTF16(bytes.dropFirst(2), littleEndian: true)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes.dropFirst(2), littleEndian: false)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw .binary(offset: nul)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let invalid = firstInvalidUTF8(body) {
            let offset = invalid + (body.startIndex)
            return Decoded(
                text: decodeWindows1252(body),
                encoding: "Windows-1252",
                warnings: ["not valid UTF-8 (first bad byte at offset \(offset)); read as Windows-1252"]
            )
        }
        return Decoded(text: String(decoding: body, as: UTF8.self), encoding: "UTF-8", warnings: [])
    }

    /// The decoded scalars and the warnings, as `decode` gives them, but read straight into
    /// scalars: for valid UTF-8 (nearly every article) the bytes are checked, searched for NUL and
    /// decoded in one pass, with no `String` in between.
    public static func decodeScalars(_ bytes: [UInt8]) throws(Failure) -> (text: ScalarText, warnings: [String]) {
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
           let scalars = try bytes.withUnsafeBufferPointer({ (buffer) throws(Failure) -> [Unicode.Scalar]? in
               try decodeValidUTF8(buffer, from: bom ? 3 : 0)
           }) {
            return (ScalarText(scalars: scalars), [])
        }
        let decoded = try decode(bytes)
        return (ScalarText(decoded.text), decoded.warnings)
    }

    /// The scalars of `bytes[start...]`, or nil when they are not valid UTF-8 (the caller then
    /// takes the general path). Throws `.binary` at the first NUL met before any invalid byte,
    /// which is the first NUL of the input, as `decode` reports it.
    private static func decodeValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>,
                                        from start: Int) throws(Failure) -> [Unicode.Scalar]? {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(bytes.count - start)
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 { throw .binary(offset: index) }
                result.append(Unicode.Scalar(lead))
                index += 1
                continue
            }
            guard let (length, minimum) = utf8Sequence(lead: lead) else { return nil }
            guard index + length <= count else { return nil }
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return nil }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
            result.append(scalar)
            index += length
        }
        return result
    }

    /// How many bytes a UTF-8 sequence with this lead byte (0x80 or above) takes, and the
    /// smallest value it may encode (a smaller one is an overlong form); nil for a byte that
    /// cannot lead a sequence.
    @inline(__always)
    static func utf8Sequence(lead: UInt8) -> (length: Int, minimum: UInt32)? {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80)
        case 0xE0...0xEF: return (3, 0x800)
        case 0xF0...0xF4: return (4, 0x10000)
        default: return nil
        }
    }

    /// The offset (relative to the slice start) of the first byte that breaks UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            guard let (length, minimum) = utf8Sequence(lead: lead) else { return index - bytes.startIndex }
            guard index + length <= bytes.endIndex else { return index - bytes.startIndex }
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index - bytes.startIndex }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
                return index - bytes.startIndex
            }
            index += length
        }
        return nil
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(Failure) -> Decoded {
        guard bytes.count % 2 == 0 else { throw .invalidUTF16 }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        if let nul = units.firstIndex(of: 0) {
            throw .binary(offset: 2 + 2 * nul)
        }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.append(scalar)
            case .emptyInput: break loop
            case .error: throw .invalidUTF16
            }
        }
        return Decoded(text: String(text), encoding: littleEndian ? "UTF-16LE" : "UTF-16BE", warnings: [])
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic quotes, dashes and the
    /// euro sign. The five bytes it leaves undefined map to themselves (and are escaped on show).
    static func decodeWindows1252<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = windows1252High[Int(byte - 0x80)] {
                text.append(mapped)
            } else {
                text.append(Unicode.Scalar(byte))
            }
        }
        return String(text)
    }

    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
