import Foundation
import Testing

@testable import NewsCore

/// The byte-level fast paths of loading and JSON must give exactly what the general paths give.
@Suite("Fast paths of loading and JSON")
struct FastPathTests {
    /// Every special byte at every offset of an eight-byte word, and across word ends.
    static let specials: [String] = ["\"", "\\", "\n", "\u{1}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}",
                                     "\u{2067}", "é", "’", "\u{2030}"]

    @Test("strings with a special byte at any offset are written and read back unchanged")
    func specialAtEveryOffset() throws {
        for special in Self.specials {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset)
                let serialized = JSONValue.string(text).serialized
                // The writer escapes by the same rules at any offset: compare with Foundation's reading.
                let read = try JSONSerialization.jsonObject(with: Data("[\(serialized)]".utf8)) as? [String]
                #expect(read == [text], "\(special.unicodeScalars.map(\.value)) at \(offset)")
                #expect(try JSONParser.parse(Array(serialized.utf8)) == .string(text))
                let escaped = serialized.unicodeScalars.contains { $0.value < 0x20 || (0x80...0x9F).contains($0.value)
                    || $0 == "\u{2028}" || $0 == "\u{202E}" || $0 == "\u{2067}" || $0 == "\u{7F}" }
                #expect(!escaped)
            }
        }
    }

    @Test("integers of every size are written in full")
    func integers() {
        for value in [0, 9, 10, -1, -10, 12345, Int.max, Int.min] {
            #expect(JSONValue.int(value).serialized == String(value))
        }
        #expect(JSONValue.double(-0.0).serialized == "0")
        #expect(JSONValue.double(1e15).serialized == String(1e15))
    }

    @Test("decoding straight to scalars agrees with decoding to a string",
          arguments: [
              Array("plain".utf8), [0xEF, 0xBB, 0xBF] + Array("bom".utf8), Array("Zürich – 5 €, 😀".utf8),
              [0x41, 0x92, 0x42], [0x41, 0xC0, 0xAF], [0x41, 0xED, 0xA0, 0x80], [0x41, 0xF4, 0x90, 0x80, 0x80],
              [0x41, 0xE2, 0x82], [0xFF, 0xFE, 0x41, 0x00], [0xFE, 0xFF, 0x00, 0x41],
          ] as [[UInt8]])
    func decodeAgrees(_ bytes: [UInt8]) throws {
        let general = try TextDecoding.decode(bytes)
        let direct = try TextDecoding.decodeScalars(bytes)
        #expect(direct.text == ScalarText(general.text))
        #expect(direct.warnings == general.warnings)
    }

    @Test("a NUL byte is reported at its offset, also after a byte that is not UTF-8")
    func nulOffsets() {
        #expect(throws: TextDecoding.Failure.binary(offset: 2)) {
            try TextDecoding.decodeScalars([0x41, 0x42, 0, 0x43])
        }
        #expect(throws: TextDecoding.Failure.binary(offset: 3)) {
            try TextDecoding.decodeScalars([0x41, 0x92, 0x42, 0])
        }
    }

    @Test("a lead title cuts after twelve words, also when a space sits next to a combining mark")
    func leadTitles() {
        let words = (1...14).map { "w\($0)" }
        let twelve = words.prefix(12).joined(separator: " ")
        #expect(ArticleParser.leadTitle(words.joined(separator: " ")) == twelve + "…")
        #expect(ArticleParser.leadTitle(twelve) == twelve)
        // " \u{301}" is one Character: that space splits nothing, so only twelve words remain.
        let joined = words.prefix(12).joined(separator: " ") + " \u{301}x"
        #expect(ArticleParser.leadTitle(joined) == joined)
    }

    @Test("boilerplate is recognised in non-ASCII lines and long lines as before")
    func boilerplate() {
        #expect(BoilerplateDetector.isBoilerplate("READ MORE: Ünïcode headlines from the week"))
        #expect(BoilerplateDetector.isBoilerplate("© Ünïcode Press"))
        #expect(BoilerplateDetector.isBoilerplate("Read also: " + String(repeating: "word ", count: 40)))
        #expect(!BoilerplateDetector.isBoilerplate("Rëad also: " + String(repeating: "word ", count: 40)))
        #expect(!BoilerplateDetector.isBoilerplate("The minister said the reading was “also” read in parliament."))
    }
}
