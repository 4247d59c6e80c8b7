import Testing

@testable import NewsCore

/// Bytes of a string in UTF-16 with the given byte order, without a byte-order mark.
private func utf16Bytes(_ string: String, littleEndian: Bool) -> [UInt8] {
    string.utf16.flatMap { unit -> [UInt8] in
        let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
        return littleEndian ? [low, high] : [high, low]
    }
}

/// One Windows-1252 fallback case: the bytes, the text they stand for, and where the first
/// byte that breaks UTF-8 sits in the file.
struct FallbackCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let expected: String
    let firstBadOffset: Int
    var testDescription: String { name }
}

@Suite("TextDecoding")
struct TextDecodingTests {
    @Test("plain UTF-8 decodes as it is, with no warning")
    func plainUTF8() throws {
        let decoded = try TextDecoding.decode(Array("Café in Zürich – 5 €".utf8))
        #expect(decoded.text == "Café in Zürich – 5 €")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.warnings.isEmpty)
    }

    @Test("a UTF-8 byte-order mark is dropped from the text")
    func utf8WithBOM() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Día uno".utf8))
        #expect(decoded.text == "Día uno")
        #expect(decoded.text.unicodeScalars.first != "\u{FEFF}")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.warnings.isEmpty)
    }

    @Test("UTF-16 with a byte-order mark, either byte order, surrogate pairs included",
          arguments: [true, false])
    func utf16WithBOM(littleEndian: Bool) throws {
        let text = "Grève 🚢 à Brest"
        let bom: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let decoded = try TextDecoding.decode(bom + utf16Bytes(text, littleEndian: littleEndian))
        #expect(decoded.text == text)
        #expect(decoded.encoding == (littleEndian ? "UTF-16LE" : "UTF-16BE"))
        #expect(decoded.warnings.isEmpty)
    }

    static let fallbackCases: [FallbackCase] = [
        FallbackCase(name: "curly quotes and the euro sign",
                     bytes: Array("He said ".utf8) + [0x93] + Array("no".utf8) + [0x94] + Array(" to ".utf8) + [0x80] + Array("5".utf8),
                     expected: "He said “no” to €5", firstBadOffset: 8),
        FallbackCase(name: "Latin-1 letter that is not a UTF-8 lead",
                     bytes: Array("caf".utf8) + [0xE9],
                     expected: "café", firstBadOffset: 3),
        FallbackCase(name: "dashes and an apostrophe",
                     bytes: Array("it".utf8) + [0x92] + Array("s 1".utf8) + [0x96] + Array("2 ".utf8) + [0x97] + Array(" ok".utf8),
                     expected: "it’s 1–2 — ok", firstBadOffset: 2),
        FallbackCase(name: "a truncated three-byte sequence at the end",
                     bytes: Array("abc".utf8) + [0xE2, 0x82],
                     expected: "abc\u{E2}\u{201A}", firstBadOffset: 3),
        FallbackCase(name: "an overlong encoding is not UTF-8",
                     bytes: Array("x".utf8) + [0xC0, 0xAF],
                     expected: "x\u{C0}\u{AF}", firstBadOffset: 1),
        FallbackCase(name: "an encoded surrogate is not UTF-8",
                     bytes: Array("ok ".utf8) + [0xED, 0xA0, 0x80],
                     expected: "ok \u{ED}\u{A0}\u{20AC}", firstBadOffset: 3),
        FallbackCase(name: "valid UTF-8 before the first bad byte does not move the offset",
                     bytes: Array("é".utf8) + [0x85],
                     expected: "\u{C3}\u{A9}…", firstBadOffset: 2),
        FallbackCase(name: "the offset counts the UTF-8 byte-order mark",
                     bytes: [0xEF, 0xBB, 0xBF] + Array("a".utf8) + [0x93],
                     expected: "a“", firstBadOffset: 4),
    ]

    @Test("invalid UTF-8 is read as Windows-1252, with a warning naming the first bad byte",
          arguments: fallbackCases)
    func windows1252Fallback(_ example: FallbackCase) throws {
        let decoded = try TextDecoding.decode(example.bytes)
        #expect(decoded.text == example.expected)
        #expect(decoded.encoding == "Windows-1252")
        #expect(decoded.warnings.count == 1)
        let warning = try #require(decoded.warnings.first)
        #expect(warning.contains("offset \(example.firstBadOffset)"), "warning was: \(warning)")
        #expect(warning.contains("Windows-1252"))
    }

    @Test("bytes Windows-1252 leaves undefined map to the same code point")
    func undefinedWindows1252Bytes() throws {
        let decoded = try TextDecoding.decode([0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D])
        #expect(decoded.text.unicodeScalars.map(\.value) == [0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D])
        #expect(decoded.encoding == "Windows-1252")
    }

    static let nulCases: [([UInt8], Int)] = [
        ([0x61, 0x62, 0x00, 0x63], 2),
        ([0x00, 0x50, 0x44, 0x46], 0),
        ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x20, 0x93, 0x00], 10),
        ([0xEF, 0xBB, 0xBF, 0x41, 0x00], 4),
    ]

    @Test("a NUL byte makes the file binary, at the NUL's offset", arguments: nulCases)
    func nulIsBinary(bytes: [UInt8], offset: Int) {
        #expect(throws: TextDecoding.Failure.binary(offset: offset)) {
            try TextDecoding.decode(bytes)
        }
    }

    @Test("a NUL character in UTF-16 text is binary, at its byte offset in the file")
    func nulInUTF16() {
        // BOM (bytes 0–1), "A" (bytes 2–3), NUL (bytes 4–5), "B" (bytes 6–7).
        #expect(throws: TextDecoding.Failure.binary(offset: 4)) {
            try TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00])
        }
    }

    @Test("UTF-16 with an odd number of bytes after the mark is invalid",
          arguments: [[0xFF, 0xFE, 0x41, 0x00, 0x42] as [UInt8], [0xFE, 0xFF, 0x00]])
    func oddLengthUTF16(bytes: [UInt8]) {
        #expect(throws: TextDecoding.Failure.invalidUTF16) {
            try TextDecoding.decode(bytes)
        }
    }

    @Test("UTF-16 with a lone surrogate is invalid")
    func brokenSurrogateUTF16() {
        // A high surrogate (D83D) followed by "A" instead of a low surrogate.
        #expect(throws: TextDecoding.Failure.invalidUTF16) {
            try TextDecoding.decode([0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00])
        }
    }
}
